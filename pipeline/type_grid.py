"""A cross table of tiltak: one row per delmål, one column per type («Rådsarbeid», «Opplæring», …), each tiltak named
in the cell where its delmål and its type cross.

Read row by row it has no tiltak column at all: its header names kinds of work, its cells name measures. It is turned
into the table it stands for: Delmål (the row's first cell), Tiltak (each name in a cell), Type (that cell's column).
A table of details after it that names the same tiltak fills them in, as any later table repeating a table's tiltak
does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from normalise.text import clean
from parsers.content import Content, TableBlock

from .tables_as_text import tables_replaced

from tiltak_core.records import Match

HEADER_ROWS = 6  # a title and a note may stand above the header in a sheet
MIN_TYPE_COLUMNS = 3  # a grid spreads its tiltak over most of the six types
SURE_TYPE = 0.85
MIN_CODED_SHARE = 0.5  # of the body rows whose first cell gives a delmål's code

TypeOf = Callable[[str], "Match | None"]
CodesIn = Callable[[str], list[str]]


def _type_header(row: tuple[str | None, ...], type_of: TypeOf) -> list[int] | None:
    """The columns a header row heads with a type's word (never its first), if there are enough of them."""
    columns = [c for c, cell in enumerate(row) if c and clean(cell) and (t := type_of(clean(cell))) is not None
               and t.confidence >= SURE_TYPE]
    named = [c for c, cell in enumerate(row) if c and clean(cell)]
    return columns if len(columns) >= MIN_TYPE_COLUMNS and columns == named else None


def _flattened(table: TableBlock, type_of: TypeOf, codes_in: CodesIn) -> TableBlock | None:
    """The table a type grid stands for (Delmål, Tiltak, Type), or None if the table is no such grid."""
    for h, head in enumerate(table.rows[:HEADER_ROWS]):
        columns = _type_header(head, type_of)
        if columns is None:
            continue
        body = [r for r in table.rows[h + 1:] if any(clean(c) for c in r)]
        coded = [r for r in body if codes_in(clean(r[0]))]
        if not body or len(coded) < MIN_CODED_SHARE * len(body):
            return None
        rows: list[tuple[str, ...]] = [("Delmål", "Tiltak", "Type")]
        for r in coded:
            for c in columns:
                cell = r[c] if c < len(r) else None
                # One name a line; a count or a mark («x», «3») is no tiltak.
                rows += [(clean(r[0]), name, clean(head[c])) for line in (cell or "").split("\n")
                         if re.search(r"[^\W\d_]{3}", name := clean(line))]
        return replace(table, rows=tuple(rows)) if len(rows) > 1 else None
    return None


def type_grids_as_tables(content: Content, type_of: TypeOf, codes_in: CodesIn) -> Content:
    """The content with each delmål-by-type grid as the table of tiltak it stands for."""
    return tables_replaced(content, lambda b: _flattened(b, type_of, codes_in))
