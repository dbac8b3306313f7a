"""Finds the ruled tables of one PDF page (pdfplumber's table finder or camelot), and the cell model all PDF tables share.

Only the grid of cell texts comes out; what the columns mean is decided later (pipeline.rows).
Borderless tables are found in pdf_borderless.
"""

from __future__ import annotations

import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Collection, Sequence, cast

from .content import COVERED
from .pdf_geometry import Edge, Line, Word, group_lines, is_midword_break, join_wrapped
from .pdf_page import PageData

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

# pdfplumber's lines strategy: cells only where ruling lines (lines or rect edges) intersect.
PLUMBER_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}


@dataclass
class CellWords:
    """The words of one cell and the edges its lines start at and wrap at."""

    left: float
    right: float
    words: list[Word]

    @cached_property
    def lines(self) -> list[Line]:
        """The words in lines: asked for the cell's row breaks, its text and the document's vocabulary."""
        return group_lines(self.words)


@dataclass
class FoundTable:
    """A table on one page before it becomes a TableBlock; columns is set for borderless tables."""

    # Cell texts are made at the end (rows()), when the whole document's vocabulary is known.

    bbox: BBox
    grid: list[list[CellWords | None]]  # None: a slot covered by a merged cell
    confidence: float
    ruled: bool
    columns: tuple[float, ...] = ()

    def rows(self, vocabulary: Collection[str] = ()) -> tuple[tuple[str | None, ...], ...]:
        return tuple(
            tuple(COVERED if c is None else cell_text(c, vocabulary) for c in row)
            for row in self.grid
        )

    def words(self) -> list[Word]:
        return [w for row in self.grid for c in row if c is not None for w in c.words]

    def cell_lines(self) -> list[list[Word]]:
        """The lines of every cell (for the document's vocabulary)."""
        return [ln.words for row in self.grid for c in row if c is not None for ln in c.lines]


# ---------------------------------------------------------------------------------------------
# Text of a cell


# OCR reads a ruling line of a scanned table as a bar character standing alone.
_RULE_GLYPHS = frozenset("|¦‖│┃")


def is_rule_glyph(text: str) -> bool:
    """Whether an OCR'd word is only a ruling line read as bars ("|", "||")."""
    stripped = text.strip()
    return bool(stripped) and all(ch in _RULE_GLYPHS for ch in stripped)


def inside_bbox(w: Word, bbox: BBox) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= w.xc <= x1 and top <= w.yc <= bottom


# A cell's bold lead is its title only when plain text of at least this many words follows it.
TITLE_LEAD_MIN_REST = 3


def cell_text(cell: CellWords, vocabulary: Collection[str] = ()) -> str:
    """The words of one cell as text; its edges (where its lines start and must wrap) find mid-word breaks.

    A cell that opens with bold words and goes on in plain text ("title, then what was done") keeps the
    break: its bold lead is one line, the rest another."""
    if not cell.words:
        return ""
    lead, rest = _bold_lead(cell.lines)
    if lead:
        return (f"{_joined_lines(group_lines(lead), cell.left, cell.right, vocabulary)}\n"
                f"{_joined_lines(group_lines(rest), cell.left, cell.right, vocabulary)}")
    return _joined_lines(cell.lines, cell.left, cell.right, vocabulary)


def _bold_lead(lines: Sequence[Line]) -> tuple[list[Word], list[Word]]:
    """The bold words a cell opens with and the plain words after them; ([], []) unless both are there."""
    ordered = [w for ln in lines for w in ln.words]
    n = next((i for i, w in enumerate(ordered) if not w.bold), len(ordered))
    rest = ordered[n:]
    if n == 0 or len(rest) < TITLE_LEAD_MIN_REST or any(w.bold for w in rest):
        return [], []
    return ordered[:n], rest


