"""The run table the console shows, fitted to the terminal's width: every cell one line, long file names
shortened in the middle (never broken over two lines), the less important columns left out when narrow."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    header: str
    minimum: int  # cells: narrower than this it is left out rather than shortened
    keep: int  # the lower, the longer it stays on a narrow terminal
    justify: Literal["left", "right"] = "left"


def middle_ellipsis(text: str, width: int) -> str:
    """`text` in at most `width` cells, its start and end kept (a file's name and extension): "more_og_r…18.docx"."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    room = width - 1
    head, tail = "", ""
    for ch in text:  # the start gets the smaller half: the end tells the year and the format
        if cell_len(head + ch) > room // 2:
            break
        head += ch
    for ch in reversed(text):
        if cell_len(head) + cell_len(ch + tail) > room:
            break
        tail = ch + tail
    return head + ELLIPSIS + tail


def _overhead(columns: int) -> int:
    """Cells a heavy-edged table spends beside its cells: a border and two spaces of padding per column, one border."""
    return 3 * columns + 1


def _narrowest(c: Column, natural: int) -> int:
    return min(natural, max(c.minimum, cell_len(c.header)))


def fit(columns: list[Column], rows: list[list[str]], width: int) -> tuple[list[Column], list[int]]:
    """The columns that fit `width` (least kept left out first) and each one's width."""
    shown = list(columns)
    while True:
        natural = [max([cell_len(c.header), *(cell_len(r[columns.index(c)]) for r in rows)]) for c in shown]
        room = width - _overhead(len(shown))
        if sum(_narrowest(c, n) for n, c in zip(natural, shown)) <= room or len(shown) == 1:
            break
        shown.remove(max(shown, key=lambda c: c.keep))
    widths = list(natural)
    while sum(widths) > room:
        # The widest column that can still give gives a cell: long names share the shortening.
        can = [i for i, c in enumerate(shown) if widths[i] > _narrowest(c, natural[i])]
        if not can:
            break
        i = max(can, key=lambda i: widths[i])
        widths[i] -= 1
    return shown, widths


def run_table(columns: list[Column], rows: list[list[str]], width: int, title: str) -> tuple[Table, bool]:
    """The table in `width` cells, and whether any cell was shortened (then run.json has it whole)."""
    shown, widths = fit(columns, rows, width)
    table = Table(title=title)
    for c, w in zip(shown, widths):
        table.add_column(c.header, justify=c.justify, no_wrap=True, overflow="ellipsis", max_width=w)
    shortened = False
    for r in rows:
        cells = []
        for c, w in zip(shown, widths):
            text = r[columns.index(c)]
            short = middle_ellipsis(text, w)
            shortened |= short != text
            cells.append(Text(short))
        table.add_row(*cells)
    return table, shortened or len(shown) < len(columns)
