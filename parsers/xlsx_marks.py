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


def _legend(cells: dict[tuple[int, int], Any], texts: dict[tuple[int, int], str]) -> dict[str, str]:
    """Colour → the words a legend row gives it: a row of three or more short texts, each filled a colour of its own."""
    for r in sorted({r for r, _ in texts}):
        row = [(texts[k], _fill(cells.get(k))) for k in sorted(k for k in texts if k[0] == r)]
        colours = [c for _, c in row]
        if len(row) >= MIN_LEGEND and all(colours) and len(set(colours)) == len(colours) and all(
                len(t.split()) <= LEGEND_WORDS for t, _ in row) and _used(cells, texts, r, set(colours)):
            return {c: t for t, c in row}
    return {}


def _used(cells: dict[tuple[int, int], Any], texts: dict[tuple[int, int], str], legend_row: int, colours: set[str]) -> bool:
    """Whether rows under the legend fill their first cell with its colours: a key in use, not a coloured band."""
    firsts = [min(k for k in texts if k[0] == r) for r in sorted({r for r, _ in texts if r > legend_row})]
    return sum(_fill(cells.get(k)) in colours for k in firsts) >= MIN_USES


def mark_columns(cells: dict[tuple[int, int], Any], texts: dict[tuple[int, int], str],
                 rows: list[int]) -> list[tuple[str, ...]]:
    """For each row, the words its first cell's fill colour and italic stand for ((), when the sheet keys neither)."""
    legend = _legend(cells, texts)
    key = next((m[1].strip() for t in texts.values() if (m := _ITALIC_KEY.search(t))), "")
    if not legend and not key:
        return [() for _ in rows]
    keyed = {k for k, t in texts.items() if _ITALIC_KEY.search(t) or t in legend.values()}
    out: list[tuple[str, ...]] = []
    for r in rows:
        first = min((k for k in texts if k[0] == r), default=None)
        if first is None or first in keyed:
            out.append(("",) * (bool(legend) + bool(key)))
            continue
        cell = cells.get(first)
        said: list[str] = [legend.get(_fill(cell), "")] if legend else []
        said += [key if getattr(getattr(cell, "font", None), "i", False) else ""] if key else []
        out.append(tuple(said))
    return out
