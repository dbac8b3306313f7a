"""A web page Safari saved as a web archive (.webarchive), read as the same page saved as HTML is.

The file is a property list: its main resource holds the page's bytes with their MIME type and encoding name, beside
the page's style sheets, scripts and pictures (read by no one here) and its frames, each a web archive of its own,
whose pages are read after the main one.
"""

from __future__ import annotations

import plistlib
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from lxml import etree

from tiltak_core.errors import DamagedFile

from .content import Block, Content, Paragraph, TableBlock
from .html import blocks_of_html, decoded_page
from .registry import ParseOptions, register
from .text import blocks_of_text

_FIX = "Åpne siden i Safari og lagre den som PDF (Arkiv > Eksporter som PDF), eller be om rapporten som Word/PDF"
_HTML = ("text/html", "application/xhtml+xml")
_MAX_FRAMES = 50  # frames within frames: a page with more is no report


def _page(archive: Any, source_file: str) -> tuple[str, list[Block]]:
    """(title, blocks) of one archive's main resource; DamagedFile where it holds no page."""
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(data := main.get("WebResourceData"), bytes):
        raise DamagedFile(source_file, "nettarkivet (Safari) har ingen side i seg: hovedressursen mangler", _FIX)
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    text = decoded_page(data, str(main.get("WebResourceTextEncodingName") or ""))
    if kind in _HTML:
        try:
            return blocks_of_html(text)
        except (etree.ParserError, ValueError):
            return "", []  # an empty page: nothing on it to read
    if kind.startswith("text/"):
        return "", list(blocks_of_text(text))
    raise DamagedFile(source_file, f"nettarkivet (Safari) holder ingen nettside, men en fil av typen {kind}",
                      "Be om rapporten som Word/PDF, eller åpne siden i Safari og lagre den som PDF")


def _frames(archive: dict[str, Any], source_file: str, budget: list[int]) -> list[Block]:
    """The blocks of the archive's frames, each frame's own frames after it, in the order the archive lists them."""
    blocks: list[Block] = []
    for frame in archive.get("WebSubframeArchives") or ():
        if not isinstance(frame, dict) or budget[0] <= 0:
            continue
        budget[0] -= 1
        try:
            blocks += _page(frame, source_file)[1]
        except DamagedFile:
            continue  # a frame of a picture or a PDF, or an empty one: the page around it is still the report
        blocks += _frames(frame, source_file, budget)
    return blocks


def numbered(blocks: list[Block]) -> tuple[Block, ...]:
    """The blocks of the page and its frames numbered as one document's: lines by place, tables one after another."""
    tables = 0
    out: list[Block] = []
    for n, block in enumerate(blocks, 1):
        if isinstance(block, TableBlock):
            tables += 1
            out.append(replace(block, index=tables))
        else:
            assert isinstance(block, Paragraph)
            out.append(replace(block, line=n))
    return tuple(out)


@register("webarchive")
def parse_webarchive(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A Safari web archive: its page read as HTML is, then its frames' pages."""
    try:
        archive = plistlib.loads(Path(path).read_bytes())
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError, OverflowError,
            RecursionError, ExpatError) as exc:  # what plistlib raises on a cut-off or damaged property list
        raise DamagedFile(source_file, "nettarkivet (Safari) er skadet og kan ikke leses", _FIX) from exc
    if not isinstance(archive, dict):
        raise DamagedFile(source_file, "nettarkivet (Safari) er skadet og kan ikke leses", _FIX)
    title, blocks = _page(archive, source_file)
    blocks += _frames(archive, source_file, [_MAX_FRAMES])
    return Content(blocks=numbered(blocks), title=title)
