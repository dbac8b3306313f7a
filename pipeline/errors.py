"""Bad input is not a bug: the errors a report, a catalogue or a decisions file can raise.

Each message names the file and says what the secretariat can do about it.
"""

from __future__ import annotations


class TiltakError(Exception):
    """Base of every error the program reports to its user rather than crashing on."""


class ReportError(TiltakError):
    """A member report that cannot be read; the rest of the batch goes on."""

    def __init__(self, source_file: str, problem: str, fix: str = "") -> None:
        self.source_file = source_file
        self.problem = problem
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.source_file}: {self.problem}"
        return f"{text}. {self.fix}" if self.fix else text


class UnsupportedFormat(ReportError):
    """The file's content is not a format any parser reads."""


class DamagedFile(ReportError):
    """The file claims a format but its content is broken or truncated."""


class EncryptedFile(ReportError):
    """The file is password-protected."""


class TooLarge(ReportError):
    """The file exceeds a documented limit (size, pages, unpacked size)."""


class ToolMissing(ReportError):
    """Reading the file needs a system tool that is not installed."""


class CatalogueError(TiltakError):
    """A strategy catalogue with problems; every problem is listed."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path}: katalogen har {len(problems)} feil:\n{listing}")


class DecisionsError(TiltakError):
    """A reviewers' decisions file that cannot be applied; names the cell that is wrong."""


class OutputError(TiltakError):
    """The output folder cannot be written."""


class YearUnknown(TiltakError):
    """Neither --year, the inbox's name nor the file names say which year the reports are for."""


class HistoryError(TiltakError):
    """The history of earlier years cannot be read or a file cannot be imported into it; names file and row."""
