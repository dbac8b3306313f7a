"""A PDF's bookmarks (its outline) as headings where the pages do not print them: a picture report whose pages are
photos with captions names each measure only in its bookmarks («Bruk bokmerkene for å gå rett til hvert tiltak»)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium

from .content import Block, Content, Paragraph


def _clean(text: str) -> str:
    return " ".join(text.split())


MAX_MARKS = 500  # an outline this long is a book's, whose headings its pages print anyway
_LINE = 0  # the line a bookmark's heading takes: before the page's first


def outline(path: Path, password: str | None) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of each bookmark that points to a page; [] when the PDF has none or cannot say."""
    try:
        document = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError:
        return []  # the text reader has said why the file cannot be opened
    try:
        marks = []
        for mark in document.get_toc(max_depth=4):
            dest = mark.get_dest()
            index = dest.get_index() if dest is not None else None
            if index is not None and (title := _clean(mark.get_title() or "")):
                marks.append((mark.level, title, index + 1))
            if len(marks) > MAX_MARKS:
                return []
        return marks
    except Exception:  # noqa: BLE001 -- the outline only adds headings: a broken one is read as none, the pages still are
        return []
    finally:
        document.close()


def unprinted_pages(marks: list[tuple[int, str, int]], page_texts: dict[int, str]) -> frozenset[int]:
    """The pages a heading bookmark opens whose text does not print its title: there the bookmark starts a part, and
    no paragraph of the page before goes on. (A page printing it, as a Word export's headings are, is read as printed.)"""
    return frozenset(page for _, title, page in headed(marks)
                     if title.casefold() not in _clean(page_texts.get(page, "")).casefold())


def _printed(title: str, blocks: list[Block]) -> bool:
    folded = title.casefold()
    return any(isinstance(b, Paragraph) and folded in _clean(b.text).casefold() for b in blocks)


def headed(marks: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The bookmarks that head parts of the document: the outline's top level is the document's own title when
    deeper levels exist."""
    deepest = max((level for level, _, _ in marks), default=0)
    return [(level, title, page) for level, title, page in marks if level > 0 or deepest == 0]


def with_outline(content: Content, marks: list[tuple[int, str, int]]) -> Content:
    """The content with each heading bookmark's title as a heading over its page, where that page does not print it."""
    wanted = headed(marks)
    by_page: dict[int, list[Block]] = {}
    for b in content.blocks:
        if b.page is not None:
            by_page.setdefault(b.page, []).append(b)
    unprinted = [(level, title, page) for level, title, page in wanted
                 if not _printed(title, by_page.get(page, [])) and (content.pages is None or page <= content.pages)]
    pages = [page for _, _, page in unprinted]
    # One heading a page: two bookmarks to one page that prints neither are parts of it, whose order is not known.
    added = {page: Paragraph(page, _LINE, title, "heading", level=level + 1) for level, title, page in unprinted
             if pages.count(page) == 1}
    if not added:
        return content
    ordered = sorted([*((page, 0, 0, h) for page, h in added.items()),
                      *((b.page if b.page is not None else 0, 1, i, b) for i, b in enumerate(content.blocks))],
                     key=lambda item: item[:3])
    return replace(content, blocks=tuple(b for *_, b in ordered))
