"""A spreadsheet's pivot table (Excel's «Radetiketter | … | Totalsum»): a count of the tiltak the data sheet beside it
lists, pasted as values. Its rows name the same tiltak again under counts; the data sheet is what to read."""

from __future__ import annotations

from typing import Sequence

from normalise.text import fold
from parsers.content import Block, TableBlock

from .row_fields import cell_text, table_where


def pivot_tables(blocks: Sequence[Block], labels: Sequence[str]) -> list[TableBlock]:
    """The pivot tables of a document that also holds another table; none when the pivot is all it has."""
    said = frozenset(fold(w) for w in labels)
    tables = [b for b in blocks if isinstance(b, TableBlock)]
    pivots = [t for t in tables if any(fold(cell_text(c)) in said for row in t.rows for c in row)]
    return pivots if len(pivots) < len(tables) else []


def pivot_warning(source_file: str, block: TableBlock) -> str:
    return (f"{source_file}: tabell {table_where(block)} er en pivottabell (en opptelling av tiltakene i en annen tabell), "
            "og ble hoppet over")
