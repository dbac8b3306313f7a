"""A Gnumeric workbook («.gnumeric»: gzipped XML, now and then saved plain) read as an Excel workbook is: each visible
sheet with content a table (or several, where empty columns part them), named for its sheet.

Each «gnm:Cell» gives its row, column and value type (60 text, 40 and 30 numbers, 20 a truth value, 10 empty, 50 an
error, 80 an array); a formula shows the value stored beside it («Value»), as Excel's cached value is shown, and where
Gnumeric stored none (it recalculates on opening) it reads empty and a warning counts it. Numbers and dates show as
their format shows them (parsers.cell_values); merged cells, hidden sheets, rows and columns as in parsers.xlsx.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any


from .cell_values import cell_text, is_date_format, serial_date
from .cellcount import MAX_SHEET_CELLS, too_large
from .content import COVERED, Content, TableBlock
from .grid_split import side_by_side
from .packed_xml import local, packed_root
from .registry import ParseOptions, register

_WHAT = "Gnumeric-filen"
_AGAIN = "Åpne den i Gnumeric og lagre den som Excel (XLSX), eller be medlemmet om en ny kopi"
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_NUMBERS = ("30", "40")
Grid = tuple[tuple[str | None, ...], ...]


def _child(el: Any, name: str) -> Any:
    return next((c for c in el if local(c.tag) == name), None)


def _children(el: Any, path: str) -> list[Any]:
    """The elements a path of local names («Cells/Cell») leads to, whatever namespace the file writes them in."""
    found = [el]
    for name in path.split("/"):
        found = [c for parent in found for c in parent if local(c.tag) == name]
    return found


def _int(text: str | None, default: int = -1) -> int:
    return int(text) if text and text.isascii() and text.isdigit() and len(text) < 10 else default


def _ref(text: str) -> tuple[int, int] | None:
    """«B3» as its 0-based (row, column)."""
    m = _REF.match(text.strip())
    if not m:
        return None
    col = 0
    for letter in m.group(1).upper():
        col = col * 26 + ord(letter) - 64
    return int(m.group(2)) - 1, col - 1


class _Hidden:
    """Rows (or columns) the member hid, kept as runs («No="4" Count="1000"»), not as a set a million long."""

    def __init__(self, infos: list[Any]) -> None:
        runs = sorted((_int(i.get("No")), max(_int(i.get("Count"), 1), 1)) for i in infos if i.get("Hidden") in ("1", "true"))
        self.starts = [start for start, _ in runs]
        self.runs = runs

    def hides(self, n: int) -> bool:
        at = bisect.bisect_right(self.starts, n) - 1
        return at >= 0 and n < self.runs[at][0] + self.runs[at][1]


def _formats(sheet: Any) -> list[tuple[int, int, int, int, str]]:
    """The number formats the sheet's style regions give (top, left, bottom, right, format), «General» left out."""
    out = []
    for region in _children(sheet, "Styles/StyleRegion"):
        style = _child(region, "Style")
        fmt = style.get("Format", "") if style is not None else ""
        if fmt and fmt.lower() != "general":
            out.append((_int(region.get("startRow")), _int(region.get("startCol")), _int(region.get("endRow")),
                        _int(region.get("endCol")), fmt))
    return out


def _format_at(formats: list[tuple[int, int, int, int, str]], r: int, c: int) -> str:
    return next((f for top, left, bottom, right, f in reversed(formats) if top <= r <= bottom and left <= c <= right), "")


def _number(text: str, fmt: str) -> str:
    try:
        value: int | float = int(text) if text.lstrip("-").isdigit() else float(text)
    except ValueError:
        return text.strip()
    if is_date_format(fmt) and (date := serial_date(value)) is not None:
        return cell_text(date)
    return cell_text(value, fmt)


def _value(cell: Any, fmt: str) -> tuple[str, bool]:
    """A cell's text, and whether it is a formula whose value the file does not hold."""
    kind = cell.get("ValueType")
    text = cell.get("Value") if kind and cell.get("Value") is not None else (cell.text or "")
    old = _child(cell, "Content")  # Gnumeric 1.0's files keep the value in a child element
    if old is not None:
        text = old.text or ""
    if kind is None:
        formula = text.startswith("=") or (not text and cell.get("ExprID") is not None)
        return ("", True) if formula else (text.strip(), False)
    if kind in _NUMBERS:
        return _number(text, cell.get("ValueFormat") or fmt), False
    if kind == "20":
        return cell_text(text.strip().upper() == "TRUE"), False
    if kind in ("10", "50"):
        return "", False  # empty, or an error (#N/A): no value the member gave
    return text.strip(), False  # 60 text, 80 an array as written


