"""A workbook with a sheet per type («Kurs og opplæring», «Møteplasser», «Analyser») and no type column, or a sheet
per delmål («1.2», «Delmål 2.3») and no delmål column."""

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


SHEET_NAME_WORDS = 3  # «Delmål 2.3», «2.3 Fagopplæring»: a sheet's short name, not a sentence that cites a code


def sheet_delmal(caption: str, codes_in: Callable[[str], Sequence[str]]) -> str:
    """The sheet's name when it names one delmål («1.2», «Delmål 2.3»): the delmål of its rows that give none; else ''."""
    return caption if caption and len(caption.split()) <= SHEET_NAME_WORDS and len(set(codes_in(caption))) == 1 else ""
