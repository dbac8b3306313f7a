"""A table laid out with two measures (or more) to a row, its header the same columns again («Tiltak | Delmål | Form |
Tiltak | Delmål | Form», round 80: «to tiltak på hver linje for å få plass på én side»): read as it stands, only the
left one was a row. Unfolded, each part of a row is a row of its own, in reading order, under one header."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalise.text import clean, fold
from parsers.content import Block, Content, TableBlock

MIN_WIDTH = 2  # columns each part repeats, at the least
HEADER_DEPTH = 3  # the header stands in a table's first rows, under its title

FieldOf = Callable[[str], tuple[str, float]]


def _parts(header: tuple[str | None, ...], field_of: FieldOf) -> int:
    """How many times the header repeats one run of columns that names the tiltak (2 or more), else 0."""
    cells = [fold(clean(c)) for c in header]
    while cells and not cells[-1]:
        cells.pop()
    for parts in range(len(cells) // MIN_WIDTH, 1, -1):
        width = len(cells) // parts
        if width * parts != len(cells):
            continue
        run = cells[:width]
        if all(cells[k * width:(k + 1) * width] == run for k in range(parts)) and all(run) and any(
                field_of(c)[0] == "tiltak" for c in run):
            return parts
    return 0


def twin_columns_unfolded(content: Content, field_of: FieldOf) -> Content:
    """The content with each table whose header repeats its columns unfolded to one part a row."""
    blocks: list[Block] = []
    changed = False
    for block in content.blocks:
        found = next(((r, parts) for r, row in enumerate(block.rows[:HEADER_DEPTH]) if (parts := _parts(row, field_of))),
                     None) if isinstance(block, TableBlock) else None
        if found is None:
            blocks.append(block)
            continue
        assert isinstance(block, TableBlock)
        h, parts = found
        width = len([c for c in block.rows[h] if clean(c)]) // parts
        rows = [tuple(row[:width]) for row in block.rows[: h + 1]]  # the title above the header, then the header
        for row in block.rows[h + 1:]:
            for k in range(parts):
                part = tuple(row[k * width:(k + 1) * width])
                if any(clean(c) for c in part):
                    rows.append(part + ("",) * (width - len(part)))
        blocks.append(replace(block, rows=tuple(rows)))
        changed = True
    return replace(content, blocks=tuple(blocks)) if changed else content
