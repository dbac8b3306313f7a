"""A key a report gives to its own words for the delmål: a table listing the codes beside the member's catchwords
(Virke's sheet «Delmålene»: «2.2 | Kunnskapsgrunnlaget om læring … | Læring på jobben», round 73). A column of the
tiltak table holding only those catchwords gives each row the code its catchword stands for."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from normalise.text import clean, fold
from parsers.content import Content, TableBlock

from .row_fields import table_where

_CODE = re.compile(r"\d\.\d{1,2}")
MIN_CODES = 6  # a key lists most of the strategy's delmål, not a few rows that happen to hold codes
KEY_WORDS = 6  # a catchword is short: a few words
KEYED_SHARE = 0.6  # of a column's filled cells that must be catchwords for the column to be keyed


def _keys(block: TableBlock, codes_in: Callable[[str], list[str]]) -> dict[str, str]:
    """{folded catchword: code} of a key table: a column of codes beside a column of short, distinct words; {} for any
    other table. Of several such columns, the last (the member's own words come after the strategy's)."""
    rows = [[clean(c) for c in row] for row in block.rows]
    width = max((len(r) for r in rows), default=0)
    for code_col in range(width):
        coded = [r for r in rows if code_col < len(r) and _CODE.fullmatch(r[code_col]) and codes_in(r[code_col])]
        if len({r[code_col] for r in coded}) < MIN_CODES:
            continue
        for col in reversed(range(width)):
            if col == code_col:
                continue
            words = [fold(r[col]) for r in coded if col < len(r)]
            if len(words) == len(coded) and all(w and len(w.split()) <= KEY_WORDS and not _CODE.search(w) for w in words) \
                    and len(set(words)) == len(words):
                return {fold(r[col]): r[code_col] for r in coded}
    return {}


def _keyed(block: TableBlock, keys: dict[str, str]) -> TableBlock:
    """The table with each cell of a column of catchwords given the code its word stands for («2.2 Læring på jobben»)."""
    rows = [list(r) for r in block.rows]
    width = max((len(r) for r in rows), default=0)
    changed = False
    for col in range(width):
        cells = [(n, clean(r[col])) for n, r in enumerate(rows) if col < len(r) and clean(r[col])]
        hits = [(n, cell) for n, cell in cells if fold(cell) in keys]
        if len(hits) < 2 or len(hits) < KEYED_SHARE * (len(cells) - 1):  # the header is no catchword
            continue
        for n, cell in hits:
            rows[n][col] = f"{keys[fold(cell)]} {cell}"
        changed = True
    return replace(block, rows=tuple(tuple(r) for r in rows)) if changed else block


def delmal_keys_applied(content: Content, codes_in: Callable[[str], list[str]], source_file: str) -> Content:
    """The content with the catchwords of a key table in its other tables given their codes, and the key itself left
    out with a note; unchanged where no other table uses a key's words (a table of the strategy's delmål is then
    read, or announced, as any table is)."""
    tables: Sequence[TableBlock] = [b for b in content.blocks if isinstance(b, TableBlock)]
    found = [(b, keys) for b in tables if (keys := _keys(b, codes_in))]
    if not found:
        return content
    key_tables = {id(b) for b, _ in found}
    keys = {word: code for _, k in found for word, code in k.items()}
    blocks = [_keyed(b, keys) if isinstance(b, TableBlock) and id(b) not in key_tables else b for b in content.blocks]
    if all(a is b for a, b in zip(blocks, content.blocks)):
        return content
    notes = tuple(f"{source_file}: tabell {table_where(b)} er en nøkkel til rapportens egne ord for delmålene; "
                  "ordene i tiltakstabellen er lest som delmålene nøkkelen gir dem" for b, _ in found)
    return replace(content, blocks=tuple(b for b in blocks if id(b) not in key_tables),
                   warnings=(*content.warnings, *notes))
