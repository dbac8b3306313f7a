"""The tiltak continued in every year of the strategy's period so far, as far as the history can tell.

A measure is followed by its tiltak_id, which a sure link keeps from year to year, and by this year's
forrige_tiltak_id; a year the history lacks (or holds only as counts) is named, never assumed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from normalise.continuity import LastYearRow

from tiltak_core.records import RegisterEntry


@dataclass(frozen=True)
class Throughout:
    """This year's tiltak that ran in every year of `years`; `missing` the period's years the history lacks."""

    first: int  # the strategy's first year
    years: tuple[int, ...]  # the period's years so far that the history holds (this year included)
    missing: tuple[int, ...]
    tiltak: tuple[RegisterEntry, ...]


def throughout(year: int, period: tuple[int, int] | None, entries: Sequence[RegisterEntry],
               stored_rows: Callable[[int], Sequence[LastYearRow] | None]) -> Throughout | None:
    """The tiltak of `entries` found in every earlier year of the period; None outside the period or in its
    first year. `stored_rows(y)` gives year y's whole register from the history, or None when it has none."""
    if period is None or not period[0] < year <= period[1]:
        return None
    known: list[int] = []
    missing: list[int] = []
    ids_of: dict[int, set[str]] = {}
    for y in range(period[0], year):
        rows = stored_rows(y)
        if rows:
            known.append(y)
            ids_of[y] = {r.tiltak_id for r in rows}
        else:
            missing.append(y)
    found: tuple[RegisterEntry, ...] = ()
    if known:
        found = tuple(e for e in entries
                      if all({e.tiltak_id, e.forrige_tiltak_id} & ids_of[y] for y in known))
    return Throughout(period[0], (*known, year), tuple(missing), found)
