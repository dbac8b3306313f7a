"""Text set in columns: find the gutter in the word positions and read each column top to bottom.

A page in two (or more) text columns puts a line of the left column beside a line of the right one;
read straight across, they would run together. A gutter is a vertical band no word crosses over a run
of lines that have text on both sides of it, where the text on the left runs up to the band as
paragraph text does. A table has gutters too, but more than one between its columns and cells that
stop short of them: its lines are left as they are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
from dataclasses import dataclass, replace
from statistics import median
from typing import Sequence

from .pdf_geometry import Line, Word, split_segments

Rule = tuple[float, float, float]  # a horizontal rule on the page: y, x0, x1

MIN_GUTTER = 10.0  # points of white between two text columns, at the least
MIN_BESIDE = 5  # lines on each side of a gutter, for the gutter to be one
STEP = 2.0  # points between the gutter positions tried
FILLED = 0.7  # of a column's width its lines fill (median), where paragraphs run up to the gutter
FLOW_BESIDE = 1  # lines on each side of a slide's two boxes (in a run of two lines or more)
FLOW_GUTTER = 40.0  # points of white between them, at the least
RULES_ACROSS = 2  # horizontal rules across a white band, between the lines beside it, that make it a table's
FLOW_SIZES = 1.15  # how much larger the type of one box is than the other's


@dataclass(frozen=True)
class _Gutter:
    start: int  # index of the first line of the run
    end: int  # one past the last
    left: float  # where the white band starts and ends
    right: float


def _sides(line: Line, a: float, b: float) -> tuple[list[Word], list[Word]]:
    return [w for w in line.words if w.x1 <= a], [w for w in line.words if w.x0 >= b]


class _Bands:
    """For each line and each gutter position tried: whether a word crosses the band there, and whether the
    line has words left and right of it. Worked out once per line with bisection over the positions,
    where asking every word at every position took a third of the PDF stage's time."""

    def __init__(self, lines: Sequence[Line], xs: list[float]) -> None:
        half = MIN_GUTTER / 2
        lows, highs = [x - half for x in xs], [x + half for x in xs]  # the band (a, b) at each position
        positions = range(len(xs))
        self.lines = lines
        # For each position, the lines no word crosses there, top to bottom: a page of paragraphs has
        # words across every band of most lines, so runs are walked over these few, not over every line.
        self.free: list[list[int]] = [[] for _ in xs]
        self.left_from: list[int] = []  # positions from this index on have words left of the band
        self.right_to: list[int] = []  # positions before this index have words right of the band
        for n, line in enumerate(lines):
            free = bytearray(b"\x01") * len(xs)
            for w in line.words:  # w crosses (a, b) where w.x0 < b and w.x1 > a
                i, j = bisect_right(highs, w.x0), bisect_left(lows, w.x1)
                if i < j:
                    free[i:j] = bytes(j - i)
            for k in compress(positions, free):
                self.free[k].append(n)
            self.left_from.append(bisect_left(lows, min(w.x1 for w in line.words)) if line.words else len(xs))
            self.right_to.append(bisect_right(highs, max(w.x0 for w in line.words)) if line.words else 0)
        self.tops = [ln.top if ln.words else 0.0 for ln in lines]
        self.bottoms = [ln.bottom if ln.words else 0.0 for ln in lines]

    def best_run(self, k: int) -> tuple[int, int, int]:
        """The run of consecutive lines no word crosses at position k with the most text on both sides:
        (start, end, n), n the smaller of the number of lines with words left and right of the band, where
        those stand side by side (columns set with different line spacing do not share baselines)."""
        best = (0, 0, 0)
        start = after = 0  # the run being walked is lines start..after-1
        lefts: list[int] = []
        rights: list[int] = []
        left_from, right_to = self.left_from, self.right_to
        for n in (*self.free[k], -1):  # -1 ends the last run
            if n != after:  # a line crossed at k ends the run before n
                if min(len(lefts), len(rights)) > best[2] and self._side_by_side(lefts, rights):
                    best = (start, after, min(len(lefts), len(rights)))
                if n < 0:
                    break
                start, lefts, rights = n, [], []
            after = n + 1
            if k >= left_from[n]:
                lefts.append(n)
            if k < right_to[n]:
                rights.append(n)
        return best

    def _side_by_side(self, lefts: list[int], rights: list[int]) -> bool:
        """Whether the lines left and right of a band stand beside each other for most of their height."""
        if not lefts or not rights:
            return False
        tops, bottoms = self.tops, self.bottoms
        top, bottom = max(tops[lefts[0]], tops[rights[0]]), min(bottoms[lefts[-1]], bottoms[rights[-1]])
        shorter = min(bottoms[lefts[-1]] - tops[lefts[0]], bottoms[rights[-1]] - tops[rights[0]])
        return shorter > 0 and bottom - top >= 0.5 * shorter


