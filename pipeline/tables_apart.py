"""What a report's tables set apart from its tiltak before any row is read: a pivot's counts, a key's lines (neither
read), and rows the member struck through (each listed as taken out)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from normalise.columns import ColumnMapper
from parsers.content import Block, TableBlock
from tiltak_core.records import SkippedRow

from .key_tables import key_tables, key_warning
from .not_tiltak import STRUCK
from .pivot_tables import pivot_tables, pivot_warning
from .row_fields import cell_text, table_provenance


def tables_not_read(blocks: Sequence[Block], mapper: ColumnMapper, source_file: str) -> tuple[set[int], list[str]]:
    """The ids of the tables that are pivots or keys, and a warning for each."""
    pivots = pivot_tables(blocks, mapper.vocabulary.pivot_labels)
    keys = key_tables([b for b in blocks if not any(b is p for p in pivots)], lambda row: mapper.header(tuple(row)))
    # Told apart by identity, as comparing tables cell by cell costs their size.
    return {id(t) for t in [*pivots, *keys]}, [*(pivot_warning(source_file, p) for p in pivots),
                                               *(key_warning(source_file, k) for k in keys)]


def struck_apart(blocks: Sequence[Block], source_file: str) -> tuple[tuple[Block, ...], list[SkippedRow]]:
    """The blocks with the rows struck through emptied, and those rows as skipped: a member strikes out what is no
    longer in its report (as a tracked deletion does), and a reviewer sees what was taken out."""
    out: list[Block] = []
    skipped: list[SkippedRow] = []
    for b in blocks:
        if isinstance(b, TableBlock) and b.struck:
            skipped += [SkippedRow(table_provenance(source_file, b, r).locator, STRUCK,
                                   " | ".join(t for c in b.rows[r] if (t := cell_text(c)))[:200]) for r in b.struck]
            b = replace(b, rows=tuple(tuple("" for _ in row) if r in b.struck else row for r, row in enumerate(b.rows)),
                        struck=())
        out.append(b)
    return tuple(out), skipped
