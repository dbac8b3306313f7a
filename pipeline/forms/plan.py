"""Which rows each member's reporting form holds: last year's tiltak it reported, the shared councils to
confirm, and blank rows for new tiltak. Pure: the catalogue and last year's register in, plans out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from normalise.catalogue import Catalogue
from normalise.councils import COUNCIL_TYPE, CouncilMatcher
from parsers.form_spec import BLANK, COUNCIL, NEW_STATUS, PREVIOUS, FormProvenance, parse_row_key, row_key, sheet_name

from ..history import HistoryRow

BLANK_ROWS = 10  # rows for new tiltak; members add more below them
COUNCIL_WORDING = "Deltakelse i {name}"


@dataclass(frozen=True)
class FormRow:
    """One row of a form as sent: its key and the cells filled in before the member sees it."""

    key: str
    delmal: str = ""  # "2.1 Digital kompetanse i arbeidsstyrken": code and short text, as the dropdown lists it
    tiltak: str = ""
    type: str = ""
    ansvarlig: str = ""
    samarbeidspartnere: str = ""
    status: str = ""

    @property
    def kind(self) -> str:
        return parse_row_key(self.key)[0]


@dataclass(frozen=True)
class MemberForm:
    year: int
    member: str
    previous: tuple[FormRow, ...]  # last year's tiltak the member reported, in the register's order
    councils: tuple[FormRow, ...]  # shared councils it did not report last year, ready to confirm
    blanks: int = BLANK_ROWS
    deadline: str = ""
    contact: str = ""

    @property
    def rows(self) -> tuple[FormRow, ...]:
        return (*self.previous, *self.councils, *(FormRow(row_key(BLANK), status=NEW_STATUS),) * self.blanks)

    @property
    def provenance(self) -> FormProvenance:
        return FormProvenance(self.year, self.member, tuple(parse_row_key(r.key)[1] for r in self.previous),
                              sheet_name(self.year))


def delmal_labels(catalogue: Catalogue) -> dict[str, str]:
    """Each delmål code's label in a form: code and short text."""
    return {d.code: f"{d.code} {d.short}" for d in catalogue.delmal}


def plan_forms(year: int, catalogue: Catalogue, last_year: list[HistoryRow], deadline: str = "", contact: str = "",
               blanks: int = BLANK_ROWS) -> list[MemberForm]:
    """One form per council member of the catalogue, in the catalogue's order."""
    labels = delmal_labels(catalogue)
    matcher = CouncilMatcher(catalogue)
    council_of = {r.tiltak_id: matcher.participation(r.tiltak, r.type)[0] for r in last_year}
    # A council's delmål as last year's register placed it; the member chooses it where none did.
    placed: dict[str, Counter[str]] = {}
    for r in last_year:
        if council_of[r.tiltak_id] and r.delmal:
            placed.setdefault(council_of[r.tiltak_id], Counter())[r.delmal] += 1
    council_delmal = {c: max(counts, key=lambda d: (counts[d], d)) for c, counts in placed.items()}

    forms = []
    for member in catalogue.members:
        mine = [r for r in last_year if member.name in r.rapportert_av]
        previous = tuple(
            FormRow(row_key(PREVIOUS, r.tiltak_id), labels.get(r.delmal, ""), r.tiltak, r.type, ", ".join(r.ansvarlig),
                    ", ".join(r.samarbeidspartnere))
            for r in mine)
        taken = {council_of[r.tiltak_id] for r in mine}
        councils = tuple(
            FormRow(row_key(COUNCIL, c.id), labels.get(council_delmal.get(c.id, ""), ""),
                    COUNCIL_WORDING.format(name=c.name), COUNCIL_TYPE, member.name)
            for c in catalogue.councils if c.id not in taken)
        forms.append(MemberForm(year, member.name, previous, councils, blanks, deadline, contact))
    return forms
