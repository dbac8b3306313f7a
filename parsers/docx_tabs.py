"""A table typed with tab stops in Word: a heading line «Tiltak⇥Delmål⇥Type⇥Ansvarlig» and one paragraph per row,
its fields parted by tabs, each maybe followed by a paragraph of description.

Word shows it as a table; its XML holds only paragraphs. Read as a table of those fields, the paragraphs between two
rows (or the same number after the last row) are the row's description, in a column of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .content import Block, Paragraph, TableBlock

HEADER_WORDS = 3  # a heading line's fields are names of a word or three («Ansvarlig», «Samarbeid med»)
MIN_FIELDS = 3  # fewer fields parted by tabs are a label and its value («Delmål:⇥1.3»), not a row
MIN_ROWS = 2
DESCRIPTION = "Beskrivelse"
_TABS = re.compile(r"\t+")


@dataclass(frozen=True)
class Tabbed:
    """A paragraph's fields as its tabs part them (empty for a paragraph without a tab between words)."""

    block: Block
    fields: tuple[str, ...]


def fields_of(text: str) -> tuple[str, ...]:
    """«Praksisløftet⇥1.4⇥Prosjekt» as its fields, a line break inside one (a wrapped name) as a space."""
    parts = [" ".join(part.split()) for part in _TABS.split(text.strip("\t "))]
    return tuple(parts) if len(parts) >= MIN_FIELDS else ()


def _is_header(t: Tabbed) -> bool:
    return isinstance(t.block, Paragraph) and len(t.fields) >= MIN_FIELDS and all(
        f and len(f.split()) <= HEADER_WORDS and not any(c.isdigit() for c in f) for f in t.fields)


def _table(header: Tabbed, rows: list[tuple[Tabbed, list[Paragraph]]], index: int) -> TableBlock:
    width = len(header.fields)
    described = any(text for _, text in rows)
    grid = [(*header.fields, *([DESCRIPTION] if described else []))]
    for row, text in rows:
        cells = (list(row.fields) + [""] * width)[:width] if len(row.fields) <= width else [
            *row.fields[: width - 1], " ".join(row.fields[width - 1:])]
        grid.append((*cells, *([" ".join(p.text for p in text)] if described else [])))
    return TableBlock(page=None, index=index, rows=tuple(grid), ruled=False)


def tab_tables(paragraphs: Sequence[Tabbed], first_index: int) -> list[Block]:
    """The blocks with every tab-stop table read as one: a heading line of field names, then at least two rows with
    as many fields or one fewer (a field left empty at the end), each followed by its description paragraphs."""
    out: list[Block] = []
    index = first_index
    k = 0
    while k < len(paragraphs):
        header = paragraphs[k]
        rows: list[tuple[Tabbed, list[Paragraph]]] = []
        n = k + 1
        if _is_header(header):
            width = len(header.fields)
            while n < len(paragraphs):
                t = paragraphs[n]
                if not isinstance(t.block, Paragraph) or t.block.kind == "heading" and len(t.fields) < width - 1:
                    break  # (a row set in bold, read as a heading, is still a row: its tabs part its fields)
                if width - 1 <= len(t.fields) and not _is_header(t):
                    rows.append((t, []))
                elif not t.fields and rows:
                    rows[-1][1].append(t.block)
                else:
                    break
                n += 1
        if len(rows) < MIN_ROWS:
            out.append(header.block)
            k += 1
            continue
        # After the last row, only as many paragraphs as the other rows have: what follows them is the report's text.
        usual = max(len(text) for _, text in rows[:-1])
        spill = rows[-1][1][usual:]
        rows[-1] = (rows[-1][0], rows[-1][1][:usual])
        index += 1
        out += [_table(header, rows, index), *spill]
        k = n
    return out
