"""The generator's records: a report plan (what a member writes) and the per-variant stamp.

Writers get a Report and a Stamp and return the items exactly as they wrote them; truth.csv is
built from those returns, so truth can never drift from what a document actually shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")


@dataclass(frozen=True)
class Item:
    """One tiltak as a member writes it; seed_row ties it to the consolidated matrix."""

    seed_row: int
    delmal: str  # seed code, e.g. "2.1"; writers choose how to print it ("2,1", "D2.1", ...)
    tiltak: str
    type: str  # canonical type (truth), whatever the report prints
    ansvarlig: str
    samarbeidspartnere: str
    type_written: str = ""  # the word the report prints instead of the canonical type, if any
    status: str = ""
    kommentar: str = ""
    beskrivelse: str = ""  # a description the report prints beside the tiltak (never the tiltak itself)

    @property
    def shown_type(self) -> str:
        return self.type_written or self.type


@dataclass(frozen=True)
class Report:
    """One member's yearly report: who, which file, which shape (key picks the writer), what rows."""

    key: str
    member: str  # catalogue name of the reporting member
    file_name: str
    title: str
    author: str  # document metadata; YS's is generic because its report must not name YS up front
    items: tuple[Item, ...]
    base_date: date
    ref_base: int
    subtitle: str = ""
    extra: dict = field(default_factory=dict, hash=False, compare=False)
    # False for a file the run must count nowhere: an older version of a report, or no member report at all.
    counted: bool = True


@dataclass(frozen=True)
class Stamp:
    """What changes between variants: the date and reference number printed on cover and header.

    Variants must differ in bytes but not in tiltak, so only these stamps move.
    """

    variant: int
    day: date
    ref: str

    @property
    def date_long(self) -> str:
        return f"{self.day.day}. {MONTHS[self.day.month - 1]} {self.day.year}"

    @property
    def date_short(self) -> str:
        return self.day.strftime("%d.%m.%Y")

    @property
    def number(self) -> int:
        """A per-variant serial printed in one prose sentence (journal number of the dispatch)."""
        return self.variant + 1

    def sentence(self, nynorsk: bool = False) -> str:
        if nynorsk:
            return (f"Rapporten er send til sekretariatet i Kompetanse Noreg {self.date_long} "
                    f"(journalpost {self.ref}, utsending {self.number}).")
        return (f"Rapporten er oversendt sekretariatet i Kompetanse Norge {self.date_long} "
                f"(journalpost {self.ref}, utsending {self.number}).")


def make_stamp(report: Report, variant: int) -> Stamp:
    """Variant 0 is the committed sample; later variants move the date (within ~6 weeks) and the ref."""
    if variant < 0:
        raise ValueError("variant must be >= 0")
    day = report.base_date + timedelta(days=variant % 43)
    yy = report.base_date.year % 100
    return Stamp(variant, day, f"{yy}/{report.ref_base + variant:05d}-{1 + variant % 7}")


_WS = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces: the form truth.csv records text in."""
    return _WS.sub(" ", text).strip()


def _stop(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def labelled(item: Item, nynorsk: bool = False) -> str:
    """A prose list item: the tiltak text, then its labels (the partner label only when there are any).

    The labels come after the text, as in the Unio/Akademikerne/VOFO reports, so a parser has to
    cut them off to get the tiltak.
    """
    out = f"{item.tiltak} Type tiltak: {_stop(item.shown_type)}"
    if item.samarbeidspartnere:
        label = "Samarbeidspartnarar" if nynorsk else "Samarbeidspartnere"
        out += f" {label}: {_stop(item.samarbeidspartnere)}"
    return out
