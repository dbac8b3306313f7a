"""Small helpers for Word documents: shading, borders, merged rows, content controls, direct
numbering, tracked changes and fixed document properties."""

from __future__ import annotations

import datetime as dt
import itertools

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

_ids = itertools.count(41001)


def new_document(author: str, title: str, created: dt.datetime, modified: dt.datetime | None = None,
                 font: str = "Calibri", size: float = 11) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = modified or created
    cp.revision = 3
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    return doc


def para(container, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         color: str | None = None, align=None, space_after: float | None = None, style: str | None = None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
        color: str | None = None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def first_para(cell, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None):
    """Write into the empty paragraph a new cell starts with."""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    return p


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def col_widths(table, widths_cm: list[float]) -> None:
    from docx.shared import Cm
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for r in table.rows:
        for tc, w in zip(r._tr.findall(qn("w:tc")), widths_cm):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))


def direct_bullet(p, num_id: int = 1, ilvl: int = 0) -> None:
    """Give a paragraph direct numbering (w:numPr in its own pPr), as Word's bullet button does."""
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    # numPr goes after pStyle/keepNext etc.; put it first unless a pStyle is there
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "720")
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)


def wrap_in_sdt(p, alias: str, tag: str) -> None:
    """Put a paragraph inside a block-level content control (w:sdt), as a reporting form does."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(next(_ids)))
    txt = OxmlElement("w:text")
    txt.set(qn("w:multiLine"), "1")
    pr.extend([a, t, i, txt])
    end = OxmlElement("w:sdtEndPr")
    content = OxmlElement("w:sdtContent")
    p._p.addprevious(sdt)
    sdt.append(pr)
    sdt.append(end)
    sdt.append(content)
    content.append(p._p)


def tracked_replace(p, deleted: str, inserted: str, author: str, when: str) -> None:
    """Append a tracked deletion followed by a tracked insertion to a paragraph."""
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(next(_ids)))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), when)
    r = OxmlElement("w:r")
    dt_ = OxmlElement("w:delText")
    dt_.set(qn("xml:space"), "preserve")
    dt_.text = deleted
    r.append(dt_)
    d.append(r)
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(next(_ids)))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), when)
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = inserted
    r2.append(t)
    ins.append(r2)
    p._p.append(d)
    p._p.append(ins)


def borders(table, size: int = 4, color: str = "808080") -> None:
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(size))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblpr.append(b)


def page_margins(doc, cm: float = 2.0, landscape: bool = False) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(cm)
    s.top_margin = s.bottom_margin = Cm(cm)


def footer_text(doc, text: str) -> None:
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    run(p, text, size=8, color="666666")
