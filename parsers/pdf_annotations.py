"""A reader's marks on a PDF page: text struck out, and the notes a reviewer wrote on it («Tas ut – …», «Skal være 2.4»).

A member's reviewer may comment the report in a PDF reader before sending it: a strike-out over a row that should
go, a highlight with a note that corrects a code, a sticky note to the secretariat. None of it changes the page's
text, so the struck row and the old code still read as they were printed. The marks are kept beside the page: a
table row under a strike-out is taken out as struck, a row a note stands at is marked for review with the note,
and every note is told to the user.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Sequence

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .pdf_geometry import Word
from .pdf_paths import Frame

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom as displayed
MAX_TOLD = 5  # notes quoted in the message; the rest counted
STRUCK_SHARE = 0.6  # of a row's words under a strike-out for the row to be struck
# The marks a reader makes on the text, with or without a note; a popup repeats its parent's note, a widget is a
# form's field and free text is drawn into the page before reading (pdf_pdfium).
_NOTES = (raw.FPDF_ANNOT_TEXT, raw.FPDF_ANNOT_HIGHLIGHT, raw.FPDF_ANNOT_UNDERLINE, raw.FPDF_ANNOT_SQUIGGLY,
          raw.FPDF_ANNOT_CARET, raw.FPDF_ANNOT_SQUARE, raw.FPDF_ANNOT_CIRCLE, raw.FPDF_ANNOT_INK)


@dataclass(frozen=True)
class Mark:
    """A strike-out (`struck`) or a note, where it stands on the page and what it says."""

    box: BBox
    text: str
    struck: bool = False


def page_marks(page: pdfium.PdfPage, frame: Frame) -> list[Mark]:
    """The strike-outs and notes on a page, top to bottom; a mark with neither a strike nor words is left out."""
    marks = []
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        try:
            kind = raw.FPDFAnnot_GetSubtype(annot)
            struck = kind == raw.FPDF_ANNOT_STRIKEOUT
            if not struck and kind not in _NOTES:
                continue
            text = " ".join(_contents(annot).split())
            rect = raw.FS_RECTF()
            if (struck or text) and raw.FPDFAnnot_GetRect(annot, rect):
                (x0, top), (x1, bottom) = frame.point(rect.left, rect.top), frame.point(rect.right, rect.bottom)
                marks.append(Mark((min(x0, x1), min(top, bottom), max(x0, x1), max(top, bottom)), text, struck))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return sorted(marks, key=lambda m: (m.box[1], m.box[0]))


def _contents(annot: object) -> str:
    size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def marks_note(notes: Sequence[tuple[int, str]]) -> str:
    """What the user is told of a reader's notes on the pages: each, with its page."""
    said = "; ".join(f"side {page}: «{text[:120]}»" for page, text in notes[:MAX_TOLD])
    more = f" og {len(notes) - MAX_TOLD} til" if len(notes) > MAX_TOLD else ""
    return (f"PDF-en har {len(notes)} {'kommentar' if len(notes) == 1 else 'kommentarer'} fra en leser, som ikke står i "
            f"sidenes tekst ({said}{more}); en rad en kommentar står ved er merket for kontroll, og en rad som er strøket "
            "over er tatt ut")


def _centre_in(w: Word, box: BBox) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def row_marks(rows: Sequence[Sequence[Word]], marks: Sequence[Mark]) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...]]:
    """Of a table's rows (each its words), the ones struck out, and (row, note) for each note that stands at a row."""
    struck, notes = [], []
    strikes = [m.box for m in marks if m.struck]
    for r, words in enumerate(rows):
        if not words:
            continue
        top, bottom = min(w.top for w in words), max(w.bottom for w in words)
        left, right = min(w.x0 for w in words), max(w.x1 for w in words)
        if strikes and sum(1 for w in words if any(_centre_in(w, b) for b in strikes)) >= STRUCK_SHARE * len(words):
            struck.append(r)
        notes += [(r, m.text) for m in marks if m.text and m.box[1] < bottom and m.box[3] > top
                  and m.box[0] < right and m.box[2] > left]
    return tuple(struck), tuple(notes)
