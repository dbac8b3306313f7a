"""A sheet of accounts keyed by the tiltak's name (NHO's «Omtale»: Tiltak | Hva ble gjort, round 79) beside the
table that gives each tiltak's delmål and kind: each account put beside its tiltak's row, so it is read as that
tiltak's description and not as a tiltak of its own. A name the table lacks gets a row of its own at the end."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalise.columns import HeaderMap
from normalise.text import clean, fold
from parsers.content import Block, Content, TableBlock

from .tiled_tables import keys_under

HEADER_DEPTH = 6  # a header stands within a sheet's first rows, under its title
SHARED_NAMES = 0.6  # of the accounts' names that must be names in the tiltak table (the same names, word for word)
ACCOUNT_CHARS = 30  # an account's mean length: a sentence or more
ACCOUNT_COLUMNS = 3  # the name, its account, and perhaps one more: a sheet of accounts, not a register
MIN_NAMES = 2

HeaderOf = Callable[[tuple[str | None, ...]], HeaderMap | None]


def _named(block: TableBlock, header_of: HeaderOf) -> tuple[int, int, HeaderMap] | None:
    """(header row, tiltak column, header) of a table whose header names its tiltak column, else None."""
    for r, row in enumerate(block.rows[:HEADER_DEPTH]):
        found = header_of(row)
        if found is not None and (column := found.column("tiltak")) is not None:
            return r, column, found
    return None


def _accounts(details: TableBlock, first: int, name_column: int) -> bool:
    """Whether another column beside the names holds accounts: sentences, not a pivot table's counts."""
    width = max((len(r) for r in details.rows), default=0)
    return any(sum(len(t) for t in texts) >= ACCOUNT_CHARS * len(texts)
               for c in range(width) if c != name_column
               and (texts := [t for row in details.rows[first:] if c < len(row) and (t := clean(row[c]))]))


def _name_column(details: TableBlock, names: set[str]) -> tuple[int, int] | None:
    """(header row, column) of the details' column of tiltak names, the header the row above the first name."""
    width = max((len(r) for r in details.rows), default=0)
    for c in range(width):
        cells = [fold(clean(row[c])) if c < len(row) else "" for row in details.rows]
        first = next((r for r, cell in enumerate(cells) if cell in names), None)
        if not first:
            continue
        below = [cell for cell in cells[first:] if cell]
        shared = sum(1 for cell in below if cell in names)
        if shared >= MIN_NAMES and shared >= SHARED_NAMES * len(below) and _accounts(details, first, c):
            return first - 1, c
    return None


def _beside(main: TableBlock, a: tuple[int, int], details: TableBlock, b: tuple[int, int]) -> TableBlock:
    """The main table with the details' other columns after its own, row by row where the names match (folded); a
    name the main table lacks is added as a row of its own."""
    width = max(len(r) for r in main.rows)
    extra = {fold(clean(row[b[1]])): tuple(cell for c, cell in enumerate(row) if c != b[1])
             for row in details.rows[b[0] + 1:] if b[1] < len(row) and clean(row[b[1]])}
    head = tuple(cell for c, cell in enumerate(details.rows[b[0]]) if c != b[1])
    rows = [tuple(row) + ("",) * (width - len(row)) for row in main.rows[: a[0]]]
    rows.append(tuple(main.rows[a[0]]) + ("",) * (width - len(main.rows[a[0]])) + head)
    for row in main.rows[a[0] + 1:]:
        key = fold(clean(row[a[1]])) if a[1] < len(row) else ""
        rows.append(tuple(row) + ("",) * (width - len(row)) + extra.pop(key, ("",) * len(head)))
    for row in details.rows[b[0] + 1:]:
        # A name the table lacks (a measure its filter hid): a row of its own, its name in the tiltak column.
        if b[1] < len(row) and (more := extra.pop(fold(clean(row[b[1]])), None)) is not None:
            rows.append(tuple(clean(row[b[1]]) if c == a[1] else "" for c in range(width)) + more)
    wide = max(len(r) for r in rows)
    return replace(main, rows=tuple(r + ("",) * (wide - len(r)) for r in rows))


def accounts_beside_their_tiltak(content: Content, header_of: HeaderOf) -> Content:
    """The content with each table of accounts keyed by tiltak name joined to the table of those tiltak."""
    tables = [b for b in content.blocks if isinstance(b, TableBlock)]
    located = {id(t): found for t in tables if (found := _named(t, header_of)) is not None}
    mains = [t for t in tables if id(t) in located and located[id(t)][2].column("delmal") is not None]
    replaced: dict[int, list[Block]] = {}
    for details in tables:
        if id(details) in replaced or any(id(details) == id(m) for m in mains) or (
                id(details) in located and located[id(details)][2].column("delmal") is not None):
            continue
        for main in mains:
            r, c, _ = located[id(main)]
            names = {fold(k) for k in keys_under(main, (r, c)) if k}
            if (at := _name_column(details, names)) is None or at[0] < 0 or sum(
                    1 for cell in details.rows[at[0]] if clean(cell)) > ACCOUNT_COLUMNS:
                continue  # a register of its own (year, partners, description), read as it stands
            current = replaced.get(id(main), [main])[0]
            assert isinstance(current, TableBlock)
            replaced[id(main)], replaced[id(details)] = [_beside(current, (r, c), details, at)], []
            break
    if not replaced:
        return content
    blocks: list[Block] = []
    for b in content.blocks:
        blocks.extend(replaced.get(id(b), [b]))
    return replace(content, blocks=tuple(blocks))
