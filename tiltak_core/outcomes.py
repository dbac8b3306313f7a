"""What became of one inbox file: a fixed set of outcomes, and a rejection's kind, problem and fix kept apart."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FileOutcome(StrEnum):
    """One per inbox file; the value is what scripts read in run.json, the label what the secretariat reads."""

    PARSED = "parsed"
    WARNINGS = "parsed_with_warnings"
    CONVERTED = "converted"
    NO_TILTAK = "parsed_no_tiltak"
    ROWS_SKIPPED = "parsed_rows_skipped"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    SUPERSEDED = "superseded"
    OUTSIDE = "outside_inbox"  # a link out of the inbox: not followed
    REVIEW_WORKBOOK = "review_workbook"  # a reviewers' workbook lying in the inbox, not applied
    DECISIONS = "decisions"  # a reviewers' workbook in the inbox, applied as the decisions file
    UNPACKED = "unpacked"  # a ZIP archive: the files in it are read each on its own
    COVER_LETTER = "cover_letter"  # an e-mail whose own text holds no tiltak: its attachments are read on their own

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_problem(self) -> bool:
        """A file the secretariat must look at: it counts toward exit code 1 and is listed first."""
        return self in (FileOutcome.REJECTED, FileOutcome.NO_TILTAK, FileOutcome.ROWS_SKIPPED, FileOutcome.OUTSIDE,
                        FileOutcome.REVIEW_WORKBOOK)


_LABELS = {
    FileOutcome.PARSED: "lest",
    FileOutcome.WARNINGS: "lest, med merknader",
    FileOutcome.CONVERTED: "konvertert og lest",
    FileOutcome.NO_TILTAK: "lest, men fant ingen tiltak",
    FileOutcome.ROWS_SKIPPED: "lest, noen rader ikke lest",
    FileOutcome.REJECTED: "avvist",
    FileOutcome.DUPLICATE: "hoppet over (kopi)",
    FileOutcome.SUPERSEDED: "erstattet av en nyere versjon",
    FileOutcome.OUTSIDE: "peker ut av innboksen",
    FileOutcome.REVIEW_WORKBOOK: "kontrollørenes arbeidsbok, ikke brukt",
    FileOutcome.DECISIONS: "kontrollørenes beslutninger, brukt",
    FileOutcome.UNPACKED: "pakket ut, filene i det er lest hver for seg",
    FileOutcome.COVER_LETTER: "følgebrev, vedleggene er lest hver for seg",
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
