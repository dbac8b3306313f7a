"""A form's responses sent again: the same sender's later answer about the same tiltak replaces the earlier one.

A Microsoft Forms or Google Forms export keeps every response. Finansforbundet sent «Autorisasjon for finansielle
rådgivere» and the next day «Autorisasjonsordningen for finansielle rådgivere», a fuller answer about the same
ordning (round 54): one tiltak, reported once, in its last words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from normalise.text import fold

from tiltak_core.records import RawRow

REPLACED = "svaret er erstattet av et senere svar fra samme avsender om samme tiltak"
SAME_NAME = 80  # rapidfuzz ratio of two folded names: one tiltak named again, a word lengthened or shortened
_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _sender(row: RawRow) -> str:
    """The e-mail address a response was sent from, where a column of the export holds one; '' else."""
    return next((fold(v) for _, v in row.extra if v and _ADDRESS.match(v.strip())), "")


def replaced(rows: Sequence[RawRow]) -> dict[int, int]:
    """Index of each response a later one of the same table replaces -> that later response's index: the same
    sender, the same delmål cell, names close enough to be one tiltak written again."""
    # Only one sender's responses in one table are compared: an export of thousands is thousands of small groups.
    by_sender: dict[tuple[int | None, int, str], list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        sender = _sender(row)
        if sender and row.provenance.table is not None:
            by_sender[row.provenance.page, row.provenance.table, sender].append(n)
    later: dict[int, int] = {}
    for group in by_sender.values():
        for i, n in enumerate(group):
            row = rows[n]
            m = next((m for m in group[i + 1:] if fold(rows[m].get("delmal")) == fold(row.get("delmal")) and fuzz.ratio(
                fold(row.get("tiltak")), fold(rows[m].get("tiltak"))) >= SAME_NAME), None)
            if m is not None:
                later[n] = m  # a third response replaces the second in turn: each points to the next
    return later
