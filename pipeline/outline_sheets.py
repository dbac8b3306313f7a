"""A sheet whose first column is an outline told by indentation alone («Område / delmål / tiltak / aktivitet»: the
area, the delmål in the member's words, the tiltak with its cells filled, its activities under it): each tiltak row
given the delmål line above it, its activities its description, the area and delmål lines no rows of their own.

Rows keep their places, so that each tiltak is still found at its row in the sheet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from normalise.text import clean
from parsers.content import Content, TableBlock

MIN_LEVELS = 3  # area, tiltak, activity at least: two levels are a list with its headings
TILTAK_SHARE = 0.8  # of the rows filling more than their first cell, at the one level: that level is the tiltak's
HEADER_CELLS = 3  # the header row is the first to fill this many cells
DELMAL_HEADER = "Delmål"
ACTIVITY_HEADER = "Aktiviteter"

FieldOf = Callable[[str], tuple[str, float]]  # ColumnMapper.field_of


def _outline(block: TableBlock, field_of: FieldOf) -> TableBlock | None:
    rows, indents = block.rows, block.indents
    if len(indents) != len(rows):
        return None
    header = next((i for i, row in enumerate(rows) if sum(bool(clean(c)) for c in row) >= HEADER_CELLS), None)
    if header is None:
        return None
    body = range(header + 1, len(rows))
    filled = [i for i in body if clean(rows[i][0]) and any(clean(c) for c in rows[i][1:])]
    levels = Counter(indents[i] for i in filled)
    if len(filled) < 2 or len({indents[i] for i in body if clean(rows[i][0])}) < MIN_LEVELS:
        return None
    level, count = levels.most_common(1)[0]
    lone = [i for i in body if clean(rows[i][0]) and i not in filled]
    if count < TILTAK_SHARE * len(filled) or not any(indents[i] < level for i in lone):
        return None
    head = list(rows[header])
    told = next((c for c, text in enumerate(head) if field_of(clean(text))[0] == "beskrivelse"), None)
    width = len(head) + 1 + (told is None)
    described = told + 1 if told is not None else width - 1
    out: list[tuple[str | None, ...]] = [tuple(rows[i]) + ("",) * (width - len(rows[i])) for i in range(header)]
    out.append((head[0], DELMAL_HEADER, *head[1:], *(() if told is not None else (ACTIVITY_HEADER,))))
    above: dict[int, str] = {}  # the latest line at each level shallower than the tiltak's
    last: int | None = None
    for i in body:
        text, row = clean(rows[i][0]), list(rows[i]) + [""] * (len(head) - len(rows[i]))
        blank: tuple[str | None, ...] = ("",) * width
        if i in filled and indents[i] == level:
            delmal = above[max(above)] if above else ""
            out.append((row[0], delmal, *row[1:], *(() if told is not None else ("",))))
            last = len(out) - 1
        elif text and i not in filled and indents[i] < level:
            above = {k: v for k, v in above.items() if k < indents[i]} | {indents[i]: text}
            out.append(blank)
        elif text and i not in filled and indents[i] > level and last is not None:
            kept = list(out[last])
            said = clean(kept[described])
            kept[described] = f"{said}{' ' if said.endswith(('.', '!', '?')) else '; ' if said else ''}{text}"
            out[last] = tuple(kept)
            out.append(blank)
        else:
            out.append((row[0], "", *row[1:], *(() if told is not None else ("",))))
    return replace(block, rows=tuple(out), indents=())


def outlines_as_tables(content: Content, field_of: FieldOf) -> Content:
    """The content with each sheet laid out as an indented outline read as a table of its tiltak."""
    blocks = []
    changed = False
    for block in content.blocks:
        table = _outline(block, field_of) if isinstance(block, TableBlock) and block.indents else None
        changed = changed or table is not None
        blocks.append(table or block)
    return replace(content, blocks=tuple(blocks)) if changed else content
