"""Plain text and Markdown as blocks: a register's printout with its table drawn in characters, a wiki's export.

A «.txt» is read as its lines say: a table drawn with «+---+» and «|» is a table (a cell's lines joined), as is a
line printer's table of columns under a header ruled «---  ------  ----» (each record's wrapped lines joined column by
column); an empty line parts paragraphs, «1)», «-», «•» open items. Markdown is rendered to HTML and read as a web page is.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from .content import Block, Content, Paragraph, TableBlock
from .detect import utf16
from .frontmatter import note_text
from .html import blocks_of_html
from .literate import is_literate, literate_markdown
from .markup import dokuwiki_source, markup_reader
from .org import looks_like_org, org_to_markdown
from .pandoc import to_html
from .registry import ParseOptions, register
from .subtitles import looks_like_subtitles, subtitle_blocks
from .taskpaper import looks_like_taskpaper, taskpaper_blocks

_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
ITEM = re.compile(r"^(?P<indent>\s*)(?:(?P<number>\d{1,2}[.)])|(?P<bullet>[-*•–]))\s+(?=\S)")
_RULES = re.compile(r"^\s*-{2,}(?:[ \t]+-{2,})+\s*$")  # «---  --------  ----» under a header: where columns stand
_SOLID_RULE = re.compile(r"^\s*[-=_*]{8,}\s*$")  # a rule across the page closes a printed table
_TASK = re.compile(r"^(\s*[-*+]\s+)\[[ xX]\]\s+", re.MULTILINE)  # «- [x] **Title**»: the box is no part of the title
_MARKDOWN = re.compile(r"^(?:#{1,6}\s|\s*[-*+]\s+\S|\|.*\|\s*$)", re.MULTILINE)


def decoded(data: bytes) -> str:
    """The text of a file in UTF-16 or UTF-8 (each with or without a byte order mark), else a Windows code page."""
    if codec := utf16(data):
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _grid(lines: list[str]) -> tuple[tuple[str | None, ...], ...]:
    """The rows of a table drawn in characters: «+---+---+» borders, «|» between cells, a cell's text over several
    lines; () if there is no border."""
    border = next((ln for ln in lines if _BORDER.match(ln)), None)
    if border is None:
        return ()
    edges = [m.start() for m in re.finditer(r"\+", border)]
    rows: list[tuple[str | None, ...]] = []
    current: list[list[str]] = []
    for ln in lines + [border]:
        if _BORDER.match(ln):
            if current:
                rows.append(tuple(" ".join(part for part in cell if part) for cell in zip(*current)))
            current = []
            continue
        current.append([ln[a + 1 : b].strip() for a, b in zip(edges, edges[1:])])
    return tuple(rows)


def _columns(line: str, starts: list[int]) -> list[str]:
    return [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line) + 1])]


def _printed(lines: list[str], n: int) -> tuple[tuple[tuple[str | None, ...], ...], int]:
    """The printed table whose header stands on line n over the rule on line n + 1, and the line after it: records
    parted by empty lines, or each opening where the first column says something (a number, a wrapped name's first
    line); each column's lines joined."""
    starts = [m.start() for m in re.finditer(r"-+", lines[n + 1])]
    end = n + 2
    while end < len(lines) and "\f" not in lines[end] and not _SOLID_RULE.match(lines[end]) and not _RULES.match(lines[end]):
        end += 1
    chunks: list[list[str]] = [[]]
    for line in lines[n + 2 : end]:
        if line.strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    parted = len([c for c in chunks if c]) > 1
    records: list[list[list[str]]] = []
    for chunk in (c for c in chunks if c):
        # A record's first column wraps too («Realkompetanse-» over «vurdering …»): only empty lines part the records.
        whole = parted and all(_columns(line, starts)[0] for line in chunk)
        for k, line in enumerate(chunk):
            cells = _columns(line, starts)
            if k == 0 or cells[0] and not whole:
                records.append([])
            records[-1].append(cells)
    rows = [tuple(_columns(lines[n], starts))]
    rows += [tuple(" ".join(part for part in column if part) for column in zip(*record)) for record in records]
    return tuple(rows), end


