"""What every format parser yields: the tables and paragraphs of a document in reading order.

Parsers know formats, not tiltak: turning these blocks into rows is `pipeline.rows`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal, Sequence

from tiltak_core.records import RawRow

# A table cell that a vertically merged cell above covers: the merge applies to it, nothing repeats.
# A cell that a horizontal span covers is "" (the spanning cell's text stands once, in its first column).
COVERED = None

ParagraphKind = Literal["heading", "bullet", "numbered", "text"]

# Glyphs that mark a list item, typed by hand or drawn by a list; Symbol/Wingdings bullets come out in
# the private use area. BULLET_MARKS adds the marks that are also plain characters.
BULLET_GLYPHS = frozenset("•▪◦●■□○►▶➢➤✓✔·‣⁃◆◇❖➔→")
BULLET_MARKS = BULLET_GLYPHS | {"-", "–", "—", "*", "o", "\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc"}
# A line that opens with a mark and a space: a list item typed, or one a parser marked (LIST_MARK).
BULLET_LINE = re.compile(r"^\s*(?:[" + re.escape("".join(sorted(BULLET_MARKS))) + r"])[\s\u00a0]+")
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # a footnote's marks, before NFKC makes them digits
# A sentence's end in a footnote, read into the text where its mark stands: «Delmål 1.1. Ansvar: KD.» as «Delmål 1.1;
# Ansvar: KD» (a code's last digit before the stop).
NOTE_STOP = re.compile(r"(?<!\d)\.\s+(?=\S)|(?<=\d\.\d)\.\s+|(?<=\d\.\d\d)\.\s+")
LIST_MARK = "•"  # what a parser puts before a list paragraph in a cell of several, as a PDF cell shows its bullet


def bracketed_note(note: str) -> str:
    """A footnote as read where its mark stands: in brackets, its sentences kept in one, its own brackets made a dash
    («Virkemiddel: bransjeprogram (opplæring).») so that the bracket it stands in closes where it ends."""
    flat = re.sub(r"\s*\(([^()]*)\)", r" – \1", note)
    return f" ({NOTE_STOP.sub('; ', flat).rstrip(' .')})"


@dataclass(frozen=True)
class TableBlock:
    """One table (or, in a PDF, the part of a table on one page) as a grid of cell texts."""

    page: int | None
    index: int  # 1-based: within the page for PDF, within the document for DOCX/XLSX
    rows: tuple[tuple[str | None, ...], ...]
    confidence: float = 1.0
    ruled: bool = True
    top_of_page: bool = False  # nothing but running headers stands above it on its page
    bottom_of_page: bool = False  # nothing but running footers stands below it on its page
    caption: str = ""  # what the document calls it, where it names it (a workbook's sheet name)
    first_column: int = 0  # 0-based column it starts at in its sheet as read (cropped), where a table stands left of it
    records: bool = False  # each row a system's record (an export's): an empty cell is empty, never «as above»
    first_row: int = 0  # rows of its grid above it, where it is one of several tables stacked in one grid
    struck: tuple[int, ...] = ()  # 0-based rows whose every filled cell is struck through: taken out by the member
    indents: tuple[int, ...] = ()  # each row's indent in its first cell (a sheet's outline levels); () when none
    notes: tuple[tuple[int, str], ...] = ()  # (0-based row, note) a reader wrote at a row (a PDF's comments)


def with_column(table: TableBlock, header: str, values: Sequence[str], at: int | None = None) -> TableBlock:
    """The table with a column headed `header` holding `values` row by row under it, before column `at` (last when
    None): what a key elsewhere in the report says of each row, put where the row reader finds it."""
    at = len(table.rows[0]) if at is None else at
    rows = [(*row[:at], value, *row[at:]) for row, value in zip(table.rows, (header, *values))]
    return replace(table, rows=tuple(rows))


@dataclass(frozen=True)
class Paragraph:
    """One logical paragraph or list item, wrapped lines joined; line is its first line on the page."""

    page: int | None
    line: int
    text: str
    kind: ParagraphKind = "text"
    level: int = 0
    lead: str = ""  # the bold words it opens with when plain text follows them ("Title. What was done …")


Block = TableBlock | Paragraph


@dataclass(frozen=True)
class FormRows:
    """A reporting form read by its embedded provenance: the member and year it was made for, and its rows
    exactly as filled in (no table heuristics): this year's tiltak, and last year's reported ended."""

    year: int
    member: str
    rows: tuple[RawRow, ...]
    ended: tuple[RawRow, ...] = ()


@dataclass(frozen=True)
class Content:
    """A parsed document: its blocks in order, its page count and what the parser noticed."""

    blocks: tuple[Block, ...]
    pages: int | None = None
    title: str = ""
    warnings: tuple[str, ...] = field(default=())
    converted_from: str = ""  # set when another program made the file read here (e.g. "RTF via LibreOffice")
    reliability: float = 1.0  # how far the text itself can be trusted (OCR'd scans less): scales every row's confidence
    form: FormRows | None = None  # set when the file is a reporting form read by its provenance; blocks are then empty
    margins: tuple[str, ...] = ()  # running headers and footers left out of the text (a browser print's page address)
    # (index of the first block it stands over, text) of each running header left out at a page's or a section's top:
    # a chapter's own header may be all that names it
    running_heads: tuple[tuple[int, str], ...] = ()

    @property
    def tables(self) -> tuple[TableBlock, ...]:
        return tuple(b for b in self.blocks if isinstance(b, TableBlock))

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    def front_text(self, limit: int = 12) -> str:
        """Title and the first paragraphs: where a report names its member."""
        texts = [self.title] + [p.text for p in self.paragraphs[:limit]]
        return "\n".join(t for t in texts if t)

    def back_text(self, limit: int = 8) -> str:
        """The last paragraphs: where a letter's signature block names its sender."""
        return "\n".join(p.text for p in self.paragraphs[-limit:])
