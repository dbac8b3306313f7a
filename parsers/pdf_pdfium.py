"""The PDF page source: pdfium (pypdfium2) reads each page's characters, ruling lines and pictures.

Characters come from pdfium's text page with their boxes, font name, size and weight; lines,
rectangles and pictures from its page objects (pdf_paths). Boxes are given as pdfplumber gives
them (pdf_page), in the page as displayed: rotation and crop box applied.
"""

from __future__ import annotations

import ctypes
import math
from ctypes import c_double, c_float, c_int, c_void_p
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from tiltak_core.errors import DamagedFile, EncryptedFile

from .pdf_geometry import is_bold_font
from .pdf_page import Char, PageData, Style, words_from_chars
from .pdf_paths import Frame, drawings

# pdfium's font weight from which a font counts as bold (400 is regular, 700 bold).
BOLD_WEIGHT = 700
# pdfium hands a hyphen that ends a line back as this control character; it was a "-".
_LINE_END_HYPHEN = 0x02
_AGAIN = "Be medlemmet om en ny kopi, eller åpne og lagre den på nytt i et PDF-program"


def _fast(fn, restype, *argtypes):
    """The same pdfium function with plain integer handles: the per-character loop calls it thousands of times."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, c_void_p).value)


_text_object = _fast(raw.FPDFText_GetTextObject, c_void_p, c_void_p, c_int)
_unicode = _fast(raw.FPDFText_GetUnicode, ctypes.c_uint, c_void_p, c_int)
_loose_box = _fast(raw.FPDFText_GetLooseCharBox, c_int, c_void_p, c_int, c_void_p)


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


def pages(document: pdfium.PdfDocument, source_file: str) -> Iterator[PageData]:
    """Each page read and closed, in order."""
    for index in range(len(document)):
        try:
            page = document[index]
        except pdfium.PdfiumError as exc:
            raise DamagedFile(source_file, f"side {index + 1} i PDF-en kan ikke åpnes", _AGAIN) from exc
        try:
            yield read_page(page, index + 1)
        finally:
            page.close()


def read_page(page: pdfium.PdfPage, number: int) -> PageData:
    frame = Frame(page.get_cropbox(), page.get_rotation())
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage, frame)
    finally:
        textpage.close()
    edges, images = drawings(page, frame)
    return PageData(number, frame.width, frame.height, words_from_chars(chars), edges, images)


class _TextObject:
    """What the characters of one text object (one run on one baseline) share: font, size, where they sit."""

    __slots__ = ("style", "size", "upright", "bottom")

    def __init__(self, textpage, index: int, handle: int, frame: Frame):
        obj = ctypes.cast(handle, raw.FPDF_PAGEOBJECT)
        matrix = raw.FS_MATRIX()
        raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix))
        a, b = frame.vector(matrix.a, matrix.b)
        c, d = frame.vector(matrix.c, matrix.d)
        # pdfminer's test: upright unless rotated or mirrored (a slanted watermark still counts).
        self.upright = a * d > 0 and b * c <= 0
        font_size = c_float(0.0)
        raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(font_size))
        # pdfminer's size: the height of the character box, i.e. the font size scaled as drawn.
        self.size = round(font_size.value * math.hypot(c, d), 4)
        font = raw.FPDFTextObj_GetFont(obj)
        name = b""
        descent = 0.0
        if font:
            buffer = ctypes.create_string_buffer(256)
            length = raw.FPDFFont_GetBaseFontName(font, buffer, 256)
            name = buffer.raw[: max(0, min(length, 256) - 1)]
            # The box runs from the descent up by the font size, as pdfminer (on which the layout
            # rules were tuned) makes it. pdfminer's descent is the font descriptor's: the standard
            # fonts' own for fonts not embedded, while the embedding writers we meet (LibreOffice)
            # write 0 there; pdfium only tells the font program's, so embedded fonts get 0.
            if not raw.FPDFFont_GetIsEmbedded(font):
                value = c_float(0.0)
                if raw.FPDFFont_GetDescent(font, c_float(1000.0), ctypes.byref(value)):
                    descent = min(max(-value.value / 1000.0, 0.0), 0.5)
        font_name = name.decode("latin-1")
        bold = raw.FPDFText_GetFontWeight(textpage, index) >= BOLD_WEIGHT or is_bold_font(font_name)
        self.style = Style(font_name, self.size, bold)
        x, y = c_double(), c_double()
        raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
        self.bottom = frame.point(x.value, y.value)[1] + descent * self.size


def _chars(textpage: pdfium.PdfTextPage, frame: Frame) -> list[Char]:
    """Every upright character drawn on the page (pdfium's own spaces and line breaks left out)."""
    handle = ctypes.cast(textpage.raw, c_void_p).value
    count = raw.FPDFText_CountChars(textpage)
    rect = raw.FS_RECTF()
    box = ctypes.addressof(rect)
    objects: dict[int, _TextObject] = {}
    chars: list[Char] = []
    point = frame.point
    for i in range(count):
        obj = _text_object(handle, i)
        if not obj:
            continue  # generated by pdfium: a space or line break it inferred from the layout
        info = objects.get(obj)
        if info is None:
            info = objects[obj] = _TextObject(textpage.raw, i, obj, frame)
        if not info.upright:
            continue
        code = _unicode(handle, i)
        if not code or not _loose_box(handle, i, box):
            continue
        if code == _LINE_END_HYPHEN:
            code = 0x2D
        x0 = point(rect.left, rect.top)[0]
        x1 = point(rect.right, rect.bottom)[0]
        bottom = info.bottom
        chars.append(Char(chr(code), min(x0, x1), max(x0, x1), bottom - info.size, bottom, info.style))
    return [c for c in chars if c.x1 > 0 and c.x0 < frame.width and c.bottom > 0 and c.top < frame.height]
