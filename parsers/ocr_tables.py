"""Tables on a scanned page rebuilt from Tesseract's word boxes (its TSV output).

A scan's rules may be too faint for any table finder, and narrow header cells run together in the
text layer, so no header is found and no row read. The word boxes still show the table: white bands
run through every one of its lines between its columns (table_columns, at the end), and its rows stand
apart by the cells' padding (pdf_borderless). Such a page is read from the boxes: the lines above and
below the table as paragraphs, the table as a table.
"""

from __future__ import annotations

import csv
import io
import re
from statistics import median, median_low
from typing import Sequence

from .content import Block, TableBlock
from .pdf_borderless import labelled_lines, prose, runs_on, table_with_columns
from .pdf_geometry import Line, Word, dominant_size, group_lines
from .pdf_tables import is_rule_glyph
from .pdf_text import paragraphs, text_stats

_WORD_LEVEL = "5"
# Tesseract's box is the ink of the word; a font's size is a little larger than the ink of its letters.
_INK_TO_SIZE = 1.1
LARGER = 1.3  # a line this much taller and wider than the page's usual line is set in larger type (a title)
_ASCENDING = frozenset("bdfhklt0123456789åÅÆØ")
_BEYOND = frozenset("gjpqyQ()[]{}/|,;§@$")  # below the baseline, or above the capitals


def _cap_high(text: str) -> bool:
    """Whether a word's ink runs from the baseline to the height of its type's capitals: it has a capital,
    digit or ascender and nothing reaching below the baseline (whose box would be taller)."""
    return any(c in _ASCENDING or c.isupper() for c in text) and not any(c in _BEYOND for c in text)


def tsv_words(tsv: str, dpi: float) -> list[Word]:
    """The words of one page's TSV, in points (the unit the PDF parser works in).

    A box is as tall as its word's ink ("alle" lower than "Prosjekt"), so a word gets the size of its line
    (Tesseract's own lines): the page's usual size for body text, a larger one only for type clearly larger
    in both the height of its capitals and the width of its letters (a cell's rule in a box adds only height)."""
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
        text, left, width = _without_rule_ends(text, left, width)
        line = tuple(row.get(k) or "" for k in ("page_num", "block_num", "par_num", "line_num"))
        boxes.append((line, text, left, top, width, height))
    if not boxes:
        return []
    heights: dict[tuple[str, ...], list[float]] = {}
    tall: dict[tuple[str, ...], list[float]] = {}
    wide: dict[tuple[str, ...], list[float]] = {}
    for line, text, _, _, width, height in boxes:
        heights.setdefault(line, []).append(height)
        if _cap_high(text):
            tall.setdefault(line, []).append(height)
        if len(text) >= 3:
            wide.setdefault(line, []).append(width / len(text))
    line_height = {line: max(hs) for line, hs in heights.items()}
    body = median(line_height.values())
    larger = _larger(tall) & _larger(wide)
    out = []
    for line, text, left, top, width, height in boxes:
        size = line_height[line] if line in larger else body
        out.append(Word(text, left, left + width, top, top + height, round(size * _INK_TO_SIZE, 1), False,
                        width / max(len(text), 1)))
    return out


def _without_rule_ends(text: str, left: float, width: float) -> tuple[str, float, float]:
    """A word with a cell's rule read onto its end («|Form», «VOFO|»): the word, its box narrowed by the bars' share.
    The rule's bar would otherwise close the gutter beside the word and join the word's column to the next."""
    core = text.strip(RULE_ENDS)
    if core == text or not core:
        return text, left, width
    # A bar is about half as wide as a letter, with the cell's padding beside it.
    bar = _BAR_SHARE * width / len(text)
    lead, tail = len(text) - len(text.lstrip(RULE_ENDS)), len(text) - len(text.rstrip(RULE_ENDS))
    return core, left + lead * bar, width - (lead + tail) * bar


RULE_ENDS = "|¦"  # the glyphs OCR reads a cell's rule as, at a word's or a line's end
_BAR_SHARE = 0.5


def _larger(measures: dict[tuple[str, ...], list[float]]) -> set[tuple[str, ...]]:
    """The lines whose words measure clearly more than the page's usual line's.

    The lower middle of a line: a speck or a cell's rule OCR took into one word's box makes that box
    tall, not the line's type larger."""
    middle = {line: median_low(ms) for line, ms in measures.items()}
    usual = median(middle.values()) if middle else 0.0
    return {line for line, m in middle.items() if m >= LARGER * usual}


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


def _without_lead_in(lines: Sequence[Line], found: tuple[int, int, list[float]]) -> tuple[int, int, list[float]]:
    """The run without the paragraph lines at its top or bottom: a lead-in («Oversikten nedenfor viser …»)
    that closes a gutter all the other lines keep open, or whose words run on across one."""
    start, end, starts = found
    while end - start > TABLE_LINES:
        if runs_on(lines[start], starts):
            start, starts = start + 1, _starts_of(lines[start + 1 : end], starts)
            continue
        if runs_on(lines[end - 1], starts):
            end, starts = end - 1, _starts_of(lines[start : end - 1], starts)
            continue
        for a, b in ((start + 1, end), (start, end - 1)):
            inner = table_columns(lines[a:b])
            if inner is not None and inner[:2] == (0, b - a) and len(inner[2]) > len(starts):
                start, end, starts = a, b, inner[2]
                break
        else:
            break
    return start, end, starts


