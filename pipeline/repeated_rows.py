"""A later table that names the tiltak of an earlier one again («Tiltak | Fylkeskommunale midler | Eksterne midler»):
the same tiltak seen from another side, whose cells are kept with the tiltak, not counted again; so is a table that
lists what the text above told, and so are a tiltak's parts on lines of their own («Kompetansekompasset – drift» under
«Kompetansekompasset – videreutvikling», as a budget's cost lines split one measure)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
import re
from dataclasses import replace

from normalise.text import clean, fold

from tiltak_core.records import RawRow

from .not_tiltak import some


Codes = Callable[[str], list[str]]  # the delmål codes a text gives (DelmalMatcher.codes_in)
Holds = Callable[[str, str], bool]  # whether a heading's område holds a cell's delmål (DelmalMatcher.holds)


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


def _text_agrees(listed: RawRow, told: RawRow, codes_in: Codes, holds: Holds | None) -> bool:
    """The text's row gives the table row's delmål, none, or an område heading that holds it (chapters named after
    the areas, the delmål only in the appendix)."""
    return _same_delmal(listed, told, codes_in) or not told.get("delmal") or (
        holds is not None and not codes_in(told.get("delmal")) and holds(told.get("delmal"), listed.get("delmal")))


def _lists(told: RawRow, listed: RawRow, codes_in: Codes, holds: Holds | None) -> bool:
    """A table row names a tiltak read from the running text above it, whose delmål the text agrees with (an appendix
    listing what the chapter told)."""
    return told.provenance.table is None and listed.provenance.table is not None and _text_agrees(
        listed, told, codes_in, holds)


def _described(listed: RawRow, told: RawRow, codes_in: Codes, holds: Holds | None) -> bool:
    """Text under a table tells a tiltak the table listed, under a delmål it agrees with or where the table gives none
    (an overview, then a section for each; quarterly status tables, then a list of each tiltak's particulars)."""
    return listed.provenance.table is not None and told.provenance.table is None and (
        not listed.get("delmal") or _text_agrees(listed, told, codes_in, holds))


_DATE = re.compile(r"^(?:\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{2,4})\b")  # «2082-02-21», «21.02.2082»
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


def _logged_again(earlier: RawRow, later: RawRow) -> bool:
    """A line of the same table that names a tiltak again with another account of it (an activity log, one line per
    meeting or step): every field but the account and the parties says what the earlier line says."""
    return earlier.provenance.table is not None and earlier.provenance.table_key == later.provenance.table_key and all(
        not later.get(name) or fold(later.get(name)) == fold(earlier.get(name))
        for name, _ in later.fields if name not in (*_JOINED, "beskrivelse"))


def _log_joined(earlier: RawRow, later: RawRow) -> RawRow:
    """One row for the measure: its accounts one after the other, its parties and its other cells (the dates) joined."""
    kept = _partners_joined(earlier, later)
    told = [t for t in (clean(earlier.get("beskrivelse")), clean(later.get("beskrivelse"))) if t]
    fields = dict(kept.fields) | {"beskrivelse": " ".join(t if t.endswith((".", "!", "?")) else f"{t}." for t in told)}
    later_extra = dict(later.extra)
    extra = tuple((name, f"{value}, {later_extra[name]}" if clean(later_extra.get(name)) and fold(later_extra[name])
                   not in fold(value or "") else value) for name, value in earlier.extra)
    # A log dates each line; lines of one name told apart by nothing but their text may be two measures: asked.
    dated = any(_DATE.match(clean(v)) for _, v in earlier.extra) and any(_DATE.match(clean(v)) for _, v in later.extra)
    doubt = "" if dated else (f"linjen {later.provenance.locator} har samme navn og felt, men annen tekst; slått sammen "
                              "som ett tiltak: kontroller")
    return replace(kept, fields=tuple(fields.items()), extra=extra, evidence=earlier.evidence + (
        f"linjen {later.provenance.locator} nevner samme tiltak med en annen aktivitet; slått sammen",),
        doubt="; ".join(d for d in (kept.doubt, doubt) if d))


def _filled(kept: RawRow, other: RawRow) -> RawRow:
    """The kept row with every field the other gives and the kept one leaves empty."""
    names = dict.fromkeys([name for name, _ in kept.fields] + [name for name, _ in other.fields])
    return replace(kept, fields=tuple((name, kept.get(name) or other.get(name)) for name in names))


_PART = re.compile(r"^(?P<name>\S.{2,80}?)\s+[–—-]\s+(?P<part>\S.*)$")


def _parts(earlier: RawRow, later: RawRow, codes_in: Codes, last_row: int | None) -> str:
    """The measure's name when the line right under the earlier row's last line is another of its parts («Name –
    godtgjørelse», «Name – analyseoppdrag») in the same table, under one delmål and owner; '' otherwise."""
    a, b = (_PART.match(r.get("tiltak") or "") for r in (earlier, later))
    pa, pb = earlier.provenance, later.provenance
    # a row whose parts were joined already is named by the name alone, its dash gone
    name = a["name"] if a else (earlier.get("tiltak") or "") if last_row != pa.row else ""
    if not (name and b and fold(name) == fold(b["name"]) and pa.table is not None and pa.table_key == pb.table_key
            and last_row is not None and pb.row == last_row + 1 and _same_delmal(earlier, later, codes_in)):
        return ""
    for field in ("ansvarlig", "samarbeidspartnere"):
        # «Kompetanseveien – reiselivssidene» under «Kompetanseveien – nettportal»: another owner's own; «… – fase 2:
        # ledermodul» with other partners than the row above: a measure of its own (round 70)
        if all(r.get(field) for r in (earlier, later)) and fold(earlier.get(field)) != fold(later.get(field)):
            return ""
    return name


def _told(row: RawRow) -> str:
    """A part's words and its description («analyseoppdrag og trykking: Merforbruk skyldes …»)."""
    part = _PART.match(row.get("tiltak") or "")
    return ": ".join(t for t in ((part["part"] if part else ""), row.get("beskrivelse") or "") if t)


def _joined_parts(earlier: RawRow, later: RawRow, name: str) -> RawRow:
    """One row for the measure, named by its name, each part's words and description in its description."""
    first = _told(earlier) if fold(earlier.get("tiltak")) != fold(name) else earlier.get("beskrivelse") or ""
    described = f"{first}{' ' if first.endswith(('.', '!', '?')) else '; '}{_told(later)}" if first else _told(later)
    fields = dict(_filled(earlier, later).fields) | {"tiltak": name, "beskrivelse": described}
    return replace(earlier, fields=tuple(fields.items()), evidence=earlier.evidence + (
        f"linjen under ({later.provenance.locator}) er en del av samme tiltak («{name} – …»)",))


def merge_repeated(source_file: str, rows: Sequence[RawRow], codes_in: Codes,
                   holds: Holds | None = None) -> tuple[tuple[RawRow, ...], list[str]]:
    """The rows with each repeat in a later table folded into the first row of its tiltak (its cells as that row's
    extra cells, its fields where the first has none), and a note naming the repeats. A tiltak told in the text and
    listed in a table is the table's row, described by the text."""
    kept: list[RawRow] = []
    first: dict[str, int] = {}
    folded: list[str] = []
    listed: list[str] = []
    described: list[str] = []
    joined: list[str] = []
    parts: list[str] = []
    logged: list[str] = []
    last_row: int | None = None  # the table row the last kept row ends at, its parts joined
    for row in rows:
        name = _parts(kept[-1], row, codes_in, last_row) if kept else ""
        if name:
            kept[-1], last_row = _joined_parts(kept[-1], row, name), row.provenance.row
            parts.append(row.provenance.locator)
            continue
        at = first.get(key := _key(row))
        if key and at is not None and _partner_line(kept[at], row):
            kept[at] = _partners_joined(kept[at], row)
            joined.append(row.provenance.locator)
            continue
        if key and at is not None and _logged_again(kept[at], row):
            kept[at] = _log_joined(kept[at], row)
            logged.append(row.provenance.locator)
            continue
        if key and at is not None and _lists(kept[at], row, codes_in, holds):
            told = kept[at]
            kept[at] = _filled(row, told)
            listed.append(told.provenance.locator)
            continue
        if key and at is not None and _described(kept[at], row, codes_in, holds):
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
        last_row = row.provenance.row
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
    notes += [f"{source_file}: {len(parts)} {'rad' if len(parts) == 1 else 'rader'} er en del av tiltaket på linjen over "
              f"(«Navn – del»), og er slått sammen med den ({some(parts)})"] if parts else []
    notes += [f"{source_file}: {len(logged)} {'rad' if len(logged) == 1 else 'rader'} i samme tabell nevner et tiltak "
              f"fra en linje over igjen, med en annen aktivitet ({some(logged)}); aktivitetene er slått sammen i "
              "tiltakets første rad"] if logged else []
    return tuple(kept), notes
