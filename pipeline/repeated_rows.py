"""A later table that names the tiltak of an earlier one again («Tiltak | Fylkeskommunale midler | Eksterne midler»):
the same tiltak seen from another side, whose cells are kept with the tiltak, not counted again; so is a table that
lists what the text above told."""

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


def _lists(told: RawRow, listed: RawRow) -> bool:
    """A table row names a tiltak read from the running text above it, under the same delmål (an appendix listing
    what the chapter told)."""
    return (told.provenance.table is None and listed.provenance.table is not None
            and fold(listed.get("delmal")) == fold(told.get("delmal")))


def merge_repeated(source_file: str, rows: Sequence[RawRow]) -> tuple[tuple[RawRow, ...], list[str]]:
    """The rows with each repeat in a later table folded into the first row of its tiltak (its cells as that row's
    extra cells, its fields where the first has none), and a note naming the repeats. A tiltak told in the text and
    listed in a table is the table's row, described by the text."""
    kept: list[RawRow] = []
    first: dict[str, int] = {}
    folded: list[str] = []
    listed: list[str] = []
    for row in rows:
        at = first.get(key := _key(row))
        if key and at is not None and _lists(kept[at], row):
            told = kept[at]
            kept[at] = replace(row, fields=tuple((name, value or told.get(name)) for name, value in row.fields))
            listed.append(told.provenance.locator)
            continue
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
    notes += [f"{source_file}: {len(listed)} {'tiltak' if len(listed) == 1 else 'tiltak'} fortalt i teksten står også i en "
              f"tabell ({some(listed)}); tabellens rad er brukt, med teksten som beskrivelse"] if listed else []
    return tuple(kept), notes
