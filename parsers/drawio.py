"""A diagrams.net (draw.io) drawing as a document: its containers as headings over the shapes inside them.

A member may draw its year as a diagram: one swimlane per delmål with the measures as shapes inside it, each shape a
label of a bold name, a text and «Ansvar: … · Med: …». Each page is read as a heading; a container (a swimlane, a
group, a shape holding others) as a heading over what it holds, in reading order (top to bottom, left to right); a
shape with several lines as a heading over its other lines, a shape of one line as a list item. A legend (an empty
shape beside a short text, the same look as shapes elsewhere: «⬡ Råd og nettverk») gives every shape of that look
its word, written as a bracketed tag under its name, as a member writes «[Kurs]».
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import urllib.parse
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from tiltak_core.errors import DamagedFile, TooLarge, UnsafeContent

from .content import Content, Paragraph
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Eksporter tegningen som PDF fra diagrams.net (Fil → Eksporter som → PDF), eller be om rapporten som Word"
# Attributes of a cell's wrapper («<UserObject label=… Ansvar=…>») that are the program's own, not the member's data.
_OWN_ATTRIBUTES = {"id", "label", "placeholders", "tooltip", "link", "tags"}
_LINE_END = re.compile(r"<br\s*/?>|</(?:div|p|li|h\d)>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# What makes two shapes look alike to a reader of the legend: their outline and colours, not their size or spacing.
_LOOK_KEYS = ("shape", "rounded", "dashed", "fillColor", "strokeColor", "fontColor", "ellipse", "rhombus", "triangle",
              "cloud", "hexagon", "swimlane")
_CONTAINER_KEYS = ("swimlane", "container", "group", "table")
_MAX_INFLATED = 64 * 1024 * 1024  # a page's XML; a deflate bomb stops here
_MAX_DEPTH = 50  # containers in containers: no drawing nests deeper


@dataclass
class _Cell:
    id: str
    parent: str
    lines: list[str]
    style: dict[str, str]
    x: float
    y: float
    w: float
    h: float
    edge: bool

    @property
    def look(self) -> tuple[str, ...]:
        return tuple(f"{k}={self.style[k]}" for k in _LOOK_KEYS if k in self.style)

    @property
    def is_text(self) -> bool:
        return "text" in self.style or self.style.get("shape") in ("callout", "label") or "callout" in self.style


def _style(text: str) -> dict[str, str]:
    """«rounded=1;shape=hexagon;swimlane» as {'rounded': '1', 'shape': 'hexagon', 'swimlane': ''}."""
    pairs = (part.partition("=") for part in text.split(";") if part.strip())
    return {k.strip(): v.strip() for k, _, v in pairs}


def _lines(label: str, style: dict[str, str]) -> list[str]:
    """A label's lines of text: its HTML's line breaks and blocks when the style says html=1, else its own."""
    if style.get("html") == "1" or _TAG.search(label):
        label = html.unescape(_TAG.sub("", _LINE_END.sub("\n", label)))
    return [" ".join(line.split()) for line in label.replace("\xa0", " ").splitlines() if line.strip()]


def _inflated(text: str, source_file: str, budget: int) -> tuple[Any, int]:
    """A page saved compressed, as draw.io does by default (base64 of raw deflate of the URI-encoded XML), and the
    bytes it took of the `budget` the whole drawing may inflate to."""
    try:
        packed = base64.b64decode("".join(text.split()), validate=True)
        inflater = zlib.decompressobj(-15)
        raw = inflater.decompress(packed, min(_MAX_INFLATED, budget))
        if inflater.unconsumed_tail:
            raise TooLarge(source_file, "tegningen pakkes ut til mer enn grensen for hva en rapport kan være",
                           "Sjekk at dette virkelig er en rapport; eksporter den ellers som PDF fra diagrams.net")
        return SafeTree.fromstring(urllib.parse.unquote(raw.decode("utf-8"))), len(raw)
    except DefusedXmlException as exc:
        raise UnsafeContent(source_file, "en side i tegningen inneholder en DTD eller entiteter, som ikke leses av "
                            "sikkerhetshensyn", _AGAIN) from exc
    except (binascii.Error, zlib.error, UnicodeDecodeError, SafeTree.ParseError) as exc:
        raise DamagedFile(source_file, "en side i tegningen er skadet (den komprimerte teksten kan ikke pakkes ut)",
                          _AGAIN) from exc


def _pages(root: Any, source_file: str, budget: int) -> list[tuple[str, Any]]:
    """Each page's name and its graph model (mxGraphModel), whether the file keeps it compressed or as XML."""
    if root.tag == "mxGraphModel":
        return [("", root)]
    pages = []
    for diagram in root.iter("diagram"):
        model = diagram.find("mxGraphModel")
        if model is None and (diagram.text or "").strip():
            model, took = _inflated(diagram.text, source_file, budget)
            budget -= took
        if model is not None:
            pages.append((diagram.get("name", ""), model))
    return pages


