"""A workbook report (openpyxl): one sheet per hovedinnsatsområde, a notes sheet, a hidden template sheet
and a hidden row, the header under a title, delmål stored as numbers.

openpyxl stamps the workbook's properties and every zip member with the current time; both are fixed
(the properties from the stamp, the zip through docx_common.repack) so a rebuild gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, time
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.writer.excel import ExcelWriter

from . import docx_common as dc
from .model import Item, Report, Stamp
from .seed import OMRADE, omrade_of

HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Status"]
# A row the member hid: an old tiltak kept for reference, not reported this year.
HIDDEN_ROW = [1.4, "Møteplass for lærebedrifter (avsluttet 2019)", "Arrangement", "Virke", "", "Avsluttet"]


def write_sheets(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Merknader"
    notes["A1"] = "Merknader til rapporteringen"
    notes["A1"].font = Font(bold=True, size=13)
    notes["A3"] = ("Tiltakene står i ett ark per hovedinnsatsområde. Virke har i 2020 lagt vekt på "
                   "handelsnæringen og ideell sektor.")
    notes["A4"] = stamp.sentence()
    template = wb.create_sheet("Mal")
    template.append(HEADER)
    template.append(["1.1", "Eksempel: skriv tiltaket her", "Kurs/utdanning", "Virke", "", ""])
    template.sheet_state = "hidden"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    for omrade in sorted({omrade_of(it.delmal) for it in report.items}):
        ws = wb.create_sheet(f"Område {omrade}")
        ws["A1"] = f"Hovedinnsatsområde {omrade}: {OMRADE[omrade]}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = f"Virke – rapportering 2020 ({stamp.date_short})"
        ws.append([])
        ws.append(HEADER)
        for cell in ws[ws.max_row]:
            cell.font, cell.fill = bold, fill
        items = [it for it in report.items if omrade_of(it.delmal) == omrade]
        for n, it in enumerate(items):
            # Delmål typed as numbers, as Excel stores "2.1"; one shown with a fixed decimal.
            ws.append([float(it.delmal), it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere, "Gjennomført"])
            if n == 0 and omrade == "1":
                ws.append(HIDDEN_ROW)
                ws.row_dimensions[ws.max_row].hidden = True
        ws.cell(row=5, column=1).number_format = "0.0"
        for col, width in zip("ABCDEF", (9, 60, 18, 16, 28, 14)):
            ws.column_dimensions[col].width = width
    wb.properties.title = report.title
    wb.properties.creator = wb.properties.lastModifiedBy = report.author
    wb.properties.created = datetime.combine(report.base_date, time(9, 0))
    wb.properties.modified = datetime.combine(stamp.day, time(14, 30))
    raw = io.BytesIO()
    # ExcelWriter rather than wb.save(), which would set the modified date to now.
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    dc.repack(raw, path)
    return list(report.items)


WRITERS = {"2020_sheets": write_sheets}
