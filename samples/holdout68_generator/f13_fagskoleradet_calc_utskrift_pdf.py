"""Fagskolerådet: an ordinary Excel list printed to PDF by LibreOffice Calc (landscape, fit to one page wide, the
header row repeated, page header and footer). The name column is «Hva» and the description comes LAST («Om
tiltaket»); the delmål column holds the main code first and, for some rows, a second one in brackets («2.4 (også
1.4)»). Partners are in «Hvem deltar». One row is outside 2088 (a conference held every second year)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "Fagskolerådet – tiltak 2088 (utskrift).pdf"
MEMBER = "Fagskolerådet"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, print title row, "
          "page header and footer, ruled cells; dates and /ID fixed")
SHAPE = ("printed Excel list: title and a line in rows 1–2, header on row 4 Hva / Delmål (tall) / Tiltaksform / Hvem "
         "leder / Hvem deltar / Om tiltaket – the description is the last column; delmål as the main code with a "
         "second one in brackets for some rows («2.4 (også 1.4)»); kind words Medlemskap, Fagskoletilbud, "
         "Undersøkelse, Informasjonsturné, Nettverk, Konferanse; one row outside 2088 by its text («sist holdt i "
         "2087, neste gang i 2089»)")
NOT_TRUTH = ("the page header and footer, the title and the line under it, the header, the Delmål (tall) and "
             "Tiltaksform cells, the row 'Fagskolekonferansen' (every second year: last in 2087, next in 2089), the "
             "note under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Hva", "Delmål (tall)", "Tiltaksform", "Hvem leder", "Hvem deltar", "Om tiltaket"]
# name, delmål text, kind, leder, deltar, text, seed, dm, type
ROWS = [
    ("Nasjonalt fagskoleråd", "2.4 (også 1.4)", "Medlemskap", "Fagskolerådet", [],
     "Fagskolerådet har to plasser i Nasjonalt fagskoleråd og la i 2088 fram innspill om finansiering av korte "
     "fagskoletilbud for folk i jobb.", "M05", "2.4", RAD),
    ("Havbruksmoduler i bransjeprogrammet", "2.4", "Fagskoletilbud", "Fagskolerådet",
     ["NHO Sjømat", "Fellesforbundet"],
     "Fagskolene i Nord-Norge og Vestland leverte seks av modulene i bransjeprogrammet for havbruk. 280 studenter "
     "tok moduler i 2088.", "J02", "2.4", KURS),
    ("Praksisundersøkelsen blant fagskolestudenter", "1.4", "Undersøkelse", "Fagskolerådet",
     ["Organisasjon for norske fagskolestudenter"],
     "Undersøkelse blant 3 200 fagskolestudenter om praksis og kontakt med arbeidslivet. Rapporten kom i oktober.",
     None, "1.4", FOU),
    ("Fagskolene ut i skolen", "2.3 (også 1.3)", "Informasjonsturné", "Fagskolerådet", ["fylkeskommunene"],
     "Fagskolene besøkte 60 videregående skoler for å vise yrkesfagelevene veien videre til fagskole.", None, "2.3",
     INFO),
    ("Nettverk for fagskolenes bedriftskontakter", "1.4", "Nettverk", "Fagskolerådet", [],
     "Nettverk for dem som har ansvaret for samarbeidet med arbeidslivet ved fagskolene. Fire samlinger i 2088.",
     None, "1.4", RAD),
    ("Fagskolekonferansen", "2.4", "Konferanse", "Fagskolerådet", [],
     "Konferansen holdes annethvert år; den ble sist holdt i 2087, neste gang i 2089.", "", "", None),
]
WIDTHS = [30, 13, 17, 15, 26, 64]


def _lines(text: str, width: float) -> int:
    n, cur = 1, 0
    for w in (text or "").split():
        if cur and cur + 1 + len(w) > width - 2:
            n, cur = n + 1, len(w)
        else:
            cur += (1 if cur else 0) + len(w)
    return n


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Fagskolerådet – tiltak i kompetansestrategien 2088"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    ws["A2"] = "Til Kompetansepolitisk råd. Der to delmål er oppgitt, står hovedmålet først."
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="FFE699")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (name, dmt, kind, leder, med, txt, seed, dm, ty) in enumerate(ROWS):
        r = 5 + k
        vals = [name, dmt, kind, leder, ", ".join(med), txt]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Arial", size=10)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 13.5 * max(_lines(v, w) for v, w in zip(vals, WIDTHS)) + 3
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, leder, ", ".join(med), txt))
    note = 6 + len(ROWS)
    ws.cell(row=note, column=1, value="Tallene er foreløpige per 31.12.2088.")
    ws.cell(row=note, column=1).font = Font(name="Arial", size=9, italic=True)
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "4:4"
    ws.oddHeader.right.text = "Fagskolerådet"
    ws.oddFooter.center.text = "Side &P av &N"
    ws.oddFooter.left.text = "Tiltak 2088"
    xlsx_to_pdf(wb, out / FILENAME, "Fagskolerådet")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
