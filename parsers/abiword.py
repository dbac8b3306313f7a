"""An AbiWord document («.abw», gzipped «.zabw»: AWML, XML whose root is «abiword») read as a Word document is: its
paragraphs and tables in reading order.

Each «section» holds «p» paragraphs (their style a heading's «Heading 1», «Overskrift 2», «Title»; «listid» and «level»
making a list item; runs «c» whose props say «font-weight:bold») and «table»s whose «cell»s say where they stand by
attach props («left-attach:0; right-attach:2; top-attach:0; bot-attach:1»), a cell spanning columns or rows filling as
a merged Word cell does. A footnote («foot») reads in brackets where its mark stands, a text box («frame») where it
stands; headers and footers are margins, and metadata, history, styles and embedded data are not text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Literal


from .cellcount import MAX_SHEET_CELLS, too_large
from .content import BULLET_LINE, COVERED, LIST_MARK, Block, Content, Paragraph, TableBlock, bracketed_note
from .packed_xml import local, packed_root
from .registry import ParseOptions, register

_WHAT = "AbiWord-filen"
_AGAIN = "Åpne den i AbiWord og lagre den som Word (DOCX) eller PDF, eller be medlemmet om en ny kopi"
_HEADING_STYLE = re.compile(r"^(?:numbered\s+)?(heading|overskrift|title|tittel)\s*(\d*)\s*$", re.IGNORECASE)
_NAMED_HEADINGS = {"chapter heading": 1, "section heading": 2}
# AbiWord's list types below 5 count (1., a., i.); from 5 on they are bullets, dashes, boxes.
_FIRST_BULLET_TYPE = 5
_NUMBERED_STYLE = re.compile(r"numbered|case|roman|arabic|hebrew", re.IGNORECASE)
_BREAKS = frozenset({"br", "cbr", "pbr"})
_NOTES = frozenset({"foot", "endnote"})
_NOT_TEXT = frozenset({"field", "ann", "annotate", "bookmark", "image", "math", "embed"})
Run = tuple[str, bool]  # a run's text and whether it is bold


def _props(el: Any) -> dict[str, str]:
    """An element's «props» («font-weight:bold; lang:nb-NO») as a dict."""
    pairs = (part.split(":", 1) for part in (el.get("props") or "").split(";") if ":" in part)
    return {k.strip().lower(): v.strip() for k, v in pairs}


def _bold(el: Any, inherited: bool) -> bool:
    weight = _props(el).get("font-weight")
    return inherited if weight is None else weight.lower() == "bold"


def _runs(el: Any, bold: bool, out: list[Run]) -> None:
    """The runs of a paragraph or a span in order; a footnote's text in brackets where its mark stands."""
    if el.text:
        out.append((el.text, bold))
    for child in el:
        name = local(child.tag)
        if name in _BREAKS:
            out.append(("\n", bold))
        elif name in _NOTES:
            note = " ".join(" ".join(_text(p).split()) for p in _paragraphs(child))
            out.append((bracketed_note(note) if note.strip() else "", False))
        elif name not in _NOT_TEXT:
            _runs(child, _bold(child, bold), out)  # «c» runs, «a» links and any span of text
        if child.tail:
            out.append((child.tail, bold))


def _paragraphs(el: Any) -> list[Any]:
    """The paragraphs inside an element (a cell, a note, a header) in order; not those of the notes they hold."""
    out = []
    for child in el:
        name = local(child.tag)
        if name == "p":
            out.append(child)
        elif name not in _NOTES:
            out += _paragraphs(child)
    return out


def _text(p: Any) -> str:
    out: list[Run] = []
    _runs(p, False, out)
    return _clean("".join(text for text, _ in out))


