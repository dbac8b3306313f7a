"""A key a report gives to its own symbols for delmål («▲ Samarbeid mellom utdanningstilbydere og arbeidslivet
(delmål 1.4)», «★ Digital kompetanse … (delmål 2.1)»): a delmål cell holding nothing but one of those symbols is read
as that code, and the key's own lines are set aside before any reader takes them for tiltak. So is a table tying the
member's own goals to delmål («Mål A: … | 1.4»), whose goals head the sections the tiltak stand in."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from normalise.delmal import DelmalMatcher
from normalise.text import clean
from parsers.content import Block, Paragraph, TableBlock
from tiltak_core.records import Provenance, SkippedRow

from .draft_row import DraftRow
from .item_delmal import CODE_PATTERN
from .not_tiltak import DELMAL_LIST, GOAL_LINE, SYMBOL_LINE
from .row_fields import cell_text, table_provenance

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


def key_apart(blocks: Sequence[Block], source_file: str,
              delmal: DelmalMatcher | None = None) -> tuple[Key, tuple[Block, ...], list[SkippedRow]]:
    """The key (symbol -> its delmål code and the key's line), the blocks without the key's lines, and those lines as
    skipped. A key has at least two symbols, each for another code; without one, the blocks are as they were. A table
    of the member's goals is applied here too (goal_key_apart), and a list of what the codes mean is set aside
    (code_list_apart, by what `delmal` makes of its words)."""
    blocks, listed = code_list_apart(blocks, source_file, lambda code, words: delmal is not None and (
        delmal.match(words).value == code))
    blocks, goals = goal_key_apart(blocks, source_file)
    goals = [*listed, *goals]
    key: Key = {}
    for b in blocks:
        symbol, m = _symbol(b)
        if m is not None and isinstance(b, Paragraph):
            key.setdefault(symbol, (m["code"], clean(b.text)))
    if len(key) < _MIN_SYMBOLS or len({code for code, _ in key.values()}) != len(key):
        return {}, tuple(blocks), goals
    lines = [b for b in blocks if isinstance(b, Paragraph) and (s := _symbol(b)[0]) and key[s][1] == clean(b.text)]
    skipped = [SkippedRow(Provenance(source_file, page=b.page, line=b.line).locator, SYMBOL_LINE, clean(b.text))
               for b in lines]
    return key, tuple(b for b in blocks if b not in lines), [*goals, *skipped]


def read_delmal_key(rows: list[DraftRow], key: Key) -> list[DraftRow]:
    """The rows, those whose delmål is one of the key's symbols given its code, saying so in their evidence."""
    for row in rows:
        symbol = clean(row.fields.get("delmal"))
        if symbol in key:
            code, text = key[symbol]
            row.fields["delmal"] = code
            row.evidence.append(f"delmålet «{symbol}» lest som {code} etter tegnforklaringen i rapporten («{text[:80]}»)")
    return rows


# «2.4 Etter- og videreutdanning»: a code and a few words, no sentence, as a list explaining the codes gives them.
_CODE_AND_NAME = re.compile(r"^\s*(?P<code>\d\.\d{1,2})\s+(?P<words>[^.!?:]{3,80})$")
_MIN_LIST = 3  # a list of what the codes mean; two lines may be tiltak titled by their codes
_NAME_WORDS = 8


def code_list_apart(blocks: Sequence[Block], source_file: str,
                    names: Callable[[str, str], bool]) -> tuple[tuple[Block, ...], list[SkippedRow]]:
    """The blocks without the lines of a list that says what the delmål codes mean («1.3 Karriereveiledning», «2.4
    Etter- og videreutdanning», an appendix under the table), and those lines as skipped. Such a list runs in rising
    codes, three lines or more, most naming their own code's delmål in its or other words (`names(code, words)`)."""
    runs: list[list[tuple[Paragraph, str, str]]] = [[]]
    for b in blocks:
        m = _CODE_AND_NAME.match(clean(b.text)) if isinstance(b, Paragraph) and b.kind != "heading" else None
        if m is None or len(m["words"].split()) > _NAME_WORDS or runs[-1] and not _rises(runs[-1][-1][1], m["code"]):
            runs.append([])
        if m is not None and isinstance(b, Paragraph):
            runs[-1].append((b, m["code"], m["words"]))
    aside = [line for run in runs if len(run) >= _MIN_LIST and 2 * sum(names(code, words) for _, code, words in run) > len(run)
             for line in run]
    if not aside:
        return tuple(blocks), []
    lines = {id(b) for b, _, _ in aside}
    skipped = [SkippedRow(Provenance(source_file, page=b.page, line=b.line).locator, DELMAL_LIST, clean(b.text))
               for b, _, _ in aside]
    return tuple(b for b in blocks if id(b) not in lines), skipped


def _rises(before: str, code: str) -> bool:
    return tuple(map(int, before.split("."))) < tuple(map(int, code.split(".")))


_GOAL_CODE = re.compile(r"^\s*(?P<code>" + CODE_PATTERN + r")\s*\.?\s*$|^\s*[–—-]")  # «1.4», or «–» for none
_MIN_GOALS = 2


def goal_key_apart(blocks: Sequence[Block], source_file: str) -> tuple[tuple[Block, ...], list[SkippedRow]]:
    """The blocks with each heading that is one of a key table's goals («Mål A: Utdanninger i takt med arbeidslivet» |
    «1.4») given its code («… (delmål 1.4)»), and the key's rows as skipped; the blocks as they were without such a key.
    A key is a table of a goal and a code (or «–») a row, whose goals (most of them) stand again as lines of their own."""
    lines = {clean(b.text) for b in blocks if isinstance(b, Paragraph)}
    for table in (b for b in blocks if isinstance(b, TableBlock)):
        rows = [[cell_text(c) for c in row if cell_text(c)] for row in table.rows]
        body = [(r, cells) for r, cells in enumerate(rows) if len(cells) == 2 and _GOAL_CODE.match(cells[1])]
        heads = sum(1 for _, cells in body if cells[0] in lines)  # a goal without measures has no section of its own
        if len(body) < _MIN_GOALS or len(body) < len(rows) - 1 or heads < max(_MIN_GOALS, (len(body) + 1) // 2):
            continue
        codes = {cells[0]: m["code"] for _, cells in body if (m := _GOAL_CODE.match(cells[1])) and m["code"]}
        skipped = [SkippedRow(table_provenance(source_file, table, r).locator, GOAL_LINE, " | ".join(cells))
                   for r, cells in body]
        out = tuple(replace(b, text=f"{clean(b.text)} (delmål {codes[clean(b.text)]})")
                    if isinstance(b, Paragraph) and clean(b.text) in codes else b for b in blocks if b is not table)
        return out, skipped
    return tuple(blocks), []
