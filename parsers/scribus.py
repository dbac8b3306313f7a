"""A Scribus layout (.sla: a brochure or leaflet as the designer saved it) read as its text frames.

Each text frame's story is runs of characters («ITEXT») closed into paragraphs by «para» (and the story's last by
«trail»), each paragraph carrying its style's name. Frames are read page by page, top to bottom, left to right; a
paragraph whose style is a heading's («Tittel», «Tiltak overskrift») is a heading. Read as any XML, every run of a
name split by its fonts was a row of its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .content import Block, Content, Paragraph
from .registry import ParseOptions, register
from .tree import safe_root

_AGAIN = "Be om brosjyren som PDF (Fil → Eksporter → Lagre som PDF i Scribus)"
_HEADING_STYLE = re.compile(r"overskrift|tittel|title|heading|header", re.IGNORECASE)


def _number(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _story(frame: Any) -> list[tuple[str, str]]:
    """(text, style name) of each paragraph of a frame's story, in order."""
    story = frame.find("StoryText")
    if story is None:
        return []
    said: list[tuple[str, str]] = []
    runs: list[str] = []
    for element in story:
        if element.tag == "ITEXT":
            runs.append(element.get("CH") or "")
        elif element.tag in ("para", "trail"):
            said.append((" ".join("".join(runs).split()), element.get("PARENT") or ""))
            runs = []
        elif element.tag == "breakline":
            runs.append(" ")
    if "".join(runs).strip():
        said.append((" ".join("".join(runs).split()), ""))
    return [(text, style) for text, style in said if text]


@register("scribus")
def parse_scribus(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The text frames' paragraphs page by page, top to bottom; a heading style's paragraph a heading."""
    root = safe_root(path, source_file, "Scribus-filen", "er skadet (den er ikke gyldig XML)", _AGAIN)
    frames = [f for f in root.iter("PAGEOBJECT") if f.find("StoryText") is not None]
    frames.sort(key=lambda f: (_number(f.get("OwnPage")), _number(f.get("YPOS")), _number(f.get("XPOS"))))
    blocks: list[Block] = []
    for frame in frames:
        for text, style in _story(frame):
            heading = bool(_HEADING_STYLE.search(style))
            blocks.append(Paragraph(None, len(blocks) + 1, text, "heading" if heading else "text", 2 if heading else 0))
    pages = len(root.findall(".//PAGE")) or None
    title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if blocks else ("Scribus-filen har ingen tekstrammer med tekst",)
    return Content(blocks=tuple(blocks), pages=pages, title=title, warnings=warnings)
