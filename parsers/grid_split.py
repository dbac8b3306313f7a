"""Tables that stand side by side on one sheet: a grid split where wholly empty columns part it."""

from __future__ import annotations

from .content import COVERED

Grid = tuple[tuple[str | None, ...], ...]

GAP_COLUMNS = 2  # empty columns between two tables; one empty column is a spacer inside a table
MIN_PART_COLUMNS = 2  # a part narrower than this is a note beside the table, kept as the table's column
MIN_PART_ROWS = 2  # a header and one row


def _empty(cell: str | None) -> bool:
    return cell is not COVERED and not (cell or "").strip()


def _filled_rows(grid: Grid, columns: range) -> int:
    return sum(1 for row in grid if any(not _empty(row[c]) for c in columns if c < len(row)))


def side_by_side(grid: Grid) -> list[tuple[int, Grid]]:
    """The grid's tables left to right, each with the column it starts at; the whole grid when none stands apart."""
    width = max((len(row) for row in grid), default=0)
    empty = [all(c >= len(row) or _empty(row[c]) for row in grid) for c in range(width)]
    parts: list[range] = []
    start, last = None, -1
    for c in range(width):
        if empty[c]:
            continue
        if start is not None and c - last - 1 >= GAP_COLUMNS:
            parts.append(range(start, last + 1))
            start = None
        if start is None:
            start = c
        last = c
    if start is not None:
        parts.append(range(start, last + 1))
    if len(parts) < 2 or any(len(p) < MIN_PART_COLUMNS or _filled_rows(grid, p) < MIN_PART_ROWS for p in parts):
        return [(0, grid)]
    # Every row kept, empty ones too: a row's number is the sheet's in both tables.
    return [(p.start, tuple(tuple(row[c] if c < len(row) else "" for c in p) for row in grid)) for p in parts]
