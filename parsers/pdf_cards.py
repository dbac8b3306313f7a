"""Text in cards: boxes drawn round a few lines each (an infographic's cards, a poster's frames, a slide's bordered
text boxes) standing side by side, or a box floated beside running text (a web page's «Fakta» box). Read across the
page, a line of one card runs into the line beside it; each card is read on its own instead, and what stands outside
the cards as the page reads it.
"""

from __future__ import annotations

from itertools import combinations
from typing import Sequence

from .pdf_geometry import Line, Word, group_lines

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

MIN_WIDTH, MIN_HEIGHT = 60.0, 24.0  # points: a card holds a title and a line or two of text
CARD_LINES = 4  # a title, a text of two lines and a line of particulars at the least; a diagram's label box holds fewer
CARDS_BESIDE = 2  # cards that stand side by side, for the page to be read card by card
FLOAT_BESIDE = 3  # lines of running text beside a box, for the box to be floated in the text (not a banner over it)
EDGE = 1.0  # points a word may stand over its card's edge
TITLE_GAP = 2.0  # line heights between a card and the title set over it
LEVEL = 1.0  # points between two lines' tops that stand level


def _inside(w: Word, box: BBox) -> bool:
    """A word stands in a box when its middle does: a title set at the box's top edge may rise above it."""
    yc = (w.top + w.bottom) / 2
    return box[0] - EDGE <= w.xc <= box[2] + EDGE and box[1] - EDGE <= yc <= box[3] + EDGE


def _contains(outer: BBox, inner: BBox) -> bool:
    return outer != inner and outer[0] <= inner[0] + EDGE and inner[2] <= outer[2] + EDGE and (
        outer[1] <= inner[1] + EDGE and inner[3] <= outer[3] + EDGE)


def _beside(a: BBox, b: BBox) -> bool:
    """Two boxes side by side: their heights overlap, their widths do not."""
    return min(a[3], b[3]) > max(a[1], b[1]) and (a[2] <= b[0] or b[2] <= a[0])


def cards_of(words: Sequence[Word], shapes: Sequence[BBox]) -> tuple[list[list[Line]], list[Line]] | None:
    """The page's cards (each its lines, top to bottom of the page) and the lines outside them; None when the page
    has no two cards side by side, each holding lines of its own."""
    boxes = sorted({(round(b[0]), round(b[1]), round(b[2]), round(b[3])) for b in shapes
                    if b[2] - b[0] >= MIN_WIDTH and b[3] - b[1] >= MIN_HEIGHT})
    held = {b: [w for w in words if _inside(w, b)] for b in boxes}
    found = [b for b in boxes if len(group_lines(held[b])) >= CARD_LINES]
    # The innermost boxes that hold text: a frame round the whole page, or a panel round a row of cards, is none.
    found = [b for b in found if not any(_contains(b, other) for other in found)]
    if not any(_beside(a, b) for a, b in combinations(found, 2)):
        # No cards side by side: boxes floated beside running text («Fakta» beside an article's paragraphs) are read so.
        boxed = {id(w) for b in found for w in held[b]}
        found = [b for b in found if _floated(b, [w for w in words if id(w) not in boxed])]
        if not found:
            return None
    taken: set[int] = set()
    own: dict[BBox, list[Word]] = {}
    for box in sorted(found, key=lambda b: (b[1], b[0])):  # a row of cards left to right
        own[box] = [w for w in held[box] if id(w) not in taken]
        taken.update(id(w) for w in own[box])
    outside = group_lines([w for w in words if id(w) not in taken])
    for line in outside:
        # «Pilot med mikrokvalifikasjoner   EVU-forum 2052» over two cards: each card's title, set just above it.
        over = [_card_under(w, line, own) for w in line.words]
        if len(set(over)) >= CARDS_BESIDE and None not in over:
            for w, card in zip(line.words, over):
                own[card].append(w)  # type: ignore[index]
                taken.add(id(w))
    cards = [group_lines(ws) for ws in own.values() if ws]
    return cards, group_lines([w for w in words if id(w) not in taken])


def _floated(box: BBox, outside: Sequence[Word]) -> bool:
    """Whether lines of text outside any box run beside the box, left or right of it, within its height."""
    beside = [w for w in outside if box[1] <= (w.top + w.bottom) / 2 <= box[3] and (w.x1 <= box[0] or w.x0 >= box[2])]
    return len(group_lines(beside)) >= FLOAT_BESIDE


def _card_under(w: Word, line: Line, cards: dict[BBox, list[Word]]) -> BBox | None:
    """The card that stands straight under a word of a line set just above a row of cards, if any."""
    return next((b for b in cards if 0 <= b[1] - line.bottom <= TITLE_GAP * line.size and b[0] - EDGE <= w.xc <= b[2] + EDGE),
                None)


def in_order(outside: Sequence[Line], cards: Sequence[Sequence[Line]]) -> list[list[Line]]:
    """The page as parts to read in turn: each card where its top stands among the outside lines (in their reading
    order), the outside lines between two cards one part, so that a paragraph may run over them but not into a card."""
    parts: list[list[Line]] = []
    waiting = sorted((c for c in cards if c), key=lambda c: c[0].top)
    loose: list[Line] = []
    for line in outside:
        # A card whose first line stands level with a text line (tops a hair apart) comes before it.
        while waiting and waiting[0][0].top <= line.top + LEVEL:
            if loose:
                parts.append(loose)
                loose = []
            parts.append(list(waiting.pop(0)))
        loose.append(line)
    if loose:
        parts.append(loose)
    return parts + [list(c) for c in waiting]
