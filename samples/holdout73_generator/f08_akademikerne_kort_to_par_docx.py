"""Akademikerne: an ordinary Word report with one small ruled «card» table per measure: a shaded top row with the
name merged across four columns, two rows holding two label/value pairs each (Delmål | 1.1 | Form | … and Ansvar | … |
Partnere | …) and a bottom row with the description merged across. A «–» in Partnere names no partner. The trap is
Akademikerne's own seminar on the KBU report, the card right after the KBU seat. A programme that starts in the autumn
of 2094 has a card of its own, told only in its text."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Akademikerne – tiltak 2093.docx"
MEMBER = "Akademikerne"
FORMAT = "DOCX (python-docx), portrait, one small ruled four-column card table per measure, zip normalised"
SHAPE = ("ordinary Word report: title, intro, then one card table per measure: a shaded top row with the name merged "
         "across four columns, two rows of two label/value pairs side by side (Delmål | code | Form | kind; Ansvar | "
         "… | Partnere | …), a bottom row with the description merged across; «–» where no partner; Akademikerne's "
         "kind words (Utvalgsmedlemskap, Medlemsseminar, Plass i råd, Digitalt kurs, Analyse, Nettverk); the RSA seat "
         "named «Råd for samarbeid med arbeidslivet ved NTNU – Teknas plass»; Akademikerne's own seminar on the KBU "
         "report right after the KBU seat; a card for a programme that starts in the autumn of 2094; a closing line")
NOT_TRUTH = ("the title and intro, the labels Delmål / Form / Ansvar / Partnere and the Delmål and Form values, the «–» "
             "partner cells, the card 'Karriereprogram for juriststudenter' (starts in the autumn of 2094), the "
             "closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, form, ansvar, partners, text, seed, type
CARDS = [
    ("Akademikernes plass i KBU", "1.1", "Utvalgsmedlemskap", "Akademikernes sekretariat", "",
     "Akademikerne har en av arbeidstakerplassene i Kompetansebehovsutvalget. I 2093 ga vi skriftlige innspill om "
     "behovet for IKT-kompetanse i staten.", "M02", RAD),
    ("Seminar om KBU-rapporten 2093", "1.1", "Medlemsseminar", "Akademikernes sekretariat",
     "Tekna, Samfunnsøkonomene",
     "Åpent seminar i november der utvalgets leder presenterte rapporten for tillitsvalgte i medlemsforeningene. "
     "Seminaret var Akademikernes eget og er ikke en del av utvalgets arbeid.", None, ARR),
    ("Råd for samarbeid med arbeidslivet ved NTNU – Teknas plass", "1.4", "Plass i råd", "Tekna", "",
     "Tekna sitter i rådet ved NTNU og arbeidet i 2093 for mer praksis i masterstudiene i ingeniørfag.", "M06", RAD),
    ("KI-løftet", "2.1", "Digitalt kurs", "Tekna", "UHR, Fagskolerådet",
     "Tekna utviklet to av de sju modulene i det felles nettkurset om kunstig intelligens i arbeidslivet. 4 300 "
     "deltakere fullførte minst én modul i 2093.", "J05", KURS),
    ("Analyse av etterspørselen etter økonomer med IT-kompetanse", "1.1", "Analyse", "Samfunnsøkonomene",
     "Oslo Economics",
     "Analysen viser at halvparten av arbeidsgiverne som ble spurt, har ledige stillinger for økonomer med "
     "programmeringskompetanse.", None, FOU),
    ("Nettverk for kompetanseansvarlige i staten", "2.4", "Nettverk", "Akademikerne stat",
     "Direktoratet for forvaltning og økonomistyring",
     "Nettverket samler kompetanseansvarlige i 30 statlige virksomheter for å dele erfaringer med etter- og "
     "videreutdanning. Fire møter i 2093.", None, RAD),
    ("Karriereprogram for juriststudenter", "1.3", "Program", "Juristforbundet", "",
     "Programmet er planlagt og starter opp høsten 2094.", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – tiltak i kompetansestrategien 2093", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Akademikerne og medlemsforeningene rapporterer her sine tiltak for 2093. Hvert tiltak står i en "
                    "egen tabell.")
    rows = []
    for name, dm, form, ans, partners, txt, seed, ty in CARDS:
        t = d.add_table(rows=4, cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        add_runs(top.paragraphs[0], [(name, "b")])
        set_cell_shading(top, "D9E2F3")
        for r, vals in ((1, ["Delmål", dm, "Form", form]), (2, ["Ansvar", ans, "Partnere", partners or "–"])):
            for c, v in zip(t.rows[r].cells, vals):
                if v in ("Delmål", "Form", "Ansvar", "Partnere"):
                    add_runs(c.paragraphs[0], [(v, "b")])
                else:
                    c.paragraphs[0].add_run(v)
        bottom = t.cell(3, 0).merge(t.cell(3, 3))
        bottom.paragraphs[0].add_run(txt)
        set_col_widths(t, [2.2, 6.3, 2.3, 6.2])
        d.add_paragraph()
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, txt))
    d.add_paragraph("Akademikerne, 13. januar 2094 – spørsmål kan rettes til sekretariatet.")
    save_docx(d, out / FILENAME, "Kristian Berge Nilsen")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