def _joined_lines(lines: Sequence[Line], left_edge: float, right_edge: float, vocabulary: Collection[str]) -> str:
    glued = frozenset(
        i
        for i in range(1, len(lines))
        if is_midword_break(lines[i - 1].words, lines[i].words, left_edge, right_edge, vocabulary)
    )
    return join_wrapped([ln.text for ln in lines], glued)


def _ruled_cell(words: list[Word], bbox: BBox) -> CellWords:
    if not words:
        return CellWords(bbox[0], bbox[2], words)
    # Left-aligned text shows the cell's padding; assume the same on the right to know where lines wrap.
    pad = min(max(min(w.x0 for w in words) - bbox[0], 1.0), 12.0)
    return CellWords(bbox[0] + pad, bbox[2] - pad, words)


def _grid_to_table(grid: list[list[BBox | None]], words: Sequence[Word], confidence: float | None) -> FoundTable | None:
    """Cell boxes (None where a merged cell covers the slot) to a FoundTable holding each cell's words."""
    if not grid or max(len(r) for r in grid) < 2:
        # A one-column "table" is a framed note or a box around text: leave it to the paragraphs.
        return None
    x0 = min(b[0] for r in grid for b in r if b)
    top = min(b[1] for r in grid for b in r if b)
    x1 = max(b[2] for r in grid for b in r if b)
    bottom = max(b[3] for r in grid for b in r if b)
    bbox = (x0, top, x1, bottom)
    inside = [w for w in words if inside_bbox(w, bbox)]
    if not inside:
        return None  # a drawn grid with nothing in it (a form, a decoration)
    # Words by the height of their centre, so each cell looks only at those level with it.
    order = sorted(range(len(inside)), key=lambda k: inside[k].yc)
    centres = [inside[k].yc for k in order]
    cells: list[list[CellWords | None]] = []
    clean = 0
    spanned = _spanned_slots(grid)
    for n, r in enumerate(grid):
        row: list[CellWords | None] = []
        for c, b in enumerate(r):
            if b is None:
                # A slot the cell to its left spans is empty, as in Word and Excel; one covered from above is COVERED.
                left = spanned[n][c]
                row.append(None if left is None else CellWords(left, left, []))
                continue
            level = sorted(order[bisect_left(centres, b[1]) : bisect_right(centres, b[3])])
            mine = [inside[k] for k in level if b[0] <= inside[k].xc <= b[2]]
            clean += sum(1 for w in mine if w.x0 >= b[0] - 1 and w.x1 <= b[2] + 1)
            row.append(_ruled_cell(mine, b))
        # A slot row that merged cells cover from end to end is a sliver between two rules drawn at
        # slightly different heights (a skewed scan), not a row of the table.
        if any(c is not None for c in row):
            cells.extend(_split_at_white_bands(row))
    if confidence is None:
        # Share of the table's words that sit wholly inside one cell.
        confidence = clean / len(inside)
    return FoundTable(bbox, cells, round(confidence, 3), ruled=True)


def _spanned_slots(grid: list[list[BBox | None]]) -> list[list[float | None]]:
    """For each empty slot that a cell to its left in the same row reaches across, the slot's left edge; else None."""
    width = max(len(r) for r in grid)
    lefts = [min((b[0] for r in grid if c < len(r) and (b := r[c]) is not None), default=None) for c in range(width)]
    out: list[list[float | None]] = []
    for r in grid:
        row: list[float | None] = []
        reach = None  # the right edge of the last cell seen in this row
        for c, b in enumerate(r):
            if b is not None:
                reach = b[2]
                row.append(None)
                continue
            left = lefts[c]
            row.append(left if reach is not None and left is not None and reach > left + 1 else None)
        out.append(row)
    return out


