"""Word (DOCX) reports: body tables as grids with merged cells resolved, paragraphs with their list kind.

Reads the WordprocessingML directly (through python-docx's parser, which does not expand entities),
because python-docx's `row.cells` repeats a merged cell once per grid column it covers.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml.ns import qn
from lxml import etree

from tiltak_core.errors import DamagedFile

from .archive import check_zip
from .content import COVERED, Block, Content, Paragraph, TableBlock
from .form import read_form
from .registry import ParseOptions, register

_W_P, _W_TBL, _W_TR, _W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_BULLET_TEXT = re.compile(r"^\s*[•▪◦●\-–*]\s+")
_NUMBER_TEXT = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")
_HEADING_STYLE = re.compile(r"^(heading|overskrift|title|tittel)\s*(\d*)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list|liste", re.IGNORECASE)
_MAX_COLUMNS = 63  # Word's limit


def _text(el: etree._Element) -> str:
    """The visible text of a paragraph: runs, tabs as spaces, line breaks as newlines."""
    out = []
    for node in el.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:delText")):
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
        elif node.tag == qn("w:tab"):
            out.append(" ")
        # w:delText is tracked-deleted text: left out on purpose.
    return "".join(out)


def _cell_text(tc: etree._Element) -> str:
    """A cell's paragraphs (nested tables included) joined by newlines, so lists keep their items."""
    lines = [_text(p).strip() for p in tc.iter(_W_P)]
    return "\n".join(line for line in lines if line)


def _number(el: etree._Element | None, default: int, most: int) -> int:
    """An element's w:val as a count within 0..most; the default when absent or not a number."""
    value = el.get(qn("w:val"), "") if el is not None else ""
    return min(int(value), most) if value.isascii() and value.isdigit() else default


def _table_grid(tbl: etree._Element) -> tuple[tuple[str | None, ...], ...]:
    """Rows of cell texts; a cell under a vertical merge is COVERED, one a horizontal span covers is ''."""
    # Spans are trusted only up to the table's own grid (Word allows 63 columns): a span of
    # 200,000 would otherwise make a row that wide.
    columns = len(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")) or _MAX_COLUMNS
    rows: list[list[str | None]] = []
    for tr in tbl.iterchildren(_W_TR):
        row: list[str | None] = []
        row.extend([""] * _number(tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}"), 0, columns - 1))
        for tc in tr.iterchildren(_W_TC):
            tcpr = tc.find(qn("w:tcPr"))
            span, vmerge = 1, None
            if tcpr is not None:
                span = max(1, min(_number(tcpr.find(qn("w:gridSpan")), 1, columns), columns - len(row)))
                vm = tcpr.find(qn("w:vMerge"))
                vmerge = (vm.get(qn("w:val")) or "continue") if vm is not None else None
            row.append(COVERED if vmerge == "continue" else _cell_text(tc))
            row.extend([""] * (span - 1))
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows)


class _Numbering:
    """Tells bullets from numbered items using the document's numbering definitions."""

    def __init__(self, document: docx.document.Document) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {
            a.get(qn("w:abstractNumId")): {
                lvl.get(qn("w:ilvl")): (lvl.find(qn("w:numFmt")).get(qn("w:val")) if lvl.find(qn("w:numFmt")) is not None else "bullet")
                for lvl in a.iterchildren(qn("w:lvl"))
            }
            for a in numbering.iterchildren(qn("w:abstractNum"))
        }
        for num in numbering.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(qn("w:val")), {}).items():
                self.formats[(num.get(qn("w:numId")), ilvl)] = fmt

    def kind(self, num_id: str, ilvl: str) -> str:
        return "bullet" if self.formats.get((num_id, ilvl), "bullet") in ("bullet", "none") else "numbered"


def _style_numbering(document: docx.document.Document, style_id: str) -> tuple[str, str] | None:
    """List styles ("List Bullet", "List Number") carry their numbering in the style, not the paragraph."""
    style = document.styles.element.get_by_id(style_id) if style_id else None
    while style is not None:
        num = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num is not None and num.find(qn("w:numId")) is not None:
            ilvl = num.find(qn("w:ilvl"))
            return num.find(qn("w:numId")).get(qn("w:val")), ilvl.get(qn("w:val")) if ilvl is not None else "0"
        based = style.find(qn("w:basedOn"))
        style = document.styles.element.get_by_id(based.get(qn("w:val"))) if based is not None else None
    return None


