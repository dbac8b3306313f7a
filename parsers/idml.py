"""An InDesign package (.idml: a brochure or an annual report as the designer saved it) read as its text frames.

The package keeps each story (a frame's text, or the text threaded through several) in a file of its own, and the
spreads, in the document's order, place the frames. Stories are read in the order their first frame stands: spread
by spread, page by page, top to bottom, left to right; frames on a hidden layer and stories no frame places are not
part of the printed document. A paragraph whose style is a heading's («Tiltak_tittel», «Overskrift 1») is a heading,
ranked by its style's point size; a table in a story is a table. Read as any XML, each frame's geometry was a row.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from tiltak_core.errors import DamagedFile, UnsafeContent

from .archive import check_zip
from .content import Block, Content, Paragraph, TableBlock
from .registry import ParseOptions, register

_AGAIN = "Be om rapporten som PDF (Fil → Eksporter → Adobe PDF i InDesign)"
_HEADING_STYLE = re.compile(r"overskrift|tittel|title|heading|header|headline", re.IGNORECASE)
_PACKAGING = "{http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging}"
_BREAKS = ("Br",)  # a paragraph's end inside a run of one style
_SKIPPED = {"Footnote", "Note", "HiddenText", "XMLAttribute"}  # not in the text as printed, or not text
_TABLE = "\0table"  # where a table stands among a story's paragraphs


def _xml(z: zipfile.ZipFile, name: str) -> Any:
    with z.open(name) as f:
        return SafeTree.fromstring(f.read())


def _numbers(text: str | None) -> list[float]:
    try:
        return [float(v) for v in (text or "").split()]
    except ValueError:
        return []


def _frame_place(frame: Any, pages: list[tuple[float, str]]) -> tuple[int, float, float, str]:
    """(page index, top, left, page name) of a frame in its spread, from its path's points and its transform."""
    transform = _numbers(frame.get("ItemTransform"))
    a, b, c, d, tx, ty = transform if len(transform) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]  # none: the identity
    points = [_numbers(p.get("Anchor")) for p in frame.iter("PathPointType")]
    placed = [(a * x + c * y + tx, b * x + d * y + ty) for x, y in (p[:2] for p in points if len(p) >= 2)] or [(tx, ty)]
    left, top = min(x for x, _ in placed), min(y for _, y in placed)
    centre = (left + max(x for x, _ in placed)) / 2
    index = max((n for n, (edge, _) in enumerate(pages) if edge <= centre + 0.5), default=0)
    return index, round(top), round(left), pages[index][1] if pages else ""


def _story_order(z: zipfile.ZipFile, spreads: list[str], hidden: set[str]) -> list[tuple[str, int | None]]:
    """(story id, page number) of each story a visible frame places, in reading order."""
    placed: list[tuple[tuple[int, int, float, float], str, int | None]] = []
    for s, name in enumerate(spreads):
        spread = _xml(z, name)
        pages = sorted(((_numbers(p.get("ItemTransform")) + [0.0] * 6)[4], p.get("Name") or "")
                       for p in spread.iter("Page"))
        for frame in spread.iter("TextFrame"):
            if frame.get("ItemLayer") in hidden or frame.get("PreviousTextFrame") not in (None, "n"):
                continue  # a threaded story is read where it starts
            index, top, left, page = _frame_place(frame, pages)
            placed.append(((s, index, top, left), frame.get("ParentStory") or "", int(page) if page.isdigit() else None))
    seen: set[str] = set()
    return [(story, page) for _, story, page in sorted(placed, key=lambda p: p[0])
            if story and not (story in seen or seen.add(story))]  # type: ignore[func-returns-value]


