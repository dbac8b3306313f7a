"""Text in an Excel sheet's drawn shapes (text boxes, rounded rectangles, callouts): members lay a plan sheet out
as boxes floating over a band of cells, and openpyxl drops them, so they are read from the drawing parts here.

Each shape's text is placed at the cell its top-left corner is anchored to, as a reader sees it standing there.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

import defusedxml.ElementTree as SafeTree

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_ANCHORS = ("twoCellAnchor", "oneCellAnchor")  # absoluteAnchor has no cell to stand at

ShapeText = tuple[int, int, str]  # 1-based row and column of the anchor cell, the shape's text


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, str]:
    """A part's relationships: id -> target part path inside the package."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    if rels_part not in zf.namelist():
        return {}
    root = SafeTree.fromstring(zf.read(rels_part))
    # A target is relative to the part's folder, or absolute from the package root (openpyxl writes those).
    return {rel.get("Id", ""): posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))).lstrip("/")
            for rel in root.iter(f"{{{_PKG_REL}}}Relationship") if rel.get("TargetMode") != "External"}


def _shape_text(shape: object) -> str:
    """A shape's paragraphs, one line each; empty lines dropped."""
    lines = []
    for para in shape.iter(f"{{{_A}}}p"):  # type: ignore[attr-defined]
        text = "".join(t.text or "" for t in para.iter(f"{{{_A}}}t")).strip()
        if text:
            lines.append(text)
    return "\n".join(lines)


def _drawing_texts(zf: zipfile.ZipFile, part: str) -> list[ShapeText]:
    root = SafeTree.fromstring(zf.read(part))
    texts: list[ShapeText] = []
    for kind in _ANCHORS:
        for anchor in root.iter(f"{{{_XDR}}}{kind}"):
            start = anchor.find(f"{{{_XDR}}}from")
            if start is None:
                continue
            row, col = (start.findtext(f"{{{_XDR}}}{k}") or "0" for k in ("row", "col"))
            for shape in anchor.iter(f"{{{_XDR}}}sp"):
                props = shape.find(f"{{{_XDR}}}nvSpPr/{{{_XDR}}}cNvPr")
                if props is not None and props.get("hidden") in ("1", "true"):
                    continue
                body = shape.find(f"{{{_XDR}}}txBody")
                if body is not None and (text := _shape_text(body)):
                    texts.append((int(row) + 1, int(col) + 1, text))
    return texts


def sheet_shapes(path: Path) -> tuple[dict[str, list[ShapeText]], str]:
    """Per sheet name, the text of each shape drawn on it, in the order the drawing holds them; and a warning
    where the drawing parts could not be read (the cells are still read as they are)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            workbook = "xl/workbook.xml"
            if workbook not in names:
                return {}, ""
            sheets_rel = _rels(zf, workbook)
            found: dict[str, list[ShapeText]] = {}
            for sheet in SafeTree.fromstring(zf.read(workbook)).iter(f"{{{_MAIN}}}sheet"):
                part = sheets_rel.get(sheet.get(f"{{{_REL}}}id", ""), "")
                if part not in names:
                    continue
                for target in _rels(zf, part).values():
                    if "/drawings/" in target and target in names:
                        found.setdefault(sheet.get("name", ""), []).extend(_drawing_texts(zf, target))
            return found, ""
    except Exception:  # noqa: BLE001 -- zipfile, zlib and the XML parser raise many kinds on a damaged part
        return {}, "Tekstboksene i Excel-filen kunne ikke leses (tegningsdelen er skadet); bare cellene er lest"
