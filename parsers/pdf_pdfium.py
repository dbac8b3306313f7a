"""The PDF page source: pdfium (pypdfium2) reads each page's characters, ruling lines and pictures.

Characters come from pdfium's text page with their boxes, font name, size and weight; lines,
rectangles and pictures from its page objects (pdf_paths). Boxes are given as pdfplumber gives
them (pdf_page), in the page as displayed: rotation and crop box applied.
"""

from __future__ import annotations

import ctypes
import math
import struct
from ctypes import c_double, c_float, c_int, c_void_p
from pathlib import Path
from typing import Any, Callable, Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from tiltak_core.errors import EncryptedFile, TooLarge

from .pdf_annotations import page_marks
from .pdf_geometry import HARD_HYPHEN, SOFT_HYPHEN, font_family, is_bold_font, unshifted
from .pdf_page import PageData, Run, Style, draws_layout_hyphens_apart, words_from_runs
from .pdf_layers import on_hidden_layer
from .pdf_paths import Frame, drawings

# pdfium's font weight from which a font counts as bold (400 is regular, 700 bold).
BOLD_WEIGHT = 700
# pdfium hands a hyphen that ends a line back as a mark (0x02 for one character, U+FFFE in the
# text of the whole page), whether the text had it (a compound: "Eyde-klyngen") or the layout added it
# (a soft hyphen, automatic hyphenation). Most writers draw both alike, so it stays a plain hyphen and
# the joining rules guess (pdf_geometry.join_wrapped). From a writer that draws the layout's hyphens
# apart (pdf_page.draws_layout_hyphens_apart), one drawn in its word's text object is the text's own
# (kept when the lines are joined) and one drawn alone the layout's (a soft hyphen, joined without it).
_LINE_END_HYPHEN = "-"
_UNKNOWN = "\ufffd"
_HYPHEN_MARKS = ("\x02", "\ufffe")  # one per character, the other in the text of the whole page
# A dense page of small print holds some 10,000 characters; a page or file far beyond that is not a
# report but a flood (16 pages of 200,000 took minutes and gigabytes to lay out), refused up front.
MAX_PAGE_CHARACTERS = 100_000
MAX_CHARACTERS = 2_000_000
_SMALLER = "Be om en PDF med bare rapporten, eller om rapporten som Word (DOCX)"


def _fast(fn: Any, restype: Any, *argtypes: Any) -> Callable[..., Any]:
    """The same pdfium function with plain integer handles: the per-character loop calls it thousands of times."""
    address = ctypes.cast(fn, c_void_p).value
    if address is None:
        raise ImportError(f"pdfium has no {fn!r}")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_text_object = _fast(raw.FPDFText_GetTextObject, c_void_p, c_void_p, c_int)
_unicode = _fast(raw.FPDFText_GetUnicode, ctypes.c_uint, c_void_p, c_int)
_loose_box = _fast(raw.FPDFText_GetLooseCharBox, c_int, c_void_p, c_int, c_void_p)
_char_matrix = _fast(raw.FPDFText_GetMatrix, c_int, c_void_p, c_int, c_void_p)
_char_origin = _fast(raw.FPDFText_GetCharOrigin, c_int, c_void_p, c_int, c_void_p, c_void_p)
_font_size = _fast(raw.FPDFTextObj_GetFontSize, c_int, c_void_p, c_void_p)
_font_of = _fast(raw.FPDFTextObj_GetFont, c_void_p, c_void_p)
_rect = struct.Struct("4f").unpack_from  # an FS_RECTF's left, top, right, bottom in one call


class Refused(Exception):
    """pdfium could not open the file (the pdfminer page source may still)."""


def open_document(path: Path, source_file: str, password: str | None) -> pdfium.PdfDocument:
    """The document, or EncryptedFile for a wrong or missing password; Refused for anything else pdfium cannot open."""
    try:
        return pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        if exc.err_code == raw.FPDF_ERR_PASSWORD:
            if password:
                raise EncryptedFile(source_file, "passordet til PDF-en er feil",
                                    "Kjør på nytt med riktig passord (--password PASSORD)") from exc
            raise EncryptedFile(source_file, "PDF-en er passordbeskyttet",
                                "Kjør på nytt med --password PASSORD, eller be om en kopi uten passord") from exc
        if exc.err_code == raw.FPDF_ERR_SECURITY:
            raise EncryptedFile(source_file, "PDF-en er kryptert på en måte som ikke kan åpnes",
                                "Be om en kopi uten passord og kryptering") from exc
        raise Refused(str(exc)) from exc


