"""Text in a Word document's SmartArt: a diagram of boxes (a hierarchy, a list of groups) whose words live in the
diagram's data part, not in the paragraphs. Each box is read as a list item, its level the box's depth, so that a
box under «2.1 Digital kompetanse» is an item under that delmål as in a bulleted list.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from lxml import etree

from .content import Paragraph

_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELIDS = f"{{{_DGM}}}relIds"
_BOXES = ("node", "")  # a point of no type is a node; «doc», «parTrans», «sibTrans», «pres» are the diagram's own
_SENTENCE_END = re.compile(r"[.!?:;]$")


def _box_text(point: etree._Element) -> str:
    """A box's paragraphs: the first its title, the rest its text («Title: text …»)."""
    lines = ["".join(t.text or "" for t in para.iter(f"{{{_A}}}t")).strip() for para in point.iter(f"{{{_A}}}p")]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return " ".join(lines)
    first, rest = lines[0], " ".join(lines[1:])
    return f"{first} {rest}" if _SENTENCE_END.search(first) else f"{first}: {rest}"


def _items(data: bytes) -> Iterator[tuple[int, str]]:
    """(depth, text) of each box in the diagram's order: a box's children after it, by their order among siblings."""
    root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    points = {p.get("modelId"): p for p in root.iter(f"{{{_DGM}}}pt")}
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in root.iter(f"{{{_DGM}}}cxn"):
        if cxn.get("type", "parOf") == "parOf":
            order = int(cxn.get("srcOrd", "0")) if cxn.get("srcOrd", "0").isdigit() else 0
            children.setdefault(cxn.get("srcId", ""), []).append((order, cxn.get("destId", "")))
    tops = [k for k, p in points.items() if p.get("type") == "doc"]
    seen: set[str] = set()

    def walk(key: str, depth: int) -> Iterator[tuple[int, str]]:
        for _, child in sorted(children.get(key, [])):
            point = points.get(child)
            if point is None or child in seen or point.get("type", "") not in _BOXES:
                continue
            seen.add(child)
            text = _box_text(point)
            if text:
                yield depth, text
            yield from walk(child, depth + 1)

    for top in tops:
        yield from walk(top, 0)


def diagram_paragraphs(part: Any, p: etree._Element) -> list[Paragraph]:
    """The boxes of the SmartArt diagrams anchored in paragraph `p` of the document part `part`, as list items; none
    where the diagram's data part is missing or unreadable (the picture Word saved of it is all there is)."""
    out: list[Paragraph] = []
    for relids in p.iter(_RELIDS):
        target = part.related_parts.get(relids.get(f"{{{_R}}}dm", "")) if hasattr(part, "related_parts") else None
        if target is None:
            continue
        try:
            items = list(_items(target.blob))
        except (etree.XMLSyntaxError, ValueError):
            continue
        out.extend(Paragraph(None, 0, text, "bullet", depth) for depth, text in items)
    return out
