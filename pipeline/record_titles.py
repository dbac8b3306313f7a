"""Records over two rows: a shaded row with the measure's name across the table, then its cells under a header that
names only the fields below the name (Spekter's PDF, round 67: «Omtale | Delmål | Type | Ansvar | Partnere»).

The header names no tiltak column, so the table was not read. Where every row under the header is such a pair, the
name is moved into a first column of its own, «Tiltak», beside the cells it stands over.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from parsers.content import Content, TableBlock

from .row_fields import cell_text

MIN_RECORDS = 2  # one name over one row may be a caption; two or more pairs are the table's shape


def _name_across(row: tuple[str, ...]) -> str:
    """The text of a row that is one cell across the table (its first, or the same in each as a merge is read)."""
    filled = {c for c in row if c}
    return row[0] if len(filled) == 1 and row[0] in filled else ""


def titled_records(block: TableBlock, field_of: Callable[[str], tuple[str, float]]) -> TableBlock:
    """The table with each record's name row moved into a «Tiltak» column beside the row under it; the block as it is
    unless every row under a header naming no tiltak column pairs a name across the table with cells."""
    rows = [tuple(cell_text(c) for c in row) for row in block.rows]
    named = [field_of(cell)[0] for cell in rows[0]] if rows else []
    if "tiltak" in named or sum(bool(f) for f in named) < 2:
        return block
    out: list[tuple[str | None, ...]] = [("Tiltak", *block.rows[0])]
    name = ""
    for row, cells in zip(rows[1:], block.rows[1:]):
        if across := _name_across(row):
            if name:
                return block  # two names with nothing between: not records of this shape
            name = across
        elif name and sum(bool(c) for c in row) >= 2:
            out.append((name, *cells))
            name = ""
        else:
            return block
    return replace(block, rows=tuple(out)) if not name and len(out) > MIN_RECORDS else block


def name_rows_as_column(content: Content, field_of: Callable[[str], tuple[str, float]]) -> Content:
    """The content with each table of records under name rows given its names as a column (titled_records)."""
    return replace(content, blocks=tuple(titled_records(b, field_of) if isinstance(b, TableBlock) else b
                                         for b in content.blocks))
