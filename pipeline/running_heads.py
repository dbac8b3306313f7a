"""A report whose chapters are named only in their running headers («Fagskolerådet · Rapport 2098 · Delmål 1.4 –
Samarbeid …» at the top of each page, or in each Word section's header): each such header made a heading where its
chapter begins."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from parsers.content import Block, Content, Paragraph

# «Fagskolerådet · Rapport 2098 · Delmål 1.4 – …»: the parts of a running header, each a thing of its own.
_PARTS = re.compile(r"\s+[·|•]\s+|\n")


def running_heads_as_headings(content: Content, names_delmal: Callable[[str], bool]) -> Content:
    """The content with a heading where a running header starts to name another delmål than the one before, where
    the headers name two delmål or more (a chapter per delmål); else the content as it is."""
    heads: dict[int, str] = {}
    for first, text in content.running_heads:
        named = next((part for part in _PARTS.split(text) if names_delmal(part)), "")
        if named and first not in heads:
            heads[first] = named
    if len(set(heads.values())) < 2:
        return content  # none, or one delmål in every header: the report's subject, not its chapters
    start = min(heads)
    levels = [b.level for b in content.blocks[start:] if isinstance(b, Paragraph) and b.kind == "heading"]
    level = max(1, min(levels, default=2) - 1)  # above the chapter's own headings, which stand under it
    blocks: list[Block] = []
    current = ""
    for n, block in enumerate(content.blocks):
        head = heads.get(n, "")
        if head and head != current:
            blocks.append(Paragraph(block.page, 0, head, "heading", level))  # line 0: above the page's or section's first
            current = head
        blocks.append(block)
    return replace(content, blocks=tuple(blocks))
