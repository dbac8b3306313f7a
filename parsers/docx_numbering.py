"""Which Word paragraphs are list items, and bullets or numbered: the paragraph's own numbering (`w:numPr`, as Word's
bullet button and converted .doc files write it), its style's numbering, or a list style's name."""

from __future__ import annotations

import re

import docx
from docx.oxml.ns import qn
from lxml import etree

from .content import ParagraphKind

LIST_STYLE = re.compile(r"list|liste", re.IGNORECASE)


class Numbering:
    """Tells bullets from numbered items using the document's numbering definitions."""

    def __init__(self, document: docx.document.Document) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {
            a.get(qn("w:abstractNumId")): {
                lvl.get(qn("w:ilvl")): (lvl.find(qn("w:numFmt")).get(qn("w:val")) if lvl.find(qn("w:numFmt")) is not None else "bullet")
                for lvl in a.iterchildren(qn("w:lvl"))
            }
            for a in numbering.iterchildren(qn("w:abstractNum"))
        }
        for num in numbering.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(qn("w:val")), {}).items():
                self.formats[(num.get(qn("w:numId")), ilvl)] = fmt

    def kind(self, num_id: str, ilvl: str) -> ParagraphKind | None:
        """'bullet' or 'numbered'; None for a level that shows no mark (outline numbering of headings)."""
        fmt = self.formats.get((num_id, ilvl), "bullet")
        if fmt == "none":
            return None
        return "bullet" if fmt == "bullet" else "numbered"


def num_pr(ppr: etree._Element | None) -> tuple[str, str] | None:
    num = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num is None or num.find(qn("w:numId")) is None:
        return None
    ilvl = num.find(qn("w:ilvl"))
    return num.find(qn("w:numId")).get(qn("w:val")), ilvl.get(qn("w:val")) if ilvl is not None else "0"


def _style_numbering(document: docx.document.Document, style_id: str) -> tuple[str, str] | None:
    """List styles ("List Bullet", "List Number") carry their numbering in the style, not the paragraph."""
    style = document.styles.element.get_by_id(style_id) if style_id else None
    while style is not None:
        found = num_pr(style.find(qn("w:pPr")))
        if found:
            return found
        based = style.find(qn("w:basedOn"))
        style = document.styles.element.get_by_id(based.get(qn("w:val"))) if based is not None else None
    return None


def paragraph_style(document: docx.document.Document, ppr: etree._Element | None) -> tuple[str, str]:
    """A paragraph's style id and name ('' when it has none)."""
    style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_id = style_el.get(qn("w:val")) if style_el is not None else ""
    style = document.styles.element.get_by_id(style_id) if style_id else None
    return style_id, (style.name_val if style is not None else "") or ""


def list_kind(document: docx.document.Document, numbering: Numbering, ppr: etree._Element | None,
               style_id: str) -> tuple[ParagraphKind | None, tuple[str, str] | None]:
    """The bullet or number Word draws before a paragraph (its own numbering or its style's), with that numbering."""
    numbered = num_pr(ppr) or _style_numbering(document, style_id)
    return (numbering.kind(*numbered) if numbered and numbered[0] != "0" else None), numbered


def is_list_item(document: docx.document.Document, numbering: Numbering, p: etree._Element) -> bool:
    ppr = p.find(qn("w:pPr"))
    style_id, style_name = paragraph_style(document, ppr)
    return list_kind(document, numbering, ppr, style_id)[0] is not None or bool(LIST_STYLE.search(style_name))
