"""A cross table of tiltak by owner and kind: the organisations that own the measures across the top, kinds of measure
down the side, each measure in the cell where its owner and its kind meet (Unio's report per union, round 59). And a
table of measures whose delmål is written in the column of its owner («KD | AID | NFD» over «1.1 | | », round 76).

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


def _owner_run(head: list[str], body: list[list[str]], is_organisation: Callable[[str], bool],
               field_of: Callable[[str], tuple[str, float]]) -> tuple[int, int] | None:
    """(first, end) of the columns headed by organisations that no field names («KD | AID | NFD | KDD»), when each
    body row fills exactly one of them; None when the table has no such run."""
    run = [c for c, h in enumerate(head) if h and len(words(h)) <= OWNER_WORDS and not field_of(h)[0]
           and is_organisation(h)]
    if len(run) < MIN_OWNERS or run != list(range(run[0], run[-1] + 1)):
        return None
    first, end = run[0], run[-1] + 1
    if not all(sum(1 for c in row[first:end] if c) == 1 for row in body):
        return None
    return first, end


def _owned_codes(table: TableBlock, is_organisation: Callable[[str], bool], field_of: Callable[[str], tuple[str, float]],
                 codes_in: Callable[[str], list[str]]) -> TableBlock | None:
    """The table with its owners' columns, each row's delmål written under the owner of the measure («1.2» under
    «KDD»), as two columns: Delmål and Ansvarlig (the owner, unless the table names the responsible already)."""
    if len(table.rows) < 2:
        return None
    head = [clean(c) if c else "" for c in table.rows[0]]
    body = [[clean(c) if c else "" for c in row] + [""] * (len(head) - len(row)) for row in table.rows[1:]]
    found = _owner_run(head, body, is_organisation, field_of)
    if found is None:
        return None
    first, end = found
    cells = [next((c, v) for c, v in enumerate(row[first:end]) if v) for row in body]
    if not all(len(codes_in(v)) == 1 and len(words(v)) <= 3 for _, v in cells):
        return None  # ticks or names under the owners: another grid
    named = any(field_of(h)[0] == "ansvarlig" for h in head)
    added = ("Delmål",) if named else ("Delmål", "Ansvarlig")
    rows = [(*head[:first], *added, *head[end:])]
    rows += [(*row[:first], v, *(() if named else (head[first + c],)), *row[end:]) for row, (c, v) in zip(body, cells)]
    return replace(table, rows=tuple(rows))


def owner_columns_as_fields(content: Content, is_organisation: Callable[[str], bool],
                            field_of: Callable[[str], tuple[str, float]], codes_in: Callable[[str], list[str]]) -> Content:
    """The content with each table whose delmål stands in the column of the measure's owner given the two columns
    those cells stand for."""
    return tables_replaced(content, lambda b: _owned_codes(b, is_organisation, field_of, codes_in))
