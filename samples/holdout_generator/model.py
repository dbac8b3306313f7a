"""The held-out round's records: a measure (one register row), an item (one tiltak as one report
prints it) and a report (one file); truth.csv is built from the items a writer says it printed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

FOU, KURS, RAD, PROSJEKT, INFO, ARR = (
    "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")
TYPES = (FOU, KURS, RAD, PROSJEKT, INFO, ARR)


@dataclass(frozen=True)
class Measure:
    """One register row: the delmål and type the secretariat would give it, and what kind it is."""

    id: str
    delmal: str
    type: str
    kind: str  # "council" (a shared council), "joint" (two members), "near" (near-miss), "trap", "own"
    about: str  # for people reading the plan; never printed


@dataclass(frozen=True)
class Item:
    """One tiltak as one report prints it. shown_type: the word the report prints for the type, if
    it prints one; ansvarlig/partnere: what the report prints (writers blank what they do not show)."""

    measure: str
    delmal: str
    type: str
    tiltak: str
    ansvarlig: str = ""
    partnere: str = ""
    shown_type: str = ""
    beskrivelse: str = ""  # a description the report prints apart from the tiltak (never the tiltak)

    def without(self, *fields: str) -> "Item":
        """The item with the named fields blanked: what a shape that does not print them shows."""
        return replace(self, **{f: "" for f in fields})


@dataclass(frozen=True)
class Report:
    """One file of the round: who wrote it, which writer draws it, and its tiltak in document order.

    counts=False marks a file that is no report or is replaced by a later version: no truth rows.
    """

    writer: str
    file_name: str
    member: str  # catalogue name of the reporting member ("" for a file that is no report)
    title: str
    author: str
    created: datetime
    modified: datetime
    items: tuple[Item, ...] = ()
    counts: bool = True
    extra: dict = field(default_factory=dict, hash=False, compare=False)


_WS = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces: the form truth.csv records text in."""
    return _WS.sub(" ", text).strip()
