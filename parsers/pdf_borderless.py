"""Borderless tables: a header line's column starts, the words below kept to those columns.

Part of the PDF table finder (pdf_tables) for tables drawn without a grid, maybe with one rule
under the header; rows are told apart by the extra white space of cell padding.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from statistics import median
from typing import Sequence

from .pdf_geometry import DISPLAY_SIZE, Line, Word, column_gap, dominant_size
from .pdf_tables import CellWords, FoundTable

HEADER_LARGER = 1.5  # a header set this much larger than the line under it is a title, not a table's header


def _column_of(x: float, starts: Sequence[float], tol: float) -> int:
    col = -1
    for i, s in enumerate(starts):
        if x >= s - tol:
            col = i
    return col


def _fits(line: Line, starts: Sequence[float], tol: float) -> tuple[bool, list[int]]:
    """Whether every word of a line sits in one column, each column's text starting at its column start."""
    # A full-width paragraph fails: some word straddles a column start or follows the previous
    # column's word after a plain space rather than a column gap.
    cols: list[int] = []
    prev: Word | None = None
    prev_col = -1
    for w in line.words:
        col = _column_of(w.x0, starts, tol)
        if col < 0:
            return False, []
        if col + 1 < len(starts) and w.x1 > starts[col + 1] - 0.5:
            return False, []
        if col != prev_col:
            if abs(w.x0 - starts[col]) > tol:
                return False, []
            if prev is not None and w.x0 - prev.x1 < 0.6 * column_gap(w.size):
                return False, []
        if col < prev_col:
            return False, []
        cols.append(col)
        prev, prev_col = w, col
    return True, cols


@dataclass
class _Grown:
    members: list[int]
    assignment: dict[int, list[int]]  # line index -> column of each word


def _grow(lines: Sequence[Line], start: int, starts: Sequence[float], used: set[int]) -> _Grown | None:
    tol = max(0.5 * lines[start].size, 3.0)
    members: list[int] = []
    assignment: dict[int, list[int]] = {}
    ok, cols = _fits(lines[start], starts, tol)
    if not ok:
        return None
    members.append(start)
    assignment[start] = cols
    data_size: float | None = None
    head_size = lines[start].size
    j = start + 1
    while j < len(lines) and j not in used:
        ln = lines[j]
        prev = lines[members[-1]]
        if ln.top - prev.bottom > max(2.5 * prev.size, 18.0):
            break
        if data_size is not None and abs(ln.size - data_size) > max(0.6, 0.08 * data_size):
            break  # a footnote in smaller type, a heading in larger type
        if data_size is None and max(ln.size, head_size) > HEADER_LARGER * min(ln.size, head_size):
            break  # a title over a line of body text, not a header over a table's rows
        ok, cols = _fits(ln, starts, tol)
        if not ok and _group_heading(ln, starts) and j + 1 < len(lines) and _fits(lines[j + 1], starts, tol)[0]:
            ok, cols = True, [0] * len(ln.words)
        if not ok:
            break
        if data_size is None and not ln.bold:
            data_size = ln.size
        members.append(j)
        assignment[j] = cols
        j += 1
    multi = sum(1 for m in members[1:] if len(set(assignment[m])) >= 2)
    if len(members) < 2 or multi < 1:
        return None
    return _Grown(members, assignment)


def _group_heading(line: Line, starts: Sequence[float]) -> bool:
    """A list view's group heading («˅ Rapporteringsår : 2079 (6)»): one run set out left of the first column."""
    # A web list prints its group headings with a fold mark before the first column; the rows under them go on in
    # the header's columns, so the heading is a one-cell row of the table, not the table's end.
    return (len(starts) >= 2 and line.x0 < starts[0] - 0.5 * line.size and starts[0] - line.x0 <= 3 * line.size
            and line.x1 < starts[1])


