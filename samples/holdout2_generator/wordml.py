"""Word plumbing for the round's DOCX shapes: python-docx where it has an API, raw WordprocessingML
for what it lacks (tracked changes, footnotes, hyperlinks, table rules, language)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from .model import Report
from .package import THUMBNAIL_REL, convert, pin_pdf, rezip

# A cell or paragraph is written from "runs": a str, or a list of (text, style) where style is a set
# of letters: b bold, i italic, s superscript.
Runs = str | list[tuple[str, str]]


def new_document(report: Report, *, font: str = "Liberation Sans", size: float = 10.5, margins: float = 2.0,
                 lang: str = "nb-NO", landscape: bool = False) -> DocumentObject:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(margins)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[name].font.name = font
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
    _language(doc, lang)
    pkg = doc.part.package
    for rid in [rid for rid, rel in pkg.rels.items() if rel.reltype == THUMBNAIL_REL]:
        del pkg.rels[rid]
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = report.title, report.author, report.author
    cp.subject, cp.keywords, cp.comments, cp.category = "", "", "", ""
    cp.created, cp.modified, cp.revision = report.created, report.modified, 7
    return doc


def _language(doc: DocumentObject, lang: str) -> None:
    """The document's proofing language (Bokmål nb-NO, Nynorsk nn-NO), as Word stores it."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'))


def docx_bytes(doc: DocumentObject) -> bytes:
    """The document as a package with fixed member dates (python-docx stamps the current time)."""
    raw, out = io.BytesIO(), io.BytesIO()
    doc.save(raw)
    rezip(raw.getvalue(), out)
    return out.getvalue()


def save(doc: DocumentObject, path: Path) -> bytes:
    data = docx_bytes(doc)
    path.write_bytes(data)
    return data


# ------------------------------------------------------------------ text
def add_runs(par, runs: Runs, size: float | None = None) -> None:
    for text, style in ([(runs, "")] if isinstance(runs, str) else runs):
        run = par.add_run(text)
        run.bold = "b" in style or None
        run.italic = "i" in style or None
        if "s" in style:
            run.font.superscript = True
        if size:
            run.font.size = Pt(size)


def paragraph(container, runs: Runs, *, style: str | None = None, size: float | None = None,
              after: float | None = None, align=None):
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(par, runs, size)
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if align is not None:
        par.alignment = align
    return par


def fill(cell: _Cell, paragraphs: Runs | list[Runs], size: float | None = None, shade: str = "") -> None:
    """Write a cell: one paragraph per entry (a str or a runs list), replacing what it held."""
    entries = paragraphs if isinstance(paragraphs, list) and paragraphs and not isinstance(paragraphs[0], tuple) \
        else [paragraphs]
    first = cell.paragraphs[0]
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    for n, runs in enumerate(entries):
        par = first if n == 0 else cell.add_paragraph()
        add_runs(par, runs, size)
        par.paragraph_format.space_after = Pt(2)
    if shade:
        shd = f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'
        cell._tc.get_or_add_tcPr().append(parse_xml(shd))


def title_block(doc: DocumentObject, report: Report, lines: list[str], size: float = 16) -> None:
    """The report's title in bold, then its sender/date line and lead paragraphs."""
    paragraph(doc, [(report.title, "b")], size=size, after=4)
    for line in lines:
        paragraph(doc, line, after=8)


def export_pdf(doc: DocumentObject, report: Report, path: Path) -> None:
    """Save the document as PDF through LibreOffice, as a member's "Lagre som PDF" does."""
    pdf = convert(docx_bytes(doc), ".docx", "pdf", stem=path.stem)
    path.write_bytes(pin_pdf(pdf, report.modified))


# ------------------------------------------------------------------ tables
def table(container, columns: int, widths_cm: list[float], *, rules: str = "grid") -> Table:
    """An empty table with fixed column widths. rules: "grid" (every line), "horizontal" (only lines
    between rows, as many house styles draw), "none"."""
    tbl = container.add_table(rows=0, cols=columns)
    tbl.autofit = False
    tbl_pr = tbl._tbl.tblPr
    lines = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
             "horizontal": ("top", "bottom", "insideH"), "none": ()}[rules]
    borders = "".join(f'<w:{edge} w:val="single" w:sz="6" w:space="0" w:color="404040"/>' for edge in lines)
    # tblBorders goes before tblLayout and tblLook (the schema's order; Word refuses other orders).
    tbl_pr.find(qn("w:tblLayout")).addprevious(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))
    grid = tbl._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(width * 567)))
    tbl._widths = widths_cm  # type: ignore[attr-defined]
    return tbl