def _split_at_white_bands(row: list[CellWords | None]) -> list[list[CellWords | None]]:
    """A ruled row whose filled cells all break at one height, by white clearly wider than their line
    spacing, is two rows whose rule the finder missed (a faint line on a scan); else the row as it is."""
    filled = [c for c in row if c is not None and c.words]
    if len(filled) < 2:
        return [row]
    lines = {id(c): c.lines for c in filled}
    inner = [b.top - a.bottom for c in filled for a, b in zip(lines[id(c)], lines[id(c)][1:])]
    spans = sorted((ln.top, ln.bottom) for c in filled for ln in lines[id(c)])
    size = max(w.bottom - w.top for c in filled for w in c.words)
    # White within a cell is its line spacing; a row's padding is at least half a line more.
    least = max(min(inner, default=0.0), 0.0) + max(0.5 * size, 2.0)
    cuts, reach = [], spans[0][1]
    for top, bottom in spans[1:]:
        if top - reach >= least:
            cut = (reach + top) / 2
            if all(any(ln.bottom < cut for ln in lines[id(c)]) and any(ln.top > cut for ln in lines[id(c)])
                   for c in filled):
                cuts.append(cut)
        reach = max(reach, bottom)
    if not cuts:
        return [row]
    bounds = [float("-inf"), *cuts, float("inf")]
    return [[None if c is None else CellWords(c.left, c.right, [w for w in c.words if lo < w.yc < hi])
             for c in row] for lo, hi in zip(bounds, bounds[1:])]


# ---------------------------------------------------------------------------------------------
# Ruled tables: pdfplumber


def _closing_edges(edges: Sequence[Edge]) -> list[Edge]:
    """Horizontal edges that close a table whose vertical rules run past its last (or first) rule."""
    # Some writers (reportlab's GRID) leave a row split at a page break without its bottom (top)
    # border; the vertical rules still end together there, so a line is added where they end.
    vert = [e for e in edges if e["orientation"] == "v" and e["height"] > 3]
    horiz = [e for e in edges if e["orientation"] == "h" and e["width"] > 3]
    if len(vert) < 3 or not horiz:
        return []
    added: list[Edge] = []
    for key in ("bottom", "top"):
        for group in _cluster(vert, key, 2.0):
            xs = sorted({round(e["x0"], 1) for e in group})
            if len(xs) < 3:
                continue
            y = sum(e[key] for e in group) / len(group)
            lo, hi = xs[0], xs[-1]
            at_y = [h for h in horiz if abs(h["top"] - y) <= 3 and h["x1"] > lo and h["x0"] < hi]
            covered = sum(min(h["x1"], hi) - max(h["x0"], lo) for h in at_y)
            if covered > 0.1 * (hi - lo):
                continue
            ys = (min(e["top"] for e in group), max(e["bottom"] for e in group))
            crossing = any(
                ys[0] - 1 <= h["top"] <= ys[1] + 1 and h["x0"] <= lo + 3 and h["x1"] >= hi - 3 for h in horiz
            )
            if crossing:  # the verticals belong to a ruled table, not to a sidebar or a chart
                added.append(
                    {
                        "object_type": "h_edge",  # passed through as an edge by pdfplumber
                        "orientation": "h",
                        "x0": lo,
                        "x1": hi,
                        "width": hi - lo,
                        "top": y,
                        "bottom": y,
                        "height": 0,
                    }
                )
    return added


def _cluster(objs: Sequence[Edge], key: str, tol: float) -> list[list[Edge]]:
    groups: list[list[Edge]] = []
    for o in sorted(objs, key=lambda o: o[key]):
        if groups and o[key] - groups[-1][-1][key] <= tol:
            groups[-1].append(o)
        else:
            groups.append([o])
    return groups


class _Edges:
    """The part of a page pdfplumber's TableFinder looks at for the "lines" strategy."""

    def __init__(self, page: PageData) -> None:
        self.edges = page.edges
        self.bbox = (0.0, 0.0, page.width, page.height)


