"""What a sheet says by colour and font alone, given words: a fill colour its legend names («Råd og nettverk» filled
blue over a list whose blue names are councils), and an italic its key line names («kursiv = planlagt 2082»).

Each becomes a column of its own at the sheet's right, its header left empty, so that the reader finds a column of
types or statuses as it finds any other by what its cells hold."""

from __future__ import annotations

import re
from typing import Any

MIN_LEGEND = 3  # filled cells of as many colours in one row: a legend, not a coloured header
LEGEND_WORDS = 4  # a legend names a kind in a few words
MIN_USES = 2  # rows under a legend whose first cell wears one of its colours
_ITALIC_KEY = re.compile(r"\bkursiv\s*=\s*([^·,;=]+?)\s*(?:[·,;]|$)", re.IGNORECASE)


def _fill(cell: Any) -> str:
    fill = getattr(cell, "fill", None)
    if fill is None or fill.fill_type != "solid":
        return ""
    rgb = getattr(fill.fgColor, "rgb", None)
    return rgb if isinstance(rgb, str) and rgb[-6:].upper() not in ("FFFFFF", "000000") else ""


Cells = dict[tuple[int, int], Any]
Rows = dict[int, list[tuple[int, int]]]  # each sheet row's cells with text, left to right


def _legend(cells: Cells, texts: dict[tuple[int, int], str], by_row: Rows) -> dict[str, str]:
    """Colour → the words a legend row gives it: a row of three or more short texts, each filled a colour of its own."""
    for r, keys in by_row.items():
        row = [(texts[k], _fill(cells.get(k))) for k in keys]
        colours = [c for _, c in row]
        if len(row) >= MIN_LEGEND and all(colours) and len(set(colours)) == len(colours) and all(
                len(t.split()) <= LEGEND_WORDS for t, _ in row) and _used(cells, by_row, r, set(colours)):
            return {c: t for t, c in row}
    return {}


def _used(cells: Cells, by_row: Rows, legend_row: int, colours: set[str]) -> bool:
    """Whether rows under the legend fill their first cell with its colours: a key in use, not a coloured band."""
    return sum(_fill(cells.get(keys[0])) in colours for r, keys in by_row.items() if r > legend_row) >= MIN_USES


def mark_columns(cells: Cells, texts: dict[tuple[int, int], str], rows: list[int]) -> list[tuple[str, ...]]:
    """For each row, the words its first cell's fill colour and italic stand for ((), when the sheet keys neither)."""
    by_row: Rows = {}
    for k in sorted(texts):  # once, not for every row that asks: a sheet may hold a million cells
        by_row.setdefault(k[0], []).append(k)
    legend = _legend(cells, texts, by_row)
    keys = {k: m[1].strip() for k, t in texts.items() if (m := _ITALIC_KEY.search(t))}
    key = next(iter(keys.values()), "")
    if not legend and not key:
        return [() for _ in rows]
    keyed = set(keys) | {k for k, t in texts.items() if t in legend.values()}
    out: list[tuple[str, ...]] = []
    for r in rows:
        first = by_row[r][0] if r in by_row else None
        if first is None or first in keyed:
            out.append(("",) * (bool(legend) + bool(key)))
            continue
        cell = cells.get(first)
        said: list[str] = [legend.get(_fill(cell), "")] if legend else []
        said += [key if getattr(getattr(cell, "font", None), "i", False) else ""] if key else []
        out.append(tuple(said))
    return out