def _interior_gaps(parts: list[list[Word]], lo: float, hi: float) -> int:
    """How many white bands of MIN_GUTTER run through every one of the parts between lo and hi."""
    if not parts:
        return 0
    x, gaps, inside, began = lo, 0, False, lo
    while x <= hi:
        free = all(not any(w.x0 < x + 1 and w.x1 > x - 1 for w in part) for part in parts)
        if free and not inside:
            inside, began = True, x
        elif not free and inside:
            inside = False
            gaps += x - began >= MIN_GUTTER
        x += 1.0
    return gaps


def _middle(lo: float, hi: float) -> tuple[float, float]:
    return lo + 0.2 * (hi - lo), hi - 0.2 * (hi - lo)


def _both_sides(run: Sequence[Line], x: float) -> tuple[list[list[Word]], list[list[Word]], float, float]:
    """The words of each line left and right of the band at x, and where the text on each side stops short of it."""
    a, b = x - MIN_GUTTER / 2, x + MIN_GUTTER / 2
    lefts = [left for ln in run if (left := _sides(ln, a, b)[0])]
    rights = [right for ln in run if (right := _sides(ln, a, b)[1])]
    return lefts, rights, max(w.x1 for part in lefts for w in part), min(w.x0 for part in rights for w in part)


def _two_flows(lines: Sequence[Line], bands: _Bands, xs: list[float]) -> _Gutter | None:
    """A slide's two boxes side by side (labelled lines beside a bullet in larger type): too few lines for a
    gutter of columns, but a wide white band between text in two sizes, which no table's cells are set in."""
    best: tuple[int, int, int, float] | None = None
    for k, x in enumerate(xs):
        if len(bands.free[k]) < 2:
            continue  # a run of two lines needs two lines free at k: asked of every page that has no columns
        start, end, beside = bands.best_run(k)
        if beside >= FLOW_BESIDE and end - start >= 2 and (best is None or beside > best[2]):
            best = (start, end, beside, x)
    if best is None:
        return None
    start, end, _, x = best
    lefts, rights, left_edge, right_edge = _both_sides(lines[start:end], x)
    if not _level_with(lefts, rights):
        return None  # «[1.3 | prosjekt | Fagavdelingen]» right-aligned between two paragraphs: one flow, not two boxes
    sizes = sorted((median(w.size for part in lefts for w in part), median(w.size for part in rights for w in part)))
    if right_edge - left_edge < FLOW_GUTTER or sizes[1] < FLOW_SIZES * sizes[0]:
        return None
    return _Gutter(start, end, left_edge, right_edge)


def _level_with(lefts: list[list[Word]], rights: list[list[Word]]) -> bool:
    """Whether some line on one side stands level with a line on the other for half its height: boxes side by side."""
    def span(part: list[Word]) -> tuple[float, float]:
        return min(w.top for w in part), max(w.bottom for w in part)
    return any(min(b1, b2) - max(t1, t2) >= 0.5 * min(b1 - t1, b2 - t2)
               for (t1, b1) in map(span, lefts) for (t2, b2) in map(span, rights))