def _cells(model: Any) -> list[_Cell]:
    """The model's cells, a wrapper's own fields («Ansvar» on a UserObject) as labelled lines after its label."""
    cells = []
    for node in model.iter():
        cell, wrapper = (node, None) if node.tag == "mxCell" else (node.find("mxCell"), node)
        if cell is None or node.tag not in ("mxCell", "UserObject", "object") or wrapper is None and node.get("id") is None:
            continue
        if node.tag == "mxCell" and node.get("id") is None:
            continue  # the cell inside a wrapper, read with it
        style = _style(cell.get("style", ""))
        lines = _lines((wrapper if wrapper is not None else cell).get("label" if wrapper is not None else "value", ""),
                       style)
        if wrapper is not None:
            lines += [f"{k}: {' '.join(v.split())}" for k, v in wrapper.attrib.items()
                      if k not in _OWN_ATTRIBUTES and v.strip()]
        geometry = cell.find("mxGeometry")
        x, y, w, h = (float((geometry.get(k) if geometry is not None else None) or 0)
                      for k in ("x", "y", "width", "height"))
        cells.append(_Cell((wrapper if wrapper is not None else cell).get("id", ""), cell.get("parent", ""), lines,
                           style, x, y, w, h, cell.get("edge") == "1"))
    return cells


def _legend(pages: list[list[_Cell]]) -> tuple[dict[tuple[str, ...], str], set[int]]:
    """Each look a legend explains and its word; the legend's cells (by identity: pages reuse ids). A legend entry is
    an empty shape with a short text just right of it, level with it, whose look a labelled shape on any page shares
    (a legend often has a page of its own)."""
    labelled_looks = {c.look for cells in pages for c in cells if c.lines and not c.is_text and c.look}
    words: dict[tuple[str, ...], str] = {}
    used: set[int] = set()
    for cells, key in ((p, c) for p in pages for c in p if not c.lines and not c.edge and c.look in labelled_looks):
        beside = [t for t in cells if t.is_text and len(t.lines) == 1 and len(t.lines[0]) <= 60 and t.parent == key.parent
                  and key.x + key.w <= t.x <= key.x + key.w + 3 * max(key.w, 40)
                  and abs((t.y + t.h / 2) - (key.y + key.h / 2)) <= max(key.h, t.h) / 2]
        if beside and key.look not in words:
            text = min(beside, key=lambda t: t.x)
            words[key.look] = text.lines[0]
            used |= {id(key), id(text)}
    return words, used


def _reading_order(cells: list[_Cell]) -> list[_Cell]:
    """Top to bottom; shapes level with each other (their tops closer than half the lower one's height) left to right."""
    rows: list[list[_Cell]] = []
    for cell in sorted(cells, key=lambda c: (c.y, c.x)):
        if rows and cell.y - rows[-1][0].y < max(min(c.h for c in rows[-1]), 1) / 2:
            rows[-1].append(cell)
        else:
            rows.append([cell])
    return [c for row in rows for c in sorted(row, key=lambda c: c.x)]


class _Page:
    def __init__(self, cells: list[_Cell], words: dict[tuple[str, ...], str], used: set[int]) -> None:
        self.blocks: list[Paragraph] = []
        self.words = words
        self.children: dict[str, list[_Cell]] = {}
        self.walked: set[str] = set()
        tops = {c.id for c in cells if not c.parent}
        self.layers = {c.id for c in cells if c.parent in tops} | tops  # named or not, a layer is no heading
        for c in cells:
            if not c.edge and id(c) not in used:
                self.children.setdefault(c.parent, []).append(c)

    def walk(self, parent: str, depth: int) -> None:
        if parent in self.walked or depth > _MAX_DEPTH:
            return  # a cell its own ancestor (a damaged or hostile file), or nesting past any drawing's
        self.walked.add(parent)
        for cell in _reading_order(self.children.get(parent, [])):
            inner = self.children.get(cell.id, [])
            word = self.words.get(cell.look, "") if cell.lines and not cell.is_text else ""
            if cell.id in self.layers:
                self.walk(cell.id, depth)
            elif cell.is_text and not inner:
                self.blocks.extend(Paragraph(None, 0, line) for line in cell.lines)
            elif inner or any(k in cell.style for k in _CONTAINER_KEYS) or len(cell.lines) > 1 or word:
                if cell.lines:
                    self.blocks.append(Paragraph(None, 0, cell.lines[0], "heading", depth + 1))
                    self.blocks.extend(Paragraph(None, 0, line) for line in ([f"[{word}]"] if word else []) + cell.lines[1:])
                self.walk(cell.id, depth + 1 if cell.lines else depth)
            elif cell.lines:
                self.blocks.append(Paragraph(None, 0, cell.lines[0], "bullet", max(depth - 1, 0)))


@register("drawio")
def parse_drawio(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each page's shapes: containers as headings over their shapes, in reading order; legend words as tags."""
    root = safe_root(path, source_file, "tegningen", "er skadet (den er ikke gyldig XML)", _AGAIN)
    blocks: list[Paragraph] = []
    pages = _pages(root, source_file, options.max_unpacked_bytes)
    cells = [_cells(model) for _, model in pages]
    words, used = _legend(cells)
    for (name, _), page_cells in zip(pages, cells):
        page = _Page(page_cells, words, used)
        if name and len(pages) > 1:
            blocks.append(Paragraph(None, 0, name, "heading", 1))
        page.walk("", 1 if name and len(pages) > 1 else 0)
        blocks.extend(page.blocks)
    blocks = [Paragraph(b.page, i + 1, b.text, b.kind, b.level) for i, b in enumerate(blocks)]
    title = next((b.text for b in blocks if b.kind != "heading" or len(pages) == 1), "")
    warnings = () if blocks else ("tegningen har ingen figurer med tekst",)
    return Content(blocks=tuple(blocks), pages=len(pages), title=title, warnings=warnings)
