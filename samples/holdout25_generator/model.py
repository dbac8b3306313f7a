"""The truth model: one Row per tiltak as it stands in one file, one Report per file."""
from __future__ import annotations

from dataclasses import dataclass, field

TYPES = ("Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt", "FoU", "Arrangement", "Informasjon")


@dataclass(frozen=True)
class Row:
    """A tiltak in one report. ``extra`` carries what only the file's shape needs (a delmål in words...)."""

    mid: str
    tiltak: str
    delmal: str
    type: str
    ansvarlig: str
    partnere: str
    beskrivelse: str
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        assert self.type in TYPES, self.type
        assert self.mid.startswith("M"), self.mid


@dataclass(frozen=True)
class Report:
    """One file of the inbox; ``rows`` empty for the superseded draft and the non-report."""

    filename: str
    member: str
    shape: str
    rows: tuple[Row, ...]
    truth: bool = True  # False: the file is in the inbox but gives no truth rows
    note: str = ""


def r(mid: str, tiltak: str, delmal: str, typ: str, ansvarlig: str, partnere: str, beskrivelse: str,
      **extra: str) -> Row:
    """Short constructor used by the content modules."""
    return Row(mid, tiltak, delmal, typ, ansvarlig, partnere, beskrivelse, dict(extra))


RAD, KURS, PROSJ, FOU, ARR, INFO = TYPES
