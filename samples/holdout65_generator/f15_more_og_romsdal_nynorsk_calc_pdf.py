"""Møre og Romsdal fylkeskommune: an ordinary Nynorsk Excel list printed to PDF by LibreOffice Calc (landscape, fit
to one page wide, the header row repeated, a page header and footer). Header on row 4: Tiltak / Kva vart gjort i 2085
/ Delmål i strategien / Tiltakstype / Ansvarleg eining / Samarbeid med; delmål as code with Nynorsk words; the
county's own kind words (Forumdeltaking, Digital teneste, Opningsarrangement, Fellesarrangement,
Utviklingsprosjekt, Kursrekkje). The trap is the county's own opening event for the joint digital service. Two rows
are outside 2085, said only in the text («Vart ikkje halden i 2085», «Gjennomført førre året»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, INFO, KURS, PROSJEKT, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "Møre og Romsdal fylkeskommune – tiltak 2085.pdf"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, print title row, "
          "page header and footer, ruled cells; dates and /ID fixed")
SHAPE = ("printed Nynorsk Excel list: title and a line in rows 1–2, header on row 4 Tiltak / Kva vart gjort i 2085 / "
         "Delmål i strategien / Tiltakstype / Ansvarleg eining / Samarbeid med; delmål as code with Nynorsk words "
         "(«1.3 Karriererettleiing»); the county's kind words (Forumdeltaking, Digital teneste, Opningsarrangement, "
         "Fellesarrangement, Utviklingsprosjekt, Kursrekkje, Messe, Kartlegging); the NFK seat named «Nasjonalt forum "
         "for karriererettleiing – møta i 2085»; two rows outside 2085 only by the text («Vart ikkje halden i 2085. "
         "Neste messe er hausten 2086.», «Gjennomført førre året»)")
NOT_TRUTH = ("the page header and footer, the title and the line under it, the header, the Delmål and Tiltakstype "
             "cells, the row 'Yrkesmessa i Molde' (not held in 2085), the row 'Kompetansebarometer for "
             "Nordvestlandet' (carried out the year before), the note under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

KMR = "Karriere Møre og Romsdal"
D13 = "1.3 Karriererettleiing"
HEAD = ["Tiltak", "Kva vart gjort i 2085", "Delmål i strategien", "Tiltakstype", "Ansvarleg eining", "Samarbeid med"]

# name, text, delmål text, kind, ansvarleg, samarbeid, seed, dm, type
ROWS = [
    ("Nasjonalt forum for karriererettleiing – møta i 2085",
     "Karriere Møre og Romsdal representerte fylkeskommunane i forumet og deltok på alle tre møta. Vi la fram "
     "erfaringane med rettleiing av vaksne i industrien.", D13, "Forumdeltaking", KMR, "", "M06", "1.3", RAD),
    ("Veiviser 45+ – samtalar med rettleiar",
     "Karrieresenteret tok imot brukarar frå Veiviser 45+ som bestilte samtale med rettleiar. Det vart 1 240 "
     "samtalar i 2085.", D13, "Digital teneste", KMR, "HK-dir, Nav Møre og Romsdal", "J01", "1.3", INFO),
    ("Opning av Veiviser 45+ i Ålesund",
     "Opningsarrangement for arbeidsgjevarar og tillitsvalde i april med 150 deltakarar. Opninga var fylkeskommunen "
     "sitt eige arrangement og ikkje ein del av Veiviser 45+.", D13, "Opningsarrangement", KMR,
     "NHO Møre og Romsdal", None, "1.3", ARR),
    ("Fagskuledagen 2085",
     "Fagskulen Møre og Romsdal heldt ope på alle fire studiestadene 23. april, med omvising og prøvetimar. 1 100 "
     "besøkjande.", "1.4 Samarbeid mellom utdanning og arbeidsliv", "Fellesarrangement",
     "Fagskulen Møre og Romsdal", "Fagskolerådet, NHO Møre og Romsdal", "J04", "1.4", ARR),
    ("Kompetanseløft for industrien på Nordvestlandet",
     "Utviklingsprosjekt der fylkeskommunen samordnar bedrifter, fagskule og universitet. 40 industribedrifter fekk "
     "kartlagt kompetansebehova sine, og tre nye studietilbod vart sette i gang.", "1.2 Regionalt ansvar",
     "Utviklingsprosjekt", "Kompetanse og næring", "NHO Møre og Romsdal, LO i Møre og Romsdal, NTNU i Ålesund",
     None, "1.2", PROSJEKT),
    ("Kursrekkje i grunnleggjande ferdigheiter for vaksne",
     "Kurs i lesing, rekning og data for vaksne deltakarar i Nav-tiltak, halde av vaksenopplæringa. 14 kurs med 160 "
     "deltakarar.", "3.5 Opplæringstilbodet til Nav", "Kursrekkje", "Vaksenopplæringa", "Nav Møre og Romsdal", None,
     "3.5", KURS),
    ("Yrkesmessa i Molde",
     "Vart ikkje halden i 2085. Neste messe er hausten 2086.", "2.3 Yrkesfag", "Messe", "Utdanningsavdelinga", "",
     "", "", None),
    ("Kompetansebarometer for Nordvestlandet",
     "Gjennomført førre året; rapporten kom i desember 2084.", "1.2 Regionalt ansvar", "Kartlegging",
     "Kompetanse og næring", "Møreforsking", "", "", None),
]
WIDTHS = [30, 58, 24, 18, 22, 30]


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
    ws.title = "Tiltak 2085"
    ws["A1"] = "Møre og Romsdal fylkeskommune – tiltak i Nasjonal kompetansepolitisk strategi 2085"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    ws["A2"] = "Rapport til Kompetansepolitisk råd, utskrift 14.01.2086"
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (name, txt, dmt, kind, ans, med, seed, dm, ty) in enumerate(ROWS):
        r = 5 + k
        vals = [name, txt, dmt, kind, ans, med]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Arial", size=10)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
        ws.row_dimensions[r].height = 13.5 * max(_lines(v, w) for v, w in zip(vals, WIDTHS)) + 3
    note = 6 + len(ROWS)
    ws.cell(row=note, column=1, value="Tala er førebelse per 31.12.2085.")
    ws.cell(row=note, column=1).font = Font(name="Arial", size=9, italic=True)
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "4:4"
    ws.oddHeader.right.text = "Møre og Romsdal fylkeskommune"
    ws.oddFooter.center.text = "Side &P av &N"
    ws.oddFooter.left.text = "Tiltak 2085"
    xlsx_to_pdf(wb, out / FILENAME, "Kari Heggdal Vik")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
