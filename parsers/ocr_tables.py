"""Tables on a scanned page rebuilt from Tesseract's word boxes (its TSV output).

A scan's rules may be too faint for any table finder, and narrow header cells run together in the
text layer, so no header is found and no row read. The word boxes still show the table: white bands
run through every one of its lines between its columns (pdf_columns.table_columns), and its rows stand
apart by the cells' padding (pdf_borderless). Such a page is read from the boxes: the lines above and
below the table as paragraphs, the table as a table.
"""

from __future__ import annotations

import csv
import io
from statistics import median
from typing import Sequence

from .content import Block, TableBlock
from .pdf_borderless import table_with_columns
from .pdf_columns import table_columns
from .pdf_geometry import Line, Word, dominant_size, group_lines
from .pdf_tables import is_rule_glyph
from .pdf_text import paragraphs, text_stats

_WORD_LEVEL = "5"
# Tesseract's box is the ink of the word; a font's size is a little larger than the ink of its letters.
_INK_TO_SIZE = 1.1
LARGER = 1.3  # a line this much taller than the page's usual line is set in larger type (a title)


def tsv_words(tsv: str, dpi: float) -> list[Word]:
    """The words of one page's TSV, in points (the unit the PDF parser works in).

    A box is as tall as its word's ink ("alle" lower than "Prosjekt"), so a word gets the size of its line
    (Tesseract's own lines): the page's usual size for body text, a larger one only for clearly larger type."""
    scale = 72.0 / dpi
    boxes: list[tuple[tuple[str, ...], str, float, float, float, float]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != _WORD_LEVEL or not text or is_rule_glyph(text):
            continue
        try:
            left, top, width, height = (float(row[k]) * scale for k in ("left", "top", "width", "height"))
        except (KeyError, TypeError, ValueError):
            continue
        line = tuple(row.get(k) or "" for k in ("page_num", "block_num", "par_num", "line_num"))
        boxes.append((line, text, left, top, width, height))
    if not boxes:
        return []
    line_height: dict[tuple[str, ...], float] = {}
    for line, _, _, _, _, height in boxes:
        line_height[line] = max(line_height.get(line, 0.0), height)
    body = median(line_height.values())
    out = []
    for line, text, left, top, width, height in boxes:
        size = line_height[line] if line_height[line] >= LARGER * body else body
        out.append(Word(text, left, left + width, top, top + height, round(size * _INK_TO_SIZE, 1), False,
                        width / max(len(text), 1)))
    return out


def _paragraph_blocks(lines: list[Line], page: int, first_line: int) -> list[Block]:
    for number, line in enumerate(lines, start=first_line):
        line.number = number
    if not lines:
        return []
    stats = text_stats([lines], dominant_size(w for ln in lines for w in ln.words))
    return [p.paragraph for p in paragraphs(lines, page, stats)]


def _apart(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The runs of lines (start, end) that stand together: a wide white gap parts a table from what follows."""
    runs, start = [], 0
    for k in range(1, len(lines)):
        # The gap that also ends a borderless table's rows (pdf_borderless): a table's columns are looked
        # for within one run, so a closing line («Bodø, 1. februar») cannot merge two of them.
        if lines[k].top - lines[k - 1].bottom > max(2.5 * lines[k - 1].size, 18.0):
            runs.append((start, k))
            start = k
    runs.append((start, len(lines)))
    return runs


def _table_lines(lines: Sequence[Line]) -> tuple[int, int, list[float]] | None:
    """The longest run of lines that holds a table without rules (table_columns), within one run of lines."""
    best: tuple[int, int, list[float]] | None = None
    for first, last in _apart(lines):
        found = table_columns(lines[first:last])
        if found is not None and (best is None or found[1] - found[0] > best[1] - best[0]):
            best = (first + found[0], first + found[1], found[2])
    return best


def page_from_boxes(words: Sequence[Word], page: int, rules: Sequence[float] = ()) -> tuple[Block, ...] | None:
    """A page's blocks read from its word boxes when they hold a table, else None; `rules` are the y of
    horizontal rules seen in the page's picture, which part the table's rows where they run."""
    lines = group_lines(words)
    found = _table_lines(lines)
    if found is None:
        return None
    start, end, starts = found
    table = table_with_columns(lines[start:end], starts, rules)
    if table is None or len(table.grid) < 2:
        return None
    above = _paragraph_blocks(lines[:start], page, 1)
    below = _paragraph_blocks(lines[end:], page, start + 1)
    block = TableBlock(page=page, index=1, rows=table.rows(), confidence=table.confidence, ruled=False)
    return (*above, block, *below)
