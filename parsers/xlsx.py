"""Excel (XLSX) reports: each visible worksheet with content is one table (or several, where empty columns part
tables standing side by side), merged cells resolved like DOCX.

The grid of a sheet is cropped to the cells that hold something, so its first row is the first
row with content (row numbers in provenance count from there, not from Excel's row 1). Hidden sheets,
rows and columns are left out, as the member hid them. A number shows as its format shows it ("1.4",
"2.10" under a two-decimal format), so a delmål typed as a number reads as the code it looks like.
Formulas give their cached values (`data_only`); a workbook never recalculated shows them empty.
Limit: a sheet whose cropped grid exceeds 1,000,000 cells is TooLarge (besides the ZIP limits
in parsers.archive).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet

from tiltak_core.errors import DamagedFile

from .archive import check_zip
from .cell_values import cell_text
from .cellcount import MAX_SHEET_CELLS, check_xlsx, too_large
from .content import COVERED, Content, TableBlock
from .form import read_form
from .grid_split import side_by_side
from .registry import ParseOptions, register
from .xlsx_marks import mark_columns
from .xlsx_shapes import ShapeText, sheet_shapes

_AGAIN = "Åpne den i Excel og lagre den på nytt, eller be medlemmet om en ny kopi"


def _causes(exc: BaseException) -> list[BaseException]:
    chain = [exc]
    while (nxt := chain[-1].__cause__ or chain[-1].__context__) is not None and nxt not in chain:
        chain.append(nxt)
    return chain


def _load(path: Path, source_file: str) -> openpyxl.Workbook:
    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported" and the like: nothing the user can act on.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, TypeError, ...) on broken parts
        causes = _causes(exc)
        if any(isinstance(c, DefusedXmlException) for c in causes):
            raise DamagedFile(source_file, "Excel-filen inneholder XML-entiteter (DTD), som ikke leses av sikkerhetshensyn",
                              _AGAIN) from exc
        # openpyxl's own text is English and about its internals: the reader gets the kind of damage.
        broken_xml = any(isinstance(c, SyntaxError) for c in causes)  # lxml's and expat's errors are SyntaxErrors
        detail = "XML-en i den er ødelagt" if broken_xml else "den kan ikke pakkes ut, eller deler mangler"
        raise DamagedFile(source_file, f"Excel-filen er skadet ({detail})", _AGAIN) from exc


# «…/kompetansestrategien#delmal-2-3»: a link to the strategy's text of one delmål, all a cell of the member's own
# words for it («Flere gode fagarbeidere») may say of its code.
_DELMAL_LINK = re.compile(r"delm(?:a|aa|å|%C3%A5)l[-_/.]?([1-3])[-_.]([1-6])(?!\d)", re.IGNORECASE)


def _linked_delmal(cell: object) -> str:
    """« (delmål 2.3)» when the cell links to one delmål of the strategy, else ''."""
    link = getattr(cell, "hyperlink", None)
    found = _DELMAL_LINK.search(f"{link.target or ''}#{link.location or ''}") if link is not None else None
    return f" (delmål {found[1]}.{found[2]})" if found else ""


def _hidden_columns(ws: Worksheet) -> set[int]:
    """The columns hidden outright, each of a range one <col> element hides. Columns hidden by collapsing an outline
    group are detail folded away for print (round 77: VOFO's delmål and type), not taken out: they are read."""
    return {c for k, d in ws.column_dimensions.items() if d.hidden and not d.outlineLevel and k.isalpha()
            for c in range(d.min or column_index_from_string(k), max(d.max or 0, d.min or column_index_from_string(k)) + 1)}


def _sheet_grid(ws: Worksheet, source_file: str, shapes: list[ShapeText]) -> tuple[
        tuple[tuple[str | None, ...], ...], tuple[int, ...], tuple[int, ...]]:
    """The sheet's cells with content as rows, each shape's text in the cell it stands on (or the next free one
    to its right); merged ranges give COVERED below, '' to the right. Also the rows whose every cell is struck through,
    and each row's indent (its first cell's, in Excel's steps; () when no row is indented)."""
    # ws._cells holds only the cells the file defines; iter_rows() would walk the whole used range,
    # which a stray format in a far corner makes millions of cells wide.
    hidden_rows = {r for r, d in ws.row_dimensions.items() if d.hidden}
    hidden_cols = _hidden_columns(ws)
    texts = {(r, c): t + _linked_delmal(cell) for (r, c), cell in ws._cells.items()
             if r not in hidden_rows and c not in hidden_cols and (t := cell_text(cell.value, cell.number_format))}
    struck_cells = {(r, c) for (r, c) in texts if getattr(ws._cells[(r, c)].font, "strike", False)}
    stacked = _place_shapes(texts, shapes, hidden_rows, hidden_cols)
    if not texts:
        return (), (), ()
    top, left = min(r for r, _ in texts), min(c for _, c in texts)
    bottom, right = max(r for r, _ in texts), max(c for _, c in texts)
    if (bottom - top + 1) * (right - left + 1) > MAX_SHEET_CELLS:
        raise too_large(source_file, ws.title, bottom - top + 1, right - left + 1)
    rows = [r for r in range(top, bottom + 1) if r not in hidden_rows]
    cols = [c for c in range(left, right + 1) if c not in hidden_cols]
    at_row, at_col = {r: i for i, r in enumerate(rows)}, {c: i for i, c in enumerate(cols)}
    grid: list[list[str | None]] = [[texts.get((r, c), "") for c in cols] for r in rows]
    marks = mark_columns(ws._cells, texts, rows)
    if any(any(m) for m in marks):
        # Kinds told by fill colour, a plan by italics: columns of their own, as words (parsers/xlsx_marks.py).
        grid = [row + list(m) for row, m in zip(grid, marks)]
    for merged in ws.merged_cells.ranges:
        for r in range(max(merged.min_row, top), min(merged.max_row, bottom) + 1):
            for c in range(max(merged.min_col, left), min(merged.max_col, right) + 1):
                if (r, c) == (merged.min_row, merged.min_col) or r not in at_row or c not in at_col:
                    continue
                # As in Word: the first column under the top-left cell is covered, the rest of a span is ''.
                grid[at_row[r]][at_col[c]] = COVERED if r > merged.min_row and c == merged.min_col else ""
    out: list[list[str | None]] = []
    struck: list[int] = []
    indents: list[int] = []
    for r, row in zip(rows, grid):
        filled = [(r, c) for c in cols if (r, c) in texts]
        if filled and all(k in struck_cells for k in filled):
            struck.append(len(out))
        out.append(row)
        indents.append(int(getattr(ws._cells[filled[0]].alignment, "indent", 0) or 0) if filled else 0)
        for c, text in stacked.get(r, ()):
            # A box beside another over the same band of cells: a row of its own under it, the band's cells
            # covering it as a merged cell would.
            under: list[str | None] = [COVERED if (cell is COVERED or cell) and k != c else "" for k, cell in zip(cols, row)]
            under[at_col[c]] = text
            out.append(under)
            indents.append(0)
    return tuple(tuple(row) for row in out), tuple(struck), tuple(indents) if any(indents) else ()


def _place_shapes(texts: dict[tuple[int, int], str], shapes: list[ShapeText], hidden_rows: set[int],
                  hidden_cols: set[int]) -> dict[int, list[tuple[int, str]]]:
    """Puts each shape's text into `texts` at the cell it stands on (the next free one to its right where that holds
    text); returns, per row, the boxes that stand beside an earlier box of that row under no heading of their own,
    which read as stacked under it, at its column."""
    headed = {(r, c) for r, c in texts}  # cells' own texts, before any box's
    first_box: dict[int, int] = {}
    stacked: dict[int, list[tuple[int, str]]] = {}
    for r, c, text in shapes:
        if r in hidden_rows:
            continue
        if r in first_box and not any(hc == c and hr < r for hr, hc in headed):
            stacked.setdefault(r, []).append((first_box[r], text))
            continue
        while (r, c) in texts or c in hidden_cols:
            c += 1
        texts[(r, c)] = text
        first_box.setdefault(r, c)
    return stacked


@register("xlsx")
def parse_xlsx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """One TableBlock per visible sheet with content; index is the sheet's position in the workbook."""
    check_zip(path, source_file, options, "xlsx")
    check_xlsx(path, source_file)  # before openpyxl builds every cell
    form = read_form(path, source_file, "xlsx")
    if form.content is not None:
        return form.content
    shapes, shapes_warning = sheet_shapes(path)
    workbook = _load(path, source_file)
    try:
        blocks: list[TableBlock] = []
        # Numbered by position among all tabs (hidden and chart sheets count), as Excel orders them.
        for number, name in enumerate(workbook.sheetnames, start=1):
            ws = workbook[name]
            if not isinstance(ws, Worksheet) or ws.sheet_state != "visible":
                continue
            grid, struck, indents = _sheet_grid(ws, source_file, shapes.get(name, []))
            if grid:
                blocks.extend(TableBlock(page=None, index=number, rows=part, caption=ws.title, first_column=column,
                                         struck=struck, indents=indents if column == 0 else ())
                              for column, part in side_by_side(grid))
        title = (workbook.properties.title or "").strip() if workbook.properties else ""
    finally:
        workbook.close()
    if not title and blocks:
        title = next((c for row in blocks[0].rows for c in row if c), "")
    warnings_: tuple[str, ...] = tuple(w for w in (form.warning, shapes_warning) if w)
    warnings_ += () if blocks else ("Excel-filen har ingen synlige ark med innhold",)
    return Content(blocks=tuple(blocks), pages=None, title=title, warnings=warnings_)
