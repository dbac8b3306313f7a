"""What is kept of a PDF page once it is closed: its words outside tables, its tables and rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from .pdf_annotations import Mark
from .pdf_geometry import Word
from .pdf_tables import FoundTable

# A page without text whose pictures cover this share of it is a scan (read with OCR).
SCAN_PICTURE_SHARE = 0.2
# Curve segments on a page without text beyond which its text was drawn as outlines («convert text to curves» in a
# design program): a page of type gives thousands; a drawing read as well costs OCR time and finds nothing.
TEXT_AS_OUTLINES = 500


@dataclass
class PageRecord:
    """One read page, small enough to keep for the whole document."""

    number: int
    height: float
    words: list[Word]  # outside ruled tables
    tables: list[FoundTable]
    rules: list[float]  # y of horizontal rules outside ruled tables (row separators of borderless tables)
    rule_spans: list[tuple[float, float, float]] = field(default_factory=list)  # those rules' y, x0 and x1
    engine: str = "pdfplumber"
    seconds: float = 0.0
    picture: float = 0.0  # share of the page pictures cover
    outlines: int = 0  # curve segments on a page without text: its text drawn as outlines, when many
    shapes: list[tuple[float, float, float, float]] = field(default_factory=list)  # closed shapes' boxes (cards)
    marks: list[Mark] = field(default_factory=list)  # a reader's strike-outs and notes on the page

    @property
    def scanned(self) -> bool:
        """A page whose text can only be read from its pixels: a scan, or type drawn as outlines."""
        return not self.words and not self.tables and (self.picture >= SCAN_PICTURE_SHARE
                                                        or self.outlines >= TEXT_AS_OUTLINES)
