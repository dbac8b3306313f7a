"""A row the readers are still building, and the certainty a row read from running text starts with."""

from __future__ import annotations

from dataclasses import dataclass, field

from normalise.text import clean

from tiltak_core.records import FIELDS, Provenance, RawRow

# Items under a heading are read with less certainty than table cells: the split into fields
# comes from labels in running text.
PROSE_CONFIDENCE = 0.9


@dataclass
class DraftRow:
    """A row being built; frozen into a RawRow once nothing later can extend it."""

    provenance: Provenance
    fields: dict[str, str]
    extra: dict[str, str]
    confidence: float
    evidence: list[str] = field(default_factory=list)
    doubt: str = ""

    def freeze(self) -> RawRow:
        return RawRow(
            provenance=self.provenance,
            fields=tuple((f, _filled(self.fields.get(f, ""))) for f in FIELDS),
            extra=tuple((k, clean(v)) for k, v in self.extra.items() if clean(v)),
            confidence=self.confidence,
            evidence=tuple(self.evidence),
            doubt=self.doubt,
        )


def _filled(value: str | None) -> str:
    """A field as written; a dash alone («Sammen med: –», «-» in a partner cell) says there is none."""
    text = clean(value)
    return "" if not text.strip(" -–—") else text
