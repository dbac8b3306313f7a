"""Which table rows stand across the table as a caption of the rows under them, not as a tiltak: a delmål's or an
område's heading («Delmål 2.1 …»), a row naming how the rows under it stand («Nye tiltak i 2077»); and tables whose
rows list the strategy's delmål themselves."""

from __future__ import annotations

import re

from typing import Iterable

from normalise.columns import HeaderMap
from normalise.delmal import DelmalMatcher
from normalise.text import fold
from parsers.content import COVERED, TableBlock

from .row_fields import cell_text, outline_row

GROUP_ROW_WORDS = 5  # «Nye tiltak i 2077»: a group row is a few words
# «˅ Rapporteringsår : 2079 (6)»: a web list's group heading, a field's value and how many items it has.
LIST_GROUP = re.compile(r"^\W*(?P<field>\w[\w ]{0,30}?)\s+:\s+(?P<value>.{1,40}?)\s*\(\d{1,4}\)$")
DELMAL_LIST_SHARE = 0.8  # of a headerless table's rows giving a delmål's code and its words: the strategy's list


class SectionRows:
    def __init__(self, delmal: DelmalMatcher, group_words: Iterable[str]) -> None:
        self.delmal = delmal
        self._group_words = frozenset(fold(w) for w in group_words)

    def caption(self, cells: tuple[str | None, ...], header: HeaderMap) -> str | None:
        """The text of a caption or section row ('Hovedinnsatsområde 2: ...', 'Delmål 2.1 ...')."""
        filled = [(i, t) for i, c in enumerate(cells) if c is not COVERED and (t := cell_text(c))]
        if len(filled) > 1 and len({t for _, t in filled}) == 1:
            filled = filled[:1]  # one text repeated across merged cells (python-docx, converted files): one cell
        if len(filled) != 1:
            return outline_row(cells, header) or None  # «1.1 | Kunnskap om kompetansebehov» in a plan's outline
        i, text = filled[0]
        if i != header.column("tiltak"):
            return text
        # A lone text in the tiltak column is a tiltak, unless it leads with a delmål code or names a
        # hovedinnsatsområde and nothing (not even a merged cell) stands beside it.
        alone = all(c is not COVERED for j, c in enumerate(cells) if j != i)
        # … or, in a table with no delmål column, is a delmål's own name («Karriererettleiing» over its rows, as a
        # merged group row reads: Word's span leaves the cells beside it empty).
        grouped = header.column("delmal") is None and self.delmal.is_delmal_name(text)
        return text if alone and (self.delmal.names_delmal(text, heading=False) or self.delmal.names_omrade(text)
                                  or grouped or self.groups_rows(text)) else None

    def groups_rows(self, text: str) -> bool:
        """«Nye tiltak i 2077», «Vidareførte tiltak»: a row naming how the rows under it stand, not a tiltak."""
        if LIST_GROUP.match(text):
            return True
        said = fold(text).replace(":", " ").split()
        return 2 <= len(said) <= GROUP_ROW_WORDS and any(w.startswith("tiltak") for w in said) and all(
            w.startswith("tiltak") or w in self._group_words or w.isdigit() or w in ("i", "for", "fra", "frå", "som")
            for w in said)

    @staticmethod
    def list_group(text: str) -> tuple[str, str] | None:
        """(field, value) of a web list's group heading («˅ Rapporteringsår : 2079 (6)»): what each row under it has."""
        m = LIST_GROUP.match(text)
        return (m["field"], m["value"]) if m else None

    def lists_delmal(self, block: TableBlock, filled: list[int]) -> bool:
        """«1.1 | Kompetansebehovsutvalg …» row after row: the strategy's delmål with their words (a codes sheet)."""
        def lists(row: tuple[str | None, ...]) -> bool:
            cells = [cell_text(c) for c in row if cell_text(c)]
            codes = self.delmal.codes_in(cells[0]) if cells else []
            return len(cells) == 2 and bool(codes) and self.delmal.match(cells[1]).value == codes[0]
        return sum(lists(block.rows[r]) for r in filled) >= DELMAL_LIST_SHARE * len(filled)