def _grid(sheet: Any, name: str, source_file: str) -> tuple[Grid, int]:
    """The sheet's visible cells with content as rows, merged ranges resolved as in parsers.xlsx; and the number of
    formulas read empty for want of a stored value."""
    hidden_rows, hidden_cols = _Hidden(_children(sheet, "Rows/RowInfo")), _Hidden(_children(sheet, "Cols/ColInfo"))
    formats = _formats(sheet)
    texts: dict[tuple[int, int], str] = {}
    unvalued = 0
    for cell in _children(sheet, "Cells/Cell"):
        r, c = _int(cell.get("Row")), _int(cell.get("Col"))
        if r < 0 or c < 0 or hidden_rows.hides(r) or hidden_cols.hides(c):
            continue
        text, formula = _value(cell, _format_at(formats, r, c))
        unvalued += formula
        if text:
            texts[(r, c)] = text
    if not texts:
        return (), unvalued
    top, left = min(r for r, _ in texts), min(c for _, c in texts)
    bottom, right = max(r for r, _ in texts), max(c for _, c in texts)
    if (bottom - top + 1) * (right - left + 1) > MAX_SHEET_CELLS:
        raise too_large(source_file, name, bottom - top + 1, right - left + 1)
    rows = [r for r in range(top, bottom + 1) if not hidden_rows.hides(r)]
    cols = [c for c in range(left, right + 1) if not hidden_cols.hides(c)]
    at_row, at_col = {r: i for i, r in enumerate(rows)}, {c: i for i, c in enumerate(cols)}
    grid: list[list[str | None]] = [[texts.get((r, c), "") for c in cols] for r in rows]
    for merge in _children(sheet, "MergedRegions/Merge"):
        first, _, last = (merge.text or "").partition(":")
        start, end = _ref(first), _ref(last)
        if start is None or end is None:
            continue
        (r0, c0), (r1, c1) = start, end
        for r in range(max(r0, top), min(r1, bottom) + 1):
            for c in range(max(c0, left), min(c1, right) + 1):
                if (r, c) == (r0, c0) or r not in at_row or c not in at_col:
                    continue
                # As in Word and Excel: the first column under the top-left cell is covered, the rest of a span is ''.
                grid[at_row[r]][at_col[c]] = COVERED if r > r0 and c == c0 else ""
    return tuple(tuple(row) for row in grid), unvalued


def _title(root: Any) -> str:
    """The title in the workbook's document properties (an ODF «office:meta» block inside it)."""
    meta = next((el for el in root if local(el.tag) == "document-meta"), None)
    found = next((el for el in meta.iter() if local(el.tag) == "title"), None) if meta is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


@register("gnumeric")
def parse_gnumeric(path: Path, source_file: str, options: ParseOptions) -> Content:
    """One TableBlock per visible sheet with content; index is the sheet's position in the workbook."""
    root = packed_root(path, source_file, options, _WHAT, _AGAIN, "Workbook", "en Gnumeric-arbeidsbok")
    blocks: list[TableBlock] = []
    unvalued = 0
    # Numbered by position among all tabs (hidden ones count), as parsers.xlsx numbers them.
    for number, sheet in enumerate(_children(root, "Sheets/Sheet"), start=1):
        if "HIDDEN" in sheet.get("Visibility", "").upper():
            continue  # hidden by the member (GNM_SHEET_VISIBILITY_HIDDEN, VERY_HIDDEN)
        named = _child(sheet, "Name")
        name = " ".join((named.text or "").split()) if named is not None else ""
        name = name or f"Ark{number}"
        grid, missing = _grid(sheet, name, source_file)
        unvalued += missing
        blocks.extend(TableBlock(page=None, index=number, rows=part, caption=name, first_column=column)
                      for column, part in side_by_side(grid) if grid)
    title = _title(root)
    if not title and blocks:
        title = next((c for row in blocks[0].rows for c in row if c), "")
    warnings: list[str] = []
    if unvalued:
        cells, empty = ("celle", "tom") if unvalued == 1 else ("celler", "tomme")
        warnings.append(f"{source_file}: {unvalued} {cells} med formel har ingen lagret verdi i Gnumeric-filen og ble lest "
                        f"som {empty}; åpne filen i Gnumeric og lagre den som Excel (XLSX) for å få verdiene med")
    if not blocks:
        warnings.append(f"{source_file}: Gnumeric-filen har ingen synlige ark med innhold")
    return Content(blocks=tuple(blocks), pages=None, title=title, warnings=tuple(warnings))
