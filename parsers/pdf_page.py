"""What a PDF page source yields for one page, and pdfplumber's rules for joining characters into words.

Both page sources (pdfium, and pdfminer through pdfplumber as the fallback) give the same record,
in pdfplumber's coordinates: points, origin at the top left of the page as displayed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple, Sequence

from .pdf_geometry import Word

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

# pdfplumber's defaults for extract_words: a word ends where the next character starts more than
# X_TOLERANCE to the right (or anywhere to the left), or sits more than Y_TOLERANCE higher or lower.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# pdfplumber expands these when it joins characters into words.
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class Style(NamedTuple):
    """The type a run of characters is set in."""

    font: str
    size: float
    bold: bool


class Char(NamedTuple):
    """One upright character with its box, as the word rules need it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    style: Style


@dataclass
class PageData:
    """One page's words, ruling edges (pdfplumber's edge dicts) and picture boxes."""

    number: int
    width: float
    height: float
    words: list[Word]
    edges: list[dict] = field(default_factory=list)
    images: list[BBox] = field(default_factory=list)


def words_from_chars(chars: Iterable[Char]) -> list[Word]:
    """pdfplumber's extract_words with the font name and size as extra attributes, on upright characters.

    Characters are taken in content order in runs of one font and size; each run is cut into lines
    (tops within Y_TOLERANCE), each line sorted left to right and cut into words at spaces and gaps.
    """
    words: list[Word] = []
    for run in _font_runs(chars):
        for line in _lines(run):
            words.extend(_words_of_line(line))
    return words


def _font_runs(chars: Iterable[Char]) -> Iterator[list[Char]]:
    run: list[Char] = []
    style = None
    for c in chars:
        if c.style != style and run:
            yield run
            run = []
        style = c.style
        run.append(c)
    if run:
        yield run


def _lines(run: Sequence[Char]) -> list[list[Char]]:
    """pdfplumber's cluster_objects on `top`: sorted values chained while each is within the tolerance."""
    if len(run) == 1:
        return [list(run)]
    tops = sorted({c.top for c in run})
    cluster_of: dict[float, int] = {}
    cluster, last = 0, tops[0]
    for t in tops:
        if t > last + Y_TOLERANCE:
            cluster += 1
        cluster_of[t] = cluster
        last = t
    lines: list[list[Char]] = [[] for _ in range(cluster + 1)]
    for c in run:
        lines[cluster_of[c.top]].append(c)
    for line in lines:  # clusters top to bottom, as pdfplumber orders them
        line.sort(key=lambda c: c.x0)
    return lines


def _words_of_line(line: Sequence[Char]) -> Iterator[Word]:
    current: list[Char] = []
    for c in line:
        if c.text.isspace():
            if current:
                yield _word(current)
            current = []
            continue
        if current:
            prev = current[-1]
            if c.x0 < prev.x0 or c.x0 > prev.x1 + X_TOLERANCE or abs(c.top - prev.top) > Y_TOLERANCE:
                yield _word(current)
                current = []
        current.append(c)
    if current:
        yield _word(current)


def _word(chars: Sequence[Char]) -> Word:
    first = chars[0]
    text = unicodedata.normalize("NFC", "".join(LIGATURES.get(c.text, c.text) for c in chars))
    return Word(
        text=text,
        x0=min(c.x0 for c in chars),
        x1=max(c.x1 for c in chars),
        top=min(c.top for c in chars),
        bottom=max(c.bottom for c in chars),
        size=round(first.style.size, 2),
        bold=first.style.bold,
        first_width=first.x1 - first.x0,
    )
