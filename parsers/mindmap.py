"""A mind map (FreeMind, Freeplane: «.mm») as a document: its tree of nodes as nested headings.

A member may draw its measures as a map: the report's title in the middle, the innsatsområder around it, the delmål
under them and each measure under its delmål, with the measure's type, owner and partners as the node's attributes
and what was done as its note. Read as Word's headings are: a node with anything under it (child nodes, attributes,
a note) is a heading one level below its parent's, its attributes labelled lines under it («Ansvar: VOFO»), its note
(HTML) the paragraphs after them; a bare leaf is a list item. So a branch named for another year («Avsluttet i
2070», «Planer for 2072») is a heading over what it holds, as in any report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import defusedxml.ElementTree as SafeTree

from .content import Block, Content, Paragraph, TableBlock
from .html import blocks_of_html
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Eksporter kartet som PDF eller Word fra FreeMind/Freeplane, eller be medlemmet om rapporten som Word (DOCX)"


def _rich(node: Any, kind: str) -> str:
    """The HTML of a node's rich content of a kind: 'NODE' (its text, when styled), 'NOTE', 'DETAILS'."""
    for rich in node.findall("richcontent"):
        if rich.get("TYPE", "").upper() == kind:
            return "".join(SafeTree.tostring(child, encoding="unicode") for child in rich) or (rich.text or "")
    return ""


def _html_text(markup: str) -> list[Block]:
    """A note's blocks, each paragraph plain text: a note's list or heading is what the node says, not a node."""
    if not markup.strip():
        return []
    return [b if isinstance(b, TableBlock) else Paragraph(None, 0, b.text) for b in blocks_of_html(markup)[1]]


def _mm_parts(node: Any) -> tuple[str, list[Any], list[tuple[str, str]], list[Block]]:
    """A FreeMind node's text, child nodes, attributes and note."""
    text = " ".join((node.get("TEXT") or " ".join(b.text for b in _html_text(_rich(node, "NODE"))
                                                   if isinstance(b, Paragraph))).split())
    attributes = [(a.get("NAME", "").strip(), " ".join(a.get("VALUE", "").split())) for a in node.findall("attribute")]
    return text, node.findall("node"), attributes, [b for kind in ("DETAILS", "NOTE") for b in _html_text(_rich(node, kind))]


Parts = Callable[[Any], tuple[str, list[Any], list[tuple[str, str]], list[Block]]]


class OutlineMap:
    """An outline's nodes as blocks: a node with anything under it a heading one level below its parent's, its
    attributes labelled lines, its note paragraphs; a bare leaf a list item. `parts` reads one node."""

    def __init__(self, parts: Parts = _mm_parts) -> None:
        self.blocks: list[Block] = []
        self.tables = 0
        self.parts = parts

    def add(self, block: Block) -> None:
        if isinstance(block, TableBlock):
            self.tables += 1
            self.blocks.append(TableBlock(None, self.tables, block.rows))
        else:
            self.blocks.append(Paragraph(None, len(self.blocks) + 1, block.text, block.kind, block.level))

    def node(self, node: Any, depth: int) -> None:
        text, children, attributes, said = self.parts(node)
        if text and not (children or attributes or said):
            self.add(Paragraph(None, 0, text, "bullet", max(depth - 1, 0)))
            return
        if text:
            self.add(Paragraph(None, 0, text, "heading", depth + 1))
        for name, value in attributes:
            if value:
                self.add(Paragraph(None, 0, f"{name}: {value}" if name else value))
        for block in said:
            self.add(block)
        for child in children:
            self.node(child, depth + 1)


@register("mindmap")
def parse_mindmap(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The map's nodes, its central node the title, as headings, labelled lines and paragraphs in the map's order."""
    root = safe_root(path, source_file, "tankekartet", "er skadet (det er ikke gyldig XML)", _AGAIN)
    reader = OutlineMap()
    for node in root.findall("node"):
        reader.node(node, 0)
    title = next((b.text for b in reader.blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if len(reader.blocks) > 1 else ("tankekartet har ingen grener med innhold",)
    return Content(blocks=tuple(reader.blocks), title=title, warnings=warnings)