def _best_position(bands: _Bands, xs: list[float]) -> tuple[int, int, int, float] | None:
    """(start, end, lines beside, x) of the band position with the most lines on both sides, MIN_BESIDE at the least;
    None if no position has as many."""
    best: tuple[int, int, int, float] | None = None
    for k, x in enumerate(xs):
        # A run has no more lines on a side than there are lines free at k: too few cannot win.
        if len(bands.free[k]) < max(MIN_BESIDE, best[2] + 1 if best else 0):
            continue
        start, end, beside = bands.best_run(k)
        # Of positions with as many lines beside, the one whose run is longest: a band just left of where one long
        # line of the left column reaches would end the columns there, and read the rest of it after the right one.
        if beside >= MIN_BESIDE and (best is None or (beside, end - start) > (best[2], best[1] - best[0])):
            best = (start, end, beside, x)
    return best


BAND_BREAK = 6.0  # times the usual line height: white across the page this high parts two bands of layout


def _band_break(lines: Sequence[Line]) -> int | None:
    """Where white across the whole run, far higher than any paragraph's spacing, parts its lines into two bands
    (two columns at the top of a page, a fact box far below them): the index of the first line below it, else None.
    A short column and a box far under it are no column of paragraphs together."""
    heights = [ln.bottom - ln.top for ln in lines if ln.bottom > ln.top]
    if len(lines) < 4 or not heights:
        return None
    usual = median(heights)
    reached = lines[0].bottom
    for n in range(1, len(lines)):
        if lines[n].top - reached > BAND_BREAK * usual:
            return n
        reached = max(reached, lines[n].bottom)
    return None


MIN_PROSE = 3  # lines of a column that open with no label, for its fill to be measured on them alone


def _reaches(parts: list[list[Word]]) -> list[float]:
    """Where each line of a column ends, its labelled lines («Ansvar: VOFO») left out where enough others remain: a
    short column's few paragraph lines run up to the gutter, its fact lines under them stop short."""
    prose = [part for part in parts if not part[0].text.endswith(":")]
    return _ends(prose if len(prose) >= MIN_PROSE else parts)


def _ends(parts: list[list[Word]]) -> list[float]:
    """Where each line of a column ends."""
    return [max(w.x1 for w in part) for part in parts]


def find_gutter(lines: Sequence[Line], rules: Sequence[Rule] = ()) -> _Gutter | None:
    """The gutter of a run of text columns among lines sorted top to bottom, if there is one."""
    if len(lines) < 2:
        return None
    lo, hi = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    width = hi - lo
    xs = []
    x = lo + 0.25 * width
    while x <= lo + 0.75 * width:
        xs.append(x)
        x += STEP
    bands = _Bands(lines, xs)
    best = _best_position(bands, xs)
    if best is None:
        return _two_flows(lines, bands, xs)
    start, end, _, x = best
    found = _columns(lines, start, end, x, rules, lenient=False)
    if found is None and (cut := _band_break(lines[start:end])) is not None:
        # The run went on past white across the page (a fact box far below a short column): the columns above it.
        a, b = x - MIN_GUTTER / 2, x + MIN_GUTTER / 2
        sides = [_sides(ln, a, b) for ln in lines[start:start + cut]]
        if min(sum(1 for left, _ in sides if left), sum(1 for _, right in sides if right)) >= MIN_BESIDE:
            found = _columns(lines, start, start + cut, x, rules, lenient=True)
    return found


