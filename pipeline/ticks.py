"""A table that gives each row's delmål by a tick (or the largest share of its effort) under one of several columns
headed by a delmål's code, or its type by a tick, or by the account written, under one of several columns headed by
a type's word."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.text import clean, fold
from tiltak_core.records import Match

from .prose_items import SURE_TYPE

MOST = 50.0  # a share (per cent) at or under which a delmål is not the measure's own over the others
_SHARE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
TICK_HEADER_CHARS = 12  # a header cell that is a delmål code and little else ("1.4", "Delmål 1.4"), not a title


def tick_columns(head: tuple[tuple[str | None, ...], ...], codes_in: Callable[[str], list[str]]) -> dict[int, str]:
    """Columns headed by a delmål code alone ("1.1 | 1.4 | 2.1 …" under «Delmål (sett kryss)»), two or more."""
    found: dict[int, str] = {}
    for row in head:
        for i, cell in enumerate(row):
            text = clean(cell)
            codes = codes_in(text)
            if len(codes) == 1 and len(text) <= TICK_HEADER_CHARS:
                found[i] = codes[0]
    return found if len(set(found.values())) >= 2 else {}


def ticked_delmal(ticks: dict[int, str], cells: tuple[str | None, ...], fields: dict, marks: frozenset[str]) -> str:
    """In a matrix of tick columns the delmål is the code over the ticked cell; '' or why the row is doubtful."""
    if not ticks:
        return ""
    ticked = [code for i, code in ticks.items() if i < len(cells) and fold(clean(cells[i])) in marks]
    given = [(_share(clean(cells[i])), i, code) for i, code in ticks.items() if i < len(cells)]
    # The largest share first; of equal shares, the leftmost column's.
    shares = [(share, code) for share, _, code in sorted(given, key=lambda s: (-s[0], s[1])) if share]
    if shares and not ticked:
        # «80 % | 20 %» under «2.5 | 3.1»: the effort shared out over delmål; the largest share is the delmål.
        fields["delmal"] = shares[0][1]
        if len(shares) > 1 and shares[0][0] <= max(MOST, shares[1][0]):
            return f"innsatsen er fordelt på flere delmål ({', '.join(c for _, c in shares)}); {shares[0][1]} er brukt"
        return ""
    if ticked:
        fields["delmal"] = ticked[0]
    elif fold(clean(fields.get("delmal"))) in marks:
        fields["delmal"] = ""  # a tick under no code: no delmål is said
    if len(ticked) > 1:
        return f"flere delmål er krysset av ({', '.join(ticked)}); bare {ticked[0]} er brukt"
    return ""


def _share(text: str) -> float:
    """The per cent a cell gives («80 %»), else 0."""
    m = _SHARE.fullmatch(text)
    return float(m[1].replace(",", ".")) if m else 0.0


TYPE_TICKS = 2  # columns headed by different types' words, for the row's tick among them to give its type
TICK_CHARS = 3  # a tick cell holds a mark or an empty box («☒», «x», «☐»), not words
BOOLEANS = frozenset({"sann", "usann", "true", "false"})  # a checkbox cell's value as the sheet reader writes it
UNTICKED = frozenset({"", "-", "nei", "no", "usann", "false"})  # a yes/no column's «no», beside the vocabulary's negations


def ticked_type(extra: dict[str, str], type_of: Callable[[str], str], marks: frozenset[str]) -> tuple[str, str]:
    """(type, doubt) of a row whose table gives the type by a tick under one of several columns each headed by a
    type's word («Kurs | Prosjekt | Info | Råd/nettverk» with «☒» in one; `type_of` a header's type, surely, or ''):
    the ticked column's word, and a doubt when more than one is ticked; ('', '') for a table without such columns or
    a row without a tick. The tick columns leave `extra`."""
    typed = [name for name in extra if type_of(clean(name)) and (
        len(clean(extra[name])) <= TICK_CHARS or fold(clean(extra[name])) in BOOLEANS)]
    if len({type_of(clean(name)) for name in typed}) < TYPE_TICKS:
        return "", ""
    chosen = [name for name in typed if fold(clean(extra[name])) in marks]
    for name in typed:
        del extra[name]
    if len(chosen) > 1:
        return chosen[0], f"flere typer er krysset av ({', '.join(chosen)}); {chosen[0]} er brukt"
    return (chosen[0], "") if chosen else ("", "")


def header_type(given: Callable[[str], Match | None], least: float = SURE_TYPE) -> Callable[[str], str]:
    """A header's type when `given` reads it at least as surely as `least` («Råd/nettverk», «Info»), else ''
    (ticked_type's `type_of`)."""
    def type_of(header: str) -> str:
        found = given(header)
        return found.value if found is not None and found.confidence >= least else ""
    return type_of


def kind_columns(head: Sequence[str], type_of: Callable[[str], str], fields: dict[int, str]) -> dict[int, str]:
    """Columns headed by different types' words («Opplæring | Utredning | Fagdager og konferanser»), two or more:
    {column: header}. A row that writes its account in one of them gives its type by where it writes. A column the
    header gives another field (`fields`: column -> field) is none of them; the description's column may be."""
    found = {i: text for i, cell in enumerate(head) if fields.get(i, "beskrivelse") == "beskrivelse"
             and (text := clean(cell)) and type_of(text)}
    return found if len({type_of(h) for h in found.values()}) >= TYPE_TICKS else {}


def written_kind(kinds: dict[int, str], cells: Sequence[str | None], fields: dict, extra: dict[str, str],
                 description_column: int | None) -> str:
    """The header of the one kind column a row writes its account in, else ''; that account becomes the row's
    description when the description column is another and empty, and leaves `extra`."""
    filled = [(i, head) for i, head in kinds.items() if i < len(cells) and len(clean(cells[i])) > TICK_CHARS
              and fold(clean(cells[i])) not in BOOLEANS]
    if len(filled) != 1:
        return ""
    i, head = filled[0]
    if i != description_column and not clean(fields.get("beskrivelse")):
        fields["beskrivelse"] = cells[i]
        extra.pop(head, None)
    return head


def column_kind(fields: dict, extra: dict[str, str], cells: Sequence[str | None], kinds: dict[int, str],
                description_column: int | None, type_of: Callable[[str], str], marks: frozenset[str]) -> tuple[str, str]:
    """(type, doubt) a row gives by its columns where its type cell says none: a tick under one of several type
    columns, or its account written under one of them; ('', '') otherwise."""
    if clean(fields.get("type")):
        return "", ""
    kind, doubt = ticked_type(extra, type_of, marks)
    return (kind or (written_kind(kinds, cells, fields, extra, description_column) if kinds else "")), doubt
