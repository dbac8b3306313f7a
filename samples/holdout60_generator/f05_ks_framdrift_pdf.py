"""KS: a status report with one small table per KS theme (not the strategy's areas). Each row has a text progress
bar («██████░░░░ 60 %») drawn with block characters, the delmål as «DM 2.3», KS's own word for the means, who in
KS holds it and the partners; a 2079 item shows «Avsluttet 2079» and a 2081 item «0 % – starter 2081»."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "KS statusrapport kompetansetiltak 2080.pdf"
MEMBER = "KS"
FORMAT = "PDF exported by LibreOffice from a landscape DOCX (python-docx), three ruled tables; dates and /ID fixed"
SHAPE = ("status report by KS theme: headings «Tema 1: Rekruttering og fagopplæring» etc., each with a table Tiltak / "
         "Framdrift (text bar of █ and ░ with a percentage) / DM («DM 2.3») / Virkemiddel (KS's words) / Hvem i KS "
         "/ Med hvem / Kort status; a legend line for the bars; the themes are KS's own and cut across the delmål")
NOT_TRUTH = ("the title, the legend, the theme headings, the header rows, the Framdrift cells, the rows "
             "'Heltidskultur – kampanje i kommunene' (Avsluttet 2079) and 'Digital lærlingordning for kommunene' "
             "(«0 % – starter 2081»), the signature line")

# theme: [(name, pct or text, dm, virkemiddel, hvem, med, status text, seed, type)]
THEMES = [
    ("Tema 1: Rekruttering og fagopplæring", [
        ("KS i Samarbeidsrådet for yrkesopplæring (SRY)", 100, "2.3", "Rådsplass", "Arbeidsgiverpolitisk avdeling",
         "", "KS deltok i alle rådsmøter og la fram kommunesektorens behov for lærlinger i helsearbeiderfaget.",
         "M05", RAD),
        ("Yrkesvalgsuka 2080 i kommunene", 100, "2.3", "Arrangement", "KS Agder", "NHO, fylkeskommunene",
         "Kommunene tok imot 3 100 elever fra 10. trinn til en dag i barnehage, sykehjem og teknisk etat.", "J03",
         ARR),
        ("Yrkesvalgsuka Agder – egen høstuke for Vg1", 80, "2.3", "Arrangement", "KS Agder", "Agder fylkeskommune",
         "En egen uke i november for elever på Vg1 helse- og oppvekstfag, lagt opp etter mønster av den nasjonale "
         "uken.", None, ARR),
        ("Heltidskultur – kampanje i kommunene", "Avsluttet 2079", "2.3", "Kampanje", "KS", "", "Ferdig.", "",
         None),
    ]),
    ("Tema 2: Kunnskap og analyse", [
        ("Kompetansebarometeret – kommunal del", 90, "2.2", "Undersøkelse", "KS Analyse", "Unio, Spekter, Fafo",
         "Spørreundersøkelse i 220 kommuner om kompetansebehov; kommunedelen av rapporten kom i oktober.", "J05",
         FOU),
    ]),
    ("Tema 3: Utdanning i samspill med arbeidslivet", [
        ("KS' plass i Nasjonalt fagskoleråd", 100, "1.4", "Rådsplass", "Utdanningspolitisk avdeling", "",
         "KS tok opp behovet for fagskoletilbud i helse og oppvekst og for nettbaserte tilbud i distriktene.",
         "M01", RAD),
        ("Lederutdanning for oppvekstsektoren", 70, "2.4", "Utdanning", "KS Læring", "Høgskolen i Østfold",
         "Videreutdanning på 30 studiepoeng for skole- og barnehageledere; kull 2 startet i august.", None, KURS),
        ("Digital lærlingordning for kommunene", "0 % – starter 2081", "2.3", "Utviklingsprosjekt", "KS Digital",
         "", "Planlegging.", "", None),
    ]),
]


def _bar(v):
    if isinstance(v, str):
        return v
    n = round(v / 10)
    return "█" * n + "░" * (10 - n) + f" {v} %"


def build(out) -> list[dict]:
    d = base_docx(font="DejaVu Sans", size=8.5, landscape=True, margins_cm=1.5)
    d.add_heading("KS – status for kompetansetiltak 2080", level=1)
    d.add_paragraph("Framdrift per 31.12.2080. █ = gjennomført del av tiltaket, ░ = gjenstår. Temaene er KS' egne.")
    rows = []
    for theme, items in THEMES:
        d.add_heading(theme, level=2)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Tiltak", "Framdrift", "DM", "Virkemiddel", "Hvem i KS", "Med hvem",
                                          "Kort status"]):
            add_runs(c.paragraphs[0], [(h, "b")])
            set_cell_shading(c, "DDEBF7")
        for name, pct, dm, vm, hvem, med, st, seed, ty in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [name, _bar(pct), f"DM {dm}", vm, hvem, med or "–", st]):
                c.text = v
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, med, st))
        set_col_widths(t, [5.4, 3.6, 1.5, 2.6, 3.6, 3.4, 6.5])
    d.add_paragraph()
    d.add_paragraph("KS, januar 2081 – avdeling for utdanning og kompetanse")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
