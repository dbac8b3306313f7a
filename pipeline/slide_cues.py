"""A speech manuscript's slide cues as headings: «[LYSARK 5 – Realkompetansedagen 2082]» over what the speaker says
of it is the title «Realkompetansedagen 2082» over its text; the cue's bracket and number are stage directions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from normalise.text import clean
from parsers.content import Content, Paragraph

MIN_CUES = 2  # one bracketed line may be anything; a manuscript cues slide after slide


def _cue(cues: Sequence[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in cues)
    return re.compile(rf"^\[\s*(?:{words})\s*\d{{1,3}}\s*[–—:.-]\s*(?P<title>[^\[\]]+?)\s*\]$", re.IGNORECASE)


def cues_as_headings(content: Content, cues: Sequence[str]) -> Content:
    """The content with each paragraph that is a slide cue made a heading of the slide's title alone, where the
    document cues at least two slides so."""
    if not cues:
        return content
    pattern = _cue(cues)
    found = [i for i, b in enumerate(content.blocks) if isinstance(b, Paragraph) and pattern.match(clean(b.text))]
    if len(found) < MIN_CUES:
        return content
    blocks = list(content.blocks)
    for i in found:
        block = blocks[i]
        assert isinstance(block, Paragraph)
        cue = pattern.match(clean(block.text))
        assert cue is not None
        blocks[i] = replace(block, text=cue["title"], kind="heading", level=block.level or 3)
    return replace(content, blocks=tuple(blocks))
