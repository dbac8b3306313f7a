"""The picture of a scanned page before OCR: specks wiped, paper made white, horizontal rules found.

Tesseract reads a cluster of specks as a short word («VA», «sg», «Å»); in a table's gutter such a word
bridges two columns, and the table's columns are no longer found. A median filter removes the specks
but also the dots and thin strokes of small print («2.5» became «ds»). Instead, only what is small and
stands alone goes: a blot of ink no larger than a full stop with no larger ink near it. The dot of
«1.3» sits beside its digits and stays.

A table drawn with horizontal rules only has no grid for a table finder, but its rules still say where
one row ends and the next begins: long runs of ink across the picture.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

SPECK = 2.0  # points: a blot no wider or taller than this is as small as a full stop (a bullet is larger)
NEAR = 2.0  # points: a small blot this close to larger ink belongs to it (a full stop, the dot of an i)
RULE = 72.0  # points: ink running level this far is a rule; no letter or word is that long without a gap
RULE_GAP = 0.3  # points: a rule scanned with a break this short is one rule (letters stand further apart)


def ink_mask(grey: np.ndarray) -> np.ndarray:
    """1 where the page is ink, 0 where paper: split at the grey value Otsu's method finds on the page."""
    import cv2  # comes with camelot; loaded only when a scan is read

    _, ink = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def prepared(page: Image.Image, dpi: float) -> tuple[Image.Image, tuple[float, ...]]:
    """The page (grayscale) on white paper without the small blots of ink that stand alone, and the y of
    its long horizontal rules in points from the top (the page is level)."""
    import cv2

    grey = np.asarray(page.convert("L"))
    ink = ink_mask(grey)
    rule_pixels = _rule_pixels(ink, dpi)
    out = grey.copy()
    # A grey or mottled paper is made white: Tesseract then splits ink from paper where the page does.
    out[ink == 0] = 255
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    speck = max(1, round(SPECK * dpi / 72))
    small = (stats[:, cv2.CC_STAT_WIDTH] <= speck) & (stats[:, cv2.CC_STAT_HEIGHT] <= speck)
    small[0] = False  # label 0 is the paper
    # A speck beside a rule is no part of it (OCR takes it into the word under the rule's end): ink
    # that is mostly rule does not keep specks.
    on_rule = np.bincount(labels[rule_pixels > 0], minlength=count)
    letters = ~small & (on_rule < stats[:, cv2.CC_STAT_AREA] / 2)
    letters[0] = False
    reach = max(1, round(NEAR * dpi / 72))
    near_letters = cv2.dilate(letters[labels].astype(np.uint8), np.ones((2 * reach + 1, 2 * reach + 1), np.uint8))
    # A small blot within reach of a letter is kept whole: it is part of a letter or a number.
    kept = np.zeros(count, dtype=bool)
    kept[np.unique(labels[(near_letters > 0) & (ink > 0)])] = True
    out[(small & ~kept)[labels]] = 255
    return Image.fromarray(out), _rule_heights(rule_pixels, dpi)


def _rule_pixels(ink: np.ndarray, dpi: float) -> np.ndarray:
    """1 on the pixels of long horizontal runs of ink (rules), small breaks in them closed."""
    import cv2

    gap = max(1, round(RULE_GAP * dpi / 72))
    # Three pixel rows together: a rule turned by a trace still runs level that far.
    closed = cv2.dilate(ink, np.ones((3, 2 * gap + 1), np.uint8))
    return cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((1, max(1, round(RULE * dpi / 72))), np.uint8))


def _rule_heights(rule_pixels: np.ndarray, dpi: float) -> tuple[float, ...]:
    rows = np.flatnonzero(rule_pixels.any(axis=1))
    if rows.size == 0:
        return ()
    # Neighbouring pixel rows are one rule (a rule is a few pixels thick): its middle is where it runs.
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    return tuple(round(float(band.mean()) * 72 / dpi, 1) for band in bands)