def pages(document: pdfium.PdfDocument, source_file: str, hidden: frozenset[str] = frozenset()) -> Iterator[PageData]:
    """Each page read and closed, in order; a page pdfium cannot load comes back empty and marked unreadable. What is
    drawn on a `hidden` layer (pdf_layers) is left out."""
    total = 0
    hyphens_apart = draws_layout_hyphens_apart(_producer(document))
    for index in range(len(document)):
        try:
            page = _with_fields_drawn(document, index)
        except pdfium.PdfiumError:
            yield PageData(index + 1, 0.0, 0.0, [], unreadable=True)
            continue
        try:
            data = read_page(page, index + 1, source_file, hyphens_apart, hidden)
        except pdfium.PdfiumError:
            data = PageData(index + 1, 0.0, 0.0, [], unreadable=True)  # e.g. no text page could be made
        finally:
            page.close()
        total += data.characters
        if total > MAX_CHARACTERS:
            raise TooLarge(source_file, f"PDF-en er for tung å lese: den har mer enn {_number(MAX_CHARACTERS)} tegn", _SMALLER)
        yield data


def _with_fields_drawn(document: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    """The page with its form fields' values and typed notes drawn into its content: a filled-in reporting form keeps
    its answers in the fields, or in text boxes a reader's typewriter tool put over it (FreeText annotations), which are
    no text of the page («Navn på tiltaket» and an empty line)."""
    page = document[index]
    if not _has_answers(page) or raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
        return page
    page.close()  # pdfium draws a flattened page's new content only once it is loaded again
    return document[index]


def _has_answers(page: pdfium.PdfPage) -> bool:
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) in (raw.FPDF_ANNOT_WIDGET, raw.FPDF_ANNOT_FREETEXT):
                return True
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return False


def _number(n: int) -> str:
    """A count as Norwegian writes it: 200 398."""
    return f"{n:,}".replace(",", "\u00a0")


def _producer(document: pdfium.PdfDocument) -> object:
    try:
        return document.get_metadata_value("Producer")
    except pdfium.PdfiumError:
        return ""


