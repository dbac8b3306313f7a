"""Everything a run can be told, in one place: paths, thresholds, limits. The CLI only fills this in."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from parsers.registry import ParseOptions


@dataclass(frozen=True)
class Thresholds:
    """Below these confidences (0-1) a match or merge is flagged needs_review."""

    delmal: float = 0.8
    type: float = 0.75
    member: float = 0.75
    parse: float = 0.75  # a table read with low accuracy (camelot's report, column fit of borderless tables)
    merge: float = 0.85  # two reports' rows that name each other's member merge from this score
    merge_text_only: float = 0.92  # rows that do not name each other merge only when near-identical
    merge_review: float = 0.95  # a merge scoring under this is shown to reviewers
    near_miss: float = 0.7  # two rows kept apart though they name each other or one programme, this close: both flagged
    near_miss_text: float = 0.80  # two rows kept apart though their wording is this alike: both flagged
    near_miss_common_text: float = 0.85  # … when the words they share are the strategy's or the types' own


@dataclass(frozen=True)
class Limits:
    """Documented limits: inputs beyond them are refused, not parsed."""

    max_file_bytes: int = 100 * 1024 * 1024
    max_pages: int = 500
    max_unpacked_bytes: int = 200 * 1024 * 1024
    # Each document is read in a worker process that may take this long and grow by this much memory.
    document_seconds: float = 120.0
    document_memory: int = 2 * 1024**3


# A decisions workbook kept beside the inbox ("2018" -> "2018-beslutninger.xlsx"), or at the top of the
# inbox as "beslutninger.xlsx", is applied without --decisions; a reviewers' workbook (known by its
# content) is never read as a report.
DECISIONS_SUFFIX = "-beslutninger.xlsx"
DECISIONS_NAME = "beslutninger.xlsx"
IGNORE_FILE = ".tiltakignore"
# Author, last editor and company of the Word and Excel files a run writes.
DEFAULT_AUTHOR = "Sekretariatet for Kompetansepolitisk råd"


@dataclass(frozen=True)
class Settings:
    inbox: Path
    out: Path = Path("output")
    catalogue: Path | None = None
    exclude: tuple[str, ...] = ()
    password: str | None = None
    pdf_tables: str = "auto"
    jobs: int = 0  # 0: all cores
    cache: bool = True
    cache_dir: Path | None = None
    decisions: Path | None = None
    year: int | None = None
    history: Path | None = None
    store_history: bool = False  # store the year even when another inbox stored it (--lagre-historikk)
    author: str = DEFAULT_AUTHOR
    thresholds: Thresholds = field(default_factory=Thresholds)
    limits: Limits = field(default_factory=Limits)

    @property
    def decisions_beside(self) -> Path:
        """Where a decisions workbook is looked for beside the inbox ("2018" -> "2018-beslutninger.xlsx")."""
        return self.inbox.resolve().parent / f"{self.inbox.resolve().name}{DECISIONS_SUFFIX}"

    def decisions_file(self, in_inbox: Path | None = None) -> Path | None:
        """--decisions, else the workbook beside the inbox, else the decisions workbook found in it."""
        if self.decisions is not None:
            return self.decisions
        return self.decisions_beside if self.decisions_beside.is_file() else in_inbox

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)

    def parse_options(self) -> ParseOptions:
        return ParseOptions(
            password=self.password,
            pdf_tables=self.pdf_tables,
            max_pages=self.limits.max_pages,
            max_unpacked_bytes=self.limits.max_unpacked_bytes,
            # LibreOffice and Tesseract run as children of the document's worker: the same memory cap binds them.
            tool_memory=self.limits.document_memory,
        )
