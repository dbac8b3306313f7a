"""Prose reports: a heading or lead-in that names a delmål applies to the list items under it.

Each bullet or numbered item is one tiltak; labels in it ("Type tiltak: FoU. Samarbeidspartnere:
Fafo.") fill the other fields. Key/value tables ("Tiltak | ...", "Ansvarlig | ...") are read here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalise.columns import ColumnMapper
from normalise.delmal import DelmalMatcher
from normalise.text import clean
from parsers.content import Paragraph, TableBlock

from tiltak_core.records import FIELDS, Provenance, RawRow


@dataclass
class DraftRow:
    """A row being built; frozen into a RawRow once nothing later can extend it."""

    provenance: Provenance
    fields: dict[str, str]
    extra: dict[str, str]
    confidence: float

    def freeze(self) -> RawRow:
        return RawRow(
            provenance=self.provenance,
            fields=tuple((f, clean(self.fields.get(f, ""))) for f in FIELDS),
            extra=tuple((k, clean(v)) for k, v in self.extra.items() if clean(v)),
            confidence=self.confidence,
        )


# Items under a heading are read with less certainty than table cells: the split into fields
# comes from labels in running text.
PROSE_CONFIDENCE = 0.9
_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")
SUB_ITEMS = "Underpunkter"


class ProseReader:
    """Follows headings and lead-ins through a document and turns list items into rows."""

    def __init__(self, source_file: str, mapper: ColumnMapper, delmal: DelmalMatcher) -> None:
        self.source_file = source_file
        self.mapper = mapper
        self.delmal = delmal
        self.section: str | None = None  # the heading or lead-in the current items stand under
        self.last_item: DraftRow | None = None
        self.item_level = 0
        self.orphans = 0  # list items under no delmål or område heading: intro lists, not tiltak
        self.warnings: list[str] = []

    def set_section(self, text: str | None) -> None:
        self.section, self.last_item = text, None

    def _labels_only(self, p: Paragraph | None) -> bool:
        if p is None or p.kind != "text":
            return False
        head, labelled = self.mapper.split_labels(p.text)
        return bool(labelled) and not head

    def read(self, p: Paragraph, following: Paragraph | None = None) -> DraftRow | None:
        """A new row for a list item under a delmål; None for headings, text and stray items."""
        if p.kind in ("bullet", "numbered"):
            return self._item(p)
        heading = p.kind == "heading"
        if self.delmal.names_delmal(p.text, heading=heading) or (heading and self.delmal.names_omrade(p.text)):
            self.set_section(p.text)
            return None
        if heading and self.section and _NUMBER.match(p.text) and self._labels_only(following):
            # "1. Regionale samlinger …" in bold, its labelled lines below: a tiltak set as a title.
            return self._item(Paragraph(p.page, p.line, _NUMBER.sub("", p.text), "numbered", p.level))
        if heading:
            self.set_section(None)
            return None
        if self.last_item is not None:
            head, labelled = self.mapper.split_labels(p.text)
            if labelled and not head:
                # "Samarbeidspartnere: Fafo" on a line of its own still belongs to the item above.
                for name, value in labelled.items():
                    if not clean(self.last_item.fields.get(name)):
                        self.last_item.fields[name] = value
                return None
        return None

    def _item(self, p: Paragraph) -> DraftRow | None:
        if self.section is None:
            self.orphans += 1
            return None
        if self.last_item is not None and p.level > self.item_level:
            # A sub-item details the item above it; kept with it, not counted as a tiltak.
            extra = self.last_item.extra
            extra[SUB_ITEMS] = f"{extra[SUB_ITEMS]}; {p.text}" if SUB_ITEMS in extra else p.text
            return None
        head, labelled = self.mapper.split_labels(p.text)
        if not head:
            return None
        fields = {"delmal": self.section, **labelled, "tiltak": head}
        self.last_item = DraftRow(Provenance(self.source_file, page=p.page, line=p.line), fields, {}, PROSE_CONFIDENCE)
        self.item_level = p.level
        return self.last_item

    def read_form(self, block: TableBlock) -> list[DraftRow]:
        """A two-column 'label | value' table: one row per 'Tiltak' label, the other labels filling it."""
        rows: list[DraftRow] = []
        current: DraftRow | None = None
        for r, cells in enumerate(block.rows):
            texts = [clean(c) for c in cells if c]
            if len(texts) < 2:
                continue
            name, _ = self.mapper.field_of(texts[0])
            if not name:
                continue
            value = " ".join(texts[1:])
            if current is None or (name == "tiltak" and clean(current.fields.get("tiltak"))):
                current = DraftRow(
                    Provenance(self.source_file, page=block.page, table=block.index, row=r + 1),
                    {"delmal": self.section or ""},
                    {},
                    block.confidence * PROSE_CONFIDENCE,
                )
                rows.append(current)
            current.fields[name] = value
        return [row for row in rows if clean(row.fields.get("tiltak"))]
