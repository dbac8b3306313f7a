"""Shared python-docx plumbing: a deterministic document (fixed core properties, fixed zip
timestamps), A4 page setup with a running header, and table helpers (widths, header shading,
vertical and horizontal merges).

python-docx stamps every zip member with the current time, so save() re-packs the archive with
a fixed date; otherwise a rebuild would never be byte-identical.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, time
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from .model import Item, Report, Stamp

ZIP_DATE = (2019, 1, 1, 0, 0, 0)
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def new_document(report: Report, stamp: Stamp, header: str, *, margin_cm: float = 2.0,
                 font: str = "Calibri", size: float = 11) -> DocumentObject:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin_cm))
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(size)
    if header:
        section.header.paragraphs[0].text = header
    # The template's thumbnail shows python-docx's own sample page; a real report has none.
    pkg = doc.part.package
    for rid in [rid for rid, rel in pkg.rels.items() if rel.reltype == THUMBNAIL]:
        del pkg.rels[rid]
    # Fixed metadata: dates follow the stamp, so variants differ and rebuilds do not.
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = report.title, report.author, report.author
    cp.comments, cp.subject, cp.keywords, cp.category = "", "Kompetansepolitisk råd", "", ""
    cp.created = datetime.combine(report.base_date, time(9, 0))
    cp.modified = datetime.combine(stamp.day, time(14, 30))
    cp.revision = 3
    return doc


def save(doc: DocumentObject, path: Path) -> None:
    """Save with every zip member dated ZIP_DATE, in python-docx's (deterministic) member order."""
    raw = io.BytesIO()
    doc.save(raw)
    repack(raw, path)


def repack(raw: io.BytesIO, path: Path) -> None:
    """An Office file (any OOXML zip) written to path with every member dated ZIP_DATE, order kept."""
    raw.seek(0)
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            fixed.external_attr = 0
            zout.writestr(fixed, zin.read(info.filename))


def title(doc: DocumentObject, text: str, subtitle: str = "", meta: str = "") -> None:
    doc.add_paragraph(text, style="Title")
    if subtitle:
        doc.add_paragraph(subtitle, style="Subtitle")
    if meta:
        doc.add_paragraph(meta).runs[0].italic = True


def page_break(doc: DocumentObject) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell: _Cell, fill: str) -> None:
    """Background colour of a cell (w:shd), as Word's header rows usually have."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_text(cell: _Cell, text: str, bold: bool = False, size: float | None = None) -> None:
    """Replace a cell's text with one run (python-docx's cell.text cannot set bold)."""
    par = cell.paragraphs[0]
    for run in list(par.runs):
        run._r.getparent().remove(run._r)
    if not text:
        return  # an empty cell is one empty paragraph, as Word writes it
    run = par.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)


def table(doc: DocumentObject, header: list[str], rows: list[list[str]], widths_cm: list[float], *,
          size: float = 9.5, fill: str = "D9E2F3", style: str = "Table Grid") -> Table:
    """A table with a bold shaded header row (marked to repeat on each page) and fixed widths."""
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = doc.styles[style]
    tbl.autofit = False
    # Widths go on the grid (w:gridCol, which LibreOffice reads) and on every cell (w:tcW, Word).
    for c, width in enumerate(widths_cm):
        tbl.columns[c].width = Cm(width)
    for r, values in enumerate([header] + rows):
        for c, value in enumerate(values):
            cell = tbl.cell(r, c)
            cell.width = Cm(widths_cm[c])
            set_text(cell, value, bold=(r == 0), size=size)
            if r == 0 and fill:
                shade(cell, fill)
    header_pr = tbl.rows[0]._tr.get_or_add_trPr()
    header_pr.append(OxmlElement("w:tblHeader"))
    return tbl


def merge_down(tbl: Table, col: int, first: int, last: int, text: str, size: float) -> None:
    """Merge a column's cells from row first to last (w:vMerge) and write text once, at the top."""
    top = tbl.cell(first, col)
    if last > first:
        for r in range(first + 1, last + 1):
            set_text(tbl.cell(r, col), "")
        top = top.merge(tbl.cell(last, col))
        # merge() keeps the empty paragraphs of the lower cells; drop them so the cell reads cleanly.
        for extra in top.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    set_text(top, text, size=size)


def span_row(tbl: Table, row: int, text: str, size: float, fill: str = "F2F2F2") -> None:
    """A full-width section row: all cells merged horizontally (w:gridSpan)."""
    cells = tbl.rows[row].cells
    merged = cells[0].merge(cells[-1])
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    set_text(merged, text, bold=True, size=size)
    shade(merged, fill)


def meta_line(stamp: Stamp) -> str:
    return f"Dato: {stamp.date_long}. Vår referanse: {stamp.ref}"


def groups(items: tuple[Item, ...]) -> list[tuple[str, list[Item]]]:
    """Items grouped by delmål, in report order."""
    out: dict[str, list[Item]] = {}
    for it in items:
        out.setdefault(it.delmal, []).append(it)
    return list(out.items())


def short(text: str, limit: int = 75) -> str:
    """A delmål text cut at a word boundary with an ellipsis, as headings usually quote it."""
    return text if len(text) <= limit else text[:text.rfind(" ", 0, limit)].rstrip(",") + " …"
