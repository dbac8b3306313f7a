"""A new Word document as a Norwegian office expects one: A4, bokmål for spelling, named fonts, real headings."""

from __future__ import annotations

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

LANGUAGE = "nb-NO"  # Norwegian (bokmål): Word's spelling and hyphenation follow it
FONT = "Calibri"
A4_CM = (21.0, 29.7)
HEADING_LEVELS = 3  # the heading styles the outputs use; each is given its outline level


def _child(parent, tag: str):
    """parent's child element `tag`, appended if it has none."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    return child


def _language(rpr) -> None:
    """Set w:lang on a run-properties element to bokmål for Latin text."""
    _child(rpr, "w:lang").set(qn("w:val"), LANGUAGE)


def _norwegian(document: Document) -> None:
    """Bokmål as the language of the document defaults and of the styles the text is written in: python-docx's
    template says en-US, and Word then marks every Norwegian word as misspelt."""
    defaults = _child(document.styles.element, "w:docDefaults")
    _language(_child(_child(defaults, "w:rPrDefault"), "w:rPr"))
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _language(style.element.get_or_add_rPr())


def _headings(document: Document) -> None:
    """Heading 1-3 in the body font, each with its outline level, which Word's navigation pane and
    LibreOffice's navigator list (the template's theme heading font renders as a serif in LibreOffice)."""
    for level in range(1, HEADING_LEVELS + 1):
        style = document.styles[f"Heading {level}"]
        style.font.name = FONT
        _child(style.element.get_or_add_pPr(), "w:outlineLvl").set(qn("w:val"), str(level - 1))
    document.styles["Title"].font.name = FONT


def new_document(*, landscape: bool, margin_cm: float, size_pt: float) -> Document:
    """An empty document on A4 (portrait or landscape) with the given margins and body text size."""
    document = docx.Document()
    section = document.sections[0]
    width, height = (A4_CM[1], A4_CM[0]) if landscape else A4_CM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin_cm))
    normal = document.styles["Normal"]
    normal.font.name = FONT  # named, not left to the template's theme font
    normal.font.size = Pt(size_pt)
    _norwegian(document)
    _headings(document)
    return document