def _columns(lines: Sequence[Line], start: int, end: int, x: float, rules: Sequence[Rule], lenient: bool) -> _Gutter | None:
    """The gutter at x through the run lines[start:end], if its two sides are columns of text and no table's.
    `lenient`: a column's labelled lines («Ansvar: VOFO») are left out of how far its lines run (_reaches)."""
    run = lines[start:end]
    lefts, rights, left_edge, right_edge = _both_sides(run, x)
    # Paragraph text runs up to the gutter; a table's or a form's cells stop where their text ends. Two columns of fact
    # boxes, the same labels on both sides («Delmål: 1.1»), have as many short lines as paragraph lines: there the
    # upper quartile must run up (a form's labels stand on one side only).
    fill = _upper_quartile if _same_labels(lefts, rights) else median
    reach = _reaches if lenient else _ends
    left_start = min(w.x0 for part in lefts for w in part)
    if fill(reach(lefts)) < left_start + FILLED * (left_edge - left_start):
        return None
    right_end = max(w.x1 for part in rights for w in part)
    if fill(reach(rights)) < right_edge + FILLED * (right_end - right_edge):
        return None
    # A second white band through every line on one side: columns of a table, not of text. (The band
    # between a column of bullets and their text hugs the column's edge: only the middle counts.)
    if _interior_gaps(lefts, *_middle(left_start, left_edge)) or _interior_gaps(rights, *_middle(right_edge, right_end)):
        return None
    # Rules drawn across the band between the run's lines: a wide table's row separators, whose last column stood
    # apart like a column of text (a browser's print of a list); text columns are not ruled across their gutter.
    top, bottom = run[0].top, run[-1].bottom
    if sum(top < y < bottom and x0 < left_edge and x1 > right_edge for y, x0, x1 in rules) >= RULES_ACROSS:
        return None
    return _Gutter(start, end, left_edge, right_edge)


TAIL_GAP = 2.5  # times a column's usual gap between lines: white enough to set what follows apart from the columns
TAIL_LINES = 2  # lines of a heading standing under the columns, over the full-width text that follows them


def _without_tail_below(lines: Sequence[Line], gutter: _Gutter, middle: float) -> _Gutter:
    """The gutter's run less the one-sided lines that stand below both columns after a wide white gap: a heading under
    a grid of fact boxes («Tiltak avsluttet i 2067») is no part of the left column, to be read before the right one."""
    run = range(gutter.start, gutter.end)
    left = [n for n in run if any(w.x1 <= middle for w in lines[n].words)]
    right = [n for n in run if any(w.x0 >= middle for w in lines[n].words)]
    if not left or not right or left[-1] == right[-1]:
        return gutter
    longer, shorter = (left, right) if left[-1] > right[-1] else (right, left)
    tail = [n for n in longer if n > shorter[-1] and lines[n].top > lines[shorter[-1]].bottom]
    # The white between a column's paragraphs, not its lines: a heading under the grid stands further off than that.
    gaps = [gap for a, b in zip(longer, longer[1:]) if b not in tail and (gap := lines[b].top - lines[a].bottom) > 0]
    gaps = [g for g in gaps if g > median(gaps)] or gaps
    if not tail or not gaps or gutter.end >= len(lines):
        return gutter
    # Only a heading's few lines over the full-width text that ended the run, after white wider than the column's
    # paragraphs leave: a column running on is read whole.
    for n in tail[-TAIL_LINES:]:
        before = longer[longer.index(n) - 1]
        if lines[n].top - lines[before].bottom > TAIL_GAP * max(median(gaps), 1.0):
            return _Gutter(gutter.start, n, gutter.left, gutter.right)
    return gutter


SAME_LABELS = 2  # labels («Delmål:», «Ansvar:») both columns open lines with, each at least twice on each side


def _same_labels(lefts: list[list[Word]], rights: list[list[Word]]) -> bool:
    def labels(parts: list[list[Word]]) -> set[str]:
        opened = [part[0].text.casefold() for part in parts if part[0].text.endswith(":")]
        return {w for w in opened if opened.count(w) >= 2}
    return len(labels(lefts) & labels(rights)) >= SAME_LABELS