def ruled_tables_plumber(page: PageData, words: Sequence[Word]) -> list[FoundTable]:
    """Ruled tables of a page by pdfplumber's table finder; merged-cell slots come back as COVERED."""
    if not page.edges:
        return []
    settings = dict(PLUMBER_SETTINGS)
    closing = _closing_edges(page.edges)
    if closing:
        settings["explicit_horizontal_lines"] = closing
    from pdfplumber.table import TableFinder  # pdfplumber (and pdfminer under it) take long to load

    found = []
    for t in TableFinder(cast(Any, _Edges(page)), settings).tables:  # it reads only .edges and .bbox
        grid = [list(row.cells) for row in t.rows]
        table = _grid_to_table(grid, words, None)
        if table:
            found.append(table)
    return found


def has_ruling_hint(page: PageData) -> bool:
    """Whether a page draws enough lines to hold a ruled table (cheap; no table building)."""
    vert = sum(1 for e in page.edges if e["orientation"] == "v" and e["height"] > 8)
    horiz = sum(1 for e in page.edges if e["orientation"] == "h" and e["width"] > 20)
    return vert >= 3 and horiz >= 2


def picture_share(page: PageData) -> float:
    """How much of the page pictures cover (0-1); a scan is one picture, or strips of one, over the page."""
    area = page.width * page.height
    covered = sum(max(0.0, x1 - x0) * max(0.0, bottom - top) for x0, top, x1, bottom in page.images)
    return min(1.0, covered / area) if area > 0 else 0.0


def has_image_under_text(page: PageData, words: Sequence[Word]) -> bool:
    """Whether text lies on a large picture: a scan with a text layer, whose ruling lines only
    exist as pixels. pdfplumber sees no lines there; camelot renders the page and can."""
    area = page.width * page.height
    for box in page.images:
        if (box[2] - box[0]) * (box[3] - box[1]) >= 0.2 * area and sum(inside_bbox(w, box) for w in words) >= 6:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Ruled tables: camelot lattice


def ruled_tables_camelot(
    path: Path, page_number: int, page_height: float, words: Sequence[Word], password: str | None
) -> list[FoundTable]:
    """Camelot's lattice grid for a page, its accuracy as confidence; texts come from our words."""
    # Camelot returns a uniform grid with missing borders where cells are merged (and '' as their
    # text unless copy_text is set); a slot without its top (left) border is covered by the cell
    # above (to the left), which gives the same grid, with COVERED slots, that pdfplumber does.
    from camelot.io import read_pdf  # slow to import (opencv, pandas); only when asked for

    # line_scale 40, not camelot's 15: at 15 a rule shorter than 1/15 of the page is dropped, which
    # loses the vertical rules of a table of two or three rows (seen on OCR'd scans).
    kwargs = {"pages": str(page_number), "flavor": "lattice", "suppress_stdout": True, "line_scale": 40}
    if password:
        kwargs["password"] = password
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "No tables found on page-N" and the like
        tables = read_pdf(str(path), **kwargs)
    found = []
    for t in tables:
        cells = t.cells
        nrows, ncols = len(cells), len(cells[0]) if cells else 0
        grid: list[list[BBox | None]] = []
        for r in range(nrows):
            row: list[BBox | None] = []
            for c in range(ncols):
                cell = cells[r][c]
                if (r > 0 and not cell.top) or (c > 0 and not cell.left):
                    row.append(None)
                    continue
                c2 = c
                while c2 + 1 < ncols and not cells[r][c2 + 1].left:
                    c2 += 1
                r2 = r
                while r2 + 1 < nrows and not cells[r2 + 1][c].top:
                    r2 += 1
                # camelot: PDF space, origin bottom-left; ours: origin top-left
                row.append((cell.x1, page_height - cell.y2, cells[r2][c2].x2, page_height - cells[r2][c2].y1))
            grid.append(row)
        accuracy = float(t.parsing_report.get("accuracy", 100.0)) / 100.0
        table = _grid_to_table(grid, words, accuracy)
        if table:
            found.append(table)
    return found
