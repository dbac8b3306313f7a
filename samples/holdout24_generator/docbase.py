"""Word helpers shared by the builders: a document with fixed properties, table cells, deterministic saving."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .office import normalise_zip


def new_document(author: str, title: str, saved: dt.datetime, landscape: bool = False) -> DocumentObject:
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.comments = ""
    props.created = saved - dt.timedelta(days=9)
    props.modified = saved
    props.revision = 3
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    return doc


def shade(cell, fill: str) -> None:  # type: ignore[no-untyped-def]
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    props = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    props.append(el)


def set_text(cell, text: str, bold: bool = False, size: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Put `text` in the cell's first paragraph (a cell from python-docx has one, empty)."""
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def header_row(table, labels: list[str], fill: str = "D9E2F3", size: float = 9.5) -> None:  # type: ignore[no-untyped-def]
    for cell, label in zip(table.rows[0].cells, labels):
        set_text(cell, label, bold=True, size=size)
        shade(cell, fill)
    repeat_header(table.rows[0])


def widths(table, cms: list[float]) -> None:  # type: ignore[no-untyped-def]
    table.autofit = False
    for column, width in zip(table.columns, cms):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, cms):
            cell.width = Cm(width)


def save(doc: DocumentObject, path: Path) -> Path:
    doc.save(str(path))
    normalise_zip(path)
    return path
