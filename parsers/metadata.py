"""When a document says it was last saved: the date in its own properties (PDF Info, Office core properties).

Asked only of the few files that may be versions of one report; a file whose properties cannot be read
simply has no date.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_OFFICE_DATE = re.compile(r"<dcterms:(modified|created)[^>]*>\s*(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?")
_CORE = "docProps/core.xml"
_MAX_CORE_BYTES = 1 << 20


def _moment(parts: list[int]) -> datetime | None:
    """Year, month, day, hour, minute, second as a time; None for a date no calendar has (month 13)."""
    year, month, day, hour, minute, second = parts
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _pdf_date(path: Path) -> datetime | None:
    import pypdfium2 as pdfium  # only when two versions of a report are told apart by date

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        info = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    for key in ("ModDate", "CreationDate"):
        m = _PDF_DATE.match(info.get(key, ""))
        if m:
            when = _moment([int(p) if p else d for p, d in zip(m.groups(), (0, 1, 1, 0, 0, 0))])
            if when:
                return when
    return None


def _office_date(path: Path) -> datetime | None:
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo(_CORE)
            if info.file_size > _MAX_CORE_BYTES:
                return None
            text = z.read(info).decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None
    found = {m.group(1): m for m in _OFFICE_DATE.finditer(text)}
    for key in ("modified", "created"):
        if key in found:
            when = _moment([int(p) if p else 0 for p in found[key].groups()[1:]])
            if when:
                return when
    return None


def document_date(path: Path, format: str) -> datetime | None:
    """The last-saved date a document's properties give, or None."""
    if format == "pdf":
        return _pdf_date(path)
    if format in ("docx", "xlsx"):
        return _office_date(path)
    return None
