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

from .content import COVERED, Block, Content, Paragraph, TableBlock
from .registry import ParseOptions, register

_SKIPPED = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "button", "select", "template",
                      "svg", "form", "head"})
# A page's own furniture, by the names sites give it: a cookie banner, a menu, the path to the page.
_FURNITURE = re.compile(r"cookie|consent|breadcrumb|\bmenu\b|navbar|site-header|site-footer|skip-link", re.IGNORECASE)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "body", "blockquote", "pre", "figure", "figcaption",
                     "address", "center", "dl", "dt", "dd", "ul", "ol", "li", "table", "details", "summary", *_HEADINGS})
_BOLD = frozenset({"b", "strong"})


def _text(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


class _Reader:
    """Walks the page's elements in order, one paragraph per block element's own text."""

    def __init__(self) -> None:
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
                self.blocks.append(Paragraph(None, len(self.blocks) + 1, text, self.kind, self.level, lead))  # type: ignore[arg-type]
        self.buffer, self.lead = [], ""

    def open(self, kind: str, level: int = 0) -> None:
        self.flush()
        self.kind, self.level = kind, level

    def walk(self, el: etree._Element, depth: int = 0) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIPPED or _FURNITURE.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"):
            self.buffer.append(el.tail or "")  # a comment or a skipped element: only the text after it is the page's
            return
        if tag == "table":
            self.flush()
            self.table(el)
            self.open("text")
            self.buffer.append(el.tail or "")
            return
        block = tag in _BLOCKS
        if tag in _HEADINGS:
            self.open("heading", _HEADINGS[tag])
            self.heading_level = _HEADINGS[tag]
        elif tag == "summary":
            self.open("heading", self.heading_level + 1)  # a folded section's title, as the page shows it
        elif tag == "li":
            parent = el.getparent()
            self.open("numbered" if parent is not None and parent.tag == "ol" else "bullet", depth)
        elif tag == "dd":
            # «Delmål» over «2.3 …»: the term is the value's label.
            self.buffer.append(": ")
        elif tag in ("dt",) or block:
            self.open("text")
        if tag == "br":
            self.buffer.append("\n")
        if tag in _BOLD and not _text("".join(self.buffer)) and not self.lead:
            self.lead = _text(el.text_content())
        self.buffer.append(el.text or "")
        for child in el:
            self.walk(child, depth + (1 if tag in ("ul", "ol") else 0))
        if block and tag != "dt":
            self.open("text")
        self.buffer.append(el.tail or "")

    def table(self, el: etree._Element) -> None:
        rows: list[tuple[str | None, ...]] = []
        for tr in el.iter("tr"):
            cells: list[str | None] = []
            for cell in tr:
                if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                for br in cell.iter("br"):
                    br.tail = "\n" + (br.tail or "")
                lines = [_text(t) for t in cell.itertext()]
                cells.append("\n".join(t for t in lines if t) if len(cell) and cell.find(".//p") is not None
                             else _text(" ".join(lines)))
                span = cell.get("colspan", "1")
                cells.extend([COVERED] * (int(span) - 1 if span.isdigit() and 1 < int(span) < 50 else 0))
            if any(cells):
                rows.append(tuple(cells))
        if rows:
            width = max(len(r) for r in rows)
            self.tables += 1
            self.blocks.append(TableBlock(None, self.tables, tuple(r + ("",) * (width - len(r)) for r in rows)))


def blocks_of_html(markup: str | bytes) -> tuple[str, list[Block]]:
    """(the page's title, its blocks in reading order)."""
    root = lxml.html.fromstring(markup)
    title = _text(root.findtext(".//title") or "")
    reader = _Reader()
    body = root.find(".//body")
    reader.walk(body if body is not None else root)
    reader.flush()
    blocks = reader.blocks  # numbered as read: a paragraph's line is its place among the blocks
    if not title:
        title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    return title, blocks


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


def _decoded(data: bytes) -> str:
    """The page's text in the encoding its <meta> names, else UTF-8, else Windows' code page (never lxml's Latin-1)."""
    named = _CHARSET.search(data[:4096])
    for encoding in ((named.group(1).decode("ascii"),) if named else ()) + ("utf-8-sig", "cp1252"):
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
        title, blocks = blocks_of_html(_decoded(Path(path).read_bytes()))
    except (etree.ParserError, ValueError) as exc:
        raise DamagedFile(source_file, "nettsiden (HTML) kan ikke leses: den er tom eller skadet",
                          "Åpne siden i en nettleser og lagre den på nytt, eller be om rapporten som PDF") from exc
    return Content(blocks=tuple(blocks), title=title)
