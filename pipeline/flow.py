"""The summary's figures on measures across years: new, continued and ended, per område, delmål and member.

Ended is told two ways, kept apart: last year's tiltak a member's reporting form marks «avsluttet», and last
year's tiltak nothing this year continues or ends (not reported: ended, or forgotten in the report).
Counted with pandas cross-tabulations; pandas is imported only when a summary is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from normalise.catalogue import Catalogue
from normalise.continuity import LastYearRow

from tiltak_core.records import CHANGED, CONTINUED, NEW, RegisterEntry, Tiltak

from .continuation import POSSIBLE_CONTINUATION

ENDED_REPORTED, NOT_REPORTED = "meldt avsluttet", "ikke rapportert"
KINDS = (NEW, CONTINUED, CHANGED, ENDED_REPORTED, NOT_REPORTED)


@dataclass(frozen=True)
class FlowRow:
    """One område, delmål or member: this year's tiltak new and continued, last year's ended."""

    key: str
    new: int = 0
    continued: int = 0  # changed ones included
    changed: int = 0
    ended_reported: int = 0  # marked «avsluttet» in a reporting form
    not_reported: int = 0  # last year's tiltak nothing this year continues or ends

    @property
    def ended(self) -> int:
        return self.ended_reported + self.not_reported


@dataclass(frozen=True)
class EndedRow:
    """One of last year's tiltak that ended: marked «avsluttet» in a form, or not reported this year."""

    kind: str  # ENDED_REPORTED or NOT_REPORTED
    tiltak_id: str
    delmal: str
    tiltak: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class Flow:
    year: int
    known: bool  # last year's whole register is known: new and not reported can be told
    total: FlowRow
    omrader: tuple[FlowRow, ...]  # catalogue order
    delmal: tuple[FlowRow, ...]  # catalogue order
    members: tuple[FlowRow, ...]  # members with any figure, catalogue order
    unsure: int = 0  # counted as new, though they may continue one of last year's: a reviewer decides
    ended: tuple[EndedRow, ...] = ()  # last year's tiltak that ended, marked so or not reported, in that order


def _events(entries: Sequence[RegisterEntry], ended: Sequence[Tiltak], last_year: Sequence[LastYearRow],
            known: bool) -> list[dict]:
    """One record per thing counted: each of this year's tiltak, each of last year's that ended."""
    events = []
    for e in entries:
        kind = e.status or (CONTINUED if e.forrige_tiltak_id else "")
        for member in e.rapportert_av or ("",):
            events.append({"kind": kind, "omrade": e.omrade, "delmal": e.delmal, "member": member, "id": e.tiltak_id,
                           "tiltak": e.tiltak})
    continued = {e.forrige_tiltak_id for e in entries if e.forrige_tiltak_id}
    before = {r.tiltak_id: r for r in last_year}
    for t in ended:
        previous = t.row.raw.forrige_tiltak_id
        if previous in continued:
            continue  # one member left a measure others go on with
        row = before.get(previous)
        delmal = row.delmal if row else t.delmal.value
        events.append({"kind": ENDED_REPORTED, "omrade": row.omrade if row else delmal.split(".")[0],
                       "delmal": delmal, "member": t.member, "id": previous, "tiltak": row.tiltak if row else t.text})
    closed = continued | {t.row.raw.forrige_tiltak_id for t in ended}
    if known:
        for r in last_year:
            if r.tiltak_id not in closed:
                for member in r.rapportert_av or ("",):
                    events.append({"kind": NOT_REPORTED, "omrade": r.omrade, "delmal": r.delmal, "member": member,
                                   "id": r.tiltak_id, "tiltak": r.tiltak})
    return events


def _rows(table, keys: Iterable[str]) -> tuple[FlowRow, ...]:
    return tuple(FlowRow(k, *(int(table.at[k, kind]) for kind in (NEW, "continued", CHANGED, ENDED_REPORTED,
                                                                  NOT_REPORTED))) for k in keys)


def flow(year: int, entries: Sequence[RegisterEntry], ended: Sequence[Tiltak], last_year: Sequence[LastYearRow],
         known: bool, catalogue: Catalogue) -> Flow:
    """How this year's tiltak relate to last year's, per område, delmål and member (a measure several members
    report counts once per område and delmål, once for each of its members)."""
    import pandas as pd

    frame = pd.DataFrame(_events(entries, ended, last_year, known),
                         columns=["kind", "omrade", "delmal", "member", "id", "tiltak"])
    one_per_measure = frame.drop_duplicates(["kind", "id"])

    def counts(column: str, keys: list[str], data) -> tuple[FlowRow, ...]:
        table = pd.crosstab(data[column], data["kind"]).reindex(index=keys, columns=list(KINDS), fill_value=0)
        table["continued"] = table[CONTINUED] + table[CHANGED]
        return _rows(table, keys)

    members = [m.name for m in catalogue.members]
    reported = set(frame["member"]) - {""}
    members += sorted(reported - set(members))
    total = counts("all", ["all"], one_per_measure.assign(all="all"))[0]
    by_member = [r for r in counts("member", members, frame) if r.new or r.continued or r.ended]
    return Flow(
        year=year, known=known, total=FlowRow("", *(getattr(total, f) for f in
                                                   ("new", "continued", "changed", "ended_reported", "not_reported"))),
        omrader=counts("omrade", [o.id for o in catalogue.omrader], one_per_measure),
        delmal=counts("delmal", [d.code for d in catalogue.delmal], one_per_measure),
        members=tuple(by_member),
        unsure=sum(any(r.startswith(POSSIBLE_CONTINUATION) for r in e.review_reasons) for e in entries),
        ended=_ended(frame),
    )


def _ended(frame) -> tuple[EndedRow, ...]:
    """Last year's tiltak that ended, those marked so first, each once with every member it had."""
    gone = frame[frame["kind"].isin([ENDED_REPORTED, NOT_REPORTED])]
    grouped = gone.groupby(["kind", "id"], sort=False).agg(
        delmal=("delmal", "first"), tiltak=("tiltak", "first"), members=("member", lambda m: tuple(x for x in m if x)))
    rows = [EndedRow(kind, tiltak_id, row.delmal, row.tiltak, row.members) for (kind, tiltak_id), row in grouped.iterrows()]
    return tuple(sorted(rows, key=lambda r: r.kind != ENDED_REPORTED))
