"""A report set in parallel columns (Sámi beside Norwegian, one row per tiltak): the column our words label, as text.

A bilingual report may lay its text out in a borderless table, each language in a column, a tiltak's title, account
and labelled lines («Delmål 1.3 – … Ansvar: Sametinget.») together in one cell. No header names the columns; the
column whose lines the vocabulary's labels open («Tiltak 1:», «Ansvar:») is the one to read, its cells' lines as the
paragraphs they are, row by row.
"""

from __future__ import annotations

import re
from typing import Callable

from normalise.columns import FIELD_LABELS
from normalise.text import clean
from parsers.content import Content, Paragraph, TableBlock

from .prose_blocks import DELMAL_LINE
from .tables_as_text import tables_as_paragraphs

MIN_ROWS = 2
BLOCK_LINES = 2  # a cell of a title and its account, not a value
WORDS_ALIKE = 0.5  # a translation has at least half as many words as the text it translates
SHARE = 0.6  # of the rows whose cells are such blocks, and of them whose cells our labels open lines in
_NUMBERED = re.compile(r"^\w+\s+\d{1,3}\s*[:.–-]\s*(?=\S)")  # «Tiltak 1: …»: the tiltak's number before its name

Labels = Callable[[str], tuple[str, dict[str, str]]]


def _lines(cell: str | None) -> list[str]:
    return [clean(t) for t in (cell or "").split("\n") if clean(t)]


def _words(lines: list[str] | None) -> int:
    return sum(len(t.split()) for t in lines or ())


def _column_read(table: TableBlock, labels: Labels) -> int | None:
    """The column of text blocks our labels open lines in, where another column's are in other words; else None."""
    width = max((len(r) for r in table.rows), default=0)
    rows = [r for r in table.rows if any(c for c in r)]
    if width < 2 or len(rows) < MIN_ROWS:
        return None
    # Each cell's lines, once; None where a row stops short of the column.
    grid = [[_lines(r[c]) if c < len(r) else None for c in range(width)] for r in rows]
    blocks = [sum(1 for g in grid if len(g[c] or ()) >= BLOCK_LINES) for c in range(width)]
    said = [sum(1 for g in grid if any(labels(t)[1] for t in g[c] or ())) for c in range(width)]
    best = max(range(width), key=lambda c: said[c])
    texts = [c for c in range(width) if blocks[c] >= SHARE * len(rows)]
    if best not in texts or len(texts) < 2 or said[best] < SHARE * len(rows) or any(
            said[c] >= said[best] for c in texts if c != best):
        return None
    # A translation says as much, line for line; a column of delmål beside the tiltak («Delmål 1.3» over the strategy's
    # words) is no translation, and what it says is read with the table.
    others = [c for c in texts if c != best]
    lines = [(len(own), [len(g[c] or ()) for c in others]) for g in grid if (own := g[best]) is not None]
    # … and in as many words: a name and its type's word beside an account of it is no translation of it, nor is
    # «Ansvar: Tekna / Med: NTNU» beside the tiltak it names the owner of.
    words = [(_words(own), [_words(g[c]) for c in others]) for g in grid if (own := g[best]) is not None]
    alike = sum(1 for (n, ms), (w, vs) in zip(lines, words) if all(abs(n - m) <= 1 for m in ms)
                and all(v >= WORDS_ALIKE * w and w >= WORDS_ALIKE * v for v in vs))
    coded = any(DELMAL_LINE.match(cell[0]) for g in grid for c in others if (cell := g[c]))
    return best if alike >= SHARE * len(lines) and not coded else None


def _cell_paragraphs(cell: str | None, labels: Labels) -> list[tuple[str, str]]:
    """(kind, text) of a cell's lines: «Tiltak 1: Name» the tiltak's title, a line of several labels one line each."""
    out: list[tuple[str, str]] = []
    lines = _lines(cell)
    for n, line in enumerate(lines):
        head, labelled = labels(line)
        numbered = _NUMBERED.match(line)
        if n == 0 and numbered and "tiltak" in labels(line[: numbered.end()].rstrip(" .–-") + ":")[1]:
            out.append(("heading", line[numbered.end():]))
        elif n == 0 and len(lines) > BLOCK_LINES and not labelled and not line.endswith((".", "!", "?", ":")):
            out.append(("heading", line))  # a title over its account and its labelled lines: the cell's tiltak
        elif labelled:
            # «Delmål 1.3 – karriereveiledning. Ansvar: …»: the delmål before the labels, labelled too, or it reads as a
            # title of its own.
            if head:
                out.append(("text", f"{FIELD_LABELS['delmal'].capitalize()}: {head}" if DELMAL_LINE.match(head) else head))
            out += [("text", f"{FIELD_LABELS[f].capitalize()}: {v}") for f, v in labelled.items() if f in FIELD_LABELS]
        else:
            out.append(("text", line))
    return out


def parallel_columns_as_text(content: Content, labels: Labels, is_header: Callable[[tuple], bool]) -> Content:
    """The content with each table of parallel text columns replaced by the lines of the column our words label."""
    def paragraphs_of(table: TableBlock, line: int) -> list[Paragraph] | None:
        if any(is_header(tuple(c or "" for c in r)) for r in table.rows[:2]):
            return None
        column = _column_read(table, labels)
        if column is None:
            return None
        read = [p for r in table.rows if column < len(r) for p in _cell_paragraphs(r[column], labels)]
        return [Paragraph(table.page, line + n, text, kind, 2 if kind == "heading" else 0)  # type: ignore[arg-type]
                for n, (kind, text) in enumerate(read)]

    return tables_as_paragraphs(content, paragraphs_of)
