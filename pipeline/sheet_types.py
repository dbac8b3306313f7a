"""A workbook with a sheet per type («Kurs og opplæring», «Møteplasser», «Analyser») and no type column."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from tiltak_core.records import Match
from parsers.content import Block, TableBlock

from .prose_items import SURE_TYPE


def sheets_by_type(blocks: Sequence[Block], given: Callable[[str], Match | None]) -> frozenset[str]:
    """The sheets the workbook names by the type of their rows: at least two, named by different types. A sheet
    named «Rapport 2066» alone says no type."""
    named = {b.caption: said.value for b in blocks if isinstance(b, TableBlock) and b.caption
             and not re.search(r"\d", b.caption) and (said := given(b.caption)) is not None
             and said.confidence >= SURE_TYPE}
    return frozenset(named) if len(set(named.values())) >= 2 else frozenset()
