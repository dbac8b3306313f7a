"""A list of measures run into one sentence («Slik hører tiltakene til delmålene: Råd for … – 1.4;
Kompetansebehovsutvalget – 1.1; …»), as a note over a magazine interview sends it: each item a list item of its own,
named and coded, where the rest of the document tells them only in prose."""

from __future__ import annotations

import re
from dataclasses import replace

from normalise.text import clean
from parsers.content import Block, Content, Paragraph, TableBlock

MIN_ITEMS = 3  # two coded names may be a sentence's own; three or more, separated so, are a list
_ITEM = re.compile(r"^(?P<name>\S.{2,150}?)\s+[–—-]\s+(?:delm[åa]l\s+)?(?P<code>\d[.,]\d{1,2})\.?$", re.IGNORECASE)
_LIST = re.compile(r"(?P<lead>[^:]{0,200}):\s+(?P<items>[^:]+?;[^:]+?)(?:\.\s+|\.?$)")


def _as_items(text: str) -> list[tuple[str, str]] | None:
    """(kind, text) of a line that lists coded names after a colon: the text up to the colon, each item «Name
    (delmål 1.4)», and the text after the list; None when it has no such list."""
    for found in _LIST.finditer(text):
        parts = [clean(p) for p in found["items"].split(";")]
        items = [_ITEM.match(p) for p in parts]
        if len(parts) >= MIN_ITEMS and all(items):
            lead, rest = clean(text[: found.start("items")]), clean(text[found.end():])
            return [("text", lead), *(("bullet", f"{m['name']} (delmål {m['code'].replace(',', '.')})")
                                      for m in items if m), *([("text", rest)] if rest else [])]
    return None


def _expanded(block: Block) -> list[Paragraph] | None:
    """The block as its text and its run-in list's items, numbered from the block's line; None when it holds no
    such list."""
    if isinstance(block, TableBlock):
        if len(block.rows) != 1 or len(block.rows[0]) != 1:
            return None
        lines = (block.rows[0][0] or "").split("\n")
    elif isinstance(block, Paragraph) and block.kind == "text":
        lines = [block.text]
    else:
        return None
    texts: list[tuple[str, str]] = []
    for text in map(clean, lines):
        texts += _as_items(text) or [("text", text)]
    if len(texts) == len(lines):
        return None
    return [Paragraph(block.page, 0, text, kind) for kind, text in texts]  # type: ignore[arg-type]


def run_in_lists_as_items(content: Content) -> Content:
    """The content with each paragraph or one-cell box that lists coded measures in a sentence as list items; the
    paragraphs after them on their page numbered on past them, so that every line stays one paragraph's."""
    blocks: list[Block] = []
    shift: dict[int | None, int] = {}  # lines added so far on each page
    last: dict[int | None, int] = {}  # the last line given on each page
    for block in content.blocks:
        expanded = _expanded(block)
        if expanded is not None:
            start = last.get(block.page, 0) + 1
            blocks += [replace(p, line=start + k) for k, p in enumerate(expanded)]
            last[block.page] = start + len(expanded) - 1
            shift[block.page] = shift.get(block.page, 0) + len(expanded) - (1 if isinstance(block, Paragraph) else 0)
            continue
        if isinstance(block, Paragraph) and shift.get(block.page):
            block = replace(block, line=block.line + shift[block.page])
        if isinstance(block, Paragraph):
            last[block.page] = block.line
        blocks.append(block)
    return replace(content, blocks=tuple(blocks)) if shift else content
