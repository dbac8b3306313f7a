"""A report whose chapters are named only in their running headers («Fagskolerådet · Rapport 2098 · Delmål 1.4 –
Samarbeid …» at the top of each page of the chapter): each such header made a heading where its chapter begins."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from parsers.content import Block, Content, Paragraph

# «Fagskolerådet · Rapport 2098 · Delmål 1.4 – …»: the parts of a running header, each a thing of its own.
_PARTS = re.compile(r"\s+[·|•]\s+")


def page_heads_as_headings(content: Content, names_delmal: Callable[[str], bool]) -> Content:
    """The content with a heading over each page whose running header names another delmål than the page before,
    where the headers name two delmål or more (a chapter per delmål); else the content as it is."""
    if not content.page_heads:
        return content
    heads: dict[int, str] = {}
    for page, text in content.page_heads:
        named = next((part for part in _PARTS.split(text) if names_delmal(part)), "")
        if named and page not in heads:
            heads[page] = named
    if len(set(heads.values())) < 2:
        return content  # one delmål in every header: the report's subject, not its chapters
    levels = [b.level for b in content.blocks if isinstance(b, Paragraph) and b.kind == "heading" and b.page in heads]
    level = max(1, min(levels, default=2) - 1)  # above the chapter's own headings, which stand under it
    blocks: list[Block] = []
    current = ""
    for block in content.blocks:
        head = heads.get(block.page or 0, "")
        if head and head != current:
            blocks.append(Paragraph(block.page, 0, head, "heading", level))
            current = head
        blocks.append(block)
    return replace(content, blocks=tuple(blocks))
