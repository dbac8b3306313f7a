"""Excel reports: a sheet per main area (Nynorsk) and a single sheet with title rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .rows import Report

WRAP = Alignment(wrap_text=True, vertical="top")


def _stamp(book: Workbook, creator: str) -> None:
    book.properties.creator = book.properties.lastModifiedBy = creator
    book.properties.created = book.properties.modified = dt.datetime(2026, 2, 3, 8, 30)


def _write(sheet, first_row: int, header: list[str], rows: list[list[str]], widths: list[int]) -> None:
    for col, (text, width) in enumerate(zip(header, widths), start=1):
        cell = sheet.cell(row=first_row, column=col, value=text)
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = width
    for offset, values in enumerate(rows, start=1):
        for col, text in enumerate(values, start=1):
            sheet.cell(row=first_row + offset, column=col, value=text or None).alignment = WRAP


def build_area_sheets(report: Report, path: Path) -> None:
    """Vestland: one sheet per hovudinnsatsområde, type first, delmål third."""
    book = Workbook()
    _stamp(book, "Vestland fylkeskommune")
    book.remove(book.active)
    header = ["Type tiltak", "Tiltak", "Delmål", "Samarbeidspartnarar", "Ansvarleg"]
    for area in "123":
        rows = [r for r in report.rows if r.delmal.startswith(area)]
        sheet = book.create_sheet(f"Område {area}")
        sheet["A1"] = f"Vestland fylkeskommune – tiltak 2025, hovudinnsatsområde {area}: {rows[0].shown('area')}"
        sheet["A1"].font = Font(bold=True, size=13)
        _write(
            sheet,
            3,
            header,
            [[r.shown("type"), r.tiltak, r.shown("delmal"), r.partners, r.ansvarlig] for r in rows],
            [18, 50, 40, 30, 22],
        )
    book.save(path)


def build_titled_sheet(report: Report, path: Path) -> None:
    """Spekter: title and note rows above the header, delmål written only as words."""
    book = Workbook()
    _stamp(book, "Spekter")
    sheet = book.active
    sheet.title = "Tiltak 2025"
    sheet["A1"] = "Arbeidsgiverforeningen Spekter"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Innspill til sekretariatet for Kompetansepolitisk råd: tiltak gjennomført i 2025"
    sheet["A3"] = "Delmål er angitt med egne ord der vi var usikre på nummeret."
    _write(
        sheet,
        5,
        ["Tiltak", "Beskrivelse", "Hvilket delmål i strategien", "Ansvarlig"],
        [[r.tiltak, r.desc, r.shown("delmal"), r.ansvarlig] for r in report.rows],
        [42, 60, 40, 20],
    )
    book.save(path)
