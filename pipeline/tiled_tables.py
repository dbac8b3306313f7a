"""A wide sheet printed on two pages: the columns that did not fit go on the next page, beside the same numbers.

Read as it stands, the second part is a table of its own with no tiltak column, its rows read as tiltak named by their
ansvarlig, and the first part lacks its ansvarlig, partners and status. Where both parts open their rows with the same
numbers under the same identifier header («Nr»), the second part's columns are the first part's, row by row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from normalise.text import clean, fold
from parsers.content import Block, Content, TableBlock

HEADER_DEPTH = 4  # the identifier's header stands within a part's first rows (under the sheet's title repeated)


def _key_column(block: TableBlock, identifiers: frozenset[str]) -> tuple[int, int] | None:
    """(header row, column) of the first column headed by an identifier word («Nr»), if the part has one."""
    for h, row in enumerate(block.rows[:HEADER_DEPTH]):
        for c, cell in enumerate(row):
            if re.sub(r"\W", "", fold(clean(cell or ""))) in identifiers:
                return h, c
    return None


def keys_under(block: TableBlock, at: tuple[int, int]) -> list[str]:
    h, c = at
    return [clean(row[c] or "") if c < len(row) else "" for row in block.rows[h + 1 :]]


def beside(first: TableBlock, a: tuple[int, int], second: TableBlock, b: tuple[int, int]) -> TableBlock:
    """The first table with the second's columns but its key beside it, row by row where their keys (the columns at
    a and b, under header rows a[0] and b[0]) match; a row the second lacks gets empty cells."""
    width = max(len(r) for r in first.rows[a[0]:])
    extra = {k: tuple(cell for c, cell in enumerate(row) if c != b[1])
             for k, row in zip(keys_under(second, b), second.rows[b[0] + 1 :]) if k}
    head = tuple(cell for c, cell in enumerate(second.rows[b[0]]) if c != b[1])
    rows = list(first.rows[: a[0]])  # the title above the first table's header
    rows.append(tuple(first.rows[a[0]]) + ("",) * (width - len(first.rows[a[0]])) + head)
    for key, row in zip(keys_under(first, a), first.rows[a[0] + 1 :]):
        rows.append(tuple(row) + ("",) * (width - len(row)) + extra.get(key, ("",) * len(head)))
    width = max(len(r) for r in rows)
    return replace(first, rows=tuple(r + ("",) * (width - len(r)) for r in rows))


def joined(first: TableBlock, second: TableBlock, identifiers: frozenset[str]) -> TableBlock | None:
    """The first part with the second's columns beside it, when both number the same rows; None otherwise."""
    a, b = _key_column(first, identifiers), _key_column(second, identifiers)
    if a is None or b is None:
        return None
    numbered = [k for k in keys_under(first, a) if k]
    if len(numbered) < 2 or [k for k in keys_under(second, b) if k] != numbered:
        return None
    heads = [{fold(clean(cell or "")) for c, cell in enumerate(part.rows[at[0]]) if c != at[1]} - {""}
             for part, at in ((first, a), (second, b))]
    if heads[0] & heads[1]:
        return None  # the same columns again: two tables numbered alike (one per område), not one in two parts
    return replace(beside(first, a, second, b), bottom_of_page=second.bottom_of_page)


def tiles_joined(content: Content, identifiers: Sequence[str]) -> Content:
    """The content with each wide table's second page of columns joined to its first; unchanged where there is none."""
    words = frozenset(re.sub(r"\W", "", fold(w)) for w in identifiers)
    blocks: list[Block] = []
    changed = False
    for b in content.blocks:
        previous = next((x for x in reversed(blocks) if isinstance(x, TableBlock)), None)
        together = joined(previous, b, words) if isinstance(b, TableBlock) and previous is not None and (
            b.page is not None and previous.page is not None and b.page == previous.page + 1) else None
        if together is not None and previous is not None:
            blocks[blocks.index(previous)] = together
            changed = True
        else:
            blocks.append(b)
    return replace(content, blocks=tuple(blocks)) if changed else content
