"""A report split over tables joined by an identifier (sheet «Tiltak»: ID, Tiltak, Delmål; sheet «Detaljer»: ID,
Hovedansvar, Kort om): the details put beside the tiltak they belong to, one table.

A system's export, or a member's workbook kept as a small database, may hold a tiltak's name in one table and its
responsible, partners and description in another, in another order, the shared identifier the only link. Read apart,
the descriptions pass for tiltak of their own. A table whose header names no tiltak, whose first column shares its
header and nearly all its values with a table that names the tiltak, adds its columns to that table's rows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalise.text import clean, fold
from parsers.content import Block, Content, TableBlock

from .tiled_tables import beside, keys_under

SHARED_IDS = 0.8  # of the details' identifiers that the tiltak table holds too
MIN_IDS = 2
KEY = (0, 0)  # the identifier heads the first column, in the header row


def _ids(table: TableBlock) -> set[str]:
    """The identifiers in the first column, below the header."""
    return {k for k in keys_under(table, KEY) if k}


def tables_joined(content: Content, names_tiltak: Callable[[tuple[str, ...]], bool],
                  identifier_words: tuple[str, ...]) -> Content:
    """The content with each table of details joined, by its identifier column, to the table of tiltak it describes."""
    tables = [b for b in content.blocks if isinstance(b, TableBlock) and len(b.rows) > MIN_IDS]

    def keyed(t: TableBlock) -> bool:
        first = fold(clean(t.rows[0][0] or "")) if t.rows[0] else ""
        return bool(first) and any(first == fold(w) or first.startswith(fold(w) + " ") for w in identifier_words)

    heads = {id(t): tuple(clean(c or "") for c in t.rows[0]) for t in tables if keyed(t)}
    mains = [t for t in tables if id(t) in heads and names_tiltak(heads[id(t)])]
    joined: dict[int, TableBlock] = {}
    dropped: set[int] = set()
    for details in (t for t in tables if id(t) in heads and not names_tiltak(heads[id(t)])):
        ids = _ids(details)
        main = next((m for m in mains if fold(heads[id(m)][0]) == fold(heads[id(details)][0]) and len(ids) >= MIN_IDS
                     and sum(1 for i in ids if i in _ids(joined.get(id(m), m))) >= SHARED_IDS * len(ids)), None)
        if main is None:
            continue
        joined[id(main)] = beside(joined.get(id(main), main), KEY, details, KEY)
        dropped.add(id(details))
    if not joined:
        return content
    blocks: list[Block] = [joined.get(id(b), b) for b in content.blocks if id(b) not in dropped]
    return replace(content, blocks=tuple(blocks))
