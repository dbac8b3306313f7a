"""The figures of the secretariat's yearly summary, computed from a register and the catalogue.

Pure functions over rows that look like register entries (this year's RegisterEntry or a year read
back from the history), returning frozen dataclasses the writers turn into tables, text and charts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol, Sequence

from normalise.catalogue import Catalogue

from .flow import Flow
from .period import Throughout

FEW_TILTAK = 5  # the summary lists the delmål with fewer tiltak than this
TOP_PAIRS = 5


class Row(Protocol):
    """What the summary reads of a tiltak; RegisterEntry and history rows both have it."""

    @property
    def omrade(self) -> str: ...
    @property
    def delmal(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def ansvarlig(self) -> tuple[str, ...]: ...
    @property
    def samarbeidspartnere(self) -> tuple[str, ...]: ...
    @property
    def rapportert_av(self) -> tuple[str, ...]: ...


class MemberLookup(Protocol):
    def member_of(self, name: str) -> str: ...


# ---------------------------------------------------------------------------------- type × område
@dataclass(frozen=True)
class TypeRow:
    type: str  # '' for tiltak without a type
    counts: tuple[int, ...]  # one per TypeTable.omrader
    total: int


@dataclass(frozen=True)
class TypeTable:
    """Tiltak per type and område; an empty type or område gets its own row or column so totals add up."""

    omrader: tuple[str, ...]  # område ids in catalogue order, '' last if some tiltak have none
    rows: tuple[TypeRow, ...]
    column_totals: tuple[int, ...]
    total: int

    def count(self, type_: str, omrade: str) -> int:
        row = next((r for r in self.rows if r.type == type_), None)
        return row.counts[self.omrader.index(omrade)] if row and omrade in self.omrader else 0


def type_table(rows: Iterable[Row], catalogue: Catalogue) -> TypeTable:
    import pandas as pd  # only the publication counts types; pandas is slow to load for every command

    frame = pd.DataFrame([(r.type, r.omrade) for r in rows], columns=["type", "omrade"], dtype=str)
    # Values the catalogue does not know (an old year's type, an unmatched row) are shown, not dropped.
    omrader = [o.id for o in catalogue.omrader]
    omrader += [o for o in dict.fromkeys(frame["omrade"]) if o not in omrader]
    types = [t.name for t in catalogue.types]
    types += [t for t in dict.fromkeys(frame["type"]) if t not in types]
    omrader.sort(key=lambda o: o == "")
    types.sort(key=lambda t: t == "")
    counts = pd.crosstab(frame["type"], frame["omrade"]).reindex(index=types, columns=omrader, fill_value=0)
    cells: list[list[int]] = counts.to_numpy().tolist()  # one row per type, in the order of `types`
    table_rows = tuple(TypeRow(t, tuple(int(n) for n in row), int(sum(row))) for t, row in zip(types, cells))
    column_totals = tuple(int(n) for n in counts.sum(axis=0).tolist())
    return TypeTable(tuple(omrader), table_rows, column_totals, len(frame))


# ---------------------------------------------------------------------------------- delmål and område
@dataclass(frozen=True)
class DelmalCount:
    code: str
    omrade: str
    short: str
    text: str
    count: int


@dataclass(frozen=True)
class OmradeCount:
    id: str
    name: str
    delmal: int  # how many delmål the område has in the catalogue
    count: int


def per_delmal(rows: Iterable[Row], catalogue: Catalogue) -> tuple[DelmalCount, ...]:
    """Every catalogue delmål in catalogue order, with its number of tiltak (zeros included)."""
    counts = Counter(r.delmal for r in rows)
    return tuple(DelmalCount(d.code, d.omrade, d.short, d.text, counts[d.code]) for d in catalogue.delmal)


def per_omrade(rows: Iterable[Row], catalogue: Catalogue) -> tuple[OmradeCount, ...]:
    counts = Counter(r.omrade for r in rows)
    return tuple(
        OmradeCount(o.id, o.name, sum(d.omrade == o.id for d in catalogue.delmal), counts[o.id]) for o in catalogue.omrader
    )


def fewer_than(delmal: Iterable[DelmalCount], threshold: int = FEW_TILTAK) -> tuple[DelmalCount, ...]:
    return tuple(d for d in delmal if d.count < threshold)


def unplaced(rows: Iterable[Row], catalogue: Catalogue) -> int:
    """Tiltak whose delmål is not one of the catalogue's (unknown or unmatched)."""
    codes = {d.code for d in catalogue.delmal}
    return sum(r.delmal not in codes for r in rows)


