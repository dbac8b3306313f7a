"""Word (DOCX) reports: body tables as grids with merged cells resolved, paragraphs with their list kind.

Reads the WordprocessingML directly (through python-docx's parser, which does not expand entities),
because python-docx's `row.cells` repeats a merged cell once per grid column it covers, and it does not
see into content controls, nested tables or text boxes. Everything is read once, in reading order:
content controls (block, row, cell and inline) for what they hold; a table that holds tables is a
layout, its cells read as the document they are; a text box's paragraphs after the paragraph they hang
on (Word saves a box twice, as a drawing and a fallback picture: only the first counts); tracked
changes as if accepted (insertions in, deletions and moved-away text out).
"""

from __future__ import annotations

from dataclasses import replace

import re
from pathlib import Path
from typing import Callable, Iterator

import docx
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml.ns import qn
from lxml import etree

from tiltak_core.errors import DamagedFile

from .archive import check_zip
from .docx_diagrams import diagram_paragraphs
from .content import BULLET_LINE as _TYPED_BULLET, COVERED, LIST_MARK, Block, Content, Paragraph, TableBlock, bracketed_note
from .docx_marks import bold_code, is_bold, marked_choice
from .docx_sections import section_heads
from .docx_fields import LegacyFields
from .office_package import word_package
from .docx_numbering import LIST_STYLE, Numbering, is_list_item, list_kind, num_pr, paragraph_style
from .docx_tabs import Tabbed, fields_of, tab_tables
from .html import blocks_of_html
from .form import read_form
from .registry import ParseOptions, register

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W_P, _W_TBL, _W_TR, _W_TC, _W_SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")
_W_R = qn("w:r")
_W_SDT_CONTENT, _W_TXBX, _W_ALT_CHUNK = qn("w:sdtContent"), qn("w:txbxContent"), qn("w:altChunk")
_W_SDT_PR, _W_PLACEHOLDER, _W_FLDCHAR = qn("w:sdtPr"), qn("w:showingPlcHdr"), qn("w:fldChar")
_NOTE_REFS = frozenset({qn("w:footnoteReference"), qn("w:endnoteReference"), qn("w:commentReference")})
_FALLBACK = f"{{{_MC}}}Fallback"
# What a reader of the accepted document does not see: deletions, text moved away, a box's second copy.
_HIDDEN = frozenset({qn("w:del"), qn("w:moveFrom"), _FALLBACK})
# Containers whose children stand in the document where the container stands.
_WRAPPERS = frozenset({_W_SDT_CONTENT, qn("w:customXml"), qn("w:ins"), qn("w:moveTo"), qn("w:smartTag")})
_NUMBER_TEXT = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")
# «12. desember 2079 – …» in a timeline: a date opening the paragraph, not an item's number.
_DATED = re.compile(r"^\s*\d{1,2}\.\s+(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)[a-z]*\b", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(heading|overskrift|title|tittel)\s*(\d*)", re.IGNORECASE)
_STYLE_LEVEL = re.compile(r"(?:list|liste)\w*(?:\s+\w+)*?\s+([2-9])\s*$", re.IGNORECASE)  # «List Bullet 2», «Liste 3»
_MAX_COLUMNS = 63  # Word's limit
_GIVES_DELMAL = re.compile(r"(?:delm[åa]l(?:et)?\s*(?:nr\.?)?\s*:?\s*)?[1-3]\.[1-9]\b", re.IGNORECASE)


def _shows_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt («Klikk eller trykk her for å skrive inn tekst»): nothing filled in."""
    pr = sdt.find(_W_SDT_PR)
    return pr is not None and pr.find(_W_PLACEHOLDER) is not None


def _visible(el: etree._Element) -> Iterator[etree._Element]:
    """The element's descendants a reader of the accepted document sees, in document order; nested
    paragraphs' own boxes (txbxContent) and tables are left to the block reader."""
    for child in el:
        if child.tag in _HIDDEN or child.tag in (_W_TXBX, _W_TBL) or child.tag == _W_R and _is_vanished(child):
            continue
        yield child
        yield from _visible(child)


def _is_vanished(run: etree._Element) -> bool:
    """A run set as hidden text (Font > Hidden): it neither shows nor prints, so it is no part of the report."""
    mark = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return mark is not None and mark.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def _text(el: etree._Element, notes: dict[str, str] | None = None, tab: str = " ") -> str:
    """The visible text of a paragraph: runs, tabs as spaces, line breaks as newlines; with `notes`, each footnote
    or endnote in brackets where its mark stands, its sentences joined by semicolons so as not to break the
    paragraph's («… Karriereløftet (Delmål 1.3; Prosjektet vart leidd av …) gav …»)."""
    out = []
    fields = LegacyFields()
    for node in _visible(el):
        if node.tag in _NOTE_REFS and notes and (note := notes.get(f"{etree.QName(node).localname}:{node.get(qn('w:id'))}")):
            out.append(bracketed_note(note))
        if node.tag == _W_FLDCHAR:
            out.append(fields.at(node))  # a legacy drop-down's or check box's answer, kept only in the field's data
        elif node.tag == qn("w:t"):
            # The prompt of a content control nobody filled in, at whatever level the control stands, is no text.
            if not fields.hiding and not any(_shows_placeholder(sdt) for sdt in node.iterancestors(_W_SDT)):
                out.append(node.text or "")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
        elif node.tag == qn("w:tab"):
            out.append(tab)
    return "".join(out)


def _children(el: etree._Element) -> Iterator[etree._Element]:
    """The block-level children of a body, cell or content control, content controls opened."""
    for child in el:
        if child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from _children(content)
        elif child.tag in _WRAPPERS:
            yield from _children(child)
        else:
            yield child


def _cell_text(tc: etree._Element, is_item: Callable[[etree._Element], bool]) -> str:
    """A cell's paragraphs joined by newlines, so lists keep their items; in a cell of several paragraphs each
    list paragraph opens with a bullet, as it shows on the page (one item from a wrapped line apart)."""
    # «1.4, **2.3**»: of the codes a cell lists, the one in bold is the one meant.
    lines = [(p, bold_code(p.iter(_W_R), text) or text) for p in _children(tc) if p.tag == _W_P and (text := _text(p).strip())]
    if len(lines) < 2:
        return "".join(text for _, text in lines)
    return "\n".join(f"{LIST_MARK} {text}" if is_item(p) and not _TYPED_BULLET.match(text) else text
                     for p, text in lines)


def _number(el: etree._Element | None, default: int, most: int) -> int:
    """An element's w:val as a count within 0..most; the default when absent or not a number."""
    value = el.get(qn("w:val"), "") if el is not None else ""
    return min(int(value), most) if value.isascii() and value.isdigit() else default


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    """A table's rows, row-level content controls opened, rows deleted as a tracked change left out."""
    for tr in _children(tbl):
        if tr.tag == _W_TR and tr.find(f"{qn('w:trPr')}/{qn('w:del')}") is None:
            yield tr


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    return (tc for tc in _children(tr) if tc.tag == _W_TC)


def _is_layout(tbl: etree._Element) -> bool:
    """A table that holds tables lays out a page; the tables in it hold the content."""
    return any(tc.find(f".//{_W_TBL}") is not None for tr in _rows(tbl) for tc in _cells(tr))


def _is_struck(run: etree._Element) -> bool:
    marks = [m for tag in ("w:strike", "w:dstrike") if (m := run.find(f"{qn('w:rPr')}/{qn(tag)}")) is not None]
    return any(m.get(qn("w:val"), "true").lower() not in ("0", "false", "off") for m in marks)


def _struck_rows(tbl: etree._Element) -> tuple[int, ...]:
    """The rows (0-based, as _table_grid gives them) whose every run of text is struck through."""
    struck = []
    for r, tr in enumerate(_rows(tbl)):
        runs = [run for run in tr.iter(qn("w:r")) if "".join(t.text or "" for t in run.iter(qn("w:t"))).strip()]
        if runs and all(map(_is_struck, runs)):
            struck.append(r)
    return tuple(struck)


def _table_grid(tbl: etree._Element, is_item: Callable[[etree._Element], bool]) -> tuple[tuple[str | None, ...], ...]:
    """Rows of cell texts; a cell under a vertical merge is COVERED, one a horizontal span covers is ''."""
    # Spans are trusted only up to the table's own grid (Word allows 63 columns): a span of
    # 200,000 would otherwise make a row that wide.
    columns = len(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")) or _MAX_COLUMNS
    rows: list[list[str | None]] = []
    for tr in _rows(tbl):
        row: list[str | None] = []
        row.extend([""] * _number(tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}"), 0, columns - 1))
        for tc in _cells(tr):
            tcpr = tc.find(qn("w:tcPr"))
            span, vmerge = 1, None
            if tcpr is not None:
                span = max(1, min(_number(tcpr.find(qn("w:gridSpan")), 1, columns), columns - len(row)))
                vm = tcpr.find(qn("w:vMerge"))
                vmerge = (vm.get(qn("w:val")) or "continue") if vm is not None else None
            row.append(COVERED if vmerge == "continue" else _cell_text(tc, is_item))
            row.extend([""] * (span - 1))
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows)


def _notes(document: docx.document.Document) -> dict[str, str]:
    """Each footnote's and endnote's text by its reference («footnoteReference:3»): a report may give a tiltak's
    delmål there («Delmål 1.2.»). A margin comment only when it opens with the delmål («Delmål 1.3 · arrangement» on a
    measure's name, round 78): a reviewer's remark («Flyttet fra 1.4 – …», round 71) is no part of the report."""
    notes = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("footnotes", "endnotes", "comments") and not rel.is_external:
            for note in etree.fromstring(rel.target_part.blob).iter(qn(f"w:{kind[:-1]}")):
                if note.get(qn("w:type")) in (None, "normal") and (text := " ".join(_text(note).split())) and (
                        kind != "comments" or _GIVES_DELMAL.match(text)):
                    notes[f"{kind[:-1]}Reference:{note.get(qn('w:id'))}"] = text
    return notes


def _paragraph(document: docx.document.Document, numbering: Numbering, p: etree._Element, line: int,
               notes: dict[str, str] | None = None) -> Paragraph | None:
    text = _text(p, notes).strip()
    if not text:
        return None
    ppr = p.find(qn("w:pPr"))
    style_id, style_name = paragraph_style(document, ppr)
    heading = _HEADING_STYLE.match(style_name)
    kind, numbered = list_kind(document, numbering, ppr, style_id)
    runs = [r for r in _visible(p) if r.tag == qn("w:r") and _text(r).strip()]
    text = marked_choice(runs, text) or text  # «Tiltakstype: FoU – Kurs – …», the chosen one highlighted
    lead = _bold_lead(runs)  # an item's bold title too («**Title**: what was done»): prose reads it
    # A heading style wins over the outline numbering LibreOffice gives every heading it saves.
    if kind and numbered and not heading:
        level = int(numbered[1]) if numbered[1].isascii() and numbered[1].isdigit() else 0
        styled = _STYLE_LEVEL.search(style_name) if num_pr(ppr) is None else None
        if styled:
            # «List Bullet 2»: Word's built-in list styles each number at level 0 of their own list; the name says
            # how deep the item stands.
            level = max(level, int(styled.group(1)) - 1)
        return Paragraph(None, line, text, kind, min(level, 8), lead=lead)
    if heading:
        return Paragraph(None, line, text, "heading", int(heading.group(2) or 1))
    if _TYPED_BULLET.match(text):
        return Paragraph(None, line, _TYPED_BULLET.sub("", text), "bullet", lead=_TYPED_BULLET.sub("", lead))
    if _NUMBER_TEXT.match(text) and not _DATED.match(text):
        return Paragraph(None, line, _NUMBER_TEXT.sub("", text), "numbered", lead=_NUMBER_TEXT.sub("", lead))
    if LIST_STYLE.search(style_name):
        return Paragraph(None, line, text, "bullet", lead=lead)
    bold = runs and all(is_bold(r) for r in runs)
    if bold and len(text) < 200 and not text.endswith((".", ":")):
        return Paragraph(None, line, text, "heading", 3)
    return Paragraph(None, line, text, "text", lead=lead)


def _is_italic(run: etree._Element) -> bool:
    i = run.find(f"{qn('w:rPr')}/{qn('w:i')}")
    return i is not None and i.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def _bold_lead(runs: list[etree._Element]) -> str:
    """The text of the bold runs a paragraph opens with, when plain runs follow; else ''. A bold date or label closed
    by a dash and the italic name after it («**14. januar –** *Name* text») lead together."""
    n = next((i for i, r in enumerate(runs) if not is_bold(r)), len(runs))
    if 0 < n < len(runs) and _text(runs[n - 1]).rstrip().endswith(("–", "-", "—")) and _is_italic(runs[n]):
        n = next((i for i in range(n, len(runs)) if not _is_italic(runs[i])), len(runs))
    return " ".join("".join(_text(r) for r in runs[:n]).split()) if 0 < n < len(runs) else ""


def _open(path: Path, source_file: str, options: ParseOptions) -> docx.document.Document:
    check_zip(path, source_file, options, "docx")
    again = "Åpne den i Word og lagre den på nytt, eller be medlemmet om en ny kopi"
    try:
        document = docx.Document(word_package(path))
    except etree.XMLSyntaxError as exc:
        # Entities are never resolved (the parser has resolve_entities=False); libxml2 still
        # refuses a "billion laughs" declaration, and Word never writes one.
        if "entit" in str(exc).lower():
            raise DamagedFile(source_file, "Word-filen inneholder XML-entiteter (DTD), som ikke leses av sikkerhetshensyn",
                              again) from exc
        raise DamagedFile(source_file, "Word-filen er skadet (XML-en i den er ødelagt)", again) from exc
    except Exception as exc:  # zipfile, zlib and python-docx raise many kinds on damaged bytes
        raise DamagedFile(source_file, "Word-filen er skadet (den kan ikke pakkes ut, eller deler mangler)", again) from exc
    # A part the document relates to that is the document itself (its styles, say): python-docx's lookups go round
    # in a circle until Python's recursion limit.
    if any(not rel.is_external and rel.target_part is document.part for rel in document.part.rels.values()):
        raise DamagedFile(source_file, "Word-filen er skadet (delene i den er ikke slik Word skriver dem)", again)
    return document


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


class _BlockReader:
    """Walks the body in reading order, numbering paragraphs and tables as it goes."""

    def __init__(self, document: docx.document.Document) -> None:
        self.document = document
        self.numbering = Numbering(document)
        self.notes = _notes(document)
        self.blocks: list[Block] = []
        self.tables = self.lines = 0
        self.tab_fields: dict[int, tuple[str, ...]] = {}  # a paragraph's line -> its fields parted by tabs
        self.unread_chunks: list[str] = []  # content types of imported parts (altChunk) not read
        self.section_starts = [0]  # the index of each section's first block

    def read(self, container: etree._Element) -> None:
        for child in _children(container):
            if child.tag == _W_P:
                self._paragraph(child)
            elif child.tag == _W_TBL:
                self._table(child)
            elif child.tag == _W_ALT_CHUNK:
                self._alt_chunk(child)

    def _alt_chunk(self, chunk: etree._Element) -> None:
        """An imported chunk (w:altChunk: HTML a web system or a mail merge put in, which Word converts on opening) read
        in place: its paragraphs and tables as the body's own."""
        part = self.document.part.related_parts.get(chunk.get(qn("r:id")) or "")
        if part is None:
            return
        if "html" not in part.content_type:
            # A Word document, RTF or text imported so: Word shows it, this reader does not read it. Said, not lost.
            self.unread_chunks.append(part.content_type)
            return
        for block in blocks_of_html(part.blob)[1]:
            if isinstance(block, TableBlock):
                self.tables += 1
                self.blocks.append(replace(block, page=None, index=self.tables))
            else:
                self.lines += 1
                self.blocks.append(replace(block, page=None, line=self.lines))

    def _paragraph(self, p: etree._Element) -> None:
        self.lines += 1
        para = _paragraph(self.document, self.numbering, p, self.lines, self.notes)
        if para:
            self.blocks.append(para)
            if p.find(f".//{qn('w:tab')}") is not None and (fields := fields_of(_text(p, tab="\t"))):
                self.tab_fields[para.line] = fields
        for box in _boxes(p):
            self.read(box)
        for item in diagram_paragraphs(self.document.part, p):  # SmartArt: its boxes as list items
            self.lines += 1
            self.blocks.append(replace(item, line=self.lines))
        if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            self.section_starts.append(len(self.blocks))  # a section break closes this paragraph

    def _table(self, tbl: etree._Element) -> None:
        if _is_layout(tbl):
            for tr in _rows(tbl):
                for tc in _cells(tr):
                    self.read(tc)
            return
        self.tables += 1
        grid = _table_grid(tbl, lambda p: is_list_item(self.document, self.numbering, p))
        if grid:
            self.blocks.append(TableBlock(page=None, index=self.tables, rows=grid, struck=_struck_rows(tbl)))


def _boxes(p: etree._Element) -> Iterator[etree._Element]:
    """The text boxes anchored in a paragraph, each once (not the fallback copy Word saves beside it)."""
    def walk(el: etree._Element) -> Iterator[etree._Element]:
        for child in el:
            if child.tag == _FALLBACK or child.tag in _HIDDEN:
                continue
            if child.tag == _W_TXBX:
                yield child
                continue
            yield from walk(child)
    return walk(p)


def _blocks(document: docx.document.Document) -> tuple[list[Block], list[str], tuple[tuple[int, str], ...]]:
    """The body's blocks in reading order, why parts of it were not read, and its sections' headers over them."""
    reader = _BlockReader(document)
    reader.read(document.element.body)
    kinds = ", ".join(sorted(set(reader.unread_chunks)))
    unread = [f"{len(reader.unread_chunks)} del(er) av dokumentet er importert fra en annen fil ({kinds}) og ble ikke "
              "lest; åpne dokumentet i Word, lagre det på nytt og les det inn igjen"] if reader.unread_chunks else []
    if not reader.tab_fields:
        return reader.blocks, unread, section_heads(document, reader.section_starts)
    blocks = tab_tables([Tabbed(b, reader.tab_fields.get(b.line, ()) if isinstance(b, Paragraph) else ())
                         for b in reader.blocks], 0)
    numbered = iter(range(1, len(blocks) + 1))  # tables in reading order, the typed ones among them
    # (Tab-stop tables join paragraphs, and the sections' first blocks move: their headers are not placed.)
    return [replace(b, index=next(numbered)) if isinstance(b, TableBlock) else b for b in blocks], unread, ()


@register("docx")
def parse_docx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Tables and paragraphs of the document body, in reading order; a reporting form is read as one (parsers.form)."""
    document = _open(path, source_file, options)
    form = read_form(path, source_file, "docx")
    if form.content is not None:
        return form.content
    try:
        blocks, unread, heads = _blocks(document)
        title = _core_title(document)
    except (ValueError, TypeError, AttributeError, LookupError) as exc:
        # Well-formed XML with parts of the wrong kind (styles, numbering) or values python-docx rejects.
        raise DamagedFile(source_file, "Word-filen er skadet (delene i den er ikke slik Word skriver dem)",
                          "Åpne den i Word og lagre den på nytt, eller be medlemmet om en ny kopi") from exc
    if not title:
        title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = ((form.warning,) if form.warning else ()) + tuple(f"{source_file}: {note}" for note in unread)
    return Content(blocks=tuple(blocks), pages=None, title=title, warnings=warnings, running_heads=heads)
