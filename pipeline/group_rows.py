"""Group rows: a name alone in a table's tiltak column over the rows it groups («VOFO sentralt», «Studieforbundet AOF
Norge» over each unit's measures), in a table whose rows give their delmål. Such a row is no tiltak; it says who ran
the rows under it, where they name no one themselves.

A tiltak whose other cells were left empty also stands alone; a group row recurs, and each has rows under it that give
their delmål.
"""

from __future__ import annotations

from typing import Sequence

from normalise.columns import HeaderMap
from normalise.text import clean

from .row_fields import cell_text

MIN_GROUPS = 2  # one lone name may be a tiltak left half filled in; two or more, each over rows, group them
GROUP_WORDS = 8  # a unit's or a theme's name: a few words


def _only(cells: Sequence[str | None], column: int) -> str:
    """The name alone in `column` when no other cell of the row holds any, else ''. A labelled line («Skildring: …»,
    a row's description under it) or a sentence is no group's name."""
    filled = [(i, t) for i, c in enumerate(cells) if (t := cell_text(c))]
    if len(filled) != 1 or filled[0][0] != column:
        return ""
    text = clean(filled[0][1])
    return text if len(text.split()) <= GROUP_WORDS and ":" not in text and not text.endswith(".") else ""


def group_rows(rows: Sequence[Sequence[str | None]], header: HeaderMap, body: Sequence[int]) -> dict[int, str]:
    """Row index -> the group's name, for the body rows (`body`, in order) that group the rows under them."""
    tiltak, delmal = header.column("tiltak"), header.column("delmal")
    if tiltak is None or delmal is None:
        return {}
    gives_delmal = {r for r in body if delmal < len(rows[r]) and cell_text(rows[r][delmal])}
    groups = {}
    for k, r in enumerate(body):
        name = _only(rows[r], tiltak)
        if name and k + 1 < len(body) and body[k + 1] in gives_delmal:
            groups[r] = clean(name)
    return groups if len(groups) >= MIN_GROUPS and len(gives_delmal) >= len(groups) else {}


def run_by_group(fields: dict, group: str) -> None:
    """The group's name as the row's ansvarlig, where the row names no one."""
    if group and not cell_text(fields.get("ansvarlig")):
        fields["ansvarlig"] = group
