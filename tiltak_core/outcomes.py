"""What became of one inbox file: a fixed set of outcomes, and a rejection's kind, problem and fix kept apart."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FileOutcome(StrEnum):
    """One per inbox file; the value is what scripts read in run.json, the label what the secretariat reads."""

    PARSED = "parsed"
    WARNINGS = "parsed_with_warnings"
    CONVERTED = "converted"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    FileOutcome.PARSED: "lest",
    FileOutcome.WARNINGS: "lest, med merknader",
    FileOutcome.CONVERTED: "konvertert og lest",
    FileOutcome.REJECTED: "avvist",
    FileOutcome.DUPLICATE: "hoppet over (kopi)",
}


@dataclass(frozen=True)
class Rejection:
    """Why a file was not read: a machine-readable kind, the problem and what to do, in Norwegian."""

    kind: str
    problem: str
    fix: str = ""

    def message(self, source_file: str) -> str:
        text = f"{source_file}: {self.problem}"
        return f"{text}. {self.fix}" if self.fix else text
