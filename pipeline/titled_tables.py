"""A table without a header under a delmål's heading, each row a tiltak's short title beside its account.

KD's report (round 57) sets each delmål as a heading and its tiltak in a borderless table of two columns: the name
(its type set small on a line under it) and what was done. No header names the columns, and the cells alone show
no delmål or type column, so the table was not read. Under a heading that names the delmål, a first column of short
titles beside a last column of running text is that: the title is the tiltak, the text its description.
"""

from __future__ import annotations

from typing import Callable

from normalise.text import clean
from parsers.content import TableBlock

from .draft_row import DraftRow
from .row_fields import cell_text
from tiltak_core.records import Provenance

TITLE_WORDS = 14  # a title's first line is short
ACCOUNT_WORDS = 6  # the account beside it is running text
TYPE_LINE_WORDS = 3  # «Utvalg», «Tilskuddsordning»: a type's word set under the title
CONFIDENCE = 0.8  # the columns' roles are read from their shape, not named


def titled_table_rows(block: TableBlock, section: str, source_file: str,
                      particulars: Callable[[list[str]], tuple[dict[str, str], list[str]]]) -> list[DraftRow]:
    """The table's rows as tiltak under the delmål heading `section`, or [] when the table is not so shaped. Labelled
    lines in the account («Ansvar: KD · Samarbeid: ASD») fill their fields (`particulars`: cell_lines.particular_lines)."""
    if not section:
        return []
    rows = []
    for r, row in enumerate(block.rows):
        cells = [c for c in row if c and cell_text(c)]
        if not cells:
            continue
        if not 2 <= len(cells) <= 3:
            return []
        title, *_, told = cells
        lines = [clean(x) for x in title.splitlines() if clean(x)]
        labelled, said = particulars([clean(x) for x in told.splitlines() if clean(x)])
        account = " ".join(said)
        if not lines or len(lines[0].split()) > TITLE_WORDS or lines[0].endswith(".") or (
                len(account.split()) < ACCOUNT_WORDS or len(lines) > 2):
            return []
        typed = lines[1] if len(lines) == 2 and len(lines[1].split()) <= TYPE_LINE_WORDS else ""
        name = lines[0] if typed or len(lines) == 1 else " ".join(lines)
        fields = {**labelled, "delmal": section, "tiltak": name, "type": typed or labelled.get("type", ""),
                  "beskrivelse": account}
        rows.append(DraftRow(Provenance(source_file, page=block.page, table=block.index, row=block.first_row + r + 1), fields, {},
                             CONFIDENCE, [f"tabell uten overskriftsrad under «{clean(section)[:60]}»: første kolonne lest "
                                          "som tiltakets navn, den lange teksten som beskrivelsen"]))
    return rows
