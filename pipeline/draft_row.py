"""A row the readers are still building, and the certainty a row read from running text starts with."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from normalise.text import clean
from parsers.content import SUPERSCRIPT_DIGITS

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
    opened_by: str = ""  # in a form, the label that opened it («Navn på tiltaket»), as form_label writes it
    heading_owner: str = ""  # the organisation a heading over it names: its ansvarlig when nothing else gives one

    def freeze(self) -> RawRow:
        fields, evidence = dict(self.fields), list(self.evidence)
        if self.heading_owner and not _filled(fields.get("ansvarlig")):
            fields["ansvarlig"] = self.heading_owner
            evidence.append(f"ansvarlig er overskriften over punktet («{self.heading_owner}»)")
        return RawRow(
            provenance=self.provenance,
            fields=tuple((f, _filled(fields.get(f, ""))) for f in FIELDS),
            extra=tuple((k, clean(v)) for k, v in self.extra.items() if clean(v)),
            confidence=self.confidence,
            evidence=tuple(evidence),
            doubt=self.doubt,
        )


# «Trøndelag kompetansebehovsutvalg²»: a footnote's mark after a word is no part of it («300 m²» keeps its unit).
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_]|[)»\"”])(?<!\bm)(?<!\bkm)(?<!\bcm)[" + SUPERSCRIPT_DIGITS + "]+")


def _filled(value: str | None) -> str:
    """A field as written, footnote marks off; a dash alone («Sammen med: –», «-» in a partner cell) says there is none."""
    text = clean(_FOOTNOTE_MARK.sub("", value or ""))
    return "" if not text.strip(" -–—") else text
