"""Tables put back as what they stand for: text laid out in cells (a board of cards, a letter typed down a sheet) as
paragraphs, a grid of tiltak (by delmål and type, by owner and kind) as the table it flattens to."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from parsers.content import Block, Content, Paragraph, TableBlock


def tables_as_paragraphs(content: Content, paragraphs_of: Callable[[TableBlock, int], list[Paragraph] | None]) -> Content:
    """The content with each table `paragraphs_of` reads as text (given the first line number it may use) replaced by
    those paragraphs; unchanged where it reads none. Lines run past every paragraph's, so each place is its own."""
    line = 1 + max((b.line for b in content.blocks if isinstance(b, Paragraph)), default=0)
    blocks: list[Block] = []
    changed = False
    for b in content.blocks:
        read = paragraphs_of(b, line) if isinstance(b, TableBlock) else None
        if read is None:
            blocks.append(b)
            continue
        blocks.extend(read)
        line += len(read)
        changed = True
    return replace(content, blocks=tuple(blocks)) if changed else content


def tables_replaced(content: Content, table_of: Callable[[TableBlock], TableBlock | None]) -> Content:
    """The content with each table `table_of` reads as another (a grid as its flat table) replaced; unchanged where it
    reads none."""
    blocks = [(table_of(b) or b) if isinstance(b, TableBlock) else b for b in content.blocks]
    if all(a is b for a, b in zip(blocks, content.blocks)):
        return content
    return replace(content, blocks=tuple(blocks))
