"""Akademikerne: an ordinary Word table exported to PDF by LibreOffice, but with English column names and English
kind words (the secretariat's Norwegian terms nowhere), while the measures are in Norwegian: Measure / Objective in
the strategy / Type / Lead association / Partners / What was done in 2089. The objective is a code with an English
label («2.2 Learning at work – evidence»). The KBU and RSA seats are named by the association that holds them. One
row is a conference postponed to next year."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    simple_table

FILENAME = "Akademikerne KPR report 2089.pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx), one ruled table with English headers; "
          "dates and /ID fixed")
SHAPE = ("ordinary Word table with English column names and kind words around Norwegian content: header Measure / "
         "Objective in the strategy / Type / Lead association / Partners / What was done in 2089; objective as code "
         "with an English label («1.1 Skills needs (KBU)», «2.2 Learning at work – evidence»); kind words Council "
         "seat, Course, Survey, Mentoring programme, Conference; the KBU seat named «Akademikernes plass i KBU», the "
         "RSA seat «Juristforbundet i RSA ved Universitetet i Bergen»; a conference postponed to next year")
NOT_TRUTH = ("the English title and intro, the header, the Objective and Type cells, the row 'Nordisk konferanse om "
             "livslang læring for akademikere' (postponed to 2090), the note under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Akademikernes plass i KBU", "1.1 Skills needs (KBU)", "Council seat", "Akademikerne", "",
     "Samfunnsøkonomene har hatt Akademikernes plass i Kompetansebehovsutvalget og bidratt til kapitlet om "
     "behovet for høyere utdanning i helse.", "M02", "1.1", RAD),
    ("Juristforbundet i RSA ved Universitetet i Bergen", "1.4 Education–work cooperation", "Council seat",
     "Juristforbundet", "",
     "Juristforbundet har plassen i rådet for samarbeid med arbeidslivet ved UiB og tok opp praksis i "
     "jusstudiet.", "M05", "1.4", RAD),
    ("Etterutdanning i kunstig intelligens for jurister", "2.1 Digital skills", "Course", "Juristforbundet",
     "Universitetet i Oslo",
     "Et kurs på 7,5 studiepoeng om KI i juridisk arbeid. 180 deltakere på to kull.", None, "2.1", KURS),
    ("Medlemsundersøkelse om etter- og videreutdanning", "2.2 Learning at work – evidence", "Survey", "Tekna",
     "NIFU", "8 200 medlemmer svarte. Hver tredje har ikke fått tid til faglig oppdatering det siste året.", None,
     "2.2", FOU),
    ("Mentorprogram for nyutdannede leger", "1.4 Education–work cooperation", "Mentoring programme",
     "Den norske legeforening", "Helse Nord RHF",
     "Erfarne leger i Nord-Norge er mentorer for nyutdannede leger i spesialisering. 45 par i 2089.", None, "1.4",
     PROSJEKT),
    ("Nordisk konferanse om livslang læring for akademikere", "2.4 Continuing education", "Conference",
     "Akademikerne", "", "Utsatt til 2090.", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="DejaVu Sans", size=8.5, margins_cm=1.6)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – report to the Skills Policy Council 2089", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("This table was prepared by the secretariat of Akademikerne with input from the member "
                    "associations. Descriptions are in Norwegian.")
    rows, trs = [], []
    for name, obj, kind, ans, med, desc, seed, dm, ty in ROWS:
        trs.append([name, obj, kind, ans, med, desc])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    simple_table(d, ["Measure", "Objective in the strategy", "Type", "Lead association", "Partners",
                     "What was done in 2089"], trs, [5.2, 4.0, 2.8, 3.4, 3.0, 8.0], fill="DEEAF6")
    d.add_paragraph()
    d.add_paragraph("Note: rows with no activity in 2089 are included for completeness.")
    docx_to_pdf(d, out / FILENAME, author="Akademikerne")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
