"""Small python-docx helpers used by the Word-based builders."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .common import fix_docx_props


def new_doc(title: str, author: str, font: str = "Calibri", size: int = 11,
            landscape: bool = False):
    doc = Document()
    fix_docx_props(doc, title, author)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    return doc


def shade(cell, hex_fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def cell_text(cell, text: str, bold: bool = False, size: float | None = None,
              color: str | None = None, italic: bool = False) -> None:
    """Replace a cell's text; newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def cell_rich(cell, chunks: list[tuple[str, bool]], size: float | None = None) -> None:
    """Fill a cell with paragraphs made of (text, bold) chunks; '\n' splits paragraphs."""
    cell.paragraphs[0].text = ""
    para = cell.paragraphs[0]
    for text, bold in chunks:
        pieces = text.split("\n")
        for j, piece in enumerate(pieces):
            if j > 0:
                para = cell.add_paragraph()
            if piece:
                run = para.add_run(piece)
                run.bold = bold
                if size:
                    run.font.size = Pt(size)


def col_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def para(doc, text: str = "", bold: bool = False, italic: bool = False,
         size: float | None = None, style: str | None = None, space_after: float = 6):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
