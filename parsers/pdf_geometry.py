"""Positioned words and lines of a PDF page, and the rules for joining wrapped text.

Shared by the table finder (pdf_tables) and the paragraph builder (pdf_text); coordinates are
pdfplumber's: points, origin top-left, `top` grows downwards.
"""

from __future__ import annotations

import re
from operator import attrgetter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Collection, Iterable, Sequence

DISPLAY_SIZE = 20.0  # points: larger than a report's text (a title's size, or a phone screenshot read at a page's scale)

# A ruling line or rectangle side as pdfplumber describes it (x0, top, x1, bottom, orientation, object_type...).
Edge = dict[str, Any]

_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|,b$", re.IGNORECASE)

# Second halves of suspended compounds ("etter- og videreutdanning"): the hyphen and space stay.
_SUSPENDED_JOINERS = frozenset({"og", "eller", "samt", "and", "or"})
_HYPHENS = ("-", "\u2010")  # ASCII hyphen-minus, Unicode hyphen
SOFT_HYPHEN = "\u00ad"  # a discretionary hyphen: shown only at a line end, never part of the word
# A hyphen the page source knows is the text's own (see pdf_page.draws_layout_hyphens_apart): kept at a
# line end, read as "-".
HARD_HYPHEN = "\u2011"


@dataclass(slots=True)
class Word:
    """One word of a page with its box and type, reduced to what the parsers use (cheap to keep per page)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_width: float = 0.0  # of the first character: what a line needs to take one more of it
    font: str = ""  # the font's name as the PDF gives it ("Helvetica-Oblique"); "" where unknown (OCR)

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


def is_bold_font(font: str) -> bool:
    """Whether a font's name (subset prefix "ABCDEF+" aside) says bold or heavier."""
    return bool(_BOLD_FONT.search(font.split("+")[-1]))


# What a font's name adds to its family's: the style after a dash or comma ("Arial-BoldMT", "Arial,Bold"), the
# maker's suffix ("ArialMT", "TimesNewRomanPS") and style words run into the name ("TimesNewRomanBold").
_FONT_SUFFIX = re.compile(r"(?:ps)?(?:mt)?$", re.IGNORECASE)
_FONT_STYLE = re.compile(r"bold|black|heavy|semi|demi|italic|oblique|regular|roman|medium|light|[_ ]", re.IGNORECASE)


def font_family(font: str) -> str:
    """The family of a font's name, its subset prefix and style left out: "Helvetica-Bold" -> "helvetica"."""
    base = re.split(r"[-,]", font.split("+")[-1])[0]
    return _FONT_STYLE.sub("", _FONT_SUFFIX.sub("", base)).lower()


# A letter written as one byte of a two-byte code («fi» as U+6600 U+6900, «昀椀kk» for «fikk»): a font's ToUnicode map
# that gives a ligature's letters as UTF-16 bytes read one to a code, as a PDF shrunk by Ghostscript has it (round 73).
_SHIFTED = re.compile(r"(?<=[A-Za-zÆØÅæøå])[\u4100-\u5a00\u6100-\u7a00]+|[\u4100-\u5a00\u6100-\u7a00]+(?=[A-Za-zÆØÅæøå])")


def unshifted(text: str) -> str:
    """The text with letters shifted into a two-byte code beside other letters put back, one character for one."""
    def back(m: re.Match[str]) -> str:
        chars = m.group(0)
        if any(ord(c) & 0xFF for c in chars):
            return chars  # a real ideograph: its low byte is not zero
        return "".join(chr(ord(c) >> 8) for c in chars)
    return _SHIFTED.sub(back, text)


def word_from_plumber(w: dict[str, Any]) -> Word:
    font = w.get("fontname") or ""
    chars = w.get("chars")
    first = float(chars[0]["width"]) if chars else (w["x1"] - w["x0"]) / max(len(w["text"]), 1)
    return Word(
        text=w["text"],
        x0=float(w["x0"]),
        x1=float(w["x1"]),
        top=float(w["top"]),
        bottom=float(w["bottom"]),
        size=round(float(w.get("size") or (w["bottom"] - w["top"])), 2),
        bold=is_bold_font(font),
        first_width=first,
        font=font.split("+")[-1],
    )


SUPERSCRIPT_SHARE = 0.85  # a word this much smaller than its line's text may be a footnote's mark


@dataclass(slots=True)
class Line:
    """Words sharing a baseline, left to right."""

    words: list[Word]
    # Set by the text stage: the 1-based line number on its page (tables and running headers excluded).
    number: int = 0
    segments: list[list[Word]] = field(default_factory=list)
    # The size, worked out when first asked: the paragraph rules ask it of a line again and again, and a
    # line's words are settled once it is built (group_lines, pdf_columns).
    _size: float | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        # A footnote's mark set small («(KBU)¹») may be read into the line under it and stand above its text: the
        # line is where its text is, or a line with a mark would seem closer to the one above than it is, and two
        # such make that the paragraphs' line pitch.
        size = self.size
        return min((w.top for w in self.words if w.size >= SUPERSCRIPT_SHARE * size), default=min(w.top for w in self.words))

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        """The font size most of the line's characters have."""
        if self._size is None:
            self._size = dominant_size(self.words)
        return self._size

    @property
    def font(self) -> str:
        """The font most of the line's characters are set in ("" where the source does not say)."""
        weights: dict[str, int] = {}
        for w in self.words:
            weights[w.font] = weights.get(w.font, 0) + len(w.text)
        return max(weights.items(), key=lambda kv: kv[1])[0] if weights else ""

    @property
    def bold(self) -> bool:
        """Bold when (nearly) every character is bold; a bold lead-in word does not make a bold line."""
        total = sum(len(w.text) for w in self.words)
        bold = sum(len(w.text) for w in self.words if w.bold)
        return total > 0 and bold >= 0.9 * total