def _upper_quartile(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[(3 * len(ordered)) // 4]


def _part(words: list[Word]) -> Line:
    return Line(list(words), segments=split_segments(words))


MARGIN_FROM, MARGIN_TO = 0.08, 0.4  # of the text's width: where a margin column's gutter may stand
MARGIN_SIZES = 0.85  # a margin note's type is this much smaller than the text beside it, at the most
NOTE_GAP = 1.2  # times a note's line height: white wider than this parts two notes


def _margin(lines: Sequence[Line]) -> tuple[_Gutter, float] | None:
    """A narrow column of notes in small type left of the text («Delmål 1.4», «Ansvar: …» beside each tiltak's
    heading): its gutter, and the size under which a line's left words are a note; None if the page has none."""
    if len(lines) < MIN_BESIDE:
        return None
    lo, hi = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    xs = [lo + MARGIN_FROM * (hi - lo) + STEP * k for k in range(int((MARGIN_TO - MARGIN_FROM) * (hi - lo) / STEP))]
    best = _best_position(_Bands(lines, xs), xs)
    if best is None:
        return None
    start, end, _, x = best
    lefts, rights, left_edge, right_edge = _both_sides(lines[start:end], x)
    note_size = median(w.size for part in lefts for w in part)
    body_size = median(w.size for part in rights for w in part)
    right_end = max(w.x1 for part in rights for w in part)
    if note_size > MARGIN_SIZES * body_size or median([max(w.x1 for w in part) for part in rights]) < (
            right_edge + FILLED * (right_end - right_edge)):
        return None  # notes are set small beside paragraphs that run the column's width
    return _Gutter(start, end, left_edge, right_edge), (note_size + body_size) / 2


def _with_notes(run: Sequence[Line], middle: float, small: float) -> list[Line]:
    """The run's text with each margin note read after the heading (or line) it stands beside: a tiltak's heading, its
    particulars, then its text, as a block is read. A line on the left in the text's own type stays where it is."""
    body: list[Line] = []
    notes: list[list[Line]] = []
    for ln in run:
        left = [w for w in ln.words if w.x1 <= middle]
        if left and median(w.size for w in left) < small:
            # A note's bold words («Delmål 1.4») are its own emphasis, no heading of the text beside it.
            note = _part([replace(w, bold=False) for w in left])
            if notes and notes[-1] and note.top - notes[-1][-1].bottom <= NOTE_GAP * (note.bottom - note.top):
                notes[-1].append(note)
            else:
                notes.append([note])
            rest = [w for w in ln.words if w.x0 >= middle]
            if rest:
                body.append(_part(rest))
        else:
            body.append(ln)
    out: list[Line] = []
    pending = sorted(notes, key=lambda n: n[0].top)
    for n, ln in enumerate(body):
        out.append(ln)
        after = body[n + 1] if n + 1 < len(body) else None
        # The note goes after the lines of the heading beside its first line: the next line in another type ends it.
        while pending and ln.bottom >= pending[0][0].top and (
                after is None or (after.size, after.font) != (ln.size, ln.font) or after.top > pending[0][-1].bottom):
            out.extend(pending.pop(0))
    return out + [ln for note in pending for ln in note]


def reading_order(lines: Sequence[Line], rules: Sequence[Rule] = ()) -> list[Line]:
    """A page's lines in reading order: each run of text columns read column by column, top to bottom;
    what stands above, between and below such runs (a title, a full-width paragraph) where it stands."""
    lines = list(lines)
    margin = _margin(lines)
    if margin is not None:
        noted, small = margin
        middle = (noted.left + noted.right) / 2
        return (reading_order(lines[: noted.start], rules) + _with_notes(lines[noted.start : noted.end], middle, small)
                + reading_order(lines[noted.end :], rules))
    gutter = find_gutter(lines, rules)
    if gutter is None:
        return lines
    middle = (gutter.left + gutter.right) / 2
    gutter = _without_tail_below(lines, gutter, middle)
    run = lines[gutter.start : gutter.end]
    left = [_part([w for w in ln.words if w.x1 <= middle]) for ln in run if any(w.x1 <= middle for w in ln.words)]
    right = [_part([w for w in ln.words if w.x0 >= middle]) for ln in run if any(w.x0 >= middle for w in ln.words)]
    # Each column may hold runs of its own (three columns); what follows the run may be another layout.
    return (lines[: gutter.start] + reading_order(left, rules) + reading_order(right, rules)
            + reading_order(lines[gutter.end :], rules))
