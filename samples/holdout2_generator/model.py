"""Records of the second held-out round: a measure (one register row), an item (one tiltak as one
report prints it) and a report (one file). truth.csv is written from the items a writer printed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

FOU, KURS, RAD, PROSJEKT, INFO, ARR = (
    "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")
TYPES = (FOU, KURS, RAD, PROSJEKT, INFO, ARR)


@dataclass(frozen=True)
class Measure:
    """One register row as the secretariat would write it by hand.

    kind: "council" (taking part in a shared council), "joint" (one programme, several members),
    "near" (looks like a joint measure or council but is another one), "trap" (about a council
    without taking part), "own". council: the catalogue council id for kind "council"."""

    id: str
    delmal: str
    type: str
    kind: str
    council: str = ""
    members: tuple[str, ...] = ()  # for "joint": exactly who reports it


@dataclass(frozen=True)
class Item:
    """One tiltak as a report prints it: the tiltak text itself, the type word the report shows (if
    any), the responsible and partners as printed, and a description printed apart from the tiltak."""

    measure: str
    tiltak: str
    shown_type: str = ""
    ansvarlig: str = ""
    partnere: str = ""
    beskrivelse: str = ""

    def without(self, *names: str) -> "Item":
        """The item with the named fields blanked, as a shape that does not print them shows it."""
        return replace(self, **{n: "" for n in names})


@dataclass(frozen=True)
class Report:
    """One file: its writer (shape), its name, the member that sent it and its items in order.
    counts=False: a superseded version or a document that is no report; it gives no truth rows."""

    writer: str
    file_name: str
    member: str
    title: str
    author: str
    created: datetime
    modified: datetime
    items: tuple[Item, ...] = ()
    counts: bool = True
    extra: dict = field(default_factory=dict, hash=False, compare=False)


_WS = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, as truth.csv records text."""
    return _WS.sub(" ", text).strip()
