"""Line numbers in a page's margin (Word's and LibreOffice's line numbering, as board papers and drafts print them):
a column of counting integers left of the text, one a line. They are the printout's, not the report's, and would be
read as a table's first column beside every line."""

from __future__ import annotations

from typing import Sequence

from .pdf_geometry import Word

MIN_NUMBERS = 5  # a margin that counts this many lines
ALIGN = 1.5  # points the numbers' edges may stand apart (right-aligned, as Word sets them, or left-aligned)
COUNTING = 0.8  # of the steps down the column that add one


def margin_numbers(words: Sequence[Word]) -> set[int]:
    """The ids of the words that number the page's lines in its margin (none when it has no such column)."""
    numbers = [w for w in words if w.text.isdigit() and len(w.text) <= 4]
    for edge in ("x1", "x0"):
        column = max(([w for w in numbers if abs(getattr(w, edge) - getattr(n, edge)) <= ALIGN] for n in numbers),
                     key=len, default=[])
        column = sorted((w for w in column if _leftmost(w, words)), key=lambda w: w.top)
        if len(column) < MIN_NUMBERS:
            continue
        steps = [int(b.text) - int(a.text) for a, b in zip(column, column[1:])]
        left, right = min(w.x0 for w in column), max(w.x1 for w in column)
        # A word of text in the same column («Nr» over it) makes it a table's column of row numbers, which is the
        # report's own.
        headed = any(not w.text.isdigit() and w.x0 < right and w.x1 > left for w in words)
        if not headed and sum(s == 1 for s in steps) >= COUNTING * len(steps):
            return {id(w) for w in column}
    return set()


def _leftmost(number: Word, words: Sequence[Word]) -> bool:
    """Whether nothing on the number's line stands left of it."""
    return not any(w is not number and w.x0 < number.x0 and w.top < number.bottom and w.bottom > number.top for w in words)
