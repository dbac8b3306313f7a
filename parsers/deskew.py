"""A scanned page turned by a fraction of a degree, set straight before OCR.

A sheet-feed scanner or a copier turns the page a little. Tesseract reads turned text well enough,
but the ruling lines of a turned table no longer run level: a table finder sees rules that start
and stop at different heights, rows of slivers, and rows whose rule it missed. The angle is the one
at which the page's ink falls into the sharpest horizontal bands (its lines of text and rules).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

MAX_SKEW = 3.0  # degrees; a page turned further was put in by hand and is left to Tesseract
COARSE, FINE = 0.25, 0.05  # degrees between the angles tried
LEAST = 0.1  # a page turned less than this is left as it is
SAMPLE_WIDTH = 500  # the angle is found on a copy about this many pixels wide
INK = 160  # grey values darker than this are ink


def skew_angle(page: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that sets the page's lines level."""
    factor = max(1, round(page.width / SAMPLE_WIDTH))
    small = page.convert("L")
    small = small.reduce(factor) if factor > 1 else small
    ink = small.point(lambda v: 255 if v < INK else 0)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
        profile = np.asarray(turned, dtype=np.float32).sum(axis=1)
        return float(np.sum(np.diff(profile) ** 2))

    def best(angles: np.ndarray) -> float:
        # Ties go to the angle nearest level: a blank page or a single line stays as it is.
        return float(max(angles, key=lambda a: (sharpness(a), -abs(a))))

    coarse = best(np.arange(-MAX_SKEW, MAX_SKEW + COARSE / 2, COARSE))
    return round(best(np.arange(coarse - COARSE, coarse + COARSE + FINE / 2, FINE)), 2)


def straightened(page: Image.Image) -> Image.Image:
    """The page turned level (on white paper), or the page itself when it already is."""
    angle = skew_angle(page)
    if abs(angle) < LEAST:
        return page
    return page.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=255)
