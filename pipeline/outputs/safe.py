"""Cell text that spreadsheets will not execute (OWASP CSV injection), meaning unchanged; and back."""

from __future__ import annotations

import re
from datetime import date

# What a cell of a spreadsheet or CSV holds (a datetime is a date).
CellValue = str | int | float | bool | date | None

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# What a workbook cannot hold (openpyxl refuses it; XML 1.0 forbids it). Report text is already rid of it
# by normalise.text.clean; file names (kilde) are not, and a file name may hold anything.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def spreadsheet_safe(value: CellValue) -> CellValue:
    """Text starting like a formula gets a leading apostrophe, as OWASP advises; characters a workbook
    cannot hold become U+FFFD (the check for a formula start sees the text as written); other values pass."""
    if not isinstance(value, str):
        return value
    safe = _UNWRITABLE.sub("\ufffd", value)
    return "'" + safe if _marked(value) else safe


def _marked(value: str) -> bool:
    """Whether text gets the apostrophe: it starts like a formula, or with apostrophes before one («'=»), which
    reading back would otherwise take for the mark."""
    return value.lstrip("'").lstrip(" ").startswith(_TRIGGERS)


def spreadsheet_unsafe(value: str) -> str:
    """Undo spreadsheet_safe's apostrophe, so text read back from a file this program wrote is as written."""
    return value[1:] if value.startswith("'") and _marked(value[1:]) else value
