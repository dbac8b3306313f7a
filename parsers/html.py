"""A web page (or an e-mail's or Markdown file's HTML) as blocks: headings, paragraphs, list items and tables in order.

A member may send the page where it published its report. Its headings (h1–h6), lists and tables say what Word's
styles say; a definition list («Delmål» over «2.3 …») is a line of labels («Delmål: 2.3 …»). The site's own parts
(menus, cookie banner, footer, scripts) are no part of the report.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from tiltak_core.errors import DamagedFile

from .html_shadow import compose_shadow_roots
from .content import COVERED, Block, Content, Paragraph, TableBlock, bracketed_note
from .registry import ParseOptions, register

_SKIPPED = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "button", "select", "template",
                      "svg", "form", "head"})
# A page's own furniture, by the names sites give it: a cookie banner, a menu, the path to the page.
_FURNITURE = re.compile(r"cookie|consent|breadcrumb|\bmenu\b|navbar|site-header|site-footer|skip-link", re.IGNORECASE)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "body", "blockquote", "pre", "figure", "figcaption",
                     "address", "center", "dl", "dt", "dd", "ul", "ol", "li", "table", "details", "summary", *_HEADINGS})
_BOLD = frozenset({"b", "strong"})
# A page Word saved: a footnote's mark is a link styled «mso-footnote-id:ftn1», the notes a list at the page's end.
_NOTE_REF = re.compile(r"mso-(?:foot|end)note-id:\s*([\w-]+)", re.IGNORECASE)
_TYPED_NUMBER = re.compile(r"^\d{1,2}\)\s+(?=[A-ZÆØÅ«\"])")  # «1) Name …»; «1.» opens dates and codes too
_STRUCK_TAGS = frozenset({"del", "s", "strike"})
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_TITLE_CLASSES = frozenset({"title", "MsoTitle"})
_COMMENT_MARK = re.compile(r"#cmnt\d+$")  # Google Docs: «[a]» where a comment is anchored
_COMMENT_BODY = re.compile(r"#cmnt_ref\d+$")  # … and the comment itself, linking back to its mark
_LAYOUT_ROLES = frozenset({"presentation", "none"})
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)
_NOTE_LIST = re.compile(r"mso-element:\s*(?:foot|end)note-list", re.IGNORECASE)


def _flowing(text: str | None, pre: bool) -> str:
    """Text as it flows: a line break in the markup is a space, except in preformatted text."""
    return text or "" if pre else (text or "").replace("\n", " ")


def _text(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


class _Reader:
    """Walks the page's elements in order, one paragraph per block element's own text."""

    def __init__(self, notes: dict[str, str]) -> None:
        self.notes = notes  # a Word page's footnotes by id, each read where its mark stands
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.lead: str = ""
        self.kind, self.level = "text", 0
        self.tables = 0
        self.heading_level = 0  # of the last heading: a folded section's title («<summary>») stands under it

    def flush(self) -> None:
        for n, line in enumerate("".join(self.buffer).split("\n")):
            text = _text(line)
            if text:
                lead = self.lead if n == 0 and text.startswith(self.lead) and text != self.lead else ""
                kind = self.kind
                if kind == "text" and (typed := _TYPED_NUMBER.match(text)):
                    # «1) Bransjeprogram …» typed in a mail's paragraph: a numbered item, as a list would show it.
                    kind, text = "numbered", text[typed.end():]
                self.blocks.append(Paragraph(None, len(self.blocks) + 1, text, kind, self.level, lead))  # type: ignore[arg-type]
        self.buffer, self.lead = [], ""

    def open(self, kind: str, level: int = 0) -> None:
        self.flush()
        self.kind, self.level = kind, level

    def walk(self, el: etree._Element, depth: int = 0, pre: bool = False) -> None:
        """`pre`: the element stands in preformatted text, whose line breaks are the writer's; elsewhere a line break
        in the markup is a space (LibreOffice's export wraps a paragraph's text at 80 characters)."""
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        tail = _flowing(el.tail, pre)
        if not tag or tag in _SKIPPED or _FURNITURE.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"):
            self.buffer.append(tail)  # a comment or a skipped element: only the text after it is the page's
            return
        inside = pre or tag in ("pre", "textarea") or bool(_PRE_STYLE.search(el.get("style", "")))
        classes = set(el.get("class", "").split())
        if tag == "a" and ((ref := _NOTE_REF.search(el.get("style", ""))) or _is_noteref(el)):
            # As the Word reader gives a note: in brackets where its mark stands, its sentences kept in one.
            note = self.notes.get(ref.group(1).lower() if ref else el.get("href", "").lstrip("#").lower(), "")
            self.buffer.append(bracketed_note(note) if note else "")
            self.buffer.append(tail)
            return
        if tag == "table" and el.get("role", "").lower() not in _LAYOUT_ROLES:
            self.flush()
            self.table(el)
            self.open("text")
            self.buffer.append(tail)
            return
        # A table laid out for looks only («role="presentation"», as every e-mail newsletter's is): its cells are the
        # page's blocks, read in order, not a table's rows.
        block = tag in _BLOCKS or tag in ("td", "th") and _in_layout(el)
        if tag == "p" and classes & _TITLE_CLASSES:
            self.open("heading", 1)  # the document's title in its own style (Google Docs' «title», Word's «MsoTitle»)
        elif tag in _HEADINGS:
            self.open("heading", _HEADINGS[tag])
            self.heading_level = _HEADINGS[tag]
        elif tag == "p" and (listed := _word_list_item(el, classes)):
            self.open(listed, 1)  # Word's «Webside, filtrert»: a list paragraph, its bullet a glyph in a span
        elif tag == "summary":
            self.open("heading", self.heading_level + 1)  # a folded section's title, as the page shows it
        elif tag == "li":
            parent = el.getparent()
            self.open("numbered" if parent is not None and parent.tag == "ol" else "bullet", depth)
        elif tag == "dd" and _holds_blocks(el):
            self.open("text")  # a term's account of lists and paragraphs: the term was its title
        elif tag == "dd":
            # «Delmål» over «2.3 …»: the term is the value's label.
            self.buffer.append(": ")
            _unwrap_paragraph(el)
            el.text = " ".join((el.text or "").split())  # «<dd>\nForum\n</dd>»: the value, on the term's line
        elif tag == "dt" and (nxt := el.getnext()) is not None and isinstance(nxt.tag, str) and nxt.tag.lower() == "dd" \
                and _holds_blocks(nxt):
            self.open("heading", self.heading_level + 1)  # «KI-løftet – kurs::» over its lines: a title
        elif tag in ("dt",) or block:
            self.open("text")
            if tag == "dt":
                el.tail = " ".join((el.tail or "").split())  # «<dt>Type</dt>\n<dd>»: term and value on one line
        if tag == "br":
            self.buffer.append("\n")
        if tag in _BOLD and not _text("".join(self.buffer)) and not self.lead:
            self.lead = _text(el.text_content())
        self.buffer.append(_flowing(el.text, inside))
        for child in el:
            self.walk(child, depth + (1 if tag in ("ul", "ol") else 0), inside)
        if block and tag != "dt":
            self.open("text")
        self.buffer.append(_flowing(el.tail, pre))  # a <dt>'s was made one line above

    def table(self, el: etree._Element) -> None:
        rows: list[tuple[str | None, ...]] = []
        # Cells of rows above that span down (rowspan): column -> (rows still spanned, what the cell there reads).
        below: dict[int, tuple[int, str | None]] = {}

        def spanned(cells: list[str | None], until: int) -> None:
            """The cells that spanning cells above cover, from where the row stands up to column `until`."""
            while len(cells) < until or below.get(len(cells), (0, ""))[0] > 0:
                left, value = below.get(len(cells), (0, ""))
                if left > 0:
                    below[len(cells)] = (left - 1, value)
                cells.append(value if left > 0 else "")

        _rows_for_stray_cells(el)
        for tr in el.iter("tr"):
            cells: list[str | None] = []
            for cell in tr:
                if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                spanned(cells, 0)
                for br in cell.iter("br"):
                    br.tail = "\n" + (br.tail or "")
                for mark in [a for a in cell.iter("a") if _NOTE_REF.search(a.get("style", ""))]:
                    mark.drop_tree()  # a footnote's mark, as Word's tables give it: no part of the cell
                lines = [_text(t) for t in cell.itertext()]
                start = len(cells)
                if len(cell) and cell.find(".//p") is not None:
                    cells.append("\n".join(t for t in lines if t))
                elif cell.find(".//br") is not None:
                    # «<b>Name</b><br>what was done»: the cell's lines as its breaks set them, as a Word cell's are.
                    cells.append("\n".join(t for t in map(_text, "".join(cell.itertext()).split("\n")) if t))
                else:
                    cells.append(_text(" ".join(lines)))
                across, down = _span(cell, "colspan", 50), _span(cell, "rowspan", 1000)
                cells.extend([COVERED] * (across - 1))
                # As in Word: under a cell that spans rows the first column is covered, the rest of its span ''.
                for column in range(start, start + across) if down > 1 else ():
                    below[column] = (down - 1, COVERED if column == start else "")
            spanned(cells, max((c + 1 for c, (left, _) in below.items() if left > 0), default=0))
            if any(cells):
                rows.append(tuple(cells))
        if rows:
            width = max(len(r) for r in rows)
            self.tables += 1
            self.blocks.append(TableBlock(None, self.tables, tuple(r + ("",) * (width - len(r)) for r in rows)))


def _holds_blocks(dd: etree._Element) -> bool:
    """Whether a definition holds a list or more than one paragraph: an account under its term, not a value."""
    children = [c for c in dd if isinstance(c.tag, str)]
    return any(c.tag.lower() in ("ul", "ol", "dl", "table") for c in children) or sum(
        c.tag.lower() in ("p", "div") for c in children) > 1


def _unwrap_paragraph(dd: etree._Element) -> None:
    """«<dd><p>Forum</p></dd>»: the value's one paragraph read on the term's line («Type: Forum»)."""
    children = [c for c in dd if isinstance(c.tag, str)]
    if len(children) == 1 and children[0].tag.lower() == "p" and not (dd.text or "").strip():
        children[0].drop_tag()


_LIST_MARKER = re.compile(r"^(?:[·•o§\uf0b7\uf0a7▪■●◦–-]|\(?\d{1,2}[.)]|[a-z][.)])$")


def _word_list_item(el: etree._Element, classes: set[str]) -> str:
    """«bullet» or «numbered» for a paragraph of Word's list styles (MsoListParagraph…), whose marker Word writes as
    text in a first span (a Symbol «·», «1.»); the marker is taken out. '' for any other paragraph."""
    if not any(c.startswith("MsoListParagraph") for c in classes) or (el.text or "").strip() or not len(el):
        return ""
    first = el[0]
    marker = " ".join(first.text_content().replace("\xa0", " ").split()) if isinstance(first.tag, str) else ""
    if not _LIST_MARKER.match(marker):
        return ""
    tail = first.tail
    first.drop_tree()
    el.text = (el.text or "") + (tail or "")
    return "numbered" if marker[-1:] in ".)" else "bullet"


def _in_layout(cell: etree._Element) -> bool:
    """Whether a cell is one of a layout table's, not a data table's."""
    table = next((a for a in cell.iterancestors() if isinstance(a.tag, str) and a.tag.lower() == "table"), None)
    return table is not None and table.get("role", "").lower() in _LAYOUT_ROLES


def _rows_for_stray_cells(table: etree._Element) -> None:
    """Cells set straight in the table with no row around them («<table><th>Tiltak</th>…<tr>…»), as some mail
    programs write a header: put in a row of their own, as a browser shows them."""
    for part in (table, *(c for c in table if isinstance(c.tag, str) and c.tag.lower() in ("thead", "tbody", "tfoot"))):
        run: list[etree._Element] = []
        for child in [*part, None]:
            if child is not None and isinstance(child.tag, str) and child.tag.lower() in ("td", "th"):
                run.append(child)
                continue
            if run:
                row = etree.Element("tr")
                part.insert(part.index(run[0]), row)
                row.extend(run)  # moves the cells into the row
                run = []


def _span(cell: etree._Element, attribute: str, limit: int) -> int:
    """How many columns or rows a cell spans: 1 unless it says a number below the limit."""
    span = cell.get(attribute, "1").strip()
    return int(span) if span.isdigit() and 1 < int(span) < limit else 1


def blocks_of_html(markup: str | bytes, source_lines: bool = False) -> tuple[str, list[Block]]:
    """(the page's title, its blocks in reading order). `source_lines`: the markup was made from a text whose lines
    are the writer's (Markdown), so a line break in it is a line, as in preformatted text."""
    root = lxml.html.fromstring(markup)
    title = _text(root.findtext(".//title") or "")
    compose_shadow_roots(root)
    _drop_struck_and_comments(root)
    reader = _Reader(_word_notes(root))
    body = root.find(".//body")
    reader.walk(body if body is not None else root, pre=source_lines)
    reader.flush()
    blocks = reader.blocks  # numbered as read: a paragraph's line is its place among the blocks
    if not title:
        title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    return title, blocks


def _drop_struck_and_comments(root: etree._Element) -> None:
    """Takes out text struck through, as a tracked deletion is («Stryker den»: out of this year's report), and a
    shared document's comments: their marks («[a]») and the thread at the page's end (Google Docs' export)."""
    sheet = " ".join(style.text or "" for style in root.iter("style"))
    # Google Docs names its styles .c1, .c2 …: the classes whose rule strikes text through.
    struck = {m.group(1) for m in _CLASS_RULE.finditer(sheet) if _LINE_THROUGH.search(m.group(2))}
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and (
        el.tag.lower() in _STRUCK_TAGS or struck & set(el.get("class", "").split())
        or _LINE_THROUGH.search(el.get("style", "")) or _COMMENT_MARK.match(el.get("href", "")))]
    doomed += [div for div in root.iter("div") if any(_COMMENT_BODY.match(a.get("href", "")) for a in div.iter("a"))]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # its tail stays: the text after it is the page's


