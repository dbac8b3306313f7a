"""A table that explains the values of another table's columns (a workbook's «Skala» sheet: «Poeng | Effekt | Innsats»
over what a score of 1, 3 or 5 means beside a matrix headed «… | Effekt (1–5) | Innsats (1–5) | …»). Its header may
name a field («innsats» is also a word for the year's tiltak), but its rows are a key, not tiltak."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from normalise.columns import HeaderMap, header_key
from normalise.text import fold
from parsers.content import Block, Content, TableBlock

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


COLUMN_KEY_ROWS = 3  # fields a key to another table's columns explains, at least


def column_keys_apart(content: Content, field_of: Callable[[str], tuple[str, float]], meanings: tuple[str, ...],
                      source_file: str) -> Content:
    """The content without the tables that explain another table's columns, with a note of each; before any reader
    turns such a table's labels into a tiltak's fields."""
    keys = column_keys(content.blocks, field_of, meanings)
    if not keys:
        return content
    notes = tuple(column_key_warning(source_file, k) for k in keys)
    return replace(content, blocks=tuple(b for b in content.blocks if not any(b is k for k in keys)),
                   warnings=(*content.warnings, *notes))


def column_keys(blocks: Sequence[Block], field_of: Callable[[str], tuple[str, float]],
                meanings: tuple[str, ...]) -> list[TableBlock]:
    """The tables of two columns headed as a key («Kolonne | Forklaring») whose rows each name one of another table's
    columns and say what it holds («Tiltak | Namnet på tiltaket slik vi bruker det internt.»): a key, no tiltak. (A
    form's fields set down a table, «Tiltak | Kompetanseløft …», head no column «Forklaring».)"""
    keys = []
    for block in blocks:
        if not isinstance(block, TableBlock) or not block.rows or len(block.rows[0]) != 2 or (
                fold(cell_text(block.rows[0][1])) not in meanings):
            continue
        named = [field_of(cell_text(row[0]))[0] for row in block.rows if cell_text(row[0])]
        fields = [f for f in named if f]
        # The header («Kolonne | Forklaring») names nothing, nor may a column of the member's own words («Slag»); most
        # rows name a field, each another.
        if len(fields) >= COLUMN_KEY_ROWS and "tiltak" in fields and len(fields) * 3 >= len(named) * 2 and len(
                set(fields)) == len(fields):
            keys.append(block)
    return keys


def column_key_warning(source_file: str, block: TableBlock) -> str:
    return f"{source_file}: tabell {table_where(block)} forklarer kolonnene i en annen tabell, og ble hoppet over"
