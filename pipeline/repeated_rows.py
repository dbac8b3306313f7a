"""A later table that names the tiltak of an earlier one again («Tiltak | Fylkeskommunale midler | Eksterne midler»):
the same tiltak seen from another side, whose cells are kept with the tiltak, not counted again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from normalise.text import fold

from tiltak_core.records import RawRow

from .not_tiltak import some


def _key(row: RawRow) -> str:
    return fold(row.get("tiltak")).strip(" .:;")


def _adds_to(earlier: RawRow, later: RawRow) -> bool:
    """The later row names the earlier one's tiltak in another table, and gives no other delmål."""
    return (earlier.provenance.table is not None and later.provenance.table is not None
            and earlier.provenance.table != later.provenance.table
            and (not later.get("delmal") or fold(later.get("delmal")) == fold(earlier.get("delmal"))))


def merge_repeated(source_file: str, rows: Sequence[RawRow]) -> tuple[tuple[RawRow, ...], list[str]]:
    """The rows with each repeat in a later table folded into the first row of its tiltak (its cells as that row's
    extra cells, its fields where the first has none), and a note naming the repeats."""
    kept: list[RawRow] = []
    first: dict[str, int] = {}
    folded: list[str] = []
    for row in rows:
        at = first.get(key := _key(row))
        if key and at is not None and _adds_to(kept[at], row):
            earlier = kept[at]
            table = row.provenance.table
            fields = tuple((name, value or row.get(name)) for name, value in earlier.fields)
            extra = earlier.extra + tuple((f"{name} (tabell {table})", value) for name, value in row.extra
                                          if value and (name, value) not in earlier.extra)
            kept[at] = replace(earlier, fields=fields, extra=extra)
            folded.append(row.provenance.locator)
            continue
        if key and key not in first:
            first[key] = len(kept)
        kept.append(row)
    notes = [f"{source_file}: {len(folded)} {'rad' if len(folded) == 1 else 'rader'} i en senere tabell gjentar tiltak "
             f"fra en tabell over ({some(folded)}); cellene deres står som tillegg til de tiltakene, ikke som nye tiltak"
             ] if folded else []
    return tuple(kept), notes
