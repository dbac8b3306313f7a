"""VOFO: the association's application for a state grant for 2082, sent to the secretariat as its report because
part 3 of the application reports on 2081. Part 4 lists the measures planned for 2082 in exactly the same layout
as the 2081 measures, and part 5 is the budget."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "VOFO søknad om tilskudd 2082 med rapport 2081.docx"
MEMBER = "VOFO"
FORMAT = "DOCX (python-docx), numbered part headings, two small tables, zip normalised"
SHAPE = ("grant application «Søknad om tilskudd til voksenopplæringsforbund for 2082»: 1 Opplysninger om søkeren "
         "(key/value table), 2 Søknadsbeløp og formål, 3 Rapport for 2081 (numbered paragraphs «1) Name. Text. "
         "(Strategien: delmål 1.3. Kategori: … Ansvar: … Samarbeid: …)»), 4 Planlagte tiltak 2082 in the same "
         "layout, 5 Budsjett 2082 (table), 6 Underskrift")
NOT_TRUTH = ("part 1 (applicant table), part 2 (amount and purpose), the intro of part 3, all of part 4 (the 2082 "
             "measures 'Nettkurs for frivillige tillitsvalgte' and 'Kompetansekompasset på arabisk og tigrinja'), "
             "the budget table in part 5, the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, dm, category, ansvar, samarbeid, seed, type
REPORT = [
    ("Nasjonalt forum for karriereveiledning",
     "VOFO har én plass i forumet og la fram en undersøkelse om hvilken veiledning voksne deltakere i "
     "studieforbundene får.", "1.3", "rådsarbeid", "VOFO", "", "M02", RAD),
    ("Kompetansekompasset i studieforbundene",
     "Studieforbundene tok verktøyet i bruk i kursene sine, og 3 800 deltakere kartla egen kompetanse.", "1.3",
     "digitalt verktøy", "VOFO", "HK-dir, Kompetanseforbundet", "J01", INFO),
    ("Kurslederopplæring i Kompetansekompasset",
     "To dager med opplæring for 160 kursledere i hvordan de bruker verktøyet sammen med deltakerne. Opplæringen "
     "er VOFOs egen.", "1.3", "opplæring", "VOFO", "", None, KURS),
    ("«Klar for styreverv» – Kompetansepluss frivillighet",
     "Kursrekke i lesing, regning og digitale ferdigheter for tillitsvalgte i frivillige lag; 1 100 deltakere.",
     "3.2", "kurs", "Studieforbundet kultur og tradisjon", "HK-dir", None, KURS),
    ("Frivillighetens læringskonferanse 2081",
     "Konferanse på Hamar i oktober om læring i frivillig sektor, med 260 deltakere.", "3.6", "konferanse", "VOFO",
     "Frivillighet Norge", None, ARR),
]
PLANS = [
    ("Nettkurs for frivillige tillitsvalgte",
     "Et nettkurs i styrearbeid og økonomi for tillitsvalgte i små lag.", "3.6", "kurs", "VOFO", ""),
    ("Kompetansekompasset på arabisk og tigrinja",
     "Oversettelse av veiledningsdelen av verktøyet.", "1.3", "digitalt verktøy", "VOFO", "HK-dir"),
]


def _item(d, n, name, text, dm, cat, ans, med):
    p = d.add_paragraph()
    fact = f"(Strategien: delmål {dm}. Kategori: {cat}. Ansvar: {ans}." + (f" Samarbeid: {med}.)" if med else ")")
    add_runs(p, [(f"{n}) ", ""), (name + ".", "b"), (f" {text} ", ""), (fact, "i")])


def build(out) -> list[dict]:
    d = base_docx(font="Cambria", size=11)
    p = d.add_paragraph()
    add_runs(p, [("Søknad om tilskudd til voksenopplæringsforbund for 2082", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Til: Direktoratet for høyere utdanning og kompetanse (HK-dir)\nKopi: sekretariatet for "
                    "Kompetansepolitisk råd – del 3 er VOFOs rapport for 2081")
    d.add_heading("1 Opplysninger om søkeren", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Søker", "Voksenopplæringsforbundet (VOFO)"), ("Organisasjonsnummer", "971 234 567"),
                 ("Adresse", "Postboks 4311 Sentrum, 0103 Oslo"), ("Kontaktperson", "Marit Sundby, rådgiver"),
                 ("Antall medlemsorganisasjoner", "13 studieforbund")]:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(k, "b")])
        set_cell_shading(cells[0], "F2F2F2")
        cells[1].text = v
    set_col_widths(t, [5.5, 10.5])
    d.add_heading("2 Søknadsbeløp og formål", level=2)
    d.add_paragraph("VOFO søker om kr 4 800 000 i driftstilskudd for 2082. Tilskuddet skal dekke sekretariatet, "
                    "kvalitetsarbeid i studieforbundene og VOFOs arbeid for læring i frivillig sektor.")
    d.add_heading("3 Rapport for 2081", level=2)
    d.add_paragraph("Tiltakene VOFO arbeidet med i 2081, med koblingen til den nasjonale kompetansepolitiske "
                    "strategien:")
    rows = []
    for n, (name, txt, dm, cat, ans, med, seed, ty) in enumerate(REPORT, 1):
        _item(d, n, name, txt, dm, cat, ans, med)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_heading("4 Planlagte tiltak 2082", level=2)
    for n, (name, txt, dm, cat, ans, med) in enumerate(PLANS, 1):
        _item(d, n, name, txt, dm, cat, ans, med)
    d.add_heading("5 Budsjett 2082", level=2)
    b = d.add_table(rows=1, cols=2)
    b.style = "Table Grid"
    for c, h in zip(b.rows[0].cells, ["Post", "Beløp (kr)"]):
        add_runs(c.paragraphs[0], [(h, "b")])
    for k, v in [("Lønn sekretariat", "3 100 000"), ("Kvalitetsarbeid og kurslederopplæring", "900 000"),
                 ("Konferanser og møter", "450 000"), ("Analyse og statistikk", "350 000"), ("Sum", "4 800 000")]:
        cells = b.add_row().cells
        cells[0].text = k
        cells[1].text = v
    set_col_widths(b, [10.0, 4.0])
    d.add_heading("6 Underskrift", level=2)
    d.add_paragraph("Oslo, 22. januar 2082\n\nTone Vik Aasen, generalsekretær")
    save_docx(d, out / FILENAME, "VOFO")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
