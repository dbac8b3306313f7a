"""A later table that names the tiltak of an earlier one again («Tiltak | Fylkeskommunale midler | Eksterne midler»):
the same tiltak seen from another side, whose cells are kept with the tiltak, not counted again; so is a table that
lists what the text above told."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from normalise.text import fold

from tiltak_core.records import RawRow

from .not_tiltak import some


Codes = Callable[[str], list[str]]  # the delmål codes a text gives (DelmalMatcher.codes_in)


def _same_delmal(a: RawRow, b: RawRow, codes_in: Codes) -> bool:
    """The rows give one delmål: as written, or by its code («2.4» and «2.4 – etter- og videreutdanning …»)."""
    codes = [set(codes_in(r.get("delmal"))) for r in (a, b)]
    return fold(a.get("delmal")) == fold(b.get("delmal")) or bool(codes[0]) and codes[0] == codes[1]


def _key(row: RawRow) -> str:
    return fold(row.get("tiltak")).strip(" .:;")


def _adds_to(earlier: RawRow, later: RawRow) -> bool:
    """The later row names the earlier one's tiltak in another table, and gives no other delmål (an overview that gives
    none, «Nr. | Tiltak | Ark», takes the delmål of the sheet that tells the tiltak)."""
    return (earlier.provenance.table is not None and later.provenance.table is not None
            and earlier.provenance.table_key != later.provenance.table_key
            and (not later.get("delmal") or not earlier.get("delmal") or fold(later.get("delmal")) == fold(earlier.get("delmal"))))


def _lists(told: RawRow, listed: RawRow, codes_in: Codes) -> bool:
    """A table row names a tiltak read from the running text above it, under the same delmål (an appendix listing
    what the chapter told)."""
    return told.provenance.table is None and listed.provenance.table is not None and _same_delmal(listed, told, codes_in)


def _described(listed: RawRow, told: RawRow, codes_in: Codes) -> bool:
    """Text under a table tells a tiltak the table listed, under the same delmål or where the table gives none (an
    overview, then a section for each; quarterly status tables, then a list of each tiltak's particulars)."""
    return listed.provenance.table is not None and told.provenance.table is None and (
        not listed.get("delmal") or _same_delmal(listed, told, codes_in))


_JOINED = ("samarbeidspartnere", "ansvarlig")  # what a register's line per partner tells apart


def _partner_line(earlier: RawRow, later: RawRow) -> bool:
    """A line of the same table that repeats a tiltak only to name another partner (a register's export, one line
    per tiltak and partner): every other field it fills says what the earlier line says."""
    return earlier.provenance.table is not None and earlier.provenance.table_key == later.provenance.table_key and all(
        not later.get(name) or fold(later.get(name)) == fold(earlier.get(name))
        for name, _ in later.fields if name not in _JOINED)


def _partners_joined(earlier: RawRow, later: RawRow) -> RawRow:
    fields = []
    for name, value in earlier.fields:
        if name in _JOINED and later.get(name) and fold(later.get(name)) not in fold(value or ""):
            value = f"{value}, {later.get(name)}" if value else later.get(name)
        fields.append((name, value))
    return replace(earlier, fields=tuple(fields))


def _filled(kept: RawRow, other: RawRow) -> RawRow:
    """The kept row with every field the other gives and the kept one leaves empty."""
    names = dict.fromkeys([name for name, _ in kept.fields] + [name for name, _ in other.fields])
    return replace(kept, fields=tuple((name, kept.get(name) or other.get(name)) for name in names))


def merge_repeated(source_file: str, rows: Sequence[RawRow], codes_in: Codes) -> tuple[tuple[RawRow, ...], list[str]]:
    """The rows with each repeat in a later table folded into the first row of its tiltak (its cells as that row's
    extra cells, its fields where the first has none), and a note naming the repeats. A tiltak told in the text and
    listed in a table is the table's row, described by the text."""
    kept: list[RawRow] = []
    first: dict[str, int] = {}
    folded: list[str] = []
    listed: list[str] = []
    described: list[str] = []
    joined: list[str] = []
    for row in rows:
        at = first.get(key := _key(row))
        if key and at is not None and _partner_line(kept[at], row):
            kept[at] = _partners_joined(kept[at], row)
            joined.append(row.provenance.locator)
            continue
        if key and at is not None and _lists(kept[at], row, codes_in):
            told = kept[at]
            kept[at] = _filled(row, told)
            listed.append(told.provenance.locator)
            continue
        if key and at is not None and _described(kept[at], row, codes_in):
            kept[at] = replace(_filled(kept[at], row), evidence=kept[at].evidence + (
                f"feltene er fylt fra teksten under tabellen ({row.provenance.locator})",))
            described.append(row.provenance.locator)
            continue
        if key and at is not None and _adds_to(kept[at], row):
            earlier = kept[at]
            table = row.provenance.table
            extra = earlier.extra + tuple((f"{name} (tabell {table})", value) for name, value in row.extra
                                          if value and (name, value) not in earlier.extra)
            kept[at] = replace(_filled(earlier, row), extra=extra)
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
    notes += [f"{source_file}: {len(joined)} {'rad' if len(joined) == 1 else 'rader'} gjentar et tiltak i samme tabell bare "
              f"for å nevne en annen samarbeidspartner ({some(joined)}); partnerne er slått sammen i tiltakets første rad"
              ] if joined else []
    notes += [f"{source_file}: {len(described)} tiltak fra en tabell over er beskrevet igjen i teksten under "
              f"({some(described)}); tabellens rad er brukt, med feltene fra teksten"] if described else []
    return tuple(kept), notes
