"""Akademikerne: a Word table where every measure row carries a bulleted list of the activities done under it in
2079. The activities sound like measures of their own (a breakfast seminar, a written input, a survey round) but
are parts of the measure in the first column. Goal, kind and responsibility are in separate columns."""
from __future__ import annotations

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import FOU, KURS, RAD, docx_text_deep, row, set_col_widths, save_docx

FILENAME = "Akademikerne – tiltak og aktiviteter 2079.docx"
MEMBER = "Akademikerne"
FORMAT = "DOCX (python-docx), landscape, bulleted lists inside table cells, zip normalised"
SHAPE = ("table Tiltak / Aktiviteter i 2079 / Bidrar til / Form / Ansvar og partnere: the Tiltak cell holds the bold "
         "name and one sentence; the Aktiviteter cell a bulleted list of two to four activities that read like "
         "measures (seminar, input, survey round, handbook) but belong to the measure; 'Bidrar til' gives the "
         "delmål as «Delmål 1.4» or in words; 'Ansvar og partnere' as «Ansvar: … / Med: …» on two lines; a "
         "paragraph under the table with a 2078 and a 2080 item")
NOT_TRUTH = ("the title, the intro, the header row, every bullet in 'Aktiviteter i 2079' (parts of the measures, "
             "not measures), the 'Bidrar til' and 'Form' cells, the paragraph under the table (Karrieredagen for "
             "realfagsstudenter – siste gang i 2078; Mentorprogram for nyutdannede jurister – fra 2080), the contact "
             "line")

# name, sentence, activities, goal text, code, form, ansvar, med, seed, type
ITEMS = [
    ("Kompetansebehovsutvalget", "Akademikerne har én av partenes plasser i utvalget.",
     ["Fire utvalgsmøter", "Frokostseminar om rapporten for medlemsforeningene",
      "Skriftlige kommentarer til kapittelet om akademikere i privat sektor"],
     "Delmål 1.1", "1.1", "Utvalgsarbeid", "Akademikerne sentralt", "", "M04", RAD),
    ("Råd for samarbeid med arbeidslivet ved NTNU", "Tekna sitter i NTNUs RSA på vegne av Akademikerne.",
     ["Tre rådsmøter", "Innspill til NTNUs studieportefølje for 2081"],
     "Delmål 1.4", "1.4", "Rådsarbeid", "Tekna", "NTNU, NHO Trøndelag", "M02", RAD),
    ("Nasjonalt råd for teknologisk utdanning", "Tekna representerer arbeidslivet i UHRs fagstrategiske enhet "
     "for teknologi.",
     ["To møter", "Arbeidsgruppe om bærekraft i ingeniørutdanningene"],
     "Relevante utdanninger i samarbeid med arbeidslivet", "1.4", "Rådsarbeid", "Tekna", "UHR", "M06", RAD),
    ("Kurs for medlemmer som sitter i RSA-råd", "Et kurs for Akademikernes medlemmer som er oppnevnt til "
     "universitetenes og høyskolenes råd for samarbeid med arbeidslivet.",
     ["To kursdager i Oslo", "Digital håndbok for rådsmedlemmer", "Erfaringsdeling på Teams i november"],
     "Delmål 1.4", "1.4", "Kurs", "Akademikerne sentralt", "Tekna, Samfunnsøkonomene", None, KURS),
    ("Etterutdanningsundersøkelsen 2079", "Undersøkelse blant 6 500 medlemmer om hvem som får og tar "
     "etter- og videreutdanning.",
     ["Spørreundersøkelse i april", "Rapport lansert i september", "Presentasjon for KD"],
     "Kunnskap om læring i arbeidslivet", "2.2", "Undersøkelse", "Akademikerne sentralt", "Opinion", None, FOU),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    d.add_heading("Akademikernes tiltak og aktiviteter i 2079", level=1)
    d.add_paragraph("Rapport til Kompetansepolitisk råd. For hvert tiltak viser vi hva vi har gjort i løpet av året.")
    head = ["Tiltak", "Aktiviteter i 2079", "Bidrar til", "Form", "Ansvar og partnere"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        c.paragraphs[0].add_run(h).bold = True
    rows = []
    for name, sent, acts, goal, code, form, ansv, med, seed, ty in ITEMS:
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        p.add_run(name).bold = True
        cells[0].add_paragraph(sent)
        cells[1].paragraphs[0].text = ""
        for k, a in enumerate(acts):
            p = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
            p.style = d.styles["List Bullet"]
            p.add_run(a)
        cells[2].text = goal
        cells[3].text = form
        cells[4].text = f"Ansvar: {ansv}"
        if med:
            cells[4].add_paragraph(f"Med: {med}")
        rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ansv, med, sent))
    set_col_widths(t, [7.0, 7.5, 4.2, 2.8, 4.5])
    d.add_paragraph()
    d.add_paragraph("Karrieredagen for realfagsstudenter ble holdt for siste gang i 2078. Mentorprogram for "
                    "nyutdannede jurister starter i 2080.")
    d.add_paragraph("Kontakt: Akademikernes sekretariat")
    save_docx(d, out / FILENAME, "Akademikerne")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