# ---------------------------------------------------------------------------------- collaboration
@dataclass(frozen=True)
class MemberPair:
    a: str
    b: str
    tiltak: int


@dataclass(frozen=True)
class Collaboration:
    total: int
    with_partner: int  # tiltak naming at least one samarbeidspartner
    several_members: int  # tiltak where two or more council members take part
    involvement: tuple[tuple[str, int], ...]  # member -> tiltak it takes part in, catalogue order
    pairs: tuple[MemberPair, ...]  # every pair that shares a tiltak, most shared first
    top: int = TOP_PAIRS

    @property
    def share_with_partner(self) -> float:
        return self.with_partner / self.total if self.total else 0.0

    @property
    def top_pairs(self) -> tuple[MemberPair, ...]:
        return self.pairs[: self.top]


def members_involved(row: Row, orgs: MemberLookup) -> frozenset[str]:
    """Members who reported the tiltak, or are (or own) a named ansvarlig or samarbeidspartner."""
    named = {orgs.member_of(n) for n in (*row.ansvarlig, *row.samarbeidspartnere)}
    return frozenset((set(row.rapportert_av) | named) - {""})


def collaboration(rows: Iterable[Row], catalogue: Catalogue, orgs: MemberLookup, top: int = TOP_PAIRS) -> Collaboration:
    """Who takes part in how many tiltak, and which pairs of members share tiltak, most shared first."""
    import pandas as pd  # the publication is the only reader, and pandas is slow to load for every command

    rows = list(rows)
    order = {m.name: i for i, m in enumerate(catalogue.members)}
    # One line per (tiltak, member taking part); the pairs are this table merged with itself on the tiltak.
    taking_part = pd.DataFrame([(i, m) for i, row in enumerate(rows) for m in members_involved(row, orgs)],
                               columns=["tiltak", "member"])
    involvement = taking_part["member"].value_counts()
    # Catalogue order first, so pairs and nodes come out the same on every run.
    ranked = sorted(involvement.index, key=lambda n: (order.get(n, len(order)), n))
    taking_part["rank"] = taking_part["member"].map({m: i for i, m in enumerate(ranked)})
    both = taking_part.merge(taking_part, on="tiltak", suffixes=("_a", "_b"))
    both = both[both["rank_a"] < both["rank_b"]]
    pairs = (both.groupby(["rank_a", "rank_b"]).size().rename("shared").reset_index()
             .sort_values(["shared", "rank_a", "rank_b"], ascending=[False, True, True]))
    members_per_tiltak = taking_part.groupby("tiltak").size()
    return Collaboration(
        total=len(rows),
        with_partner=sum(bool(r.samarbeidspartnere) for r in rows),
        several_members=int((members_per_tiltak > 1).sum()),
        involvement=tuple((m, int(involvement[m])) for m in ranked),
        pairs=tuple(MemberPair(ranked[int(a)], ranked[int(b)], int(n))
                    for a, b, n in pairs[["rank_a", "rank_b", "shared"]].itertuples(index=False)),
        top=top,
    )


def shared_councils(entries: Iterable[object], catalogue: Catalogue) -> tuple[str, ...]:
    """Names of the shared councils (KBU, SRY …) several members reported and the register counts once."""
    found: set[str] = set()
    for e in entries:
        rows = getattr(e, "rows", ())
        if len(getattr(e, "rapportert_av", ())) > 1:
            found.update(t.council for t in rows if getattr(t, "council", ""))
    return tuple(c.name for c in catalogue.councils if c.id in found)


# ---------------------------------------------------------------------------------- another year
@dataclass(frozen=True)
class YearCounts:
    """A year's tiltak per område and delmål; a key left out is unknown for that year, not zero."""

    year: int
    per_omrade: Mapping[str, int]
    per_delmal: Mapping[str, int]
    complete: bool = True  # False for a year known only from a few published counts


