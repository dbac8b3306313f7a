"""Word plumbing the held-out shapes need beyond python-docx: a deterministic package, paragraph-level
(direct) numbering, content controls, text boxes, merged and shaded cells."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell

from .model import Report

FIXED_ZIP_TIME = (2022, 2, 1, 8, 0, 0)
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def repack(data: bytes, path: Path, replace: dict[str, bytes] | None = None) -> None:
    """Write an OOXML/ODF package with every member dated FIXED_ZIP_TIME (members in `replace`
    swapped for the given bytes), so a rebuild is byte-identical."""
    replace = replace or {}
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            # ODF wants its mimetype first and stored; everything else is deflated.
            member.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            member.create_system, member.external_attr = 0, 0
            dst.writestr(member, replace.get(info.filename, src.read(info.filename)))


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def repack_pinned(data: bytes, path: Path, stamp: str) -> None:
    """repack() with the created/modified dates in docProps/core.xml set to stamp (W3CDTF), for
    packages whose writer stamps the current time (openpyxl, LibreOffice)."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        core = src.read("docProps/core.xml")
    pinned = _CORE_DATE.sub(lambda m: m.group(1) + stamp.encode() + m.group(2), core)
    repack(data, path, {"docProps/core.xml": pinned})


def new_doc(report: Report, *, font: str = "Liberation Sans", size: float = 10.5,
            margins_cm: float = 2.2) -> DocumentObject:
    """An A4 document with the report's metadata (fixed dates, no template thumbnail)."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Cm(margins_cm)
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    pkg = doc.part.package
    for rid in [rid for rid, rel in pkg.rels.items() if rel.reltype == THUMBNAIL]:
        del pkg.rels[rid]
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = report.title, report.author, report.author
    cp.subject, cp.keywords, cp.comments, cp.category = "", "", "", ""
    cp.created, cp.modified, cp.revision = report.created, report.modified, 4
    return doc


def save(doc: DocumentObject, path: Path) -> None:
    raw = io.BytesIO()
    doc.save(raw)
    repack(raw.getvalue(), path)


# ------------------------------------------------------------------ numbering written on the paragraph
def add_bullet_definition(doc: DocumentObject, num_id: int = 41) -> int:
    """Add a one-level bullet list definition to numbering.xml and return its numId (what Word's
    bullet button and LibreOffice's DOC import point paragraphs at directly, with no list style)."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/></w:rPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def direct_bullet(doc: DocumentObject, text: str, num_id: int):
    """A Normal-style paragraph that is a bullet only through its own w:numPr."""
    par = doc.add_paragraph(text)
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return par


# ------------------------------------------------------------------ content controls
def wrap_in_content_control(element, alias: str, tag: str, sdt_id: int) -> None:
    """Put a block (w:tbl, w:p) or a cell (w:tc) inside a w:sdt, as reporting forms do."""
    sdt = parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{sdt_id}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    element.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(element)


# ------------------------------------------------------------------ text box
_TEXT_BOX = """<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:w="{w}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300"
 simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{shape_id}" name="Tekstboks {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe"/>
<v:shape id="Tekstboks{shape_id}" o:spid="_x0000_s10{shape_id}" type="#_x0000_t202"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 style="position:absolute;margin-left:0;margin-top:0;width:{w_pt}pt;height:{h_pt}pt;z-index:251659264;
 mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#f2f2f2" strokecolor="#7f7f7f">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>
</mc:Fallback></mc:AlternateContent>"""


def _box_paragraph(text: str, bold: bool) -> str:
    # 9.5 pt: a fact box is set smaller than the body text.
    rpr = f"<w:rPr>{'<w:b/>' if bold else ''}<w:sz w:val=\"19\"/></w:rPr>"
    return f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def add_text_box(doc: DocumentObject, heading: str, lines: list[str], *, width_cm: float, height_cm: float,
                 shape_id: int = 1):
    """An anchored text box as Word writes it: a DrawingML shape with a VML fallback, each holding
    the same w:txbxContent (a reader must take it once)."""
    body = _box_paragraph(heading, True) + "".join(_box_paragraph(line, False) for line in lines)
    emu = 360000
    xml = _TEXT_BOX.format(w=W_NS, cx=int(width_cm * emu), cy=int(height_cm * emu), shape_id=shape_id,
                           w_pt=round(width_cm * 28.35, 1), h_pt=round(height_cm * 28.35, 1), body=body)
    par = doc.add_paragraph()
    run = par.add_run()
    run._r.append(parse_xml(xml.replace("\n", " ")))
    return par


# ------------------------------------------------------------------ cells
def shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def write_cell(cell: _Cell, text: str, *, bold: bool = False, size: float | None = None,
               fill: str = "") -> None:
    """Replace a cell's content with one paragraph of one run."""
    par = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for run in list(par.runs):
        run._r.getparent().remove(run._r)
    if text:
        run = par.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def fix_widths(table, widths_cm: list[float]) -> None:
    """Column widths on the grid (LibreOffice) and on every cell (Word); no autofit."""
    table.autofit = False
    for c, width in enumerate(widths_cm):
        table.columns[c].width = Cm(width)
    for row in table.rows:
        for c, cell in enumerate(row.cells[:len(widths_cm)]):
            cell.width = Cm(widths_cm[c])


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
