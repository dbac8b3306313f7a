"""An e-book (EPUB): its chapters in reading order, each read as the web page it is, one chapter to a page.

An EPUB is a ZIP of XHTML pages; unpacked as an archive, its table of contents, style sheet and cover were read as
reports of their own. Its package file lists the chapters in reading order (the spine); footnotes shown as pop-ups
(«epub:type="footnote"») stand in the chapter as asides and are read there.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import replace
from pathlib import Path

from lxml import etree

from tiltak_core.errors import DamagedFile

from .archive import check_zip
from .content import Block, Content
from .html import blocks_of_html
from .registry import ParseOptions, register

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_AGAIN = "Be om rapporten som PDF eller Word, eller åpne e-boka i et program som kan lagre den som PDF"


def _xml(z: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(z.read(name), parser=etree.XMLParser(resolve_entities=False, no_network=True))


def _chapters(z: zipfile.ZipFile) -> tuple[str, list[str]]:
    """The book's title and its chapters' member names in reading order."""
    container = _xml(z, "META-INF/container.xml")
    rootfile = container.find(f".//{_CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise KeyError("rootfile")
    opf_name = rootfile.get("full-path", "")
    opf = _xml(z, opf_name)
    base = posixpath.dirname(opf_name)
    hrefs = {item.get("id"): posixpath.normpath(posixpath.join(base, item.get("href", "")))
             for item in opf.iter(f"{_OPF}item")}
    spine = [hrefs[ref.get("idref")] for ref in opf.iter(f"{_OPF}itemref")
             if ref.get("idref") in hrefs and ref.get("linear", "yes") != "no"]
    return (opf.findtext(f".//{_DC}title") or "").strip(), spine


@register("epub")
def parse_epub(path: Path, source_file: str, options: ParseOptions) -> Content:
    """An e-book: each chapter of its spine read as a web page, numbered as a page."""
    check_zip(Path(path), source_file, options, "epub")
    damaged = DamagedFile(source_file, "e-boka (EPUB) kan ikke leses: innholdslisten eller et kapittel mangler eller er "
                          "skadet", _AGAIN)
    blocks: list[Block] = []
    try:
        with zipfile.ZipFile(path) as z:
            title, spine = _chapters(z)
            for page, name in enumerate(spine, start=1):
                chapter_title, chapter = blocks_of_html(z.read(name))
                title = title or chapter_title
                blocks.extend(replace(b, page=page) for b in chapter)
    except (KeyError, etree.XMLSyntaxError, etree.ParserError, ValueError, zipfile.BadZipFile) as exc:
        raise damaged from exc
    return Content(blocks=tuple(blocks), pages=len(spine), title=title)
