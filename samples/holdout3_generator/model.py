"""The plan's records: a measure (what the secretariat registers) and an entry (one member's wording of it)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")
DELMAL = ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6")
TRUTH_COLUMNS = ("source_file", "member", "tiltak", "seed_row", "delmal", "type",
                 "ansvarlig", "samarbeidspartnere", "beskrivelse")
PRINTABLE = frozenset({"ansvarlig", "partnere", "beskrivelse"})


@dataclass(frozen=True)
class Measure:
    """One register row: the delmål and type the secretariat gives it, and what kind of case it is."""

    id: str
    delmal: str
    type: str
    kind: str = "solo"  # solo, shared (a council or joint project), trap, near-miss

    def __post_init__(self) -> None:
        if self.delmal not in DELMAL or self.type not in TYPES:
            raise ValueError(f"{self.id}: bad delmål {self.delmal!r} or type {self.type!r}")


@dataclass(frozen=True)
class Entry:
    """One tiltak as one member's document prints it; the fields the layout does not print stay empty."""

    measure: Measure
    tiltak: str
    ansvarlig: str = ""
    partnere: str = ""
    beskrivelse: str = ""

    @property
    def delmal(self) -> str:
        return self.measure.delmal

    @property
    def type(self) -> str:
        return self.measure.type


@dataclass(frozen=True)
class Report:
    """One file of the round: who sent it, what it holds, which fields its layout prints, and how it is built."""

    file: str
    member: str
    entries: tuple[Entry, ...]
    prints: frozenset[str]
    build: Callable[[Report, Path], None] = field(compare=False)

    def __post_init__(self) -> None:
        unknown = self.prints - PRINTABLE
        if unknown:
            raise ValueError(f"{self.file}: unknown printed fields {sorted(unknown)}")
        for entry in self.entries:
            for name in PRINTABLE - self.prints:
                if getattr(entry, name):
                    raise ValueError(f"{self.file}: {entry.tiltak[:40]!r} has {name}, which the layout does not print")


def truth_rows(reports: list[Report]) -> list[dict[str, str]]:
    """The answer key: one row for every entry of every report, in the order the documents print them."""
    rows = []
    for report in reports:
        for entry in report.entries:
            rows.append({
                "source_file": report.file, "member": report.member, "tiltak": entry.tiltak,
                "seed_row": entry.measure.id, "delmal": entry.delmal, "type": entry.type,
                "ansvarlig": entry.ansvarlig, "samarbeidspartnere": entry.partnere,
                "beskrivelse": entry.beskrivelse,
            })
    return rows


def write_truth(reports: list[Report], path: Path) -> int:
    """Writes truth.csv (the columns of the earlier rounds' truth) and returns the row count."""
    rows = truth_rows(reports)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=TRUTH_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