def _paragraph(document, numbering: _Numbering, p: etree._Element, line: int) -> Paragraph | None:
    text = _text(p).strip()
    if not text:
        return None
    ppr = p.find(qn("w:pPr"))
    style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_id = style_el.get(qn("w:val")) if style_el is not None else ""
    style = document.styles.element.get_by_id(style_id) if style_id else None
    style_name = style.name_val if style is not None else ""
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
        ilvl_el = num_pr.find(qn("w:ilvl"))
        ilvl = ilvl_el.get(qn("w:val")) if ilvl_el is not None else "0"
        numbered = (num_pr.find(qn("w:numId")).get(qn("w:val")), ilvl)
    else:
        numbered = _style_numbering(document, style_id)
    if numbered and numbered[0] != "0":
        level = int(numbered[1]) if numbered[1].isascii() and numbered[1].isdigit() else 0
        return Paragraph(None, line, text, numbering.kind(*numbered), min(level, 8))
    heading = _HEADING_STYLE.match(style_name or "")
    if heading:
        return Paragraph(None, line, text, "heading", int(heading.group(2) or 1))
    if _BULLET_TEXT.match(text):
        return Paragraph(None, line, _BULLET_TEXT.sub("", text), "bullet")
    if _NUMBER_TEXT.match(text):
        return Paragraph(None, line, _NUMBER_TEXT.sub("", text), "numbered")
    if _LIST_STYLE.search(style_name or ""):
        return Paragraph(None, line, text, "bullet")
    runs = [r for r in p.iter(qn("w:r")) if _text(r).strip()]
    bold = runs and all(r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None for r in runs)
    if bold and len(text) < 200 and not text.endswith((".", ":")):
        return Paragraph(None, line, text, "heading", 3)
    return Paragraph(None, line, text, "text")


def _open(path: Path, source_file: str, options: ParseOptions) -> docx.document.Document:
    check_zip(path, source_file, options, "docx")
    again = "Åpne den i Word og lagre den på nytt, eller be medlemmet om en ny kopi"
    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as exc:
        # Entities are never resolved (the parser has resolve_entities=False); libxml2 still
        # refuses a "billion laughs" declaration, and Word never writes one.
        if "entit" in str(exc).lower():
            raise DamagedFile(source_file, "Word-filen inneholder XML-entiteter (DTD), som ikke leses av sikkerhetshensyn",
                              again) from exc
        raise DamagedFile(source_file, "Word-filen er skadet (XML-en i den er ødelagt)", again) from exc
    except Exception as exc:  # zipfile, zlib and python-docx raise many kinds on damaged bytes
        raise DamagedFile(source_file, "Word-filen er skadet (den kan ikke pakkes ut, eller deler mangler)", again) from exc


def _core_title(document: docx.document.Document) -> str:
    """The title in the document properties, found by a case-blind relationship type.

    LibreOffice writes the type as ".../officedocument/...", which python-docx misses; it then
    makes up a title ("Word Document") rather than reporting none.
    """
    for rel in document.part.package.rels.values():
        if not rel.is_external and rel.reltype.lower().endswith("/metadata/core-properties"):
            # Only a real properties part: asked of another part, python-docx recurses without end.
            part = rel.target_part
            return (part.core_properties.title or "").strip() if isinstance(part, CorePropertiesPart) else ""
    return ""


def _blocks(document: docx.document.Document) -> list[Block]:
    numbering = _Numbering(document)
    blocks: list[Block] = []
    tables = lines = 0
    for child in document.element.body.iterchildren():
        if child.tag == _W_P:
            lines += 1
            para = _paragraph(document, numbering, child, lines)
            if para:
                blocks.append(para)
        elif child.tag == _W_TBL:
            tables += 1
            grid = _table_grid(child)
            if grid:
                blocks.append(TableBlock(page=None, index=tables, rows=grid))
    return blocks


@register("docx", "Word (DOCX)")
def parse_docx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Tables and paragraphs of the document body, in order; a reporting form is read as one (parsers.form)."""
    document = _open(path, source_file, options)
    form = read_form(path, source_file, "docx")
    if form.content is not None:
        return form.content
    try:
        blocks = _blocks(document)
        title = _core_title(document)
    except (ValueError, TypeError, AttributeError, LookupError) as exc:
        # Well-formed XML with parts of the wrong kind (styles, numbering) or values python-docx rejects.
        raise DamagedFile(source_file, "Word-filen er skadet (delene i den er ikke slik Word skriver dem)",
                          "Åpne den i Word og lagre den på nytt, eller be medlemmet om en ny kopi") from exc
    if not title:
        title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    return Content(blocks=tuple(blocks), pages=None, title=title, warnings=(form.warning,) if form.warning else ())
