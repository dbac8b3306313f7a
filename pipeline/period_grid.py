"""A table of what was done in each period («1. tertial», «2. kvartal», months), one row per delmål, each cell listing
«Name (type) – what happened then»: one tiltak per name and row, its periods' notes its description.

A member reporting by tertial names a measure again in every period it ran. Read cell by cell, one measure became
three tiltak, each named by its note. The grid is turned into the table it stands for: the row's first cell (the
delmål), the name, the type in brackets, the notes. A list after it that names those tiltak one by one with who is
responsible and with whom («Name: ansvar Unio; samarbeid med KS.») fills them in, and is no list of tiltak itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from normalise.text import clean, fold
from parsers.content import Block, Content, Paragraph, TableBlock

from .bare_labels import SURE_LABEL

_PERIOD = re.compile(r"\b(?:tertial|kvartal|halvår|halvåret|q[1-4]|januar|februar|mars|april|mai|juni|juli|august|"
                     r"september|oktober|november|desember|vår|høst|haust|våren|hausten|høsten)\b", re.IGNORECASE)
_ITEM = re.compile(r"^(?P<name>[^–()]+?)\s*(?:\((?P<type>[^()]{2,30})\))?\s+[–-]\s+(?P<note>\S.*)$")
MIN_PERIODS = 2

FieldOf = Callable[[str], tuple[str, float]]


def _grid_rows(table: TableBlock) -> list[tuple[str, ...]] | None:
    """The table a period grid stands for (its first column, Tiltak, Type, Beskrivelse), or None if it is none."""
    head = [clean(c or "") for c in table.rows[0]] if table.rows else []
    periods = [c for c, text in enumerate(head) if c and _PERIOD.search(text)]
    if len(periods) < MIN_PERIODS or _PERIOD.search(head[0]):
        return None
    rows: list[tuple[str, ...]] = [(head[0], "Tiltak", "Type", "Beskrivelse")]
    named_by_period = False
    for r in table.rows[1:]:
        found: dict[str, list[str]] = {}
        named: dict[str, str] = {}
        for c in periods:
            for line in (clean(t) for t in (r[c] or "").split("\n") if c < len(r) and clean(t)):
                item = _ITEM.match(line)
                named_by_period |= item is not None
                if not item and not re.search(r"[A-Za-zÆØÅæøå]{3}", line):
                    continue  # a figure, a date
                name, kind, note = (clean(item["name"]), item["type"] or "", item["note"]) if item else (line, "", "")
                key = fold(name)
                named.setdefault(key, name)
                found.setdefault(key, [kind])
                if note:
                    found[key].append(f"{head[c]}: {note}")
        rows += [(clean(r[0] or ""), named[k], v[0], "; ".join(v[1:])) for k, v in found.items()]
    # Figures by quarter, dates by month: no measure named by period, no grid of them.
    return rows if named_by_period and len(rows) > 1 else None


def _filled(rows: list[tuple[str, ...]], p: Paragraph, field_of: FieldOf) -> list[tuple[str, ...]] | None:
    """The rows with the one this line names («Name: ansvar X; samarbeid med Y.») given its fields; None if it names
    none of them or gives no field."""
    name, _, rest = clean(p.text).partition(":")
    at = next((n for n, r in enumerate(rows) if n and fold(r[1]) == fold(name)), None)
    if at is None or not rest:
        return None
    fields: dict[str, str] = {}
    for part in (clean(x).rstrip(".") for x in rest.split(";")):
        words = part.split()
        for k in (2, 1):
            field, score = field_of(" ".join(words[:k]))
            if field in ("ansvarlig", "samarbeidspartnere") and score >= SURE_LABEL and len(words) > k:
                fields[field] = " ".join(words[k:])
                break
    if not fields:
        return None
    return [r if n != at else (*r[:4], fields.get("ansvarlig", ""), fields.get("samarbeidspartnere", ""))
            for n, r in enumerate(rows)]


def _lone_field_heading(blocks: list[Block], n: int, field_of: FieldOf) -> bool:
    """«Ansvar og samarbeid» with nothing left under it, its list read into a grid: a heading of fields, no section."""
    b, after = blocks[n], blocks[n + 1] if n + 1 < len(blocks) else None
    return isinstance(b, Paragraph) and b.kind == "heading" and bool(b.text.split()) and (
        after is None or isinstance(after, Paragraph) and after.kind == "heading") and (
        field_of(b.text.split()[0])[0] in ("ansvarlig", "samarbeidspartnere"))


def grids_as_tables(content: Content, field_of: FieldOf) -> Content:
    """The content with each period grid as the table of tiltak it stands for, filled from a list naming them."""
    blocks: list[Block] = []
    grids: dict[int, TableBlock] = {}  # place among blocks -> the grid's table as filled so far
    at = -1
    for b in content.blocks:
        rows = _grid_rows(b) if isinstance(b, TableBlock) else None
        if rows is not None and isinstance(b, TableBlock):
            rows = [(*r, "Ansvarlig", "Samarbeidspartnere") if n == 0 else (*r, "", "") for n, r in enumerate(rows)]
            at = len(blocks)
            grids[at] = replace(b, rows=tuple(rows))
            blocks.append(grids[at])
            continue
        filled = _filled([tuple(c or "" for c in r) for r in grids[at].rows], b, field_of) if (
            at in grids and isinstance(b, Paragraph)) else None
        if filled is not None:
            grids[at] = replace(grids[at], rows=tuple(filled))
            blocks[at] = grids[at]
            continue
        blocks.append(b)
    if not grids:
        return content
    return replace(content, blocks=tuple(b for n, b in enumerate(blocks) if not _lone_field_heading(blocks, n, field_of)))
