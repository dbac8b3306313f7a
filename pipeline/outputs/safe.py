"""Cell text that spreadsheets will not execute (OWASP CSV injection), meaning unchanged."""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text starting like a formula gets a leading apostrophe, as OWASP advises; other values pass."""
    if isinstance(value, str) and value.lstrip(" ").startswith(_TRIGGERS):
        return "'" + value
    return value