def finished_page(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    """The page as the reader sees it: its crop box, or the trim box inside it when the file is the printer's (crop
    marks, colour bars and the layout program's slug line stand outside the trim, on the paper that is cut off)."""
    left, bottom, right, top = (float(v) for v in page.get_cropbox())
    crop = (left, bottom, right, top)
    trim = page.get_trimbox(fallback_ok=False)
    if trim is None:
        return crop
    left, bottom, right, top = min(trim[0], trim[2]), min(trim[1], trim[3]), max(trim[0], trim[2]), max(trim[1], trim[3])
    inside = crop[0] - 1 <= left and crop[1] - 1 <= bottom and right <= crop[2] + 1 and top <= crop[3] + 1
    smaller = (right - left) < (crop[2] - crop[0]) - 1 or (top - bottom) < (crop[3] - crop[1]) - 1
    big_enough = right - left >= 72 and top - bottom >= 72  # a trim box of a stamp is no page
    return (left, bottom, right, top) if inside and smaller and big_enough else crop


def read_page(page: pdfium.PdfPage, number: int, source_file: str, hyphens_apart: bool = False,
              hidden: frozenset[str] = frozenset()) -> PageData:
    frame = Frame(finished_page(page), page.get_rotation())
    textpage = page.get_textpage()
    try:
        count = raw.FPDFText_CountChars(textpage)
        if count > MAX_PAGE_CHARACTERS:
            raise TooLarge(source_file, f"PDF-en er for tung å lese: side {number} har {_number(count)} tegn, mer enn "
                           f"grensen på {_number(MAX_PAGE_CHARACTERS)} per side", _SMALLER)
        runs = _runs(textpage, frame, count, hyphens_apart, hidden)
    finally:
        textpage.close()
    edges, images, shapes = drawings(page, frame, hidden)
    return PageData(number, frame.width, frame.height, words_from_runs(runs), edges, images, characters=count,
                    shapes=shapes, marks=page_marks(page, frame))


class _Font:
    """What the characters of one font share: its name, descent and whether it is bold."""

    __slots__ = ("name", "descent", "bold")

    def __init__(self, font: Any) -> None:
        buffer = ctypes.create_string_buffer(256)
        length = raw.FPDFFont_GetBaseFontName(font, buffer, 256)
        self.name = buffer.raw[: max(0, min(length, 256) - 1)].decode("latin-1")
        self.bold = raw.FPDFFont_GetWeight(font) >= BOLD_WEIGHT or is_bold_font(self.name)
        # The box runs from the descent up by the font size, as pdfminer (on which the layout rules
        # were tuned) makes it. pdfminer's descent is the font descriptor's: the standard fonts'
        # own for fonts not embedded, while the embedding writers we meet (LibreOffice) write 0
        # there; pdfium only tells the font program's, so embedded fonts get 0.
        self.descent = 0.0
        value = c_float(0.0)
        if not raw.FPDFFont_GetIsEmbedded(font) and raw.FPDFFont_GetDescent(font, c_float(1000.0), ctypes.byref(value)):
            self.descent = min(max(-value.value / 1000.0, 0.0), 0.5)


_NO_FONT = Style("", 0.0, False)


class _Scratch:
    """ctypes buffers the per-object calls write into, made once per page."""

    def __init__(self) -> None:
        self.matrix = raw.FS_MATRIX()
        self.size = c_float()
        self.x, self.y = c_double(), c_double()
        self.at = (ctypes.addressof(self.matrix), ctypes.addressof(self.size), ctypes.addressof(self.x),
                   ctypes.addressof(self.y))


class _TextObject:
    """What the characters of one text object (one run on one baseline) share: type, size, baseline."""

    __slots__ = ("style", "size", "upright", "top", "bottom")

    def __init__(self, textpage: int, index: int, obj: int, frame: Frame, fonts: dict[int, _Font], scratch: _Scratch) -> None:
        matrix_at, size_at, x_at, y_at = scratch.at
        _char_matrix(textpage, index, matrix_at)
        m = scratch.matrix
        a, b = frame.vector(m.a, m.b)
        c, d = frame.vector(m.c, m.d)
        # pdfminer's test: upright unless rotated or mirrored (a slanted watermark still counts).
        self.upright = a * d > 0 and b * c <= 0
        scratch.size.value = 0.0
        _font_size(obj, size_at)
        # pdfminer's size: the height of the character box, i.e. the font size scaled as drawn.
        self.size = round(scratch.size.value * math.hypot(c, d), 4)
        font = _font_of(obj) or 0
        info = fonts.get(font)
        if info is None and font:
            info = fonts[font] = _Font(ctypes.cast(font, raw.FPDF_FONT))
        self.style = Style(info.name, self.size, info.bold) if info else _NO_FONT
        _char_origin(textpage, index, x_at, y_at)
        baseline = frame.point(scratch.x.value, scratch.y.value)[1]
        below = (info.descent if info else 0.0) * self.size
        if d > 0:
            self.bottom = baseline + below
            self.top = self.bottom - self.size
        else:  # upside down as displayed: the box hangs from the baseline
            self.top = baseline - below
            self.bottom = self.top + self.size


def _runs(textpage: pdfium.PdfTextPage, frame: Frame, count: int, hyphens_apart: bool, hidden: frozenset[str]) -> list[Run]:
    """Every upright character drawn on the page, by text object (pdfium's own spaces and line breaks left out)."""
    handle = ctypes.cast(textpage.raw, c_void_p).value or 0  # an open text page is never null
    rect = raw.FS_RECTF()
    box = ctypes.addressof(rect)
    runs: list[Run] = []
    fonts: dict[int, _Font] = {}
    scratch = _Scratch()
    # Across the page: the box's left and right shifted by the crop box, unless the page is turned.
    span = None if frame.rotation == 0 else frame.x_span
    shift = frame.left
    width = frame.width
    last = None
    chars: list[tuple[str, float, float]] = []
    upright = False
    # The whole text in one call when it maps one to one onto the characters (it does unless a
    # character lies outside the Basic Multilingual Plane or pdfium left one out).
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        text = "".join([chr(_unicode(handle, i)) for i in range(count)])
    text = unshifted(text)
    text_object, loose_box, unpack, marks = _text_object, _loose_box, _rect, _HYPHEN_MARKS  # locals: per character
    for i, char in enumerate(text):
        obj = text_object(handle, i)
        if not obj:
            # Generated by pdfium: a space or line break it inferred from the layout. A space inferred inside
            # a run may still end a word: some writers (Chromium) draw no space glyph and set words a hair
            # apart, closer than the gap that would part them. Decided below, once the run is read.
            if upright and chars and char == " ":
                chars.append((_INFERRED_SPACE, chars[-1][2], chars[-1][2]))
            continue
        if obj != last:
            in_word = False  # the first character of a text object
            last = obj
            info = _TextObject(handle, i, obj, frame, fonts, scratch)
            upright = info.upright and info.bottom > 0 and info.top < frame.height and not on_hidden_layer(obj, hidden)
            if upright:
                chars = []
                runs.append(Run(info.style, info.top, info.bottom, chars))
        else:
            in_word = True  # drawn by the text object of the characters before it
        if not upright or not loose_box(handle, i, box):
            continue
        if char == "\0":
            char = _UNKNOWN  # a glyph drawn without a known text: shown as lost, not dropped
        left, top, right, bottom = unpack(rect)
        x0, x1 = (left - shift, right - shift) if span is None else span(left, right, bottom, top)
        if char in marks:
            char = (HARD_HYPHEN if in_word else SOFT_HYPHEN) if hyphens_apart else _LINE_END_HYPHEN
        if x1 > 0 and x0 < width:  # inside the crop box
            if char == " " and x1 - x0 < NO_WIDTH:
                char = _INFERRED_SPACE  # given to a text object, but no glyph: pdfium's too
            chars.append((char, x0, x1))
    return _bold_by_name([r for r in _inferred_spaces(runs) if r.chars], fonts)


_INFERRED_SPACE = "\x00 "  # a space pdfium inferred, until its run says whether it parts words
NO_WIDTH = 0.01  # points: a space pdfium gives no width was not drawn
LETTER_SPACED = 0.4  # of a run's gaps between characters, the share pdfium filled with spaces in letter-spaced text
MIN_SPACED = 3  # characters: a letter-spaced word, not one short word


def _inferred_spaces(runs: list[Run]) -> list[Run]:
    """The runs with pdfium's inferred spaces kept as word breaks, except in a letter-spaced run, where pdfium put one
    between nearly every two characters («R Å D S A R B E I D» in a small-caps kicker, round 79): there they are
    dropped. (Chromium draws no spaces and sets words a hair apart: those spaces part its words.)"""
    for run in runs:
        chars = run.chars
        # Between two drawn characters: one after a run's last (a word drawn on its own) parts it from the next run.
        inner = {k for k in range(1, len(chars) - 1) if chars[k][0] == _INFERRED_SPACE
                 and chars[k - 1][0] != _INFERRED_SPACE and not chars[k + 1][0].isspace()}
        drawn = [c for c in chars if c[0] != _INFERRED_SPACE and not c[0].isspace()]
        spaced = len(drawn) >= MIN_SPACED and len(inner) >= LETTER_SPACED * (len(drawn) - 1)
        chars[:] = [(" ", x0, x1) if text == _INFERRED_SPACE else (text, x0, x1)
                    for k, (text, x0, x1) in enumerate(chars) if not (spaced and k in inner)]
    return runs


def _bold_by_name(runs: list[Run], fonts: dict[int, _Font]) -> list[Run]:
    """The runs with a font that only its weight made bold set plain where its family has a font whose name says bold:
    the names tell the weights apart. (Ghostscript's «compress PDF» drops FontWeight, and pdfium then guesses a heavy
    weight from the regular font's stems: «DejaVuSerif» read as bold beside «DejaVuSerif-Bold», round 73.)"""
    named = {font_family(f.name) for f in fonts.values() if is_bold_font(f.name)}
    guessed = {f.name for f in fonts.values() if f.bold and not is_bold_font(f.name) and font_family(f.name) in named}
    if not guessed:
        return runs
    return [r._replace(style=r.style._replace(bold=False)) if r.style.font in guessed else r for r in runs]