def add_row(tbl: Table, values: list, *, size: float | None = None, shade: str = "", header: bool = False):
    row = tbl.add_row()
    for cell, width in zip(row.cells, tbl._widths):  # type: ignore[attr-defined]
        cell.width = Cm(width)
    for cell, value in zip(row.cells, values):
        fill(cell, value, size, shade)
    if header:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return row


def merge_down(tbl: Table, col: int, first: int, last: int, runs: Runs, size: float | None = None) -> None:
    """One cell over rows first..last of a column (w:vMerge), its text written once at the top."""
    top = tbl.cell(first, col)
    merged = top.merge(tbl.cell(last, col))
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    fill(merged, runs, size)


# ------------------------------------------------------------------ sections
def new_section(doc: DocumentObject, *, landscape: bool, margins: float = 2.0):
    """A section on a new page, turned as asked (a landscape table page between portrait text)."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(margins)
    return sec


# ------------------------------------------------------------------ tracked changes
def _stamp(author: str, when: datetime, rid: int) -> str:
    return f'w:id="{rid}" w:author="{author}" w:date="{when.strftime("%Y-%m-%dT%H:%M:00Z")}"'


def tracked_text(par, pieces: list[tuple[str, str]], author: str, when: datetime, first_id: int) -> int:
    """Append runs to a paragraph; each piece is (kind, text) with kind "", "ins" or "del" (a
    tracked insertion or deletion). Returns the next free revision id."""
    rid = first_id
    for kind, text in pieces:
        t_tag = "w:delText" if kind == "del" else "w:t"
        run = f'<w:r><{t_tag} xml:space="preserve">{_esc(text)}</{t_tag}></w:r>'
        if kind:
            run = f'<w:{kind} {_stamp(author, when, rid)}>{run}</w:{kind}>'
            rid += 1
        par._p.append(parse_xml(run.replace(">", f' {nsdecls("w")}>', 1) if not kind else
                                run.replace(f"<w:{kind} ", f'<w:{kind} {nsdecls("w")} ', 1)))
    return rid


def track_row(row, kind: str, author: str, when: datetime, first_id: int) -> int:
    """Mark a whole table row as a tracked insertion or deletion: the row mark in w:trPr and every
    run of its cells wrapped likewise (a deleted row's text becomes w:delText)."""
    rid = first_id
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:{kind} {nsdecls("w")} {_stamp(author, when, rid)}/>'))
    rid += 1
    for cell in row.cells:
        for par in cell.paragraphs:
            for r in list(par._p.findall(qn("w:r"))):
                if kind == "del":
                    for t in r.findall(qn("w:t")):
                        t.tag = qn("w:delText")
                wrapper = parse_xml(f'<w:{kind} {nsdecls("w")} {_stamp(author, when, rid)}/>')
                r.addprevious(wrapper)
                wrapper.append(r)
                rid += 1
            mark = par._p.get_or_add_pPr()
            rpr = mark.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                mark.append(rpr)
            rpr.append(parse_xml(f'<w:{kind} {nsdecls("w")} {_stamp(author, when, rid)}/>'))
            rid += 1
    return rid


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ footnotes and links
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def footnotes(doc: DocumentObject, texts: list[str]) -> list[int]:
    """Add a footnotes part holding the given notes; returns their ids (for footnote_ref)."""
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:footnote>'
        for n, t in enumerate(texts, 1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:footnote>{notes}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return list(range(1, len(texts) + 1))


def footnote_ref(par, note_id: int) -> None:
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


def hyperlink(par, text: str, url: str) -> None:
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    par._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:color w:val="0563C1"/>'
        f'<w:u w:val="single"/></w:rPr><w:t>{_esc(text)}</w:t></w:r></w:hyperlink>'))
