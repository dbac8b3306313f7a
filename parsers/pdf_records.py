"""What is kept of a PDF page once it is closed: its words outside tables, its tables and rules."""

from __future__ import annotations

from dataclasses import dataclass

from .pdf_geometry import Word
from .pdf_tables import FoundTable

# A page without text whose pictures cover this share of it is a scan (read with OCR).
SCAN_PICTURE_SHARE = 0.2


@dataclass
class PageRecord:
    """One read page, small enough to keep for the whole document."""

    number: int
    height: float
    words: list[Word]  # outside ruled tables
    tables: list[FoundTable]
    rules: list[float]  # y of horizontal rules outside ruled tables (row separators of borderless tables)
    engine: str = "pdfplumber"
    seconds: float = 0.0
    picture: float = 0.0  # share of the page pictures cover

    @property
    def scanned(self) -> bool:
        return not self.words and not self.tables and self.picture >= SCAN_PICTURE_SHARE
