"""A booklet printed two pages to a sheet (Word's «Bok-bretting», a printer's saddle stitch): each landscape page cut
into its two halves, and the halves put in the order of their printed page numbers.

Read as it stands, a sheet's two pages share their text lines, and the pages run 8, 1, 2, 7, 6, 3, 4, 5. A document is
taken for such a booklet only when every page is landscape with white down its middle, and the page numbers printed in
the halves are the ones the imposition puts there (at least two sheets showing them): saddle-stitched, sheet i holds
N+1-i | i (i odd) or i | N+1-i (i even) of N = 2 × sheets; two-up in order, 2i-1 | 2i.
"""

from __future__ import annotations

from dataclasses import replace

from .pdf_geometry import Word
from .pdf_page import BBox, PageData

MIDDLE = 0.04  # of the sheet's width on each side of its middle that no word may cross
EDGE_BAND = 0.12  # of the page's height at its top or bottom where a page number stands
MIN_NUMBERED = 2  # sheets whose printed numbers must fit the imposition


def _number_in(words: list[Word], height: float) -> int | None:
    """The page number printed in a half: a word of digits alone in its top or bottom band."""
    found = [w for w in words if w.text.isdigit() and len(w.text) <= 3
             and (w.top > height * (1 - EDGE_BAND) or w.bottom < height * EDGE_BAND)]
    return int(found[0].text) if len(found) == 1 else None


def _halves(page: PageData) -> tuple[list[Word], list[Word]] | None:
    """The words of a landscape page's left and right halves, if no word crosses its middle and both hold words."""
    mid, band = page.width / 2, page.width * MIDDLE
    if page.width <= page.height or any(w.x0 < mid + band and w.x1 > mid - band for w in page.words):
        return None
    left = [w for w in page.words if w.x1 <= mid]
    right = [w for w in page.words if w.x0 >= mid]
    return (left, right) if left and right else None


def _order(numbers: list[tuple[int | None, int | None]]) -> list[tuple[int, int]] | None:
    """Each sheet's (left, right) page numbers by the imposition its printed numbers fit; None if they fit none."""
    n = 2 * len(numbers)
    saddle = [(n + 1 - i, i) if i % 2 else (i, n + 1 - i) for i in range(1, len(numbers) + 1)]
    in_order = [(2 * i - 1, 2 * i) for i in range(1, len(numbers) + 1)]
    for scheme in (saddle, in_order):
        said = [(a, b, expected) for (a, b), expected in zip(numbers, scheme) if a is not None or b is not None]
        fits = all((a is None or a == e[0]) and (b is None or b == e[1]) for a, b, e in said)
        if fits and sum(1 for a, b, _ in said if a is not None and b is not None) >= MIN_NUMBERED:
            return scheme
    return None


def _half(page: PageData, words: list[Word], left: bool, number: int) -> PageData:
    mid = page.width / 2
    shift = 0.0 if left else mid

    def inside(x0: float, x1: float) -> bool:
        return x1 <= mid + 0.5 if left else x0 >= mid - 0.5

    def moved(boxes: list[BBox]) -> list[BBox]:
        return [(b[0] - shift, b[1], b[2] - shift, b[3]) for b in boxes if inside(b[0], b[2])]

    return PageData(
        number, mid, page.height, [replace(w, x0=w.x0 - shift, x1=w.x1 - shift) for w in words],
        [{**e, "x0": e["x0"] - shift, "x1": e["x1"] - shift} for e in page.edges if inside(e["x0"], e["x1"])],
        moved(page.images), sum(len(w.text) + 1 for w in words), page.unreadable, moved(page.shapes),
        [replace(m, box=moved([m.box])[0]) for m in page.marks if inside(m.box[0], m.box[2])])


def booklet_pages(pages: list[PageData]) -> list[PageData] | None:
    """The booklet's pages in the order of their printed numbers, each a half sheet; None for any other document."""
    halves = [_halves(p) for p in pages]
    if len(pages) < MIN_NUMBERED or any(h is None for h in halves):
        return None
    split = [h for h in halves if h is not None]
    numbers = [(_number_in(left, p.height), _number_in(right, p.height)) for p, (left, right) in zip(pages, split)]
    scheme = _order(numbers)
    if scheme is None:
        return None
    out = [_half(p, words, side == 0, scheme[k][side])
           for k, (p, pair) in enumerate(zip(pages, split)) for side, words in enumerate(pair)]
    return sorted(out, key=lambda p: p.number)
