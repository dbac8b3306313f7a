"""The held-out round's spreadsheet: one sheet per hovedinnsatsområde (header on row 4 under a title,
delmål stored as a number, a hidden example row), an instructions sheet first and a hidden sheet of
choice lists (Virke)."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .model import Item, Report
from .ooxml import repack_pinned

HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Status"]
TYPE_CHOICES = ["Råd", "Nettverk", "Kurs", "Program", "Utviklingsarbeid", "Arrangement", "Opplæring",
                "Informasjon", "FoU"]
# The hidden example row each sheet of the form came with.
EXAMPLES = {"1": ("1.3", "Eksempel: Karriereveiledning for tillitsvalgte", "Kurs"),
            "2": ("2.1", "Eksempel: Kurs i digitale verktøy for ansatte", "Kurs"),
            "3": ("3.3", "Eksempel: Opplæring for arbeidssøkere i samarbeid med NAV", "Opplæring")}
INSTRUCTIONS = [
    "Slik fyller du ut rapporten",
    "Rapporten har ett ark for hvert hovedinnsatsområde i Nasjonal kompetansepolitisk strategi.",
    "Skriv ett tiltak per rad. Delmål skrives som tall, for eksempel 1.4 eller 2.1.",
    "Type tiltak velges fra nedtrekkslisten. Status: Gjennomført, Pågår eller Planlagt.",
    "Eksempelraden på hvert ark er skjult og skal ikke slettes.",
    "Frist for innsending: 15. februar 2022.",
]


def one_sheet_per_area(report: Report, path: Path) -> list[Item]:
    extra = report.extra
    wb = Workbook()
    guide = wb.active
    guide.title = "Veiledning"
    for r, line in enumerate(INSTRUCTIONS, start=1):
        guide.cell(row=r, column=1, value=line).font = Font(bold=r == 1, size=13 if r == 1 else 11)
    guide.column_dimensions["A"].width = 95

    lists = wb.create_sheet("Lister")
    for r, word in enumerate(TYPE_CHOICES, start=1):
        lists.cell(row=r, column=1, value=word)
    lists.sheet_state = "hidden"

    written: list[Item] = []
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="D9D9D9")
    for area, (sheet_name, area_name) in extra["sheets"].items():
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = "Virke – rapport til Kompetansepolitisk råd for 2021"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"Hovedinnsatsområde {area}: {area_name}"
        for c, word in enumerate(HEADER, start=1):
            cell = ws.cell(row=4, column=c, value=word)
            cell.font, cell.fill = bold, fill
        code, text, word = EXAMPLES[area]
        for c, value in enumerate([float(code), text, word, "Virke", "", "Planlagt"], start=1):
            ws.cell(row=5, column=c, value=value)
        ws.row_dimensions[5].hidden = True
        choice = DataValidation(type="list", formula1=f"=Lister!$A$1:$A${len(TYPE_CHOICES)}", allow_blank=True)
        ws.add_data_validation(choice)
        for r, it in enumerate(extra["items"][area], start=6):
            code = ws.cell(row=r, column=1, value=float(it.delmal))
            code.number_format = "0.0"
            values = [it.tiltak, it.shown_type, it.ansvarlig, it.partnere, extra["status"].get(it.measure, "Gjennomført")]
            for c, value in enumerate(values, start=2):
                ws.cell(row=r, column=c, value=value).alignment = Alignment(wrap_text=True, vertical="top")
            choice.add(f"C{r}")
            written.append(it)
        for col, width in zip("ABCDEF", (9, 60, 16, 16, 30, 13)):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A5"
    # The instructions open first, as the form was sent out.
    wb.active = 0
    wb.properties.creator = report.author
    wb.properties.title = report.title
    wb.properties.created = report.created
    raw = io.BytesIO()
    wb.save(raw)
    repack_pinned(raw.getvalue(), path, report.modified.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return written
