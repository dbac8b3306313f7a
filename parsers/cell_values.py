"""A spreadsheet cell's value as the text a reader sees, for every reader of sheets (Excel, Gnumeric, DIF).

Whole numbers show without «.0», so that 40118 stays «40118» and a delmål typed as the number 1.4 reads «1.4».
"""

from __future__ import annotations

import datetime as dt
import re

_FIXED_DECIMALS = re.compile(r"^[#,0]*0\.(0+)$")
# A format's letters for day, month and year outside its quoted text and brackets («dd.mm.yyyy», «d/m/yy»).
_DATE_PARTS = re.compile(r"[dmy]", re.IGNORECASE)
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
# Day 0 of the 1900 date system as spreadsheets count it past 1 March 1900.
_EPOCH = dt.date(1899, 12, 30)


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell value as the text a reader sees: whole numbers without '.0', a fixed number of decimals where
    the format asks for them, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANN" if value else "USANN"  # what Norwegian Excel shows
    if isinstance(value, (int, float)) and (fixed := _FIXED_DECIMALS.match(number_format or "")):
        return f"{value:.{len(fixed.group(1))}f}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def is_date_format(number_format: str) -> bool:
    """Whether a number format shows a date («dd.mm.yyyy»), not a number («0.00», «General»)."""
    bare = _FORMAT_LITERALS.sub("", number_format or "")
    return bool(_DATE_PARTS.search(bare)) and bare.lower() != "general"


def serial_date(serial: float) -> dt.date | dt.datetime | None:
    """A 1900-system serial number as the date (and time, where it has one) it stands for; None out of range."""
    if not 1 <= serial < 2_958_466:  # 9999-12-31
        return None
    # Lotus counted a 29 February 1900 that never was: serials before it stand one day later from day 0.
    moment = dt.datetime.combine(_EPOCH, dt.time(0)) + dt.timedelta(days=int(serial) + (serial < 60),
                                                                     seconds=round(serial % 1 * 86400))
    return moment if serial % 1 else moment.date()
