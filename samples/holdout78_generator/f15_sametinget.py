"""Sametinget: the report as a parallel text – a two-column table with North Sámi on the left and Norwegian on the
right, one row per measure, each cell holding the name, the description and a fact line in its own language. The
same measure thus appears twice side by side; the Norwegian column is the one the truth uses. A grant scheme to be
announced in February 2099 is told only in words under the table."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, runs, shade

FILENAME = "Sametinget – rapport til KPR 2098 (sámegillii ja dárogillii).docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), landscape, one ruled two-column table with a shaded header row, zip normalised"
SHAPE = ("parallel bilingual table: a head «SÁMEDIGGI / SAMETINGET», a title in both languages, then a table whose "
         "header row is «Davvisámegillii» / «Norsk» and whose rows each hold one measure twice – on the left the "
         "North Sámi name (bold), description and fact line «Oassemihttu 2.3 · Neahttabálvalus · Ovddasvástádus: "
         "Sámediggi», on the right the Norwegian name, description and fact lines «Delmål 2.3 · Nettjeneste» and "
         "«Ansvar: … · Samarbeid: …»; Sametinget's kind words (Rådsplass, Nettjeneste, Kurs, Rapport, Messe); the SRY "
         "seat «Sametingets observatør i Samarbeidsrådet for yrkesopplæring»; a grant scheme announced in February "
         "2099 told only in words in both languages under the table")
NOT_TRUTH = ("the head and the titles, the header row, the whole North Sámi column, the fact lines and their labels "
             "in the Norwegian column, the paragraph under the table on 'Tilskudd til samiske lærebedrifter' "
             "(announced in February 2099)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# (sámi name, sámi text, sámi kind), (name, text, kind), delmål, ansvar, samarbeid, seed, type
ROWS = [
    (("Sámedikki áicci Fidnooahpahusa ovttasbargoráđis",
      "Sámediggi searvvai njealji čoahkkimii ja ovddidii sámi oahppofitnodagaid dárbbuid.", "Ráđđesadji"),
     ("Sametingets observatør i Samarbeidsrådet for yrkesopplæring",
      "Sametinget deltok på fire møter i rådet og la fram behovene til samiske lærebedrifter, særlig i reindrift og "
      "duodji.", "Rådsplass"), "1.4", "Sametinget", "", "M02", RAD),
    (("Oahpahallitoripmi: sámi oahppofitnodagat",
      "45 sámi fitnodaga čálihedje iežaset oahppofitnodahkan neahttabálvalussii.", "Neahttabálvalus"),
     ("Lærlingtorget: samiske lærebedrifter",
      "45 samiske virksomheter registrerte seg som lærebedrifter i nettjenesten, og tjenesten fikk samisk "
      "språkversjon i august.", "Nettjeneste"), "2.3", "Sametinget", "Virke, Troms og Finnmark fylkeskommune", "J06",
     INFO),
    (("Sámegiela kursa dearvvašvuođabargiide",
      "Kursa golmma oasis dearvvašvuođabargiide geat deaivvadit sámegielat pasieanttaiguin.", "Kursa"),
     ("Samisk språkkurs for helsearbeidere",
      "Kurs i tre deler for helsearbeidere som møter samiskspråklige pasienter. 70 deltakere fullførte.", "Kurs"),
     "2.4", "Sametinget", "Samisk høgskole", None, KURS),
    (("Raporta sámi gelbbolašvuođa birra bargoeallimis",
      "Raporta čájeha makkár sámi gelbbolašvuohta dárbbašuvvo almmolaš bálvalusain.", "Raporta"),
     ("Rapport om samisk kompetanse i arbeidslivet",
      "Rapporten viser hvilken samisk språk- og kulturkompetanse offentlige tjenester i forvaltningsområdet trenger. "
      "Den kom i juni.", "Rapport"), "2.2", "Sametinget", "Nordlandsforskning", None, FOU),
    (("Fidnomeassu Kárášjogas",
      "Nuorat deaivvadedje bargoaddiiguin ja ožžo bagadusa oahpu ja barggu birra.", "Meassu"),
     ("Karrieremesse i Karasjok",
      "Ungdom møtte arbeidsgivere og fikk veiledning om utdanning og yrker. 600 elever og foreldre kom.", "Messe"),
     "1.3", "Sametinget", "Karrieresenteret i Finnmark", None, ARR),
]
AFTER_SE = "Doarjja sámi oahppofitnodagaide almmuhuvvo guovvamánus 2099."
AFTER_NO = "Tilskudd til samiske lærebedrifter lyses ut i februar 2099 og er derfor ikke med i tabellen."


def build(out) -> list[dict]:
    from docx.shared import Cm, Pt
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("SÁMEDIGGI / SAMETINGET", "bs11")])
    p = d.add_paragraph()
    runs(p, [("Raporta Gelbbolašvuođapolitihkalaš ráđđái 2098", "bs14"),
             ("\nRapport til Kompetansepolitisk råd 2098", "bs14")])
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    for c, h in zip(t.rows[0].cells, ["Davvisámegillii", "Norsk"]):
        runs(c.paragraphs[0], [(h, "b")])
        shade(c, "DDEBF7")
    for (se, no, dm, ansvar, sam, _seed, _ty) in ROWS:
        cells = t.add_row().cells
        sn, st, sk = se
        nn, nt, nk = no
        runs(cells[0].paragraphs[0], [(sn, "b")])
        cells[0].add_paragraph(st)
        runs(cells[0].add_paragraph(), [(f"Oassemihttu {dm} · {sk} · Ovddasvástádus: Sámediggi", "g")])
        runs(cells[1].paragraphs[0], [(nn, "b")])
        cells[1].add_paragraph(nt)
        runs(cells[1].add_paragraph(), [(f"Delmål {dm} · {nk}", "g")])
        runs(cells[1].add_paragraph(), [(f"Ansvar: {ansvar}" + (f" · Samarbeid: {sam}" if sam else ""), "g")])
    for r_ in t.rows:
        for c in r_.cells:
            c.width = Cm(12.8)
            for par in c.paragraphs:
                par.paragraph_format.space_after = Pt(2)
    d.add_paragraph()
    d.add_paragraph(AFTER_SE)
    d.add_paragraph(AFTER_NO)
    p = d.add_paragraph()
    runs(p, [("Kárášjohka/Karasjok, 12.01.2099", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Sámediggi"))
    return [row(FILENAME, MEMBER, no[0], seed, dm, ty, a, s, no[1]) for _se, no, dm, a, s, seed, ty in ROWS]


def columns(path) -> tuple[list[str], list[str]]:
    """The first paragraph (the name) of each cell in the left and right column (for verify)."""
    import docx
    t = docx.Document(str(path)).tables[0]
    return ([r.cells[0].paragraphs[0].text for r in t.rows[1:]], [r.cells[1].paragraphs[0].text for r in t.rows[1:]])


def text(path) -> str:
    return docx_all_text(path)
