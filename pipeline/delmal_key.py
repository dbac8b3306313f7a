"""A key a report gives to its own symbols for delmål («▲ Samarbeid mellom utdanningstilbydere og arbeidslivet
(delmål 1.4)», «★ Digital kompetanse … (delmål 2.1)»): a delmål cell holding nothing but one of those symbols is read
as that code, and the key's own lines are set aside before any reader takes them for tiltak."""

from __future__ import annotations

import re
from typing import Sequence

from normalise.text import clean
from parsers.content import Block, Paragraph
from tiltak_core.records import Provenance, SkippedRow

from .draft_row import DraftRow
from .item_delmal import CODE_PATTERN
from .not_tiltak import SYMBOL_LINE

# «▲  Samarbeid mellom … (delmål 1.4)»: a symbol, the delmål's words, its code in brackets closing the line.
_KEY_LINE = re.compile(r"^(?P<symbol>[^\w\s(«»\"'.,:;–-])?\s*(?P<words>[^()]{3,120}?)\s*\(\s*(?P<code>" + CODE_PATTERN
                       + r")\s*\)\s*\.?$", re.IGNORECASE)
_MIN_SYMBOLS = 2  # a key explains several symbols; one line alone may be anything

Key = dict[str, tuple[str, str]]  # symbol -> (the code it stands for, the key's line)


def _symbol(b: Block) -> tuple[str, re.Match[str] | None]:
    """The symbol a line opens with (as written, or as a list's bullet) and its match as a key's line."""
    if not isinstance(b, Paragraph) or b.kind not in ("text", "bullet"):
        return "", None
    m = _KEY_LINE.match(clean(b.text))
    symbol = (m["symbol"] or (clean(b.lead) if b.kind == "bullet" else "")) if m else ""
    return (symbol, m) if len(symbol) == 1 and not symbol.isalnum() else ("", None)


def key_apart(blocks: Sequence[Block], source_file: str) -> tuple[Key, tuple[Block, ...], list[SkippedRow]]:
    """The key (symbol -> its delmål code and the key's line), the blocks without the key's lines, and those lines as
    skipped. A key has at least two symbols, each for another code; without one, the blocks are as they were."""
    key: Key = {}
    for b in blocks:
        symbol, m = _symbol(b)
        if m is not None and isinstance(b, Paragraph):
            key.setdefault(symbol, (m["code"], clean(b.text)))
    if len(key) < _MIN_SYMBOLS or len({code for code, _ in key.values()}) != len(key):
        return {}, tuple(blocks), []
    lines = [b for b in blocks if isinstance(b, Paragraph) and (s := _symbol(b)[0]) and key[s][1] == clean(b.text)]
    skipped = [SkippedRow(Provenance(source_file, page=b.page, line=b.line).locator, SYMBOL_LINE, clean(b.text))
               for b in lines]
    return key, tuple(b for b in blocks if b not in lines), skipped


def read_delmal_key(rows: list[DraftRow], key: Key) -> list[DraftRow]:
    """The rows, those whose delmål is one of the key's symbols given its code, saying so in their evidence."""
    for row in rows:
        symbol = clean(row.fields.get("delmal"))
        if symbol in key:
            code, text = key[symbol]
            row.fields["delmal"] = code
            row.evidence.append(f"delmålet «{symbol}» lest som {code} etter tegnforklaringen i rapporten («{text[:80]}»)")
    return rows
