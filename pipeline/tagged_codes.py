"""Codes of two plans in one cell, each after its tag («RP 3.2 / NKS 1.4»), where a key line says which tag is the
strategy's («NKS = delmål i Nasjonal kompetansepolitisk strategi · RP = mål i Regionplan Agder», round 79): the
other plan's codes are left out, so the strategy's is the cell's delmål wherever it stands in the cell."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from normalise.text import clean, fold
from parsers.content import Block, Content, Paragraph, TableBlock

from .row_fields import table_where

# «NKS = delmål i …», «RP: mål i …»: a tag of capitals, then what it stands for, up to the next pair.
_KEY_PAIR = re.compile(r"(?<![\w-])([A-ZÆØÅ]{2,5})\s*[=:]\s*([^=·;|]+?)(?=\s*(?:[·;|]|,\s*[A-ZÆØÅ]{2,5}\s*[=:]|$))")
_TAGGED = r"(?<![\w-]){tag}\s*[-:]?\s*\d\s?[.,]\s?\d{{1,2}}(?![\d]|[.,]\d)"


def _texts(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    return [clean(cell) for row in block.rows[:6] for cell in row if clean(cell)]


def _strategy_tag(blocks: Sequence[Block], strategy_names: Sequence[str]) -> tuple[str, list[str]]:
    """(the strategy's tag, the other plans' tags) from the first key line pairing two tags or more, one of them with
    the strategy's name; ('', []) if none."""
    names = [fold(n) for n in strategy_names]
    for block in blocks:
        for text in _texts(block):
            pairs = {tag: fold(meaning) for tag, meaning in _KEY_PAIR.findall(text)}
            ours = [tag for tag, meaning in pairs.items() if any(n in meaning for n in names)]
            if len(pairs) >= 2 and len(ours) == 1:
                return ours[0], [tag for tag in pairs if tag != ours[0]]
    return "", []


def other_plans_codes_left_out(content: Content, strategy_names: Sequence[str], source_file: str) -> Content:
    """The content with every code tagged as another plan's left out of the table cells that also hold a code
    tagged as the strategy's, each table so read noted; unchanged without such a key."""
    ours, others = _strategy_tag(content.blocks, strategy_names)
    if not ours:
        return content
    our_code = re.compile(_TAGGED.format(tag=re.escape(ours)))
    their_code = re.compile(r"\s*" + "|".join(_TAGGED.format(tag=re.escape(t)) for t in others) + r"\s*[/·;,|]?\s*")
    blocks, notes = list(content.blocks), []
    for n, block in enumerate(blocks):
        if not isinstance(block, TableBlock):
            continue
        rows = [tuple(their_code.sub(" ", cell).strip(" /·;,|") if cell and our_code.search(cell) and their_code.search(cell)
                      else cell for cell in row) for row in block.rows]
        if rows != [tuple(row) for row in block.rows]:
            blocks[n] = replace(block, rows=tuple(rows))
            notes.append(f"{source_file}: tabell {table_where(block)} gir delmålet med forkortelsen {ours} ved siden av "
                         f"koder for {', '.join(others)}; bare {ours}-koden er lest som delmål")
    if not notes:
        return content
    return replace(content, blocks=tuple(blocks), warnings=(*content.warnings, *notes))
