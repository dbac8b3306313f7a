"""A kicker: the short line in capitals a magazine sets over a heading («RÅDSARBEID · DELMÅL 2.3»), giving the kind
and the delmål of the measure the heading names. Read in page order it would close the measure before; moved under
its heading, it is that measure's fact line. (A capitalised line of a code and the delmål's words, «DM 1.3 ·
KARRIEREVEILEDNING», names a section, and stays.)"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from normalise.text import clean
from parsers.content import Content, Paragraph

KICKER_WORDS = 8  # «UTVIKLINGSPROSJEKT · DELMÅL 3.4»: a few words, not a heading's sentence
MIN_KICKERS = 2
_PARTS = re.compile(r"\s*[·|/,–—]\s*")  # «RÅDSARBEID · DELMÅL 2.3»: the kicker's parts
EVERY_HEADING = 0.8  # of the headings of the kickers' level that have one: a magazine's style, not a section's head


def _is_kicker(block: Paragraph, codes_in: Callable[[str], list[str]], kind_of: Callable[[str], str]) -> bool:
    text = clean(block.text)
    letters = [c for c in text if c.isalpha()]
    return (len(text.split()) <= KICKER_WORDS and bool(letters) and all(c.isupper() for c in letters)
            and bool(codes_in(text)) and any(kind_of(part) for part in _PARTS.split(text)))


def kickers_under_headings(content: Content, codes_in: Callable[[str], list[str]], kind_of: Callable[[str], str]) -> Content:
    """The content with each short line in capitals naming a kind (`kind_of` a part's type, or '') and a delmål that
    stands right over a heading (and is not itself a greater heading) moved under it, as text, where nearly every
    heading of that level has one; unchanged otherwise (a capitalised delmål line over only the first heading of each
    group is a section's heading)."""
    blocks = list(content.blocks)
    found = [n for n in range(len(blocks) - 1)
             if isinstance(kicker := blocks[n], Paragraph) and isinstance(heading := blocks[n + 1], Paragraph)
             and heading.kind == "heading" and (kicker.kind != "heading" or kicker.level > heading.level)
             and _is_kicker(kicker, codes_in, kind_of)]
    levels = {b.level for n in found if isinstance(b := blocks[n + 1], Paragraph)}
    headings = sum(1 for b in blocks if isinstance(b, Paragraph) and b.kind == "heading" and b.level in levels)
    if len(found) < MIN_KICKERS or len(found) < EVERY_HEADING * headings:
        return content
    for n in found:
        kicker = blocks[n]
        assert isinstance(kicker, Paragraph)
        blocks[n], blocks[n + 1] = blocks[n + 1], replace(kicker, kind="text", level=0)
    return replace(content, blocks=tuple(blocks))