def _paragraphs(element: Any, style: str = "") -> list[tuple[str, str]]:
    """(text, paragraph style) of each paragraph in a story or a cell; a table's place marked by (_TABLE, "")."""
    out: list[tuple[str, str]] = []
    runs: list[str] = []

    def close(current: str) -> None:
        text = " ".join("".join(runs).replace("\u2028", " ").split())
        if text:
            out.append((text, current))
        runs.clear()

    def walk(node: Any, current: str) -> None:
        for child in node:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag in _SKIPPED or tag == "Change" and child.get("ChangeType") == "DeletedText":
                continue
            if tag == "Table":
                close(current)
                out.append((_TABLE, ""))
            elif tag == "ParagraphStyleRange":
                walk(child, (child.get("AppliedParagraphStyle") or "").rsplit("/", 1)[-1])
                close(current)
            elif tag == "Content":
                runs.append(child.text or "")
            elif tag in _BREAKS:
                close(current)
            else:
                walk(child, current)

    walk(element, style)
    close(style)
    return out


def _tables(story: Any) -> list[list[list[str]]]:
    """Each table in a story as rows of cell texts («Name="col:row"» places a cell)."""
    tables = []
    for table in story.iter("Table"):  # document order: the order _paragraphs marks them in
        cells: dict[tuple[int, int], str] = {}
        for cell in table.iter("Cell"):
            col, _, row = (cell.get("Name") or "").partition(":")
            if col.isdigit() and row.isdigit():
                cells[(int(row), int(col))] = "\n".join(t for t, _ in _paragraphs(cell) if t != _TABLE)
        if cells:
            width = max(c for _, c in cells) + 1
            tables.append([[cells.get((r, c), "") for c in range(width)] for r in range(max(r for r, _ in cells) + 1)])
    return tables


def _heading_levels(styles: Any) -> dict[str, int]:
    """The level of each heading style, by point size: the largest 1."""
    sizes = {}
    for style in styles.iter("ParagraphStyle"):
        name = style.get("Name") or ""
        if _HEADING_STYLE.search(name):
            sizes[name.rsplit("/", 1)[-1]] = (_numbers(style.get("PointSize")) or [0.0])[0]
    ranked = sorted(set(sizes.values()), reverse=True)
    return {name: ranked.index(size) + 1 for name, size in sizes.items()}


@register("idml")
def parse_idml(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The stories' paragraphs and tables in the order their frames stand on the spreads."""
    check_zip(Path(path), source_file, options, "idml")
    blocks: list[Block] = []
    try:
        with zipfile.ZipFile(path) as z:
            design = _xml(z, "designmap.xml")
            spreads = [e.get("src") for e in design if e.tag == f"{_PACKAGING}Spread" and e.get("src")]
            hidden = {layer.get("Self") for layer in design.iter("Layer") if layer.get("Visible") == "false"}
            styles = _xml(z, "Resources/Styles.xml") if "Resources/Styles.xml" in z.namelist() else design
            levels = _heading_levels(styles)
            names = set(z.namelist())
            for story_id, page in _story_order(z, spreads, hidden):
                if f"Stories/Story_{story_id}.xml" not in names:
                    continue
                story = _xml(z, f"Stories/Story_{story_id}.xml")
                tables = iter(_tables(story))
                for text, style in _paragraphs(story):
                    if text == _TABLE:
                        rows = next(tables, None)
                        if rows:
                            index = sum(isinstance(b, TableBlock) for b in blocks) + 1
                            blocks.append(TableBlock(page, index, tuple(tuple(r) for r in rows)))
                        continue
                    level = levels.get(style, 0)
                    blocks.append(Paragraph(page, len(blocks) + 1, text, "heading" if level else "text", level))
    except DefusedXmlException as exc:
        raise UnsafeContent(source_file, "InDesign-pakken inneholder en DTD eller entiteter, som ikke leses av "
                            "sikkerhetshensyn", _AGAIN) from exc
    except Exception as exc:  # noqa: BLE001 -- zipfile and the XML parser raise many kinds on a damaged package
        raise DamagedFile(source_file, "InDesign-pakken er skadet (delene i den kan ikke leses)", _AGAIN) from exc
    title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if blocks else ("InDesign-pakken har ingen tekstrammer med tekst",)
    return Content(blocks=tuple(blocks), pages=None, title=title, warnings=warnings)
