"""What a PDF page source yields for one page, and pdfplumber's rules for joining characters into words.

Both page sources (pdfium, and pdfminer through pdfplumber as the fallback) give the same record,
in pdfplumber's coordinates: points, origin at the top left of the page as displayed.
"""

from __future__ import annotations

import unicodedata
from operator import itemgetter
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, NamedTuple, Sequence

from .pdf_annotations import Mark
from .pdf_geometry import HARD_HYPHEN, Edge, Word

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom

# pdfplumber's defaults for extract_words: a word ends where the next character starts more than
# X_TOLERANCE to the right (or anywhere to the left), or sits more than Y_TOLERANCE higher or lower.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# Writers that draw the hyphens their layout adds (soft hyphens, automatic hyphenation) as text objects of
# their own, apart from the words, and a hyphen of the text inside its word's object; named so in the
# document's Producer ("LibreOffice 7.4"). They hyphenate automatically only when a style asks.
_HYPHENS_APART = ("libreoffice", "openoffice")
# pdfplumber expands these when it joins characters into words.
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class Style(NamedTuple):
    """The type a run of characters is set in."""

    font: str
    size: float
    bold: bool


class Run(NamedTuple):
    """Characters drawn by one text object: one type, one baseline; each character (text, x0, x1)."""

    style: Style
    top: float
    bottom: float
    chars: list[tuple[str, float, float]]


@dataclass
class PageData:
    """One page's words, ruling edges (pdfplumber's edge dicts) and picture boxes."""

    number: int
    width: float
    height: float
    words: list[Word]
    edges: list[Edge] = field(default_factory=list)
    images: list[BBox] = field(default_factory=list)
    characters: int = 0  # as the source counted them, spaces included
    unreadable: bool = False  # the source could not load the page: nothing of it was read
    shapes: list[BBox] = field(default_factory=list)  # boxes of closed shapes drawn (cards, frames, rectangles)
    marks: list[Mark] = field(default_factory=list)  # a reader's strike-outs and notes on it


def draws_layout_hyphens_apart(producer: object) -> bool:
    """Whether the PDF's writer (its Producer) tells a hyphen of the text from one its layout added."""
    return isinstance(producer, str) and any(name in producer.lower() for name in _HYPHENS_APART)


def hyphens_of_text(words: list[Word]) -> list[Word]:
    """Words ending in a hyphen after a letter, the hyphen marked as the text's own (kept at a line end)."""
    return [replace(w, text=w.text[:-1] + HARD_HYPHEN) if len(w.text) >= 2 and w.text[-1] == "-" and w.text[-2].isalpha()
            else w for w in words]


def words_from_runs(runs: Iterable[Run]) -> list[Word]:
    """pdfplumber's extract_words with the font name and size as extra attributes, on upright characters.

    Characters are taken in content order in stretches of one font and size; each stretch is cut
    into lines (tops within Y_TOLERANCE), each line sorted left to right and cut into words at
    spaces and gaps.
    """
    words: list[Word] = []
    for stretch in _same_style(runs):
        for line in _lines(stretch):
            words.extend(_words_of_line(line, stretch[0].style))
    return words


def _same_style(runs: Iterable[Run]) -> Iterator[list[Run]]:
    stretch: list[Run] = []
    for run in runs:
        if stretch and run.style != stretch[-1].style:
            yield stretch
            stretch = []
        stretch.append(run)
    if stretch:
        yield stretch


_Placed = tuple[float, float, str, float, float]  # x0, x1, text, top, bottom


def _lines(stretch: Sequence[Run]) -> list[list[_Placed]]:
    """pdfplumber's cluster_objects on `top`: sorted values chained while each is within the tolerance."""
    tops = sorted({r.top for r in stretch})
    cluster_of: dict[float, int] = {}
    cluster, last = 0, tops[0]
    for t in tops:
        if t > last + Y_TOLERANCE:
            cluster += 1
        cluster_of[t] = cluster
        last = t
    lines: list[list[_Placed]] = [[] for _ in range(cluster + 1)]
    for r in stretch:
        top, bottom = r.top, r.bottom
        lines[cluster_of[top]].extend([(x0, x1, text, top, bottom) for text, x0, x1 in r.chars])
    for line in lines:  # clusters top to bottom, as pdfplumber orders them
        line.sort(key=_x0)
    return [line for line in lines if line]


_x0 = itemgetter(0)  # a character's x0, read in C: the sort asks it of every character


def _words_of_line(line: Sequence[_Placed], style: Style) -> list[Word]:
    words: list[Word] = []
    start = 0  # the current word is line[start:n]
    prev_x0 = prev_x1 = prev_top = 0.0
    for n, (x0, x1, text, top, _) in enumerate(line):
        if text.isspace():
            if start < n:
                words.append(_word(line[start:n], style))
            start = n + 1
            continue
        if start < n and (x0 < prev_x0 or x0 > prev_x1 + X_TOLERANCE or abs(top - prev_top) > Y_TOLERANCE):
            words.append(_word(line[start:n], style))
            start = n
        prev_x0, prev_x1, prev_top = x0, x1, top
    if start < len(line):
        words.append(_word(line[start:], style))
    return words


def _word(chars: Sequence[_Placed], style: Style) -> Word:
    first = chars[0]
    if len(chars) == 1:
        text, x1, top, bottom = first[2], first[1], first[3], first[4]
    else:
        _, x1s, texts, tops, bottoms = zip(*chars)  # one pass over the characters, in C
        text, x1, top, bottom = "".join(texts), max(x1s), min(tops), max(bottoms)
    if not text.isascii():
        text = unicodedata.normalize("NFC", "".join([LIGATURES.get(c, c) for c in text]))
    return Word(
        text=text,
        x0=first[0],  # the line is sorted by x0
        x1=x1,
        top=top,
        bottom=bottom,
        size=round(style.size, 2),
        bold=style.bold,
        first_width=first[1] - first[0],
        font=style.font.split("+")[-1],
    )