def _word_notes(root: etree._Element) -> dict[str, str]:
    """The footnotes and endnotes of a page Word saved, by the id their marks name («ftn1»), taken out of the page."""
    notes: dict[str, str] = {}
    for listed in [d for d in root.iter("div") if _NOTE_LIST.search(d.get("style", ""))]:
        for note in listed.iter("div"):
            for mark in [a for a in note.iter("a") if _NOTE_REF.search(a.get("style", ""))]:
                mark.drop_tree()  # the note's own number, a link back to its mark
            if note.get("id") and (text := _text(" ".join(note.itertext()))):
                notes[note.get("id", "").lower()] = text
        listed.drop_tree()
    # An e-book's or a web page's notes («epub:type="footnote"», «role="doc-footnote"»), shown as pop-ups: by their id,
    # the number that links back to the mark left out.
    for note in [e for e in root.iter() if isinstance(e.tag, str) and _NOTE_KINDS & _kinds(e)]:
        for back in [a for a in note.iter("a") if a.get("href", "").startswith("#")]:
            back.drop_tree()
        if note.get("id") and (text := _text(" ".join(note.itertext()))):
            notes[note.get("id", "").lower()] = text
        note.drop_tree()
    return notes


_NOTE_KINDS = frozenset({"footnote", "endnote", "rearnote", "note", "doc-footnote", "doc-endnote"})


