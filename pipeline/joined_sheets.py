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
HEADER_DEPTH = 4  # the identifier heads the first column in one of a sheet's first rows, under its title


def _key(table: TableBlock, keyed: Callable[[str], bool]) -> tuple[int, int] | None:
    """(header row, 0) where the first column's header is an identifier's, within the first rows; None else."""
    return next(((r, 0) for r, row in enumerate(table.rows[:HEADER_DEPTH]) if row and keyed(clean(row[0] or ""))), None)


def _ids(table: TableBlock, at: tuple[int, int]) -> set[str]:
    """The identifiers in the first column, below the header."""
    return {k for k in keys_under(table, at) if k}


def _one_per_id(details: TableBlock, at: tuple[int, int], yes: frozenset[str], no: frozenset[str]) -> TableBlock:
    """A link table with several lines per identifier («V-02 | 2.3 | Ja», «V-02 | 3.1 | Nei», round 80) as one line
    each: the line a yes/no column marks («Hovedmål: Ja»), else the lines' values joined; the table as it is where
    each identifier has one line."""
    body = [row for row in details.rows[at[0] + 1:] if clean(row[at[1]])]
    ids = [clean(row[at[1]]) for row in body]
    if len(set(ids)) == len(ids):
        return details
    width = max(len(r) for r in details.rows)
    marks = [c for c in range(width) if c != at[1] and all(fold(clean(r[c] if c < len(r) else "")) in yes | no for r in body)]
    lines: dict[str, list[tuple[str | None, ...]]] = {}
    for key, row in zip(ids, body):
        lines.setdefault(key, []).append(tuple(row) + ("",) * (width - len(row)))
    rows = list(details.rows[: at[0] + 1])
    for group in lines.values():
        chosen = [r for r in group if marks and fold(clean(r[marks[0]])) in yes] or group
        rows.append(tuple(", ".join(dict.fromkeys(v for r in chosen if (v := clean(r[c])))) for c in range(width)))
    return replace(details, rows=tuple(rows))


def tables_joined(content: Content, names_tiltak: Callable[[tuple[str, ...]], bool],
                  identifier_words: tuple[str, ...], yes: frozenset[str] = frozenset(),
                  no: frozenset[str] = frozenset()) -> Content:
    """The content with each table of details joined, by its identifier column, to the table of tiltak it describes;
    `yes`/`no` the words of a column marking one of an identifier's several lines («Ja»/«Nei»)."""
    tables = [b for b in content.blocks if isinstance(b, TableBlock) and len(b.rows) > MIN_IDS]

    def keyed(text: str) -> bool:
        first = fold(text)
        return bool(first) and any(first == fold(w) or first.startswith(fold(w) + " ") for w in identifier_words)

    keys = {id(t): at for t in tables if (at := _key(t, keyed)) is not None}
    heads = {id(t): tuple(clean(c or "") for c in t.rows[keys[id(t)][0]]) for t in tables if id(t) in keys}
    mains = [t for t in tables if id(t) in heads and names_tiltak(heads[id(t)])]
    joined: dict[int, TableBlock] = {}
    dropped: set[int] = set()
    for block in (t for t in tables if id(t) in heads and not names_tiltak(heads[id(t)])):
        at = keys[id(block)]
        details = _one_per_id(block, at, yes, no) if yes else block
        ids = _ids(details, at)
        main = next((m for m in mains if fold(heads[id(m)][0]) == fold(heads[id(block)][0]) and len(ids) >= MIN_IDS
                     and sum(1 for i in ids if i in _ids(joined.get(id(m), m), keys[id(m)])) >= SHARED_IDS * len(ids)),
                    None)
        if main is None:
            continue
        joined[id(main)] = beside(joined.get(id(main), main), keys[id(main)], details, at)
        dropped.add(id(block))
    if not joined:
        return content
    blocks: list[Block] = [joined.get(id(b), b) for b in content.blocks if id(b) not in dropped]
    return replace(content, blocks=tuple(blocks))
