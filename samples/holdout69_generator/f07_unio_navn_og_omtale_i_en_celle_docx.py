"""Unio: an ordinary Word table where the measure's name and its description share the first cell (bold name, a
line break, the description). Columns: Tiltak og resultater / Delmål (se vedlegg) / Type / Forbund / Samarbeid. An
appendix under the table lists the delmål with short names. The FSR seat and the UHR-FSE seat are each named by the
union that holds it. A row for a campaign launched only next year."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_col_widths, \
    set_cell_shading

FILENAME = "Unio – tiltak 2089 til KPR.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), portrait, one ruled five-column table with name and text in one cell (w:br), zip normalised"
SHAPE = ("ordinary Word table whose first cell holds the bold name, a line break and the description in the same "
         "paragraph; header Tiltak og resultater / Delmål (se vedlegg) / Type / Forbund / Samarbeid; delmål as a "
         "plain code explained in an appendix list under the table; Unio's kind words (Rådsplass, Programgruppe, "
         "Videreutdanning, Rapport, Karrieredag); the FSR seat named «Unios plass i Nasjonalt fagskoleråd», the "
         "UHR-FSE seat «Utdanningsforbundet i UHR-Lærerutdanning»; a row for a campaign launched only next year")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Type cells, the row 'Kampanjen «Bli lektor»' "
             "(launched only in 2090), the appendix list of delmål, the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Unios plass i Nasjonalt fagskoleråd",
     "Norsk Sykepleierforbund har Unios plass i rådet. Vi har arbeidet for fagskoletilbud i psykisk helse for "
     "helsefagarbeidere.", "2.4", "Rådsplass", "Norsk Sykepleierforbund", "", "M04", "2.4", RAD),
    ("Utdanningsforbundet i UHR-Lærerutdanning",
     "Utdanningsforbundet er arbeidslivets representant i programgruppen for grunnskolelærerutdanning og har tatt "
     "opp praksisopplæringen.", "1.4", "Programgruppe", "Utdanningsforbundet", "", "M06", "1.4", RAD),
    ("Veilederutdanning for praksislærere",
     "Videreutdanning på 30 studiepoeng for lærere som veileder studenter i praksis. 220 lærere begynte i 2089.",
     "2.4", "Videreutdanning", "Utdanningsforbundet", "Universitetet i Stavanger, Nord universitet", None, "2.4",
     KURS),
    ("Rapport om sykepleieres kompetanseutvikling",
     "NSF fikk laget en rapport om hvor mye tid sykepleiere får til faglig utvikling. Halvparten svarte at de ikke "
     "hadde fått noen kurs det siste året.", "2.2", "Rapport", "Norsk Sykepleierforbund", "NIFU", None, "2.2", FOU),
    ("Karrieredag for fysioterapeuter",
     "En dag om karriereveier for fysioterapeuter som vil inn i kommunehelsetjenesten. 150 deltakere.", "1.3",
     "Karrieredag", "Norsk Fysioterapeutforbund", "KS", None, "1.3", ARR),
    ("Kampanjen «Bli lektor»",
     "Kampanjen er klar, men blir lansert først i 2090.", "2.3", "Kampanje", "Utdanningsforbundet", "", "", "", None),
]
APPENDIX = ["1.3 Karriereveiledning", "1.4 Samarbeid mellom utdanning og arbeidsliv",
            "2.2 Kunnskap om læring i arbeidslivet", "2.3 Yrkesfag", "2.4 Etter- og videreutdanning"]


def build(out) -> list[dict]:
    d = base_docx(font="Carlito", size=10)
    p = d.add_paragraph()
    add_runs(p, [("Unio – rapportering om tiltak i 2089", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser tiltakene i Unio og forbundene. Delmålene er forklart i vedlegget under tabellen.")
    head = ["Tiltak og resultater", "Delmål (se vedlegg)", "Type", "Forbund", "Samarbeid"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFDA")
    rows = []
    for name, desc, dmc, kind, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        r = p.add_run(name)
        r.bold = True
        r.add_break()
        p.add_run(desc)
        for c, v in zip(cells[1:], [dmc, kind, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    set_col_widths(t, [8.4, 2.0, 2.4, 2.8, 2.4])
    d.add_paragraph()
    d.add_paragraph("Vedlegg: delmål i strategien som tiltakene viser til")
    for a in APPENDIX:
        d.add_paragraph(a, style="List Bullet")
    d.add_paragraph("Oslo, 13. januar 2090 – Unio-sekretariatet")
    save_docx(d, out / FILENAME, "Unio-sekretariatet")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
