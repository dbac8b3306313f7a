"""The rows of one report as the author meant them: what the file shows, and the truth behind it."""
from __future__ import annotations

from dataclasses import dataclass, field

TYPES = ("Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt", "FoU", "Arrangement", "Informasjon")


@dataclass
class Row:
    """One tiltak as it stands in one file.

    `shown_delmal` / `shown_type` are what the file writes in place of the code and the type
    (None: the code or type itself; "": nothing is written)."""

    seed: str
    delmal: str
    type: str
    tiltak: str
    ansvarlig: str = ""
    partnere: str = ""
    beskrivelse: str = ""
    shown_delmal: str | None = None
    shown_type: str | None = None

    def __post_init__(self) -> None:
        assert self.type in TYPES, self.type
        assert self.seed.startswith("M"), self.seed

    @property
    def delmal_text(self) -> str:
        return self.delmal if self.shown_delmal is None else self.shown_delmal

    @property
    def type_text(self) -> str:
        return self.type if self.shown_type is None else self.shown_type


@dataclass
class Report:
    """One file of the inbox. `rows` empty and `truth` False for what is no member report, or a superseded draft."""

    filename: str
    member: str
    shape: str
    rows: list[Row] = field(default_factory=list)
    truth: bool = True
