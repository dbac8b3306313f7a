"""The text of a PDF outside its tables: running headers and footers out, lines into paragraphs.

Line numbers (Paragraph.line) count the lines of a page top to bottom, leaving out table
contents and the running headers, footers and page numbers removed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from .content import BULLET_GLYPHS as _BULLET_GLYPHS, BULLET_MARKS as _BULLET_WORDS, SUPERSCRIPT_DIGITS, Paragraph, ParagraphKind
from .pdf_geometry import DISPLAY_SIZE, Line, Word, font_family, join_wrapped

# Running headers/footers live in the outer bands of the page.
MARGIN_BAND = 0.08

# "… · side 3 av 7" at the end of a footer line.
_ENDS_IN_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4})?$", re.IGNORECASE)
_MONTHS = frozenset(
    "januar februar mars april mai juni juli august september oktober november desember "
    "jan feb mar apr jun jul aug sep sept okt nov des".split()
)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:side|s\.|page|p\.)\s*)?\d{1,4}(?:\s*(?:av|of|/|-|–)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
    re.IGNORECASE,
)
_CID = re.compile(r"^\(cid:\d+\)$")
# "1." "1)" "(1)" "a)" "iv." -- not "1.2": that is how delmål are numbered, and it stays in the text.
_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z][.)]|[A-H]\)|\(?[ivx]{1,4}[.)])$")
_SUPERSCRIPT = SUPERSCRIPT_DIGITS + "*†"
_SENTENCE_END = (".", "!", "?", ":")

# «Delmål:», «Ansvarlig:», «Type tiltak:», «Tiltak 2:»: a line opening with a label of one to three words.
_LABEL_OPENING = re.compile(r"^[A-ZÆØÅ][^\W\d_]*(?:[ -][^\W\d_]+){0,2}(?:\s+(?:nr\.?\s*)?\d{1,3})?\s?:(?:\s|$)")
# «Delmål 1.3 – Kurs – Ansvar: …»: a line of particulars opening with the delmål and its code, set under the text.
_PARTICULARS_OPENING = re.compile(r"^(?:Delm[åa]l|Dm)\.?\s*\d\s?[.,]\s?\d{1,2}\s*[-–—·|:,]\s")
# A heading is short: longer bold text is emphasis inside the body.
HEADING_MAX_WORDS = 20
# Type set larger than the body is a heading style, not emphasis: a sub-goal's whole wording as a heading
# runs over three lines and past 20 words. Longer than this it is an introduction set large.
LARGE_HEADING_MAX_WORDS = 40
# Type at least this much larger than the body text is set as a heading.
HEADING_SIZE_RATIO = 1.15


# «Delmål 2.3» in each slide's corner: a code differing from page to page is what the page is about, no running text.
_CODE = re.compile(r"(?<![\d.])[1-9]\.\d{1,2}(?![\d.])")


def _mask(text: str) -> str:
    text = " ".join(text.lower().split())
    return text if _CODE.search(text) else re.sub(r"\d+", "#", text)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(" ".join(text.split())))


def running_line_ids(pages: Sequence[Sequence[Line]], heights: Sequence[float], body_size: float) -> list[set[int]]:
    """For each page, the indexes of its lines that are running headers, footers or page numbers."""
    # A line counts when it lies in the top or bottom band of the page and, digits masked, recurs
    # in the same band on at least two pages; or when it is or ends in a page number; or when it
    # is the page's first line, in the top band, no larger than body text and set apart from what
    # follows (a one-page report's header). Lines with three or more column runs are left alone:
    # they are table headers repeated on each page.

    def band(line: Line, height: float) -> str | None:
        if line.bottom <= height * MARGIN_BAND:
            return "top"
        if line.top >= height * (1 - MARGIN_BAND):
            return "bottom"
        return None

    seen: dict[tuple[str, str], set[int]] = {}
    for p, (lines, height) in enumerate(zip(pages, heights)):
        for line in lines:
            b = band(line, height)
            if b and len(line.segments) < 3:
                seen.setdefault((b, _mask(line.text)), set()).add(p)
    out: list[set[int]] = []
    for lines, height in zip(pages, heights):
        drop = set()
        for k, line in enumerate(lines):
            b = band(line, height)
            if not b or len(line.segments) >= 3:
                continue
            repeated = len(seen.get((b, _mask(line.text)), ())) >= 2
            numbered = bool(_ENDS_IN_PAGE_NUMBER.search(line.text)) or any(
                is_page_number(" ".join(w.text for w in seg)) for seg in line.segments
            )
            masthead = (
                b == "top"
                and k == 0
                and line.size <= body_size + 0.1
                and len(lines) > 1
                and lines[1].top - line.bottom >= line.bottom - line.top
            )
            if repeated or numbered or masthead:
                drop.add(k)
        out.append(drop)
    return out


@dataclass
class TextStats:
    """Document-wide measures the paragraph rules compare against."""

    body_size: float
    pitches: dict[float, float] = field(default_factory=dict)  # font size -> usual line pitch
    list_indents: tuple[float, ...] = ()  # x of list markers, one per nesting level
    heading_sizes: tuple[float, ...] = ()  # sizes set larger than the body, largest first: a heading's rank

    def pitch(self, size: float) -> float:
        key = round(size * 2) / 2
        return self.pitches.get(key, 1.2 * size)


PARAGRAPH_PITCH = 1.35  # a line further below the last than this many of its line pitches opens a new paragraph
MID_HEADING = 0.75  # points above the body's size that set a heading above bold body text


def text_stats(pages: Sequence[Sequence[Line]], body_size: float) -> TextStats:
    by_size: dict[float, list[float]] = {}
    markers: list[float] = []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            if abs(a.size - b.size) < 0.5:
                pitch = b.top - a.top
                if 0.9 * a.size <= pitch <= 2.2 * a.size:
                    by_size.setdefault(round(a.size * 2) / 2, []).append(pitch)
        for line in lines:
            if _marker(line)[0]:
                markers.append(line.x0)
    pitches = {k: _line_pitch(v) for k, v in by_size.items()}
    indents: list[float] = []
    for x in sorted(markers):
        if not indents or x - indents[-1] > 4:
            indents.append(x)
    large = {round(ln.size * 2) / 2 for lines in pages for ln in lines if ln.size >= HEADING_SIZE_RATIO * body_size}
    return TextStats(body_size, pitches, tuple(indents), tuple(sorted(large, reverse=True)))


def _line_pitch(pitches: list[float]) -> float:
    """The pitch of lines inside one paragraph: the smallest that recurs (paragraph spacing adds to the rest)."""
    counts: dict[float, int] = {}
    for p in pitches:
        key = round(p * 2) / 2
        counts[key] = counts.get(key, 0) + 1
    recurring = [k for k, n in counts.items() if n >= 2]
    return min(recurring) if recurring else min(pitches)


# A round bullet as OCR reads it («•» taken for a guillemet, a degree sign, a copyright sign): standing alone before an
# item's words, as no quotation mark stands.
_OCR_BULLETS = frozenset({"«", "»", "*«", "°", "©"})


def _marker(line: Line) -> tuple[str | None, str, float]:
    """(kind, text without the marker, x where the item's text starts) for a list item, else (None, text, x0)."""
    words = line.words
    first = words[0].text
    rest = " ".join(w.text for w in words[1:])
    # «e Kurs …»: OCR's «e» for a bullet, before a capital (no Norwegian sentence opens with a lone «e»).
    ocr_e = first == "e" and len(words) >= 2 and words[1].text[:1].isupper()
    if len(words) >= 2 and (first in _BULLET_WORDS or first in _OCR_BULLETS or ocr_e or _CID.match(first) or "\ue000" <= first <= "\uf8ff"):
        return "bullet", rest, words[1].x0
    if first[:1] in _BULLET_GLYPHS and len(first) > 1 and first[1].isalnum():
        w = words[0]
        text = " ".join([first[1:]] + [w.text for w in words[1:]])
        return "bullet", text, w.x0 + (w.x1 - w.x0) / len(first)
    if len(words) >= 2 and _NUMBER.match(first) and words[1].text.lower().strip(".,") not in _MONTHS:
        return "numbered", rest, words[1].x0
    return None, line.text, line.x0


@dataclass
class _Para:
    lines: list[Line]
    marker: str | None
    item_text: str  # the first line without its list marker
    text_x: float
    heading_style: bool
    footnote: bool
    size: float
    column_left: float = 0.0  # the left edge of the text column it stands in


def _column_bounds(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """Each line's text column (left, right). Lines in reading order go back up where a new column
    starts (see pdf_columns); a few wide lines (a title) do not widen the column of the text under them."""
    runs: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if line.top < prev.top - 0.5 * prev.size:
            runs.append([line])
        else:
            runs[-1].append(line)
    bounds: list[tuple[float, float]] = []
    for run in runs:
        ends = sorted(ln.x1 for ln in run)
        right = ends[int(0.9 * (len(ends) - 1))] if len(ends) >= 5 else ends[-1]
        bounds += [(min(ln.x0 for ln in run), right)] * len(run)
    return bounds


def _is_footnote(line: Line, stats: TextStats) -> bool:
    first = line.words[0].text
    return line.size < 0.9 * stats.body_size and (first[:1].isdigit() or first[:1] in _SUPERSCRIPT)


@dataclass
class PlacedParagraph:
    """A paragraph with where its lines start: the first line, and where a next line would go on."""

    paragraph: Paragraph
    first_x: float
    continue_x: float
    top: float
    footnote: bool = False  # small type starting with a number: page furniture for the table flags
    first_font: str = ""  # the font its first word and its last word are set in ("" where unknown: OCR)
    last_font: str = ""


def _lone_mark(lines: Sequence[Line], k: int, stats: TextStats) -> bool:
    """Whether line `k` is only a footnote's mark set small between two lines of text («(KBU)¹» with its «1» on a
    line of its own): it stands in a paragraph, it does not end one."""
    line, before, after = lines[k], lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None
    return (before is not None and after is not None and _is_footnote(line, stats) and len(line.text) <= 2
            and all(c.isdigit() or c in _SUPERSCRIPT for c in line.text) and abs(after.size - before.size) < 0.5
            and before.top < line.top < after.top <= before.top + PARAGRAPH_PITCH * stats.pitch(before.size))


def paragraphs(lines: Sequence[Line], page: int, stats: TextStats) -> list[PlacedParagraph]:
    """Logical paragraphs of a page's text lines (already in reading order and numbered)."""
    lines = [ln for k, ln in enumerate(lines) if not _lone_mark(lines, k, stats)]
    if not lines:
        return []
    bounds = _column_bounds(lines)
    paras: list[_Para] = []
    cur: _Para | None = None
    for line, (left, right) in zip(lines, bounds):
        footnote = _is_footnote(line, stats)
        kind, text, text_x = (None, line.text, line.x0) if footnote else _marker(line)
        size = line.size
        heading_style = not footnote and (line.bold or size >= HEADING_SIZE_RATIO * stats.body_size)
        if cur is None or not _continues(cur, line, kind, heading_style, footnote, stats, left, right):
            cur = _Para([line], kind, text, text_x, heading_style, footnote, size, left)
            paras.append(cur)
        else:
            cur.lines.append(line)
    return [
        PlacedParagraph(
            _to_paragraph(p, page, stats),
            first_x=p.lines[0].x0,
            continue_x=p.text_x if p.marker else (p.lines[1].x0 if len(p.lines) > 1 else p.lines[0].x0),
            top=p.lines[0].top,
            footnote=p.footnote,
            first_font=p.lines[0].words[0].font,
            last_font=p.lines[-1].words[-1].font,
        )
        for p in paras
    ]


def _family(font: str) -> str:
    """A font's name without its subset prefix ("ABCDEF+"), which a merged PDF may give each part its own of."""
    return font.split("+", 1)[-1]


def continues_on_next_page(last: PlacedParagraph, first: PlacedParagraph) -> bool:
    """Whether a page's first paragraph is the rest of the previous page's last one."""
    # It must be plain text set where the previous paragraph's lines go on, after a paragraph
    # that stopped mid-sentence or before a lower-case word.
    prev, nxt = last.paragraph, first.paragraph
    if prev.kind == "heading" or nxt.kind != "text" or not nxt.text:
        return False
    if abs(first.first_x - last.continue_x) > 3.0:
        return False
    if last.last_font and first.first_font and _family(last.last_font) != _family(first.first_font):
        return False  # «Sammen med: LO, NHO» in italics at a slide's foot, «Delmål 1.4» atop the next one
    return not prev.text.endswith(_SENTENCE_END) or nxt.text[0].islower()


def _size_tolerance(size: float) -> float:
    """How far two lines' sizes may differ in one paragraph. A point apart is another style at a report's sizes; OCR's
    text layer sizes each line by its own letters' height (a line without descenders smaller, one with «å» larger),
    and at display sizes, a phone's screenshot read at a page's scale, that is some 15 percent."""
    return 1.0 if size < DISPLAY_SIZE else 0.15 * size


def _continues(
    cur: _Para,
    line: Line,
    kind: str | None,
    heading_style: bool,
    footnote: bool,
    stats: TextStats,
    left: float,
    right: float,
) -> bool:
    """Whether a line goes on with the paragraph being built (same style, normal pitch, right indent)."""
    prev = cur.lines[-1]
    if kind is not None or footnote:
        return False  # every list item and every footnote starts its own paragraph
    if line.top < prev.top - 0.5 * prev.size:
        # The next text column: a paragraph that stopped mid-sentence at the foot of the last one goes on.
        return (not cur.heading_style and not heading_style and abs(line.size - cur.size) <= 1.0
                and not prev.text.endswith(_SENTENCE_END) and abs(line.x0 - left) <= 3.0)
    if abs(line.size - cur.size) > _size_tolerance(cur.size) or (
            line.top - prev.top > PARAGRAPH_PITCH * stats.pitch(prev.size)):
        return False  # another style, or paragraph spacing
    if abs(line.size - prev.size) >= 0.5 and prev.font and line.font and prev.font != line.font:
        return False  # another font at another size: a line of particulars («Delmål 2.3 | Kurs») over the text
    if heading_style != cur.heading_style:
        # A bold title at body size that wrapped into plain words («… for tillitsvalgte» / «(kurs)»), or whose
        # bold run goes on into the next line, is one paragraph: its bold words are its lead.
        # Not a label set in bold under it («Delmål: …»).
        bold_run = " ".join(w.text for w in _bold_opening(line.words))
        title_tail = (cur.heading_style and abs(line.size - cur.size) < 0.5 and cur.size < HEADING_SIZE_RATIO * stats.body_size
                      and not prev.text.endswith(_SENTENCE_END) and not bold_run.endswith(":")
                      and _one_family(prev, line)
                      and (bool(bold_run) or _wrapped_here(prev, line, right)))
        if title_tail:
            cur.heading_style = False
        return title_tail
    if cur.heading_style:
        return True  # a heading that wrapped (possibly centred)
    if _PARTICULARS_OPENING.match(line.text) and (prev.text.endswith(_SENTENCE_END) or not _wrapped_here(prev, line, right)):
        return False  # «Delmål 1.3 – Kurs – Ansvar: …» after the account's last sentence, however full its line
    if _LABEL_OPENING.match(line.text) and not _wrapped_here(prev, line, right):
        return False  # «Delmål: 3.6» under «Tiltak 1: Lesekraft»: a labelled line set on its own, not wrapped text
    short_end = prev.x1 < right - max(0.15 * (right - left), 30.0) and prev.text.endswith(_SENTENCE_END)
    if cur.marker is not None:
        # Wrapped list item: continuation lines hang at the item's text, or (without a hanging
        # indent, a typed "-" and tab) go back under the marker after a line the layout wrapped: one
        # that is full, or that its next word would not have fit on, or a sentence going on in lower case.
        if abs(line.x0 - cur.text_x) <= (3.0 if cur.size < DISPLAY_SIZE else 0.15 * cur.size):
            return True  # (at display sizes OCR's words stand a few points off their margin)
        full = prev.x1 >= right - max(0.1 * (right - left), 20.0)
        goes_on = not prev.text.endswith(_SENTENCE_END) and (
            _wrapped_here(prev, line, right) or line.words[0].text[:1].islower())
        return abs(line.x0 - cur.lines[0].x0) <= 3.0 and (full or goes_on)
    if short_end:
        return False  # the last line of a paragraph set without spacing
    if len(cur.lines) == 1:
        # The first line may be indented; later lines start at the text's left edge.
        return cur.lines[0].x0 - 40.0 <= line.x0 <= cur.lines[0].x0 + 3.0
    return abs(line.x0 - cur.lines[1].x0) <= 3.0


# «Gratis telefon- og chattjeneste der voksne får råd om etter- og» set large by OCR (round 63): a line that stops on a
# hyphen or a conjunction goes on in the next; no heading ends so. (One may end on a preposition: «Råd og utval vi sit i».)
_OPEN_END = re.compile(r"(?:[-–]|(?<!\w)(?:og|eller|samt))$", re.IGNORECASE)


def _one_family(prev: Line, line: Line) -> bool:
    """Whether two lines are set in one font family (bold or not), or the source does not say: a title in a sans
    over text in a serif is not one paragraph, however close its text comes to the title's line."""
    return not (prev.font and line.font) or font_family(prev.font) == font_family(line.font)


def _wrapped_here(prev: Line, line: Line, right: float) -> bool:
    """Whether the line's first word would not have fit at the end of the line before: the layout wrapped it."""
    first = line.words[0]
    space = 0.25 * first.size
    return prev.x1 + space + (first.x1 - first.x0) > right + 1.0


def _to_paragraph(p: _Para, page: int, stats: TextStats) -> Paragraph:
    texts = [ln.text for ln in p.lines]
    kind: ParagraphKind
    full = join_wrapped(texts)
    marker_text = join_wrapped([p.item_text] + texts[1:])
    level = 0
    if p.marker:
        x = p.lines[0].x0
        level = sum(1 for ix in stats.list_indents if p.column_left - 4 <= ix < x - 4)
    if p.marker == "bullet":
        kind, text = "bullet", marker_text
    elif p.heading_style and not _OPEN_END.search(full) and len(full.split()) <= (
            LARGE_HEADING_MAX_WORDS if p.size >= HEADING_SIZE_RATIO * stats.body_size else HEADING_MAX_WORDS):
        # "1. Bedre kompetanse" as a heading keeps its number; its level is its type size's rank, bold body text
        # ranking below every larger size (as Word's bold paragraphs stand under its heading styles).
        kind, text = "heading", full
        rank = next((i for i, s in enumerate(stats.heading_sizes) if p.size >= s - 0.25), None)
        if rank is None:
            # A size a little above the body's ranks over bold body text: «11.5» sections over «10.5» bold titles.
            rank = len(stats.heading_sizes) + (0 if p.size >= stats.body_size + MID_HEADING else 1)
        level = 1 + rank
    elif p.marker == "numbered":
        kind, text = "numbered", marker_text
    else:
        kind, text, level = "text", full, 0
    # A list item's bold lead starts after its marker («1.», «•»), which is seldom set in bold.
    return Paragraph(page=page, line=p.lines[0].number, text=text, kind=kind, level=level,
                     lead="" if kind == "heading" else _bold_lead(p.lines, p.text_x if p.marker else None))


def _bold_opening(words: Sequence[Word]) -> Sequence[Word]:
    """The bold words the run of words opens with."""
    return words[: next((i for i, w in enumerate(words) if not w.bold), len(words))]


def _bold_lead(lines: Sequence[Line], text_x: float | None = None) -> str:
    """The bold words a paragraph opens with (from `text_x` on its first line), when plain words follow; else ''."""
    words = [w for i, ln in enumerate(lines) for w in ln.words if i or text_x is None or w.x0 >= text_x - 0.5]
    lead = _bold_opening(words)
    return " ".join(w.text for w in lead) if 0 < len(lead) < len(words) else ""
