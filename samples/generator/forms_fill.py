"""What a member types into its reporting form, decided from the rows the form holds, and what reading it must give.

Pure: a form's rows (key, tiltak, delmål, type) in, the cells to type and the expected rows out. The
words are those the member sees in the form's dropdowns; nothing here comes from the reader under test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .seed import TYPES

CONTINUED, CHANGED, ENDED, NEW = "videreført", "endret", "avsluttet", "ny"
TAKES_PART, TAKES_NO_PART = "deltar", "deltar ikke"
# Columns by the letters of the Excel form; the Word form has the same columns without the hidden key.
DELMAL, TILTAK, TYPE, ANSVARLIG, STATUS, DONE = "C", "D", "E", "F", "H", "I"
# Status of the n-th of last year's rows, in turn: most continue, some change, some end.
CYCLE = (CONTINUED, CHANGED, CONTINUED, ENDED, CONTINUED)
TOPICS = ("kurs for tillitsvalgte om kompetanseplaner", "nettside om fagbrev på jobb for voksne",
          "kartlegging av digital kompetanse blant medlemmene", "samling for karriereveiledere i regionen")
NEW_ROWS = 2  # blank rows of the form filled with new tiltak
ADDED_ROWS = 1  # rows added below the form's own


@dataclass(frozen=True)
class Expected:
    """One row reading a returned form must give."""

    source_file: str
    member: str
    tiltak: str
    status: str  # "" where the member gave none, or where the form is read as an ordinary report
    forrige_tiltak_id: str
    delmal: str  # the code
    type: str
    exact: bool = True  # False: a reshaped form, read as an ordinary report


@dataclass
class MemberPlan:
    member: str
    actions: list[dict[str, str]] = field(default_factory=list)  # per form row: column letter -> text typed
    added: list[dict[str, str]] = field(default_factory=list)  # rows added below the form's rows
    rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # tiltak, status, link, delmål, type

    def expected(self, source_file: str, exact: bool = True) -> list[Expected]:
        return [Expected(source_file, self.member, t, s if exact else "", link if exact else "", d, ty, exact)
                for t, s, link, d, ty in self.rows]


def code(label: str) -> str:
    """'2.1 Digital kompetanse i arbeidsstyrken' -> '2.1'."""
    return label.split(" ", 1)[0] if label else ""


def _other_type(type_: str) -> str:
    return TYPES[(TYPES.index(type_) + 1) % len(TYPES)] if type_ in TYPES else TYPES[0]


def plan_member(member: str, rows: list[tuple[str, str, str, str]], delmal_choices: list[str],
                how: str = "filled") -> MemberPlan:
    """The member's edits: `how` is "filled", "unchanged" or "reshaped" (filled, read the ordinary way).

    rows: (key, tiltak, delmål label, type) of each form row as sent. Expected rows list ended ones too,
    with status «avsluttet»; a reshaped form yields every row with text, ended or not."""
    plan = MemberPlan(member)
    previous = councils = blanks = 0
    for key, tiltak, delmal, type_ in rows:
        kind, _, link = key.partition(":")
        cells: dict[str, str] = {}
        if how == "unchanged":
            if kind == "forrige":
                plan.rows.append((tiltak, "", link, code(delmal), type_))
        elif kind == "forrige":
            status = CYCLE[previous % len(CYCLE)]
            cells = {STATUS: status, DONE: f"{status.capitalize()} i 2019."}
            if status == CHANGED:
                tiltak = cells[TILTAK] = f"{tiltak} – utvidet i 2019"
                if previous % 10 == 1:
                    type_ = cells[TYPE] = _other_type(type_)
            previous += 1
            plan.rows.append((tiltak, status, link, code(delmal), type_))
        elif kind == "råd":
            if councils == 0:
                cells = {STATUS: TAKES_PART, DONE: "Deltar i møtene."}
                plan.rows.append((tiltak, NEW, "", code(delmal), type_))
            elif councils == 1:
                cells = {STATUS: TAKES_NO_PART}
            elif how == "reshaped":  # offered, left as it was: the ordinary reader takes its text as a tiltak
                plan.rows.append((tiltak, "", "", code(delmal), type_))
            councils += 1
        elif blanks < NEW_ROWS:
            cells = _new_row(member, blanks, delmal_choices)
            plan.rows.append(_new_expected(cells))
            blanks += 1
        if how == "reshaped" and cells.get(STATUS) == TAKES_NO_PART:
            plan.rows.append((tiltak, "", "", code(delmal), type_))
        plan.actions.append(cells)
    if how != "unchanged":
        for k in range(NEW_ROWS, NEW_ROWS + ADDED_ROWS):
            cells = _new_row(member, k, delmal_choices)
            plan.added.append(cells)
            plan.rows.append(_new_expected(cells))
    return plan


def _new_row(member: str, k: int, delmal_choices: list[str]) -> dict[str, str]:
    seed = sum(map(ord, member)) + k
    return {DELMAL: delmal_choices[seed % len(delmal_choices)], TILTAK: f"{member}: {TOPICS[seed % len(TOPICS)]} ({k + 1})",
            TYPE: TYPES[seed % len(TYPES)], ANSVARLIG: member, DONE: "Startet i 2019."}


def _new_expected(cells: dict[str, str]) -> tuple[str, str, str, str, str]:
    return cells[TILTAK], NEW, "", code(cells[DELMAL]), cells[TYPE]
