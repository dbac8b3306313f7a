"""Which of several delmål codes a text marks as the measure's main one: «Berører 2.4, men først og fremst 1.4»,
«Delmål 1.4 (hovedmål); også 2.2» (round 79)."""

from __future__ import annotations

import re
from typing import Sequence

from .text import clean

_CODE = r"([1-9]\s?[.,]\s?\d{1,2})(?![\d]|[.,]\d)"


def main_marks(words: Sequence[str]) -> re.Pattern[str] | None:
    """A word of `words` right before a code («først og fremst delmål 1.4»), or in brackets right after it
    («1.4 (hovedmål)»); None without words."""
    said = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not said:
        return None
    return re.compile(rf"\b(?:{said})\s*(?:delm[åa]l(?:et)?\s*)?(?:nr\.?\s*)?{_CODE}|{_CODE}\s*\(\s*(?:{said})\s*\)",
                      re.IGNORECASE)


def main_code(marks: re.Pattern[str] | None, text: str, codes: Sequence[str]) -> tuple[str, str] | None:
    """(code, the words that mark it) of the one code among `codes` the text marks as the main delmål, else None."""
    if marks is None:
        return None
    marked = {(m.group(1) or m.group(2)).replace(",", ".").replace(" ", ""): clean(m.group(0)) for m in marks.finditer(text)}
    marked = {c: said for c, said in marked.items() if c in codes}
    return next(iter(marked.items())) if len(marked) == 1 else None