def _clean(text: str) -> str:
    """Spaces collapsed within each line; line breaks kept."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def _lead(runs: list[Run]) -> str:
    """The bold words a paragraph opens with when plain words follow them; else ''."""
    boundary = next((i for i, (text, bold) in enumerate(runs) if text.strip() and not bold), len(runs))
    lead = " ".join("".join(text for text, _ in runs[:boundary]).split())
    return lead if lead and boundary < len(runs) else ""


def _heading_level(style: str) -> int:
    if m := _HEADING_STYLE.match(style.strip()):
        return int(m.group(2) or 1)
    return _NAMED_HEADINGS.get(style.strip().lower(), 0)


class _Reader:
    """Walks the document's sections in reading order, numbering paragraphs and tables as it goes."""

    def __init__(self, list_types: dict[str, int], source_file: str) -> None:
        self.list_types = list_types
        self.source_file = source_file
        self.blocks: list[Block] = []
        self.lines = self.tables = 0

    def read(self, container: Any) -> None:
        for child in container:
            name = local(child.tag)
            if name == "p":
                self.lines += 1
                if (para := self.paragraph(child)) is not None:
                    self.blocks.append(para)
            elif name == "table":
                self.table(child)
            elif name in ("frame", "cell", "section"):
                self.read(child)  # a text box's, a layout cell's or a nested section's blocks where they stand

    def list_kind(self, p: Any, props: dict[str, str]) -> Literal["bullet", "numbered", ""]:
        """'bullet' or 'numbered' for a list item, '' for any other paragraph."""
        list_id = p.get("listid") or props.get("listid", "")
        if not list_id or list_id == "0":
            return ""
        style = props.get("list-style", "")
        if style:
            return "numbered" if _NUMBERED_STYLE.search(style) else "bullet"
        return "numbered" if self.list_types.get(list_id, _FIRST_BULLET_TYPE) < _FIRST_BULLET_TYPE else "bullet"

    def paragraph(self, p: Any) -> Paragraph | None:
        runs: list[Run] = []
        props = _props(p)
        _runs(p, _bold(p, False), runs)
        text = _clean("".join(t for t, _ in runs))
        if not text:
            return None
        lead = _lead(runs)
        if kind := self.list_kind(p, props):
            level = max(int(v) - 1, 0) if (v := p.get("level") or props.get("level", "")).isdigit() else 0
            return Paragraph(None, self.lines, text, kind, min(level, 8), lead=lead)
        if level := _heading_level(p.get("style") or ""):
            return Paragraph(None, self.lines, text, "heading", level)
        if BULLET_LINE.match(text):
            return Paragraph(None, self.lines, BULLET_LINE.sub("", text), "bullet", lead=BULLET_LINE.sub("", lead))
        if all(bold for t, bold in runs if t.strip()) and len(text) < 200 and not text.endswith((".", ":")):
            return Paragraph(None, self.lines, text, "heading", 3)  # a line set bold all through, as Word's reader says
        return Paragraph(None, self.lines, text, "text", lead=lead)

    def table(self, table: Any) -> None:
        cells = [c for c in table if local(c.tag) == "cell"]
        if any(local(el.tag) == "table" for c in cells for el in c.iter()):
            for cell in sorted(cells, key=_place):
                self.read(cell)  # a table of tables lays out a page: its cells are the document
            return
        grid = _grid(cells, self.cell_text, self.source_file)
        if grid:
            self.tables += 1
            self.blocks.append(TableBlock(page=None, index=self.tables, rows=grid))

    def cell_text(self, cell: Any) -> str:
        """A cell's paragraphs a line each; in a cell of several, each list item opens with a bullet as it shows."""
        lines = [(p, text) for p in _paragraphs(cell) if (text := _text(p))]
        if len(lines) < 2:
            return "".join(text for _, text in lines)
        return "\n".join(f"{LIST_MARK} {text}" if self.list_kind(p, _props(p)) and not BULLET_LINE.match(text) else text
                         for p, text in lines)


def _attach(cell: Any) -> tuple[int, int, int, int]:
    """A cell's (top, left, bottom, right) attach lines; a span of at least one row and one column."""
    props = _props(cell)

    def number(key: str, default: int) -> int:
        value = props.get(key, "")
        return int(value) if value.isdigit() and len(value) < 7 else default

    top, left = number("top-attach", 0), number("left-attach", 0)
    return top, left, max(number("bot-attach", top + 1), top + 1), max(number("right-attach", left + 1), left + 1)


def _place(cell: Any) -> tuple[int, int]:
    top, left, _, _ = _attach(cell)
    return top, left


def _grid(cells: list[Any], text_of: Callable[[Any], str], source_file: str) -> tuple[tuple[str | None, ...], ...]:
    """Rows of cell texts placed by their attach lines; a cell under a span of rows is COVERED in its first column,
    one a span of columns covers is '' (as parsers.docx gives a merged Word cell)."""
    spans = [(_attach(c), c) for c in cells]
    # Attach lines counted by rank: a file's «right-attach:100000» makes no table that wide.
    row_lines = sorted({n for (t, _, b, _), _ in spans for n in (t, b)})
    col_lines = sorted({n for (_, left, _, r), _ in spans for n in (left, r)})
    if not spans:
        return ()
    height, width = len(row_lines) - 1, len(col_lines) - 1
    if height * width > MAX_SHEET_CELLS:
        raise too_large(source_file, "tabellen", height, width)
    row_at, col_at = {n: i for i, n in enumerate(row_lines)}, {n: i for i, n in enumerate(col_lines)}
    grid: list[list[str | None]] = [[""] * width for _ in range(height)]
    for (top, left, bottom, right), cell in sorted(spans, key=lambda s: s[0][:2]):
        r0, c0, r1, c1 = row_at[top], col_at[left], row_at[bottom], col_at[right]
        for r in range(r0, r1):
            for c in range(c0, c1):
                grid[r][c] = text_of(cell) if (r, c) == (r0, c0) else COVERED if c == c0 else ""
    return tuple(tuple(row) for row in grid)


def _metadata(root: Any, key: str) -> str:
    found = next((m for m in root.iter() if local(m.tag) == "m" and m.get("key") == key), None)
    return " ".join((found.text or "").split()) if found is not None else ""


@register("abiword")
def parse_abiword(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The document's paragraphs and tables in reading order; the title its metadata gives, else its first heading."""
    root = packed_root(path, source_file, options, _WHAT, _AGAIN, "abiword", "et AbiWord-dokument")
    list_types = {el.get("id", ""): int(t) for el in root.iter() if local(el.tag) == "l"
                  and (t := el.get("type", "")).isdigit() and len(t) < 4}
    reader, margins = _Reader(list_types, source_file), []
    for section in (s for s in root if local(s.tag) == "section"):
        if (section.get("type") or "").startswith(("header", "footer")):
            margins += [text for p in _paragraphs(section) if (text := _text(p))]
            continue  # a running header or footer: printed on every page, no part of the text
        reader.read(section)
    blocks = reader.blocks
    title = _metadata(root, "dc.title") or next(
        (b.text for b in blocks if isinstance(b, Paragraph) and b.kind == "heading"), "")
    warnings = () if blocks else (f"{source_file}: AbiWord-dokumentet har ingen tekst",)
    return Content(blocks=tuple(blocks), title=title, warnings=warnings, margins=tuple(margins))
