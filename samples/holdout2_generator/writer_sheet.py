"""A workbook report (openpyxl, then saved once by LibreOffice so the formulas carry their values, as
a file saved in a spreadsheet program does).

- title_block_totals: the tiltak sheet opens with a title block (merged title, sender, contact, date)
  above the header row, the delmål typed as numbers, a comment column, and closes with a totals row;
  a second sheet counts tiltak per delmål with a sum row (NHO).
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .model import Item, Report
from .package import convert, pin_ooxml

HEADER = ["Delmål", "Tiltak og aktiviteter 2022", "Kategori", "Eier i NHO-fellesskapet", "Partnere", "Kommentar"]
WIDTHS = [9, 62, 14, 22, 30, 22]
FIRST_ROW = 8  # the header stands on row 7, under the title block


def write_title_block_totals(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2022"
    blue = PatternFill("solid", fgColor="1F3864")
    thin = Side(style="thin", color="7F7F7F")
    ws.merge_cells("A1:F1")
    ws["A1"] = "NHO – Næringslivets Hovedorganisasjon"
    ws["A1"].font, ws["A1"].fill = Font(bold=True, size=14, color="FFFFFF"), blue
    ws["A2"] = "Rapportering til Kompetansepolitisk råd"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Tiltak gjennomført i 2022"
    ws["A4"] = "Kontakt: avdeling for kompetanse og arbeidsliv"
    ws["A5"] = "Sist oppdatert: 02.02.2023"
    for col, (name, width) in enumerate(zip(HEADER, WIDTHS), start=1):
        cell = ws.cell(row=FIRST_ROW - 1, column=col, value=name)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="D9E1F2")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.column_dimensions[cell.column_letter].width = width
    for r, (code, it, comment) in enumerate(rows, start=FIRST_ROW):
        values = [float(code), it.tiltak, it.shown_type, it.ansvarlig, it.partnere, comment]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value if value != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(row=r, column=1).number_format = "0.0"
    last = FIRST_ROW + len(rows) - 1
    total = last + 2
    ws.cell(row=total, column=1, value="Totalt antall tiltak").font = Font(bold=True)
    ws.cell(row=total, column=2, value=f"=COUNTA(B{FIRST_ROW}:B{last})").font = Font(bold=True)
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.print_title_rows = f"{FIRST_ROW - 1}:{FIRST_ROW - 1}"

    counts = wb.create_sheet("Per delmål")
    counts.append(["Antall tiltak per delmål"])
    counts["A1"].font = Font(bold=True, size=12)
    counts.append([])
    counts.append(["Delmål", "Antall"])
    codes = sorted({code for code, _, _ in rows}, key=lambda c: tuple(int(p) for p in c.split(".")))
    for code in codes:
        n = counts.max_row + 1
        counts.append([float(code), f"=COUNTIF('Tiltak 2022'!A{FIRST_ROW}:A{last},A{n})"])
        counts.cell(row=n, column=1).number_format = "0.0"
    counts.append(["Sum", f"=SUM(B4:B{counts.max_row})"])
    counts.column_dimensions["A"].width = 26

    wb.properties.creator, wb.properties.title = report.author, report.title
    raw = io.BytesIO()
    wb.save(raw)
    saved = convert(raw.getvalue(), ".xlsx", "xlsx:Calc MS Excel 2007 XML", stem=path.stem)
    pin_ooxml(saved, path, report.created, report.modified)
    return [it.without("beskrivelse") for _, it, _ in rows]
