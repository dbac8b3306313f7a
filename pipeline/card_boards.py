"""A board of cards: a table whose cells each hold a whole tiltak («Name / DM 2.3 · Type / text / Ansvar: …»),
under columns that say where each stands («Pågår», «Planlagt 2069») or which delmål it serves («1.4 Utdanning og
arbeidsliv»), as a planning board kept in a spreadsheet.

Read across, such a grid has no tiltak column; read as what it is, each column is a heading and each card a titled
block under it, which the prose reader reads as it reads titled blocks anywhere, and a column placing its cards in
another year sets them aside as any such heading does.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.text import clean
from parsers.content import COVERED, Content, Paragraph, TableBlock

from .tables_as_text import tables_as_paragraphs

CARD_LINES = 3  # a card holds at least a title, a line of particulars and a text
CARDS = 2  # fewer cards than this make no board
CODED_SHARE = 0.6  # of a board's cards that give a delmål on a short line of their own
PARTICULARS_WORDS = 6  # «DM 2.3 · Råd», «Delmål 1.4 – Prosjekt»: a line of particulars, not a sentence citing a code
HEAD_WORDS = 6  # «Gjennomført i 2068»: a column's heading is a few words on one line


def _lines(cell: str | None) -> list[str]:
    if cell is None or cell is COVERED:
        return []
    return [c for line in str(cell).splitlines() if (c := clean(line))]


def _coded(card: list[str], codes_in: Callable[[str], list[str]]) -> bool:
    """A card naming its delmål on a short line of its own, below its title."""
    return any(len(re.findall(r"\w+", line)) <= PARTICULARS_WORDS and codes_in(line) for line in card[1:CARD_LINES + 1])


def _is_head(row: Sequence[str | None]) -> bool:
    cells = [_lines(c) for c in row]
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(len(c) == 1 and len(c[0].split()) <= HEAD_WORDS for c in filled)


def board_head(block: TableBlock, codes_in: Callable[[str], list[str]]) -> int | None:
    """The row the board's cards start at, if `block` is a board of cards; None if it is not."""
    rows = block.rows
    start = 0
    while start < len(rows) and not any(len(_lines(c)) >= CARD_LINES for c in rows[start]):
        start += 1  # the sheet's title, the columns' headings: one line each
    cards = [lines for row in rows[start:] for c in row if (lines := _lines(c))]
    if len(cards) < CARDS or any(len(card) < CARD_LINES for card in cards):
        return None
    if sum(_coded(card, codes_in) for card in cards) >= CODED_SHARE * len(cards) or _coded_columns(rows, start, codes_in):
        return start
    return None


def _coded_columns(rows: Sequence[Sequence[str | None]], start: int, codes_in: Callable[[str], list[str]]) -> bool:
    """Whether the columns' headings over the cards each give a delmål («1.4 Utdanning og arbeidsliv»): the column
    places its cards, which need say no code of their own."""
    head = rows[start - 1] if start else None
    if head is None or not _is_head(head):
        return False
    names = [lines[0] for c in head if (lines := _lines(c))]
    return sum(bool(codes_in(n)) for n in names) >= CODED_SHARE * len(names)


def _board_paragraphs(block: TableBlock, start: int, first_line: int) -> list[Paragraph]:
    """The board as headings and titled blocks: rows above the cards, then each column's heading and its cards,
    column by column, top to bottom, as one reads a board."""
    out: list[Paragraph] = []

    def add(text: str, kind: str, level: int = 0) -> None:
        out.append(Paragraph(block.page, first_line + len(out), text, kind, level))  # type: ignore[arg-type]

    head = block.rows[start - 1] if start and _is_head(block.rows[start - 1]) else None
    for row in block.rows[: start - 1 if head is not None else start]:
        for cell in row:
            for line in _lines(cell):
                add(line, "heading", 1)
    width = max(len(r) for r in block.rows)
    for c in range(width):
        column = [lines for row in block.rows[start:] if c < len(row) and (lines := _lines(row[c]))]
        heading = _lines(head[c]) if head is not None and c < len(head) else []
        if heading:
            add(heading[0], "heading", 1)
        for card in column:
            add(card[0], "heading", 2)
            for line in card[1:]:
                add(line, "text")
    return out


def boards_as_text(content: Content, codes_in: Callable[[str], list[str]]) -> Content:
    """The content with each board of cards read as headings and titled blocks; unchanged where there is none."""
    def read(block: TableBlock, first_line: int) -> list[Paragraph] | None:
        start = board_head(block, codes_in)
        return None if start is None else _board_paragraphs(block, start, first_line)
    return tables_as_paragraphs(content, read)
