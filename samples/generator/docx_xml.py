"""WordprocessingML that python-docx has no API for, written as Word itself writes it: bullets by direct
numbering, content controls, tracked changes and text boxes.

Each helper changes a python-docx document in place; the parser must read what these make.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import _Row
from docx.text.paragraph import Paragraph

AUTHOR = "Saksbehandler"
CHANGE_DATE = "2021-02-20T10:00:00Z"


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


# ------------------------------------------------------------------ direct numbering
def bullet_numbering(doc: DocumentObject, num_id: int = 40) -> str:
    """A bullet list definition as Word's bullet button adds it (Symbol bullet); returns its numId."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl>'
        '</w:abstractNum>'
    )
    # abstractNum elements must come before the num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return str(num_id)


def outline_numbering(doc: DocumentObject, num_id: int = 41) -> None:
    """Heading styles numbered by an outline list without visible numbers (numFmt "none"), as LibreOffice
    writes every Word file it saves: the headings then carry a w:numPr through their style."""
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:pStyle w:val="Heading{k + 1}"/><w:numFmt w:val="none"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val=""/><w:lvlJc w:val="left"/></w:lvl>'
        for k in range(9)
    )
    numbering.find(qn("w:num")).addprevious(
        parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    for k in range(1, 4):
        ppr = doc.styles[f"Heading {k}"].element.get_or_add_pPr()
        num_pr = _el("w:numPr")
        num_pr.append(_el("w:ilvl", **{"w:val": str(k - 1)}))
        num_pr.append(_el("w:numId", **{"w:val": str(num_id)}))
        ppr.insert(0, num_pr)


def numbered_paragraph(doc: DocumentObject, text: str, num_id: str, level: int = 0) -> Paragraph:
    """A Normal paragraph made a list item by its own w:numPr (no list style)."""
    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    num_pr = _el("w:numPr")
    num_pr.append(_el("w:ilvl", **{"w:val": str(level)}))
    num_pr.append(_el("w:numId", **{"w:val": num_id}))
    ppr.insert(0, num_pr)
    ppr.append(_el("w:ind", **{"w:left": str(720 * (level + 1)), "w:hanging": "360"}))
    return p


# ------------------------------------------------------------------ content controls
def _sdt(tag: str, alias: str) -> tuple[OxmlElement, OxmlElement]:
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", **{"w:val": alias}))
    pr.append(_el("w:tag", **{"w:val": tag}))
    sdt.append(pr)
    content = _el("w:sdtContent")
    sdt.append(content)
    return sdt, content


def wrap_block(element, tag: str, alias: str) -> None:
    """Put a body-level paragraph or table inside a block content control, where it stood."""
    sdt, content = _sdt(tag, alias)
    element.addprevious(sdt)
    content.append(element)


def wrap_cell(cell_tc, tag: str, alias: str) -> None:
    """Put a table cell inside a cell-level content control (w:sdt as a child of w:tr)."""
    sdt, content = _sdt(tag, alias)
    cell_tc.addprevious(sdt)
    content.append(cell_tc)


def wrap_runs(paragraph: Paragraph, tag: str, alias: str) -> None:
    """Put a paragraph's runs inside an inline content control (a form field's filled-in text)."""
    runs = list(paragraph._p.iterchildren(qn("w:r")))
    if not runs:
        return
    sdt, content = _sdt(tag, alias)
    runs[0].addprevious(sdt)
    for r in runs:
        content.append(r)


# ------------------------------------------------------------------ tracked changes
def _change(tag: str, n: int) -> OxmlElement:
    return _el(tag, **{"w:id": str(n), "w:author": AUTHOR, "w:date": CHANGE_DATE})


def track_row(row: _Row, inserted: bool, n: int) -> None:
    """Mark a whole table row as a tracked insertion or deletion, its text with it."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(_change("w:ins" if inserted else "w:del", n))
    for k, r in enumerate(row._tr.iter(qn("w:r"))):
        wrapper = _change("w:ins" if inserted else "w:del", n * 100 + k + 1)
        r.addprevious(wrapper)
        wrapper.append(r)
        if not inserted:
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def _changed_run(tag: str, n: int, text: str, text_tag: str) -> OxmlElement:
    change = _change(tag, n)
    run = _el("w:r")
    t = _el(text_tag)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    change.append(run)
    return change


def track_words(paragraph: Paragraph, deleted: str, inserted: str, n: int) -> None:
    """Append a tracked deletion and a tracked insertion to a paragraph (a reviewer's edit)."""
    paragraph._p.append(_changed_run("w:del", n, deleted, "w:delText"))
    paragraph._p.append(_changed_run("w:ins", n + 1, inserted, "w:t"))


# ------------------------------------------------------------------ text boxes
def _box_paragraphs(lines: list[tuple[str, bool]]) -> str:
    out = []
    for text, bold in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        out.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p>')
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_box(paragraph: Paragraph, lines: list[tuple[str, bool]], box_id: int = 1) -> None:
    """A floating text box in a paragraph, as Word saves it: a DrawingML shape and its VML fallback,
    each holding the same w:txbxContent (the text stands twice in the XML)."""
    body = _box_paragraphs(lines)
    xml = (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="1800000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{100 + box_id}" name="Tekstboks {box_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" '
        'cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape type="#_x0000_t202" style="width:425pt;height:142pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    )
    paragraph._p.append(parse_xml(xml))

