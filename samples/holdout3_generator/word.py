"""Word documents as a secretariat receives them: python-docx, with raw WordprocessingML where it has no API."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from .convert import fix_zip

# Every document claims the same save time, so the bytes do not change from run to run.
SAVED = dt.datetime(2024, 3, 1, 12, 0, 0)


def new_document(author: str, title: str, font: str = "Calibri", size: float = 11):
    """An empty document with fixed properties and the body font the sender uses."""
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = SAVED
    props.modified = SAVED
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, not the template's Letter
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    return doc


def save(doc, path: Path) -> None:
    """Saves and pins the archive's timestamps."""
    doc.save(str(path))
    fix_zip(path)


def landscape(section) -> None:
    """Turns a section on its side, as a wide table needs."""
    width, height = section.page_width, section.page_height
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = max(width, height), min(width, height)


def columns(section, count: int, space_twips: int = 567) -> None:
    """Sets the section's text in newspaper columns (w:cols, which python-docx does not expose)."""
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), str(space_twips))
    sect_pr.append(cols)


def page_field(paragraph, prefix: str = "Side ") -> None:
    """Appends "Side N" with N as a PAGE field, as Word's footers print it."""
    paragraph.add_run(prefix)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def header_footer(section, header: str, footer: str, page_numbers: bool = True) -> None:
    """Writes the running header and footer of a section."""
    section.header.paragraphs[0].text = header
    foot = section.footer.paragraphs[0]
    foot.text = footer + ("   " if footer and page_numbers else "")
    if page_numbers:
        page_field(foot)


def shade(cell, fill: str) -> None:
    """Fills a table cell with a background colour (w:shd)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_header(row) -> None:
    """Marks a table row to repeat at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def table(doc, header: list[str], rows: list[list[str]], style: str = "Table Grid", fill: str = "D9E2F3",
          widths: tuple[float, ...] = ()):
    """A table with a bold, shaded header row repeated on every page, columns widths in cm; returned for merges."""
    grid = doc.add_table(rows=1, cols=len(header))
    grid.style = style
    for cell, text in zip(grid.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        if fill:
            shade(cell, fill)
    repeat_header(grid.rows[0])
    for values in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = text
    if widths:
        grid.autofit = False
        for index, width in enumerate(widths):
            grid.columns[index].width = Cm(width)
            for cell in grid.columns[index].cells:
                cell.width = Cm(width)
    return grid


def bold_lead(doc, lead: str, rest: str, style: str | None = None):
    """A paragraph that opens with a bold phrase and goes on in plain text."""
    para = doc.add_paragraph(style=style)
    para.add_run(lead).bold = True
    if rest:
        para.add_run(rest)
    return para


def labelled(doc, label: str, value: str, italic: bool = False):
    """A "Label: value" line with the label bold."""
    para = doc.add_paragraph()
    para.add_run(f"{label}: ").bold = True
    run = para.add_run(value)
    run.italic = italic
    para.paragraph_format.space_after = Pt(0)
    return para


def export(doc, file: str, out: Path) -> Path:
    """Saves the document under the file's name in a scratch folder and lets LibreOffice export it to out."""
    from .convert import soffice

    target_format = Path(file).suffix.lstrip(".")
    with tempfile.TemporaryDirectory(prefix="h3export") as tmp:
        source = Path(tmp) / f"{Path(file).stem}.docx"
        save(doc, source)
        return soffice(source, target_format, out)


def opening(author: str, heading: str, *lead: str, header: str = "", footer: str = "", page_numbers: bool = True,
            font: str = "Calibri", size: float = 11):
    """A new document with its running header and footer, its title and the paragraphs that lead in."""
    doc = new_document(author, heading, font=font, size=size)
    if header or footer:
        header_footer(doc.sections[0], header, footer, page_numbers=page_numbers)
    doc.add_heading(heading, level=1)
    for text in lead:
        doc.add_paragraph(text)
    return doc
