"""A delmål named by its place within the område whose heading it stands under: «Delmål: det fjerde (kobling av
behov og tilbud)» under «Innsatsområde 2: …» is delmål 2.4, written so for the reader of the code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from normalise.text import clean
from parsers.content import Content, Paragraph

_OMRADE = re.compile(r"\b(?:hoved|hovud)?(?:innsats)?område\s+(I{1,3}|[1-3])\b", re.IGNORECASE)


def _number(text: str) -> int:
    return len(text) if text.upper().strip("I") == "" else int(text)


def ordinal_delmal_applied(content: Content, ordinals: Sequence[str]) -> Content:
    """The content with each «Delmål: det fjerde» under an område's heading written «Delmål: 2.4»; `ordinals` are the
    words of each place in turn («første|fyrste», «andre», …)."""
    if not ordinals:
        return content
    place = {word: n for n, words in enumerate(ordinals, start=1) for word in words.split("|")}
    said = re.compile(r"\b(delm[åa]l(?:et)?\s*:?\s*)(?:(?:det|den|nr\.?)\s+)?(" + "|".join(map(re.escape, place)) + r")\b",
                      re.IGNORECASE)
    blocks = list(content.blocks)
    omrade = 0
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        if block.kind == "heading" and (named := _OMRADE.search(clean(block.text))):
            omrade = _number(named.group(1))
            continue
        if omrade and (found := said.search(block.text)):
            code = f"{omrade}.{place[found.group(2).lower()]}"
            blocks[i] = replace(block, text=f"{block.text[: found.start()]}{found.group(1)}{code}{block.text[found.end():]}")
    return replace(content, blocks=tuple(blocks))
