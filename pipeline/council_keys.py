"""Seats listed as bullets, their delmål given once in a sentence after them («Rådsplassene hører til delmål 1.1 (KBU)
og 2.3 (de faglige rådene under SRY)»), as an annual report's chapter on representation writes them: each bullet
that names one of those councils gets its code, and is read as a coded item."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from normalise.text import clean, fold
from parsers.content import Block, Content, Paragraph

Named = Callable[[str], str]  # the shared council a text names ('' if none): CouncilMatcher.decide(...).named

MIN_PAIRS = 2  # «delmål 1.1 (KBU) og 2.3 (SRY)»: a key to several councils, not a code in passing
_PAIR = re.compile(r"(?<![\d.,])(\d[.,]\d{1,2})(?![\d.,]\d)\s*\(([^()]{2,80})\)")


def _key(text: str, named: Named) -> dict[str, str]:
    """Council id → delmål code, from a sentence pairing codes with the councils in brackets after them."""
    if "delm" not in fold(text):
        return {}
    pairs = {council: code.replace(",", ".") for code, words in _PAIR.findall(text) if (council := named(words))}
    return pairs if len(pairs) >= MIN_PAIRS else {}


def seats_coded_by_key(content: Content, named: Named) -> Content:
    """The content with each bullet right before such a key sentence, naming one of its councils, given that
    council's code («Kompetansebehovsutvalget (KBU) – …» as «… (delmål 1.1)»); the key sentence, told by them, goes."""
    blocks: list[Block] = list(content.blocks)
    used: set[int] = set()  # the key sentences given to bullets: said again by each, no line of their own
    for i, block in enumerate(content.blocks):
        if not (isinstance(block, Paragraph) and block.kind == "text"):
            continue
        key = _key(clean(block.text), named)
        k = i - 1
        while key and k >= 0 and isinstance(b := blocks[k], Paragraph) and b.kind in ("bullet", "numbered"):
            code = key.get(named(b.text))
            if code and not _PAIR.search(b.text):
                blocks[k] = replace(b, text=f"{clean(b.text)} (delmål {code})")
                used.add(i)
            k -= 1
    return replace(content, blocks=tuple(b for i, b in enumerate(blocks) if i not in used)) if used else content
