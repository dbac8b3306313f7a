"""Worksheet layout spreadsheet programs do not do on opening a file: rows as tall as their wrapped
text (LibreOffice keeps an unsized row one line tall, so wrapped text is cut off on screen and in
print), and A4 print setup."""

from __future__ import annotations

import math
import textwrap

from openpyxl.utils import get_column_letter
from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

DEFAULT_WIDTH = 8.43  # characters: a column no width was set for
DEFAULT_SIZE = 11.0  # points: openpyxl's default font size
LINE_POINTS = 15.0  # one line of 11 pt text: the default row height
PADDING_POINTS = 3.0
MAX_ROW_POINTS = 409.0  # the tallest row Excel allows
# A column's width counts the digit "0"; Norwegian prose averages a little narrower, but a line
# wraps at a word boundary and bold text is wider: one character per unit, less the cell's margin,
# errs on the side of a row too tall rather than text cut off.
CHARS_PER_UNIT = 1.15
MARGIN_CHARS = 1


def _width(ws: Worksheet, column: int) -> float:
    width = ws.column_dimensions[get_column_letter(column)].width
    return width if width else DEFAULT_WIDTH


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes in a wrapping cell `width` characters wide."""
    chars = max(1, math.floor(width * CHARS_PER_UNIT) - MARGIN_CHARS)
    return sum(max(1, len(textwrap.wrap(part, chars, break_long_words=True, break_on_hyphens=False)))
               for part in text.split("\n"))


def _needed(cell, width: float) -> float:
    """Points of height the cell's text needs."""
    size = (cell.font.sz if cell.font and cell.font.sz else DEFAULT_SIZE) / DEFAULT_SIZE
    wrap = bool(cell.alignment and cell.alignment.wrap_text)
    lines = wrapped_lines(str(cell.value), width) if wrap else 1
    return lines * LINE_POINTS * size + PADDING_POINTS


def fit_row_heights(ws: Worksheet, first_row: int = 1) -> None:
    """Give every row from `first_row` an explicit height that shows all of its wrapped text; a cell
    merged over several rows (and columns) gets the room of all of them, the last row growing if needed."""
    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    covered = {(row, col) for r in ws.merged_cells.ranges for row in range(r.min_row, r.max_row + 1)
               for col in range(r.min_col, r.max_col + 1)}
    heights: dict[int, float] = {}
    spans: list[tuple[int, int, float]] = []
    for cells in ws.iter_rows(min_row=first_row):
        for cell in cells:
            if cell.value is None or cell.value == "":
                continue
            span = merged.get((cell.row, cell.column))
            if span is None and (cell.row, cell.column) in covered:
                continue
            if span is None:
                heights[cell.row] = max(heights.get(cell.row, 0.0), _needed(cell, _width(ws, cell.column)))
                continue
            width = sum(_width(ws, c) for c in range(span.min_col, span.max_col + 1))
            if span.max_row == span.min_row:
                heights[cell.row] = max(heights.get(cell.row, 0.0), _needed(cell, width))
            else:
                spans.append((span.min_row, span.max_row, _needed(cell, width)))
    for row in range(first_row, ws.max_row + 1):
        heights.setdefault(row, LINE_POINTS)
    for top, bottom, needed in spans:
        short = needed - sum(heights[r] for r in range(top, bottom + 1))
        if short > 0:
            heights[bottom] += short
    for row, height in heights.items():
        ws.row_dimensions[row].height = round(min(height, MAX_ROW_POINTS), 1)


def first_sheet(workbook: Workbook) -> Worksheet:
    """The sheet a new workbook opens with."""
    sheet = workbook.active
    if not isinstance(sheet, Worksheet):
        raise TypeError("a new workbook opens with a worksheet")
    return sheet


def add_property(workbook: Workbook, name: str, value: str) -> None:
    """A custom document property (File > Properties > Custom in Excel), kept when the workbook is saved again."""
    # types-openpyxl lacks Workbook.custom_doc_props, which openpyxl has had since 3.1.
    workbook.custom_doc_props.append(StringProperty(name=name, value=value))  # type: ignore[attr-defined]


def print_a4(ws: Worksheet, landscape: bool, title_rows: str | None = None) -> None:
    """Print on A4, scaled to the page's width (as many pages down as it takes), header rows on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
