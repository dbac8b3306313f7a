"""YS: an Excel list printed to PDF by LibreOffice Calc where each measure takes two rows: a name row with the
columns filled (Tiltak / Delmål / Arbeidsform / Ansvarlig forbund / Partnere), and under it a row where the
description is merged across all columns, in italics. The trap is Finansforbundet's follow-up study after the joint
survey (a new phase it runs alone). One name row with its description row is a seminar moved to next February."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "YS – tiltaksrapport 2089.pdf"
MEMBER = "YS"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, merged "
          "description rows, print title row, page footer; dates and /ID fixed")
SHAPE = ("printed Excel list with two rows per measure: a bold name row (Tiltak / Delmål / Arbeidsform / Ansvarlig "
         "forbund / Partnere, delmål as «2.2 Kunnskap om læring») and under it the description merged across all "
         "five columns in italics, the pairs separated by a thicker rule; YS's kind words (Rådsplass, "
         "Spørreundersøkelse, Oppfølgingsstudie, Temadag, Kurs, Rådgivningstjeneste); the SRY seat named «SRY – "
         "YS-plassen»; a seminar moved to next February")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål and Arbeidsform cells, the pair "
             "'Seniorseminaret' (moved to February 2090), the page footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Delmål", "Arbeidsform", "Ansvarlig forbund", "Partnere"]
ROWS = [
    ("SRY – YS-plassen", "2.3 Yrkesfag", "Rådsplass", "YS", "",
     "YS har én plass i Samarbeidsrådet for yrkesopplæring. I 2089 la vi vekt på læreplasser i salg, service og "
     "reiseliv.", "M03", "2.3", RAD),
    ("Læringsvaneundersøkelsen 2089 – arbeidstakerspørsmålene", "2.2 Kunnskap om læring", "Spørreundersøkelse",
     "YS", "NHO, Virke, Fafo",
     "YS sto for spørsmålene til 6 000 arbeidstakere. Ett funn er at deltidsansatte får halvparten så mye opplæring "
     "som heltidsansatte.", "J03", "2.2", FOU),
    ("Oppfølgingsstudie i finans etter Læringsvaneundersøkelsen", "2.2 Kunnskap om læring", "Oppfølgingsstudie",
     "Finansforbundet", "Fafo",
     "Dybdeintervjuer med 40 ansatte i banker. Studien er Finansforbundets egen og er ikke en del av den felles "
     "undersøkelsen.", None, "2.2", FOU),
    ("Yrkesfagdagen 2089 i Parat-bedrifter", "2.3 Yrkesfag", "Temadag", "Parat", "NHO Service og Handel",
     "22 bedrifter tok imot elever fra ungdomsskolen, som fikk møte lærlinger og fagarbeidere.", "J04", "2.3", ARR),
    ("Omstillingskurs for tillitsvalgte", "2.1 Digital kompetanse", "Kurs",
     "Negotia", "Virke",
     "Fire kurs om hvordan tillitsvalgte kan være med når arbeidsplassen tar i bruk ny teknologi. 120 deltakere.",
     None, "2.1", KURS),
    ("Karrieretelefonen i Delta", "1.3 Karriereveiledning", "Rådgivningstjeneste", "Delta", "",
     "Medlemmer kan ringe en karriererådgiver. 900 samtaler i 2089.", None, "1.3", INFO),
    ("Seniorseminaret", "3.1 Voksnes opplæring", "Temadag", "YS", "Senter for seniorpolitikk",
     "Seminaret ble ikke holdt i 2089 og er flyttet til februar 2090.", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "YS 2089"
    ws["A1"] = "YS – tiltak i oppfølgingen av kompetansestrategien 2089"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    ws["A2"] = "Én linje med navn og fakta, og under den en kort omtale av tiltaket."
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin, thick = Side(style="thin", color="888888"), Side(style="medium", color="000000")
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = Border(top=thick, bottom=thick, left=thin, right=thin)
    rows = []
    r = 5
    for name, dmt, form, ans, med, desc, seed, dm, ty in ROWS:
        for k, v in enumerate([name, dmt, form, ans, med], 1):
            c = ws.cell(row=r, column=k, value=v or None)
            c.font = Font(name="Arial", size=10, bold=(k == 1))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thick, left=thin, right=thin)
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=5)
        c = ws.cell(row=r + 1, column=1, value=desc)
        c.font = Font(name="Arial", size=9, italic=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r + 1].height = 30
        ws.row_dimensions[r].height = 28
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
        r += 2
    for col, w in zip("ABCDE", [44, 24, 20, 20, 30]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"
    ws.oddFooter.center.text = "YS – side &P av &N"
    xlsx_to_pdf(wb, out / FILENAME, "YS")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
