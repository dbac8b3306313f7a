"""A table turned on its side: each tiltak a column, its fields named down the first column («Tiltak», «Delmål», «Type
tiltak», «Ansvarleg» …), and maybe a grid of ticks under them (Vestland's municipalities, round 60).

Read row by row, the row of names heads the table and the rows under it are taken for tiltak. It is turned into the
table it stands for: one row per column, the labels as its header; a grid of ticks under the labels gives each tiltak
the names ticked in its column, as one more cell.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalise.text import clean
from parsers.content import Content, TableBlock

from .prose_forms import sideways_tiltak
from .tables_as_text import tables_replaced

MIN_FIELDS = 3  # labels naming a field down the first column, «Tiltak» among them


def _turned(table: TableBlock, field_of: Callable[[str], tuple[str, float]]) -> TableBlock | None:
    """The table a turned table stands for, or None if the table is no such table."""
    rows = [[clean(c) if c else "" for c in row] for row in table.rows]
    found = sideways_tiltak(rows, field_of)
    if found is None:
        return None
    start, columns = found
    width = max(len(row) for row in rows)
    labelled = [start]
    for i in range(start + 1, len(rows)):
        row = rows[i] + [""] * (width - len(rows[i]))
        if not row[0] or not any(row[c] for c in columns):
            break  # «Kommune» over the ticks: the labels end
        labelled.append(i)
    if sum(1 for i in labelled if field_of(rows[i][0])[0]) < MIN_FIELDS:
        return None
    ticks = rows[labelled[-1] + 1:]
    if not any(any(row) for row in ticks):
        return None  # labels down the side and nothing under them: a sideways form, which the prose reader reads
    grid_label = ticks[0][0] if ticks and ticks[0] and not any(ticks[0][1:]) else ""
    ticked = [row for row in ticks[1 if grid_label else 0:] if row and row[0]]
    header = tuple(rows[i][0] for i in labelled) + ((grid_label,) if grid_label and ticked else ())
    turned: list[tuple[str, ...]] = [header]
    for c in columns:
        cells = tuple(rows[i][c] if c < len(rows[i]) else "" for i in labelled)
        marked = ", ".join(row[0] for row in ticked if c < len(row) and row[c])
        turned.append(cells + ((marked,) if grid_label and ticked else ()))
    return replace(table, rows=tuple(turned))


def turned_tables_as_tables(content: Content, field_of: Callable[[str], tuple[str, float]]) -> Content:
    """The content with each table turned on its side as the table of tiltak it stands for."""
    return tables_replaced(content, lambda b: _turned(b, field_of))
