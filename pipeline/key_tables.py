"""A table that explains the values of another table's columns (a workbook's «Skala» sheet: «Poeng | Effekt | Innsats»
over what a score of 1, 3 or 5 means beside a matrix headed «… | Effekt (1–5) | Innsats (1–5) | …»). Its header may
name a field («innsats» is also a word for the year's tiltak), but its rows are a key, not tiltak."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.columns import HeaderMap, header_key
from parsers.content import Block, TableBlock

from .row_fields import cell_text, table_where

HEAD_ROWS = 5  # a header stands among a table's first rows
KEY_COLUMNS = 2  # columns of another table a key explains


def _bare(text: str) -> str:
    """A header without what its brackets say («Effekt (1–5)» is «effekt»)."""
    return header_key(re.sub(r"\([^)]*\)", " ", text))


def _header(block: TableBlock, header_of: Callable[[Sequence[str]], HeaderMap | None]) -> tuple[tuple[str, ...], HeaderMap] | None:
    for row in block.rows[:HEAD_ROWS]:
        texts = tuple(cell_text(c) for c in row)
        found = header_of(texts)
        if found is not None:
            return texts, found
    return None


def key_tables(blocks: Sequence[Block], header_of: Callable[[Sequence[str]], HeaderMap | None]) -> list[TableBlock]:
    """The tables whose first row, but for one cell (the scale's own: «Poeng»), names columns another table has
    beside its tiltak column, and none names a tiltak column."""
    tables = [b for b in blocks if isinstance(b, TableBlock) and b.rows]
    # Each headed table's tiltak column's name and its other columns' names, bare.
    columns = [(b, {_bare(t) for c, t in enumerate(texts) if t and c == h.column("tiltak")},
                {_bare(t) for c, t in enumerate(texts) if t and c != h.column("tiltak")})
               for b in tables if (found := _header(b, header_of)) is not None for texts, h in [found]]
    keys = []
    for block in tables:
        first = [_bare(t) for c in block.rows[0] if (t := cell_text(c))]
        names = set().union(*(tiltak for b, tiltak, _ in columns if b is not block))
        others = set().union(*(rest for b, _, rest in columns if b is not block))
        named = sum(1 for t in first if t in others)
        # A sheet repeating the other's header («Tiltak | Delmål | Type» per område) holds tiltak of its own.
        if named >= KEY_COLUMNS and len(first) - named <= 1 and not names & set(first):
            keys.append(block)
    return keys


def key_warning(source_file: str, block: TableBlock) -> str:
    return (f"{source_file}: tabell {table_where(block)} forklarer verdiene i en kolonne i en annen tabell, "
            "og ble hoppet over")
