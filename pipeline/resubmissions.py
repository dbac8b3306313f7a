"""A form's responses sent again: the same sender's later answer about the same tiltak replaces the earlier one.

A Microsoft Forms or Google Forms export keeps every response. Finansforbundet sent «Autorisasjon for finansielle
rådgivere» and the next day «Autorisasjonsordningen for finansielle rådgivere», a fuller answer about the same
ordning (round 54): one tiltak, reported once, in its last words.
"""

from __future__ import annotations

import re
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
    later: dict[int, int] = {}
    for n, row in enumerate(rows):
        sender = _sender(row)
        if not sender or row.provenance.table is None:
            continue
        for m in range(n + 1, len(rows)):
            other = rows[m]
            if (other.provenance.page, other.provenance.table) != (row.provenance.page, row.provenance.table):
                continue
            if _sender(other) == sender and fold(other.get("delmal")) == fold(row.get("delmal")) and fuzz.ratio(
                    fold(row.get("tiltak")), fold(other.get("tiltak"))) >= SAME_NAME:
                later[n] = m  # a third response replaces the second in turn: each points to the next
                break
    return later
