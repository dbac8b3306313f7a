"""A Word document printed with its markup: the pane of comment and change balloons beside the text is no part of it.

Printed (or saved as PDF) with «All markup» showing, Word shrinks the page's text to the left and draws a shaded pane
down the right edge, its balloons boxed in it: «Kommentar [KH1]: …», «Slettet: …», «Formatert: …». Read as the page's
text, the balloons' words run into the lines beside them. The pane is known by its shape (a shaded band the page's
full height at its right edge, with boxes in it) and by a balloon's own label; its words are left out and counted.
"""

from __future__ import annotations

import re
from typing import Sequence

from .pdf_geometry import Word

BBox = tuple[float, float, float, float]
PANE_HEIGHT = 0.9  # of the page: the pane runs its full height
PANE_WIDTH = (0.15, 0.45)  # of the page's width
# Word's balloon labels, Norwegian and English: a comment with its author's initials, a deletion, a format change.
_BALLOON = re.compile(r"^(?:Kommentar|Kommentert|Comment(?:ed)?|Slettet|Deleted|Satt|Inserted|Formatert|Formatted|"
                      r"Flyttet|Moved)\b", re.IGNORECASE)


def markup_pane(width: float, height: float, shapes: Sequence[BBox], words: Sequence[Word]) -> BBox | None:
    """The markup pane's box, if the page has one: a band at the right edge, the page's height, with balloons boxed
    in it and at least one balloon's label among its words; None otherwise."""
    for pane in shapes:
        x0, top, x1, bottom = pane
        if bottom - top < PANE_HEIGHT * height or x1 < width - 1 or not (
                PANE_WIDTH[0] * width <= x1 - x0 <= PANE_WIDTH[1] * width):
            continue
        boxed = [s for s in shapes if s is not pane and s[0] >= x0 - 1 and s[2] <= x1 + 1 and s[3] - s[1] < height / 2]
        inside = [w for w in words if w.x0 >= x0 - 1]
        outside = [w for w in words if w.x1 <= x0]
        if len(boxed) >= 2 and outside and any(_BALLOON.match(w.text) for w in inside):
            return pane
    return None


def outside_pane(pane: BBox, words: Sequence[Word]) -> list[Word]:
    """The page's words that are its text: those left of the pane."""
    return [w for w in words if (w.x0 + w.x1) / 2 < pane[0]]
