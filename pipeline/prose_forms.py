"""Key/value tables in a prose report: «Tiltak | …», «Ansvarlig | …», one row per «Tiltak» label."""

from __future__ import annotations

from normalise.columns import ColumnMapper
from normalise.text import clean
from parsers.content import TableBlock

from .prose import PROSE_CONFIDENCE, DraftRow
from tiltak_core.records import Provenance


def read_form(block: TableBlock, mapper: ColumnMapper, source_file: str, section: str | None) -> list[DraftRow]:
    """A two-column 'label | value' table: one row per 'Tiltak' label, the other labels filling it."""
    rows: list[DraftRow] = []
    current: DraftRow | None = None
    for r, cells in enumerate(block.rows):
        texts = [clean(c) for c in cells if c]
        if len(texts) < 2:
            continue
        name, _ = mapper.field_of(texts[0])
        if not name:
            continue
        value = " ".join(texts[1:])
        if current is None or (name == "tiltak" and clean(current.fields.get("tiltak"))):
            current = DraftRow(
                Provenance(source_file, page=block.page, table=block.index, row=r + 1),
                {"delmal": section or ""},
                {},
                block.confidence * PROSE_CONFIDENCE,
                ["lest som skjema: ledetekst | verdi"],
            )
            rows.append(current)
        current.fields[name] = value
    for row in rows:
        if not clean(row.fields.get("tiltak")) and clean(row.fields.get("beskrivelse")):
            row.fields["tiltak"] = row.fields.pop("beskrivelse")  # a form's only text is its tiltak
    return [row for row in rows if clean(row.fields.get("tiltak"))]