def _row_breaks(lines: Sequence[Line], members: Sequence[int], rules: Sequence[float]) -> list[int]:
    """Indexes (into members) where a new row starts."""
    # A row ends where the white gap between two lines is clearly wider than the gap between the
    # lines of one cell (cell padding), where a horizontal rule runs between them, or where a bold
    # header gives way to body text.
    gaps = [lines[members[k + 1]].top - lines[members[k]].bottom for k in range(len(members) - 1)]
    breaks = [0]
    if not gaps:
        return breaks
    size = dominant_size(w for m in members for w in lines[m].words)
    inner = sorted(gaps)[max(0, len(gaps) // 10)]  # the tightest gaps are the lines inside one cell
    threshold = inner + max(0.25 * size, 2.0)
    uniform = max(gaps) <= threshold  # no line wraps inside a cell: every line is a row
    lead_bold = 0
    while lead_bold < len(members) and lines[members[lead_bold]].bold:
        lead_bold += 1
    for k, g in enumerate(gaps, start=1):
        above, below = lines[members[k - 1]], lines[members[k]]
        ruled_between = any(above.bottom - 1 <= y <= below.top + 1 for y in rules)
        if uniform or g > threshold or ruled_between or k == lead_bold:
            breaks.append(k)
    return breaks


def _build_borderless(lines: Sequence[Line], grown: _Grown, starts: Sequence[float], rules: Sequence[float]) -> FoundTable:
    members = grown.members
    ncols = len(starts)
    words_by_col: list[list[Word]] = [[] for _ in range(ncols)]
    for m in members:
        for w, c in zip(lines[m].words, grown.assignment[m]):
            words_by_col[c].append(w)
    left_edges = [min((w.x0 for w in ws), default=0.0) for ws in words_by_col]
    right_edges = [max((w.x1 for w in ws), default=0.0) for ws in words_by_col]
    breaks = _row_breaks(lines, members, rules) + [len(members)]
    grid: list[list[CellWords | None]] = []
    for a, b in zip(breaks, breaks[1:]):
        row: list[CellWords | None] = []
        for c in range(ncols):
            ws = [w for m in members[a:b] for w, col in zip(lines[m].words, grown.assignment[m]) if col == c]
            row.append(CellWords(left_edges[c], right_edges[c], ws))
        grid.append(row)
    # Confidence: the share of column runs whose first word starts exactly on its column start.
    runs = aligned = 0
    for m in members:
        seen: set[int] = set()
        for w, c in zip(lines[m].words, grown.assignment[m]):
            if c not in seen:
                seen.add(c)
                runs += 1
                aligned += abs(w.x0 - starts[c]) <= 1.5
    confidence = 0.9 * (aligned / runs if runs else 0.0) + 0.05
    all_words = [w for m in members for w in lines[m].words]
    bbox = (
        min(w.x0 for w in all_words),
        min(w.top for w in all_words),
        max(w.x1 for w in all_words),
        max(w.bottom for w in all_words),
    )
    return FoundTable(bbox, grid, round(confidence, 3), ruled=False, columns=tuple(starts))


def _header_starts(line: Line) -> list[float] | None:
    if len(line.words) < 3 or len(line.segments) < 3:
        return None
    if all(len(seg) == 1 for seg in line.segments) and sum(seg[0].text[:1].islower() for seg in line.segments) * 2 > len(
            line.segments):
        # «Foreningene   tilbyr   individuell   veiledning   om»: a justified line of prose, its spaces stretched;
        # a header's cells are names, mostly capitalised.
        return None
    if any(seg[0].text in _RUNS_ON for seg in line.segments[1:]):
        # «DigiTrøndelag | - digitale | ferdigheter | i små | bedrifter»: a title in large type whose word spaces (read
        # from a scan, or set wide) pass for column gaps; no header cell opens with a dash or a little word.
        return None
    return [seg[0].x0 for seg in line.segments]


# Words that run a phrase on from the words before them: a table's header cell does not open with one.
_RUNS_ON = frozenset({"-", "–", "—", "og", "i", "for", "med", "til", "av", "på", "om", "fra", "frå", "som", "eller", "&"})


def borderless_tables(
    lines: Sequence[Line], rules: Sequence[float], carried: Sequence[float] = ()
) -> tuple[list[tuple[FoundTable, list[int]]], set[int]]:
    """Borderless tables among a page's text lines, each with the indexes of the lines it took."""
    # A table starts at a header-like line (three or more runs of words with column gaps between
    # them) and runs while the following lines keep to its columns. `carried` are the column
    # starts of a borderless table that ran off the previous page: the top of this page may go on
    # with it without repeating the header.
    used: set[int] = set()
    found: list[tuple[FoundTable, list[int]]] = []
    if carried and lines:
        grown = _grow(lines, 0, carried, used)
        if grown:
            found.append((_build_borderless(lines, grown, carried, rules), grown.members))
            used.update(grown.members)
    i = 0
    while i < len(lines):
        starts = None if i in used else _header_starts(lines[i])
        if starts:
            grown = _grow(lines, i, starts, used)
            if grown:
                # A header cell that wrapped while its neighbours are bottom-aligned leaves its
                # first line(s) just above the header line: take them into the table too.
                first = i
                while first - 1 >= 0 and first - 1 not in used:
                    above = lines[first - 1]
                    ok, cols = _fits(above, starts, max(0.5 * above.size, 3.0))
                    close = lines[first].top - above.bottom <= 0.6 * above.size
                    if not (ok and close and above.bold == lines[i].bold):
                        break
                    first -= 1
                    grown.members.insert(0, first)
                    grown.assignment[first] = cols
                table = _build_borderless(lines, grown, starts, rules)
                if not labelled_lines(table.rows()) and not prose([lines[k] for k in grown.members], starts):
                    found.append((table, grown.members))
                    used.update(grown.members)
                    i = grown.members[-1] + 1
                    continue
        i += 1
    return found, used


PROSE_SPACE = 1.5  # a gap no wider than this many of a line's word spaces is one more word space


def runs_on(line: Line, starts: Sequence[float]) -> bool:
    """Whether a line crosses from one column into the next after no more than a word space: a sentence
    whose words happen to leave the gutter white, not a row of cells."""
    column = [_column(w, starts) for w in line.words]
    gaps = [(b.x0 - a.x1, ca != cb) for a, b, ca, cb in zip(line.words, line.words[1:], column, column[1:])]
    spaces = [g for g, crossing in gaps if not crossing]
    return bool(spaces) and any(crossing and g <= PROSE_SPACE * median(spaces) for g, crossing in gaps)


def _column(word: Word, starts: Sequence[float]) -> int:
    """The column a word stands in: how many column starts after the first it begins at or right of."""
    return sum(1 for x in starts[1:] if word.x0 >= x - 1.0)


def _columns_of(line: Line, starts: Sequence[float]) -> int:
    return len({_column(w, starts) for w in line.words})


def prose(lines: Sequence[Line], starts: Sequence[float]) -> bool:
    """Whether half the lines that reach into more than one column run on across them after a word space, in type of
    a display's size: a paragraph set so (a phone's screenshot) leaves gutters white by chance for a few lines. (At a
    report's sizes a scanned form's boxes do the same, and are better read as the table they make.)"""
    if not lines or median(ln.size for ln in lines) < DISPLAY_SIZE:
        return False
    across = [ln for ln in lines if _columns_of(ln, starts) > 1]
    return bool(across) and 2 * sum(runs_on(ln, starts) for ln in across) >= len(across)


# A label with its colon opening a cell: «Ansvar:», «Form: prosjekt», «Hvem står bak: …».
_LABEL = re.compile(r"^\W*[^\W\d_][\w/.-]*(?:\s+[\w/.-]+){0,2}:(?:\s|$)")


def labelled_lines(rows: Sequence[Sequence[str | None]]) -> bool:
    """Whether lines that keep to columns are a box of labelled lines («Delmål 2.4 | Form: prosjekt | Ansvar: KS», a
    scan's «Delmål | 2.4 | Form: | prosjekt»): in most lines of more than one cell a cell opens with a label and its
    colon, as a table's body cells do not."""
    cells = [[(c or "").strip() for c in r if (c or "").strip()] for r in rows]
    lines = [line for line in cells if len(line) > 1]
    labelled = sum(1 for line in lines if any(_LABEL.match(c) for c in line))
    return bool(lines) and 2 * labelled > len(lines)


def table_with_columns(lines: Sequence[Line], starts: Sequence[float], rules: Sequence[float] = ()) -> FoundTable | None:
    """The table the lines form under columns found elsewhere (white bands through all its lines, when its
    header's cells run together), or None when the lines do not keep to them."""
    grown = _grow(lines, 0, starts, set())
    return _build_borderless(lines, grown, starts, rules) if grown else None
