"""A Visio drawing (.vsdx) as a document: each page's containers as headings over the shapes inside them.

A member may draw its year as a cross-functional chart: one lane per unit with the measures as boxes in it, each box
showing only its name while its Shape Data («Delmål», «Tiltakstype», «Beskrivelse» …) holds the rest. A box is read
as a heading over its data as labelled lines («Delmål: 1.3»); a lane, or any shape that holds others, as a heading
over what it holds, named by its own text or by the title band along its edge; the rest as the page's paragraphs.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from tiltak_core.errors import DamagedFile, TooLarge, UnsafeContent

from .archive import check_zip
from .content import Content, Paragraph
from .registry import ParseOptions, register

_AGAIN = "Åpne tegningen i Visio og lagre den som PDF (Fil → Eksporter → PDF), eller be om rapporten som Word"
_V = "{http://schemas.microsoft.com/office/visio/2012/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EDGE = 0.02  # inches: a shape on its container's edge is inside it, as a lane's title band is
_MAX_DEPTH = 50
MAX_SHAPES = 5000  # on one page: a chart of measures has a few dozen; nesting is worked out pair by pair


@dataclass
class _Shape:
    order: int
    text: list[str]
    data: list[tuple[str, str]]
    x0: float
    y0: float
    x1: float
    y1: float
    inner: list[_Shape] = field(default_factory=list)

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.y1 - self.y0)

    def holds(self, other: _Shape) -> bool:
        return (self is not other and self.x0 - _EDGE <= other.x0 and other.x1 <= self.x1 + _EDGE
                and self.y0 - _EDGE <= other.y0 and other.y1 <= self.y1 + _EDGE
                and (self.area, -self.order) > (other.area, -other.order))


def _cells(node: Any) -> dict[str, str]:
    return {c.get("N", ""): c.get("V", "") for c in node.findall(f"{_V}Cell")}


def _number(cells: dict[str, str], name: str, default: float = 0.0) -> float:
    try:
        return float(cells.get(name, default))
    except ValueError:
        return default


def _text(shape: Any) -> list[str]:
    """The shape's text as its lines: Visio keeps the characters and paragraph marks (<cp/>, <pp/>) between them."""
    node = shape.find(f"{_V}Text")
    raw = "".join(node.itertext()) if node is not None else ""
    return [" ".join(line.split()) for line in raw.replace("\u2028", "\n").splitlines() if line.strip()]


def _data(shape: Any) -> list[tuple[str, str]]:
    """The Shape Data a reader sees: each visible row's label (else its name) and its value, where it has one."""
    rows = []
    for section in shape.findall(f"{_V}Section"):
        if section.get("N") != "Property":
            continue
        for row in section.findall(f"{_V}Row"):
            cells = _cells(row)
            value = " ".join(cells.get("Value", "").split())
            if value and cells.get("Invisible", "0") in ("0", "FALSE", ""):
                rows.append((" ".join(cells.get("Label", "").split()) or row.get("N", ""), value))
    return rows


class _Drawing:
    def __init__(self, z: zipfile.ZipFile) -> None:
        self.z = z
        self.masters = self._masters()

    def part(self, name: str) -> Any:
        return SafeTree.fromstring(self.z.read(name))

    def targets(self, part: str) -> dict[str, str]:
        """A part's relationships: id -> the target's name in the package."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        if rels not in self.z.namelist():
            return {}
        return {r.get("Id", ""): posixpath.normpath(posixpath.join(folder, r.get("Target", "")))
                for r in self.part(rels).iter(f"{_PKG}Relationship")}

    def _masters(self) -> dict[str, Any]:
        """Each master's first shape by the master's id: an instance's text and data fall back on it."""
        index = "visio/masters/masters.xml"
        if index not in self.z.namelist():
            return {}
        targets, found = self.targets(index), {}
        for master in self.part(index).iter(f"{_V}Master"):
            rel = master.find(f"{_V}Rel")
            target = targets.get(rel.get(f"{_R}id", "")) if rel is not None else None
            if target and target in self.z.namelist():
                shape = next(self.part(target).iter(f"{_V}Shape"), None)
                if shape is not None:
                    found[master.get("ID", "")] = shape
        return found

    def pages(self) -> list[Any]:
        """The foreground pages in their order (a background page holds a frame, not content)."""
        index = "visio/pages/pages.xml"
        if index not in self.z.namelist():
            return [self.part(n) for n in sorted(n for n in self.z.namelist() if n.startswith("visio/pages/page"))]
        targets, pages = self.targets(index), []
        for page in self.part(index).iter(f"{_V}Page"):
            rel = page.find(f"{_V}Rel")
            target = targets.get(rel.get(f"{_R}id", "")) if rel is not None else None
            if page.get("Background") != "1" and target and target in self.z.namelist():
                pages.append(self.part(target))
        return pages

    def shapes(self, holder: Any, left: float, bottom: float, found: list[_Shape], depth: int = 0) -> None:
        """Every shape in `holder` placed on the page (a group's shapes stand in its own coordinates)."""
        shapes = holder.find(f"{_V}Shapes")
        for shape in shapes if shapes is not None and depth < _MAX_DEPTH else ():
            cells = _cells(shape)
            master = self.masters.get(shape.get("Master", ""))
            width, height = _number(cells, "Width"), _number(cells, "Height")
            x0 = left + _number(cells, "PinX") - _number(cells, "LocPinX", width / 2)
            y0 = bottom + _number(cells, "PinY") - _number(cells, "LocPinY", height / 2)
            if shape.get("Type") == "Group":
                self.shapes(shape, x0, y0, found, depth + 1)
            if "BeginX" in cells:
                continue  # a connector: a line between boxes, no content of its own
            text = _text(shape) or (_text(master) if master is not None and shape.find(f"{_V}Text") is None else [])
            data = _data(shape) or (_data(master) if master is not None else [])
            if text or data or shape.get("Type") != "Group":
                found.append(_Shape(len(found), text, data, x0, y0, x0 + width, y0 + height))