_LEADER = re.compile(r"[.…·]+")


def dominant_size(words: Iterable[Word]) -> float:
    """The size most of the text is set in; an index's dot leaders («evaluering . . . . 4») are no text."""
    weights: dict[float, int] = {}
    for w in words:
        key = round(w.size * 2) / 2
        weights[key] = weights.get(key, 0) + (0 if _LEADER.fullmatch(w.text) else len(w.text))
    if not weights:
        return 0.0
    return max(weights.items(), key=lambda kv: (kv[1], kv[0]))[0]


def group_lines(words: Sequence[Word]) -> list[Line]:
    """Words into lines, top to bottom: a word joins the line whose vertical band holds its centre."""
    lines: list[Line] = []
    bands: list[tuple[float, float]] = []  # each line's band: its first word's top and bottom, 0.5 wider
    for w in sorted(words, key=_top_then_x0):
        yc = (w.top + w.bottom) / 2
        # Compare with the few most recent lines only: words come sorted by top.
        for k in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            low, high = bands[k]
            if low <= yc <= high:
                lines[k].words.append(w)
                break
        else:
            lines.append(Line([w]))
            bands.append((w.top - 0.5, w.bottom + 0.5))
    for line in lines:
        line.words.sort(key=_x0)
        line.segments = split_segments(line.words)
    lines.sort(key=_top_then_left)
    return lines


def _top_then_x0(w: Word) -> tuple[float, float]:
    return (round(w.top, 1), w.x0)


_x0 = attrgetter("x0")


def _top_then_left(ln: Line) -> tuple[float, float]:
    words = ln.words
    return (min([w.top for w in words]), words[0].x0)


def column_gap(size: float) -> float:
    """The horizontal gap that separates table columns rather than words."""
    # A space is ~0.28 em; columns are at least the cells' padding apart, which can be under 1 em.
    return max(0.65 * size, 4.5)


def split_segments(words: Sequence[Word]) -> list[list[Word]]:
    """Runs of words separated by gaps wider than a column gap."""
    segments: list[list[Word]] = []
    for w in words:
        if segments and w.x0 - segments[-1][-1].x1 < column_gap(w.size):
            segments[-1].append(w)
        else:
            segments.append([w])
    return segments


@lru_cache(maxsize=65536)
def token(text: str) -> str:
    """A word as the vocabulary knows it: lower case, without surrounding punctuation."""
    return _EDGE_PUNCT.sub("", text.lower())


def known_words(runs: Iterable[Sequence[Word]]) -> set[str]:
    """Tokens seen inside a run of words (a cell line, a text line), i.e. not first in it."""
    # The second half of a word broken at a line end only ever starts a line, so a token found
    # inside a line elsewhere is a word of its own.
    return {token(w.text) for run in runs for w in run[1:]}


def is_midword_break(
    prev: Sequence[Word], nxt: Sequence[Word], left_edge: float, right_edge: float, vocabulary: Collection[str] = ()
) -> bool:
    """True when a line ends in the first part of a word broken without a hyphen for lack of width."""
    # Layout engines break a word only when it is wider than the whole line, and then fill the line
    # to its right edge. A normal wrap can look the same by chance ("Samfunnsøkonomisk/analyse"),
    # so a continuation that the document uses as a word of its own elsewhere is not glued.
    if not prev or not nxt:
        return False
    frag, follow = prev[-1], nxt[0]
    if not (frag.text[-1:].isalpha() and follow.text[:1].isalpha() and follow.text[:1].islower()):
        return False
    if token(follow.text) in vocabulary:
        return False
    # Less room left than the next character needs (with a little slack for the estimated edge).
    room = (follow.first_width or 0.6 * follow.size) * 1.05 + 0.6
    fills_line = -0.5 * room <= right_edge - frag.x1 < room
    too_wide = (frag.x1 - frag.x0) + (follow.x1 - follow.x0) > (right_edge - left_edge) - 0.5
    return fills_line and too_wide


def join_wrapped(lines: Sequence[str], glued: frozenset[int] = frozenset()) -> str:
    """Wrapped lines as one line of text, undoing line-end hyphenation; `glued` lines continue a broken word."""
    # "kompetanse-/utvikling" becomes "kompetanseutvikling", "etter-/og" stays "etter- og",
    # "IKT-/kompetanse" and "Sør-/Trøndelag" keep their hyphen.
    out = ""
    for i, raw in enumerate(lines):
        text = " ".join(raw.split())
        if not text:
            continue
        if not out:
            out = text
            continue
        if i in glued:
            out += text
            continue
        if out.endswith(SOFT_HYPHEN):
            out = out[:-1] + text
            continue
        suspended = text.split(" ", 1)[0].lower().strip(",.;:") in _SUSPENDED_JOINERS
        if out.endswith(HARD_HYPHEN):
            out += (" " if suspended else "") + text  # "Eyde-/klyngen" stays "Eyde-klyngen"
            continue
        if out.endswith((*_HYPHENS, "\u2013")) and out[-2:-1].isdigit() and text[:1].isdigit():
            out += text  # a range: "2018-/2019", «2094–/2097»
            continue
        if out.endswith(_HYPHENS) and len(out) >= 2 and out[-2].isalpha():
            before = out.rsplit(" ", 1)[-1][:-1]
            first = text.split(" ", 1)[0]
            if suspended:
                out += " " + text
            elif first[:1].islower() and len(before) > 1 and not before.isupper() and not before[-1].isupper():
                out = out[:-1] + text
            else:
                out += text
            continue
        out += " " + text
    return out.replace(SOFT_HYPHEN, "").replace(HARD_HYPHEN, "-")
