"""Small python-docx helpers shared by the Word shapes."""
import datetime as dt
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .common import FIXED, normalise_zip


def new_doc(title: str, author: str, modified: dt.datetime = FIXED, font: str = "Calibri", size: int = 11):
    doc = Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = modified - dt.timedelta(days=6)
    cp.modified = modified
    cp.revision = 3
    cp.comments = ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def save(doc, path: Path) -> None:
    doc.save(str(path))
    normalise_zip(path)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def bold_cell(cell, text: str, fill: str | None = None) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def table(doc, header: list[str], rows: list[list[str]], style: str = "Table Grid", fill: str = "D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for cell, h in zip(t.rows[0].cells, header):
        bold_cell(cell, h, fill)
    for r in rows:
        cells = t.add_row().cells
        for cell, v in zip(cells, r):
            cell.text = v
    return t


def para(doc, text: str, bold: bool = False, italic: bool = False, style: str | None = None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    return p
