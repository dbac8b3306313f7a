"""Shared Word plumbing: a document with fixed metadata, a title block, tables and cell text."""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .model import Report

# Fixed so that two runs write the same document properties.
SAVED = dt.datetime(2025, 2, 14, 9, 30, 0)


def new_document(report: Report, *, landscape: bool = False, font_pt: float = 10.5) -> Document:
    """A document with the member as author, the report's title block and header/footer."""
    doc = Document()
    props = doc.core_properties
    props.author = report.member or "Trøndelag fylkeskommune"
    props.last_modified_by = props.author
    props.created = SAVED
    props.modified = SAVED
    props.revision = 1
    props.title = report.meta.get("title", "")
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(font_pt)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    if "header" in report.meta:
        section.header.paragraphs[0].text = report.meta["header"]
    if "footer" in report.meta:
        section.footer.paragraphs[0].text = report.meta["footer"]
    meta = report.meta
    if meta.get("title"):
        doc.add_heading(meta["title"], level=0 if "subtitle" in meta else 1)
    if meta.get("subtitle"):
        para = doc.add_paragraph()
        para.add_run(meta["subtitle"]).bold = True
    if meta.get("intro"):
        doc.add_paragraph(meta["intro"])
    return doc


def add_table(doc: Document, header: list[str] | None, body: list[list[str]], *,
              widths_cm: list[float] | None = None):
    """A grid table; the header row is bold and repeats on each page."""
    ncols = len(header or body[0])
    table = doc.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header):
            set_cell(cell, text, bold=True)
        _repeat_header(table.rows[0])
    for values in body:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            set_cell(cell, text)
    if widths_cm:
        table.autofit = False
        for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
            grid_col.w = Cm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm):
                cell.width = Cm(width)
    return table


def set_cell(cell, text: str, *, bold: bool = False) -> None:
    """Write text into a cell, one paragraph per line."""
    lines = text.split("\n")
    for extra in cell.paragraphs[1:]:  # a merged cell keeps every part's paragraph
        extra._p.getparent().remove(extra._p)
    cell.paragraphs[0].text = ""
    cell.paragraphs[0].add_run(lines[0]).bold = bold
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold


def shade(cell, fill: str) -> None:
    """Background colour of a cell, as members use for section rows."""
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def add_signature(doc: Document, report: Report) -> None:
    """Closing lines with the member's name, as letters end."""
    if report.meta.get("sign"):
        doc.add_paragraph()
        for line in report.meta["sign"].split("\n"):
            doc.add_paragraph(line)
