"""What a column's cells are as text: sentences, row numbers, how many words."""

from __future__ import annotations

import re

from .text import words

SENTENCE_WORDS = 3  # a description is a sentence: «Lansert i september.», not «Pågår»
_DIGITS = re.compile(r"^[\d\s.,:-]*$")
_LETTER = re.compile(r"[^\W\d_]")
# «Delmål 1.3 · Rådsarbeid»: a line of particulars, a delmål's label and code, then the tiltak's kind after a separator.
DELMAL_LABEL_LINE = re.compile(r"^\s*(\w+)\s+(\d\.\d{1,2})(?!\d)(\s*[·|•–-]\s*\S.*)$")


def is_sentence(text: str) -> bool:
    """A cell that says something in a sentence of its own: a capital, words enough, a full stop."""
    text = text.strip()
    return text[:1].isupper() and len(words(text)) >= SENTENCE_WORDS and text.endswith((".", "!", "?"))


def numbered(cells: list[str], share: float) -> bool:
    """A column of row numbers («1.», «2.»), with a section's heading here and there: no titles."""
    return sum(1 for x in cells if _DIGITS.match(x)) >= share * len(cells)


def figures(cells: list[str], share: float) -> bool:
    """A column of figures with no words («14 200 ↑», «35 %»): a result, no titles."""
    return sum(1 for x in cells if not _LETTER.search(x)) >= share * len(cells)


def mean_words(cells: list[str]) -> float:
    return sum(len(words(c)) for c in cells) / len(cells) if cells else 0.0
