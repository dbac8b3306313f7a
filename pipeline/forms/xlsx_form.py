"""A member's reporting form as an Excel workbook: one sheet with the instructions above the table, and a
hidden sheet of the dropdowns' choices.

The hidden column A holds each row's key; the provenance is in the custom document properties
(parsers.form_spec), which Excel and LibreOffice keep when the member saves.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from normalise.catalogue import Catalogue
from parsers.form_spec import (
    COUNCIL, COUNCIL_CHOICES, HEADER_ROW, KEY_HEADER, LIST_SHEET, PREVIOUS, PREVIOUS_CHOICES, headers,
)

from ..outputs.sheets import add_property, first_sheet, fit_row_heights, print_a4
from . import texts
from .plan import MemberForm, delmal_labels

FILL_IN = PatternFill("solid", fgColor="FFF2CC")  # the cells a member fills in
GIVEN = PatternFill("solid", fgColor="EDEDED")  # cells filled in before sending
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
# Key (hidden), Nr, Delmål, Tiltak, Type, Ansvarlig, Samarbeidspartnere, Status, Hva er gjort.
WIDTHS = (12, 5, 30, 60, 20, 24, 30, 14, 50)
ROOM = 200  # rows below the blank ones that still get the dropdowns, for members who add rows


def _text(ws: Worksheet, row: int, column: int, value: str):
    cell = ws.cell(row=row, column=column, value=value or None)
    if value:
        cell.data_type = "s"  # text as written: a tiltak starting with "=" is not a formula
    return cell


def _instructions(ws: Worksheet, form: MemberForm, strategy: str) -> None:
    """Rows above the header: the instructions in one wide cell, then the deadline and contact fields."""
    lines = (texts.title(form), *texts.instructions(form, strategy, word=False), texts.form_signature(form))
    ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=len(WIDTHS))
    _text(ws, 1, 2, "\n".join(lines)).alignment = WRAP
    column = 2
    for label, value in texts.contact_lines(form)[1:]:  # the member's name stands in the title
        _text(ws, 2, column, label).font = BOLD
        _text(ws, 2, column + 2, value).fill = GIVEN if value else FILL_IN
        ws.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + 1)
        column += 3


def _lists(wb: Workbook, catalogue: Catalogue) -> dict[str, str]:
    """The dropdowns' choices on a hidden sheet, each column a defined name; returns name -> formula."""
    ws = wb.create_sheet(LIST_SHEET)
    ws.sheet_state = "hidden"
    columns = {
        "skjema_delmal": tuple(delmal_labels(catalogue).values()),
        "skjema_type": tuple(t.name for t in catalogue.types),
        "skjema_status": PREVIOUS_CHOICES,
        "skjema_rad": COUNCIL_CHOICES,
    }
    for c, (name, values) in enumerate(columns.items(), 1):
        for r, value in enumerate(values, 1):
            _text(ws, r, c, value)
        letter = get_column_letter(c)
        wb.defined_names[name] = DefinedName(name, attr_text=f"'{LIST_SHEET}'!${letter}$1:${letter}${len(values)}")
    return {name: f"={name}" for name in columns}


def _dropdown(ws: Worksheet, formula: str, cells: list[str], prompt: str) -> None:
    """A list validation over the cells from the first to the last given (a form's rows of one kind are together)."""
    if not cells:
        return
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True, showInputMessage=True)
    dv.error, dv.errorTitle, dv.prompt = "Velg en verdi fra listen.", "Ugyldig verdi", prompt
    ws.add_data_validation(dv)
    dv.add(f"{cells[0]}:{cells[-1]}")


def write_xlsx_form(path: Path, form: MemberForm, catalogue: Catalogue) -> None:
    wb = Workbook()
    ws = first_sheet(wb)
    ws.title = form.provenance.sheet
    lists = _lists(wb, catalogue)
    _instructions(ws, form, catalogue.strategy)
    for c, (name, width) in enumerate(zip((KEY_HEADER, *headers(form.year)), WIDTHS), 1):
        _text(ws, HEADER_ROW, c, name).font = BOLD
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.column_dimensions["A"].hidden = True
    print_a4(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    status_rows: dict[str, list[str]] = {PREVIOUS: [], COUNCIL: []}
    last = HEADER_ROW
    for last, row in enumerate(form.rows, HEADER_ROW + 1):
        values = (row.key, str(last - HEADER_ROW), row.delmal, row.tiltak, row.type, row.ansvarlig,
                  row.samarbeidspartnere, row.status, "")
        for c, value in enumerate(values, 1):
            cell = _text(ws, last, c, value)
            cell.alignment = WRAP
            if c >= 3:
                cell.fill = GIVEN if c == 8 and row.kind not in status_rows else FILL_IN
        if row.kind in status_rows:
            status_rows[row.kind].append(f"H{last}")
    first = HEADER_ROW + 1
    _dropdown(ws, lists["skjema_delmal"], [f"C{first}", f"C{last + ROOM}"], "Velg delmål")
    _dropdown(ws, lists["skjema_type"], [f"E{first}", f"E{last + ROOM}"], "Velg type tiltak")
    _dropdown(ws, lists["skjema_status"], status_rows[PREVIOUS], "Videreført, endret eller avsluttet?")
    _dropdown(ws, lists["skjema_rad"], status_rows[COUNCIL], "Deltar dere i rådet?")
    fit_row_heights(ws)
    for name, value in form.provenance.properties().items():
        add_property(wb, name, value)
    wb.save(path)
