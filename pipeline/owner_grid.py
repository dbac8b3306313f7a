"""A cross table of tiltak by owner and kind: the organisations that own the measures across the top, kinds of measure
down the side, each measure in the cell where its owner and its kind meet (Unio's report per union, round 59).

Read row by row, the column of kinds reads as the type and the first owner's cells as the only tiltak. It is turned
into the table it stands for: Tiltak (each filled cell), Type (its row's kind), Ansvarlig (its column's owner).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalise.text import clean, words
from parsers.content import Content, TableBlock

from .tables_as_text import tables_replaced

EMPTY = frozenset({"", "-", "–", "—", "x", "ingen", "ingen tiltak"})
MIN_OWNERS = 2  # organisation columns across the top
OWNER_WORDS = 4  # an organisation's name in a header cell


def _flattened(table: TableBlock, is_type: Callable[[str], bool], is_organisation: Callable[[str], bool]) -> TableBlock | None:
    """The table an owner grid stands for (Tiltak, Type, Ansvarlig), or None if the table is no such grid."""
    if len(table.rows) < 2:
        return None
    head = [clean(c) if c else "" for c in table.rows[0]]
    owners = head[1:]
    if head[0] or len(owners) < MIN_OWNERS or not all(o and len(words(o)) <= OWNER_WORDS for o in owners) or \
            sum(1 for o in owners if is_organisation(o)) < MIN_OWNERS:
        return None
    body = [[clean(c) if c else "" for c in row] for row in table.rows[1:]]
    if not all(row and row[0] and is_type(row[0]) for row in body):
        return None
    rows: list[tuple[str, ...]] = [("Tiltak", "Type", "Ansvarlig")]
    rows += [(text, row[0], owners[c]) for row in body for c, text in enumerate(row[1 : len(owners) + 1])
             if text.lower().strip(" .") not in EMPTY]
    return replace(table, rows=tuple(rows)) if len(rows) > 1 else None


def owner_grids_as_tables(content: Content, is_type: Callable[[str], bool],
                          is_organisation: Callable[[str], bool]) -> Content:
    """The content with each owner-by-kind grid as the table of tiltak it stands for."""
    return tables_replaced(content, lambda b: _flattened(b, is_type, is_organisation))