def _starts_of(lines: Sequence[Line], before: list[float]) -> list[float]:
    """The column starts of a run of lines, or those found before when the run no longer holds a table."""
    found = table_columns(lines)
    return found[2] if found is not None and found[:2] == (0, len(lines)) else before


def _table_lines(lines: Sequence[Line]) -> tuple[int, int, list[float]] | None:
    """The longest run of lines that holds a table without rules (table_columns), within one run of lines."""
    best: tuple[int, int, list[float]] | None = None
    for first, last in _apart(lines):
        found = table_columns(lines[first:last])
        if found is None:
            continue
        start, end, starts = _without_lead_in(lines[first:last], found)
        if prose(lines[first + start : first + end], starts):
            continue
        if best is None or end - start > best[1] - best[0]:
            best = (first + start, first + end, starts)
    return best


def _hanging_list(rows: Sequence[Sequence[str | None]]) -> bool:
    """Whether a table found in the boxes is a numbered list set with a hanging indent: once its empty columns are
    gone, one column of numbers («2.», «b)») or nothing beside one of text, or the text alone."""
    filled = [c for c in range(max(len(r) for r in rows)) if any(c < len(r) and (r[c] or "").strip() for r in rows)]
    if len(filled) < 2:
        return True
    marks = [(r[filled[0]] or "").strip() for r in rows if filled[0] < len(r)]
    return len(filled) == 2 and all(not m or _LIST_MARK.match(m) for m in marks)


_LIST_MARK = re.compile(r"^(?:\d{1,2}|[a-zA-Z])[.)]$|^[•●▪–-]$")


def _speck(line: Line) -> bool:
    """Whether a line is one mark that is no digit: a speck of dust or the end of a cell's rule read as a
    letter («L», «-»), which in a table would fill an empty cell or hold two rows together across a rule."""
    return len(line.words) == 1 and len(line.words[0].text) == 1 and not line.words[0].text.isdigit()


def page_from_boxes(words: Sequence[Word], page: int, rules: Sequence[float] = ()) -> tuple[Block, ...] | None:
    """A page's blocks read from its word boxes when they hold a table, else None; `rules` are the y of
    horizontal rules seen in the page's picture, which part the table's rows where they run."""
    lines = [ln for ln in group_lines(words) if not _speck(ln)]
    found = _table_lines(lines)
    if found is None:
        return None
    start, end, starts = found
    table = table_with_columns(lines[start:end], starts, rules)
    if table is None or len(table.grid) < 2 or _hanging_list(table.rows()) or labelled_lines(table.rows()):
        return None
    # The table may stop short of the run (a line that keeps to no column): what follows is read as text.
    end = start + sum(1 for ln in lines[start:end] if ln.top < table.bbox[3])
    above = _paragraph_blocks(lines[:start], page, 1)
    below = _paragraph_blocks(lines[end:], page, start + 1)
    block = TableBlock(page=page, index=1, rows=table.rows(), confidence=table.confidence, ruled=False)
    return (*above, block, *below)


# ------------------------------------------------------------------ the columns of a table without rules
TABLE_GUTTER = 4.0  # points of white every line of a table leaves between two of its columns
TABLE_LINES = 3  # a header and two lines at the least
TABLE_COLUMNS = 3


def _covered(lines: Sequence[Line]) -> list[tuple[float, float]]:
    spans = sorted((w.x0, w.x1) for ln in lines for w in ln.words)
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _starts(lines: Sequence[Line]) -> list[float]:
    """Where each column of a run of lines starts: the left edge, then after each white band through all."""
    covered = _covered(lines)
    starts = [covered[0][0]]
    for (_, end), (start, _) in zip(covered, covered[1:]):
        if start - end >= TABLE_GUTTER:
            starts.append(start)
    return starts


def table_columns(lines: Sequence[Line]) -> tuple[int, int, list[float]] | None:
    """The longest run of lines (start, end) that white bands split into at least three columns, with the
    x where each column starts: a table whose rules are faint or missing and whose header cells run together."""
    best: tuple[int, int, list[float]] | None = None
    for i in range(len(lines)):
        j = i + 1
        while j < len(lines) and len(_starts(lines[i : j + 1])) >= TABLE_COLUMNS:
            j += 1
        starts = _starts(lines[i:j])
        wide = sum(1 for ln in lines[i:j] if len(_starts([ln])) >= TABLE_COLUMNS)
        if j - i >= TABLE_LINES and len(starts) >= TABLE_COLUMNS and wide >= 2 and (best is None or j - i > best[1] - best[0]):
            best = (i, j, starts)
    return best