def _nest(shapes: list[_Shape]) -> list[_Shape]:
    """Each shape under the smallest shape that holds it; the shapes no other holds."""
    top = []
    for shape in shapes:
        holders = [h for h in shapes if h.holds(shape)]
        if holders:
            min(holders, key=lambda h: (h.area, -h.order)).inner.append(shape)
        else:
            top.append(shape)
    return top


def _reading_order(shapes: list[_Shape]) -> list[_Shape]:
    """Top to bottom (Visio's y grows upwards); shapes whose tops are level, left to right."""
    rows: list[list[_Shape]] = []
    for shape in sorted(shapes, key=lambda s: (-s.y1, s.x0)):
        if rows and rows[-1][0].y1 - shape.y1 < max(min(s.y1 - s.y0 for s in rows[-1]), 0.1) / 2:
            rows[-1].append(shape)
        else:
            rows.append([shape])
    return [s for row in rows for s in sorted(row, key=lambda s: s.x0)]


def _title_band(container: _Shape) -> _Shape | None:
    """The shape that names a container without text of its own: text only, on its left or top edge (a lane's band)."""
    for shape in _reading_order(container.inner):
        if shape.text and not shape.data and not shape.inner and (
                abs(shape.x0 - container.x0) <= _EDGE or abs(shape.y1 - container.y1) <= _EDGE):
            return shape
    return None


def _blocks(shapes: list[_Shape], depth: int, blocks: list[Paragraph]) -> None:
    for shape in _reading_order(shapes):
        if shape.inner and depth < _MAX_DEPTH:
            band = None if shape.text else _title_band(shape)
            title = shape.text or (band.text if band else [])
            if title:
                blocks.append(Paragraph(None, 0, title[0], "heading", depth + 1))
                blocks.extend(Paragraph(None, 0, line) for line in title[1:])
            _blocks([s for s in shape.inner if s is not band], depth + 1 if title else depth, blocks)
        elif shape.data or len(shape.text) > 1 and depth:
            name = shape.text[0] if shape.text else shape.data[0][1]
            blocks.append(Paragraph(None, 0, name, "heading", depth + 1))
            blocks.extend(Paragraph(None, 0, line) for line in shape.text[1:])
            blocks.extend(Paragraph(None, 0, f"{label}: {value}") for label, value in shape.data
                          if shape.text or (label, value) != shape.data[0])
        elif shape.text:
            kind = "bullet" if depth else "text"
            blocks.extend(Paragraph(None, 0, line, kind if n == 0 else "text", max(depth - 1, 0))  # type: ignore[arg-type]
                          for n, line in enumerate(shape.text))


@register("vsdx")
def parse_vsdx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each page's shapes: containers as headings over what they hold, boxes as headings over their Shape Data."""
    check_zip(Path(path), source_file, options, "vsdx")
    blocks: list[Paragraph] = []
    try:
        with zipfile.ZipFile(path) as z:
            drawing = _Drawing(z)
            for page in drawing.pages():
                found: list[_Shape] = []
                drawing.shapes(page, 0.0, 0.0, found)
                if len(found) > MAX_SHAPES:
                    raise TooLarge(source_file, f"en side i Visio-tegningen har {len(found)} figurer, over grensen på "
                                   f"{MAX_SHAPES}", "Sjekk at dette virkelig er en rapport, eller be om den som PDF")
                _blocks(_nest(found), 0, blocks)
    except DefusedXmlException as exc:
        raise UnsafeContent(source_file, "Visio-tegningen inneholder en DTD eller entiteter, som ikke leses av "
                            "sikkerhetshensyn", _AGAIN) from exc
    except (KeyError, ValueError, SafeTree.ParseError, zipfile.BadZipFile) as exc:
        raise DamagedFile(source_file, "Visio-tegningen er skadet (innholdet kan ikke leses)", _AGAIN) from exc
    blocks = [Paragraph(None, n, b.text, b.kind, b.level) for n, b in enumerate(blocks, 1)]
    title = next((b.text for b in blocks if b.kind in ("text", "heading")), "")
    warnings = () if blocks else ("Visio-tegningen har ingen figurer med tekst",)
    return Content(blocks=tuple(blocks), title=title, warnings=warnings)