def _kinds(el: etree._Element) -> set[str]:
    """What an element says it is, in an e-book's «epub:type» or a page's «role»."""
    return set(f"{el.get('epub:type', '')} {el.get('role', '')}".split())


def _is_noteref(el: etree._Element) -> bool:
    return bool({"noteref", "doc-noteref"} & _kinds(el)) and el.get("href", "").startswith("#")


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


def decoded_page(data: bytes, told: str = "") -> str:
    """The page's text in the encoding it was `told` to be in (a web archive's), else the one its <meta> names, else
    UTF-8, else Windows' code page (never lxml's Latin-1)."""
    named = _CHARSET.search(data[:4096])
    for encoding in ((told,) if told else ()) + ((named.group(1).decode("ascii"),) if named else ()) + ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    else:
        text = data.decode("utf-8", errors="replace")
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml takes no encoding declaration in a decoded text


@register("html")
def parse_html(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A web page saved as HTML: its headings, paragraphs, lists and tables."""
    try:
        title, blocks = blocks_of_html(decoded_page(Path(path).read_bytes()))
    except (etree.ParserError, ValueError) as exc:
        raise DamagedFile(source_file, "nettsiden (HTML) kan ikke leses: den er tom eller skadet",
                          "Åpne siden i en nettleser og lagre den på nytt, eller be om rapporten som PDF") from exc
    return Content(blocks=tuple(blocks), title=title)
