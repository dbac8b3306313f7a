"""The sheets of paper on a scan: the scanner's dark bed cut away, and an open booklet split at its fold.

A booklet laid open on the glass comes out as two pages side by side on a dark bed, a shadow where the
pages bend into the binding. Read as one page, the paper's edges and the shadow are long dark strokes: the
table finder takes them for a grid, and the two pages' lines are read across the fold as one. Cut to the
paper and split at the shadow, each page is read on its own, top to bottom.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

BED = 110  # grey: the scanner's bed (or the table under a photographed page) is darker than this; paper is lighter
PAPER_SHARE = 0.6  # a line of the picture is paper when this share of it is lighter than BED
MIN_MARGIN = 0.02  # a dark margin narrower than this share of the picture is a scanner's shadow, not its bed
SPREAD = 1.15  # paper this much wider than tall holds two upright pages side by side
FOLD_BAND = (0.4, 0.6)  # where across an open booklet its fold lies
FOLD_DARKER = 40  # grey levels: a fold's shadow is this much darker than the pages beside it
FOLD_EDGE = 15  # grey levels: the shadow ends where the paper is within this of its usual brightness
FOLD_WIDTH = 0.005  # share of the width: a fold's shadow is wider than a ruled line


def _paper_span(light: np.ndarray) -> tuple[int, int] | None:
    """First and last index of the lines that are mostly paper, or None when none is."""
    lines = np.flatnonzero(light >= PAPER_SHARE)
    return (int(lines[0]), int(lines[-1]) + 1) if lines.size else None


def paper_box(grey: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the paper on a dark bed; None when the picture is paper to its edges."""
    light = grey > BED
    across, down = _paper_span(light.mean(axis=0)), _paper_span(light.mean(axis=1))
    if across is None or down is None:
        return None
    (left, right), (top, bottom) = across, down
    height, width = grey.shape
    margins = (left / width, (width - right) / width, top / height, (height - bottom) / height)
    if max(margins) < MIN_MARGIN:
        return None
    return left, top, right, bottom


def fold_cut(grey: np.ndarray) -> tuple[int, int] | None:
    """The columns (from, to) of an open booklet's fold shadow on paper wider than tall; None when there is none.
    Each half is a page standing upright; a wide table's ruled line is no fold."""
    height, width = grey.shape
    if width < SPREAD * height or height < width / 2:
        return None
    columns = grey.mean(axis=0)
    usual = float(np.median(columns))
    start, stop = round(width * FOLD_BAND[0]), round(width * FOLD_BAND[1])
    darkest = start + int(np.argmin(columns[start:stop]))
    if columns[darkest] > usual - FOLD_DARKER:
        return None
    left = darkest
    while left > 0 and columns[left - 1] < usual - FOLD_EDGE:
        left -= 1
    right = darkest + 1
    while right < width and columns[right] < usual - FOLD_EDGE:
        right += 1
    return (left, right) if right - left >= FOLD_WIDTH * width else None


def sheets(page: Image.Image) -> list[Image.Image]:
    """The page cut to its paper, split in two at a booklet's fold: one picture per page of paper, left first."""
    grey = np.asarray(page.convert("L"))
    box = paper_box(grey)
    if box is not None:
        page = page.crop(box)
        grey = grey[box[1]:box[3], box[0]:box[2]]
    cut = fold_cut(grey)
    if cut is None:
        return [page]
    return [page.crop((0, 0, cut[0], page.height)), page.crop((cut[1], 0, page.width, page.height))]
