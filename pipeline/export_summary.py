"""A spreadsheet program's account of its own export, as Numbers writes it first in a workbook (a note, then a table
of which sheet became which worksheet): no tiltak, left out with a note (round 74)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from normalise.text import clean, fold
from parsers.content import Content, TableBlock

from .row_fields import table_where

EXPORT_HEADERS = 2  # cells of one row naming the export's sheets and tables: not a tiltak table's header


def export_summaries_apart(content: Content, headers: Sequence[str], source_file: str) -> Content:
    """The content without the tables whose row of headers names the exported sheets («Numbers-arknavn | …»)."""
    known = {fold(h) for h in headers}
    summaries = [b for b in content.blocks if isinstance(b, TableBlock) and any(
        sum(fold(clean(c)) in known for c in row if c) >= EXPORT_HEADERS for row in b.rows)]
    if not summaries:
        return content
    gone = {id(b) for b in summaries}
    notes = tuple(f"{source_file}: tabell {table_where(b)} er regnearkprogrammets oversikt over eksporten (hvilket ark "
                  "som ble hvilket), ikke tiltak, og ble hoppet over" for b in summaries)
    return replace(content, blocks=tuple(b for b in content.blocks if id(b) not in gone),
                   warnings=(*content.warnings, *notes))