def year_counts(year: int, rows: Iterable[Row], catalogue: Catalogue) -> YearCounts:
    rows = list(rows)
    return YearCounts(
        year,
        {o.id: o.count for o in per_omrade(rows, catalogue)},
        {d.code: d.count for d in per_delmal(rows, catalogue)},
    )


@dataclass(frozen=True)
class Change:
    key: str
    now: int
    before: int | None  # None: not known for the other year

    @property
    def difference(self) -> int | None:
        return None if self.before is None else self.now - self.before


@dataclass(frozen=True)
class Comparison:
    year: int
    other_year: int
    omrader: tuple[Change, ...] = field(default=())
    delmal: tuple[Change, ...] = field(default=())

    def omrade(self, key: str) -> Change | None:
        return next((c for c in self.omrader if c.key == key), None)

    def delmal_change(self, code: str) -> Change | None:
        return next((c for c in self.delmal if c.key == code), None)


def compare(current: YearCounts, other: YearCounts, catalogue: Catalogue) -> Comparison:
    """This year's counts beside the other year's, in catalogue order."""
    import pandas as pd

    def side_by_side(now: Mapping[str, int], before: Mapping[str, int], keys: list[str]) -> tuple[Change, ...]:
        # A key the other year lacks is unknown there (None), not zero; one this year lacks is zero.
        table = pd.DataFrame({"now": pd.Series(now, dtype="Int64"), "before": pd.Series(before, dtype="Int64")})
        table = table.reindex(keys)
        table["now"] = table["now"].fillna(0)
        return tuple(Change(key, int(n), None if pd.isna(b) else int(b))
                     for key, n, b in table[["now", "before"]].itertuples())

    return Comparison(
        year=current.year,
        other_year=other.year,
        omrader=side_by_side(current.per_omrade, other.per_omrade, [o.id for o in catalogue.omrader]),
        delmal=side_by_side(current.per_delmal, other.per_delmal, [d.code for d in catalogue.delmal]),
    )


# ---------------------------------------------------------------------------------- everything at once
@dataclass(frozen=True)
class Summary:
    year: int
    total: int
    members: tuple[str, ...]  # council members who reported, catalogue order
    types: TypeTable
    omrader: tuple[OmradeCount, ...]
    delmal: tuple[DelmalCount, ...]
    few: tuple[DelmalCount, ...]
    threshold: int
    unplaced: int
    needs_review: int
    collaboration: Collaboration
    councils: tuple[str, ...]
    comparison: Comparison | None
    previous: YearCounts | None
    previous_collaboration: Collaboration | None = None
    flow: Flow | None = None  # new, continued and ended since last year
    throughout: Throughout | None = None  # tiltak continued in every year of the strategy's period so far


def reporting_members(rows: Iterable[Row], catalogue: Catalogue) -> tuple[str, ...]:
    reported = {m for r in rows for m in r.rapportert_av if m}
    known = [m.name for m in catalogue.members if m.name in reported]
    return tuple(known + sorted(reported - set(known)))


def summarise(
    entries: Sequence[Row],
    catalogue: Catalogue,
    orgs: MemberLookup,
    year: int,
    previous: YearCounts | None = None,
    previous_rows: Sequence[Row] | None = None,
    threshold: int = FEW_TILTAK,
    top: int = TOP_PAIRS,
    flow: Flow | None = None,
    throughout: Throughout | None = None,
) -> Summary:
    """All the summary's figures for one year, compared with `previous` when given."""
    delmal = per_delmal(entries, catalogue)
    current = year_counts(year, entries, catalogue)
    return Summary(
        year=year,
        total=len(entries),
        members=reporting_members(entries, catalogue),
        types=type_table(entries, catalogue),
        omrader=per_omrade(entries, catalogue),
        delmal=delmal,
        few=fewer_than(delmal, threshold),
        threshold=threshold,
        unplaced=unplaced(entries, catalogue),
        needs_review=sum(bool(getattr(e, "needs_review", False)) for e in entries),
        collaboration=collaboration(entries, catalogue, orgs, top),
        councils=shared_councils(entries, catalogue),
        comparison=compare(current, previous, catalogue) if previous else None,
        previous=previous,
        previous_collaboration=collaboration(previous_rows, catalogue, orgs, top) if previous_rows else None,
        flow=flow,
        throughout=throughout,
    )