def blocks_of_text(text: str) -> list[Block]:
    """A plain text's blocks: tables drawn in characters, paragraphs, list items."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)  # the widest line: at most the text's wrap width
    n = 0
    in_item = False  # within a list item's lines, up to the blank line after it
    paragraph: list[str] = []
    kind = "text"

    def flush() -> None:
        nonlocal paragraph, kind
        joined = re.sub(r"\s+", " ", " ".join(paragraph)).strip()
        if joined:
            blocks.append(Paragraph(None, len(blocks) + 1, joined, kind))  # type: ignore[arg-type]
        paragraph, kind = [], "text"

    while n < len(lines):
        line = lines[n]
        if _BORDER.match(line) or line.lstrip().startswith("|") and n + 1 < len(lines) and _BORDER.match(lines[n + 1]):
            flush()
            end = n
            while end < len(lines) and (_BORDER.match(lines[end]) or lines[end].lstrip().startswith("|")):
                end += 1
            if rows := _grid(lines[n:end]):
                blocks.append(TableBlock(None, sum(isinstance(b, TableBlock) for b in blocks) + 1, rows))
            n = end
            continue
        if line.strip() and n + 1 < len(lines) and _RULES.match(lines[n + 1]):
            flush()
            rows, n = _printed(lines, n)
            if len(rows) > 1:
                blocks.append(TableBlock(None, sum(isinstance(b, TableBlock) for b in blocks) + 1, rows))
            continue
        item = ITEM.match(line)
        if not line.strip():
            flush()
            in_item = False
        elif item:
            flush()
            in_item = True
            kind = "numbered" if item["number"] else "bullet"
            paragraph = [line[item.end():]]
        elif in_item and paragraph and _typed_break(paragraph[-1], line, width):
            # «1) Name» over «Delmål 1.3 – form: …» and «Ansvar: …»: an item's lines each a line of its own, where
            # the next line's first word would have fitted on the one before
            flush()
            paragraph = [line]
        else:
            paragraph.append(line)
        n += 1
    flush()
    return blocks


def _typed_break(before: str, line: str, width: int) -> bool:
    """Whether the break between two lines was typed, not made by wrapping: the next line's first word would have
    fitted after the line before, within the widest line of the text."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return bool(first) and len(before.rstrip()) + 1 + len(first) <= width


def markdown_blocks(text: str, name: str = "") -> tuple[str, list[Block]]:
    """Markdown's title (front matter or first heading) and blocks, rendered as HTML is read."""
    title, text = note_text(text, name)
    rendered = MarkdownIt("commonmark").enable("table").render(_TASK.sub(r"\1", text))
    # A line of the source is a line of the page («Delmål: 2.3» over «Type: …»), as the writer meant it; a web page's
    # own line breaks in its markup are spaces (parsers.html).
    page_title, blocks = blocks_of_html(f"<html><body>{rendered}</body></html>", source_lines=True)
    return ("" if title is None else title or page_title), blocks


@register("text")
def parse_text(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A plain text file, or Markdown (by its name, or its headings, lists and tables written as Markdown writes them)."""
    text = decoded(Path(path).read_bytes())
    if Path(path).suffix.lower() in (".srt", ".vtt", ".sbv", ".ass", ".ssa") or looks_like_subtitles(text):
        # A video report's subtitles: what the speaker says, in the paragraphs the pauses make.
        blocks, title = subtitle_blocks(text), Path(source_file).stem
    elif Path(path).suffix.lower() == ".taskpaper" or looks_like_taskpaper(text):
        blocks = taskpaper_blocks(text)
        title = next((b.text for b in blocks if isinstance(b, Paragraph)), "")
    elif reader := markup_reader(Path(path).suffix, text):
        # AsciiDoc or reStructuredText (a report built to PDF by asciidoctor or Sphinx): the document it makes.
        title, blocks = blocks_of_html(to_html(dokuwiki_source(text) if reader == "dokuwiki" else text, source_file,
                                               options, reader))
    elif is_literate(Path(path).suffix, text):
        # A Quarto or R Markdown source: its prose, and a table its code writes out as data.
        title, blocks = markdown_blocks(literate_markdown(text), Path(source_file).stem)
    elif Path(path).suffix.lower() == ".org" or looks_like_org(text):
        text = org_to_markdown(text)
        title, blocks = markdown_blocks(text)
    elif Path(path).suffix.lower() in (".md", ".markdown") or len(_MARKDOWN.findall(text)) >= 3 and not any(
            _BORDER.match(line) for line in text.splitlines()):
        title, blocks = markdown_blocks(text, Path(source_file).stem)
    else:
        blocks = blocks_of_text(text)
        title = next((b.text for b in blocks if isinstance(b, Paragraph)), "")
    return Content(blocks=tuple(blocks), title=title)
