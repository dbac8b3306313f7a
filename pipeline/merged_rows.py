"""A table row that holds several rows run together: a printout's cells each listing two or three dates or names.

A project plan printed to PDF (Spekter's Gantt chart, round 57) loses the lines between a summary task's
sub-tasks: one row then reads «Råd Innspill Konferanse», «04.01.77 01.03.77 01.09.76», «Spekter Spekter Spekter»,
and its name cell the three names run into one. The names cannot be told apart again, but the row can be known
and asked about: two or more of its cells hold the same number (two or more) of dates.
"""

from __future__ import annotations

import re
from typing import Sequence

from .not_tiltak import rows_warning

_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b")
MIN_CELLS = 2  # cells that each hold as many dates


def rows_run_together(cells: Sequence[str]) -> int:
    """How many rows the cells hold run together (their common count of dates), or 0 when they hold one."""
    counts = [n for c in cells if (n := len(_DATE.findall(c or ""))) >= 2]
    common = max(set(counts), key=counts.count, default=0)
    return common if counts.count(common) >= MIN_CELLS else 0


def run_together_doubt(k: int) -> str:
    return (f"raden ser ut til å holde {k} rader slått sammen ({k} datoer i flere av cellene): navnet kan være flere "
            "tiltak; kontroller mot rapporten")


def run_together_warning(source_file: str, locators: list[str]) -> str:
    return rows_warning(source_file, locators, "i tabellen ser ut til å holde flere rader slått sammen (flere datoer i hver "
                        "celle)", "; tiltakene der kan være lest som ett, og er merket for kontroll")
