"""Bad input is not a bug: the errors a report, a catalogue or a decisions file can raise.

Each message names the file and says what the secretariat can do about it.
"""

from __future__ import annotations

from .outcomes import Rejection


class TiltakError(Exception):
    """Base of every error the program reports to its user rather than crashing on."""


class ReportError(TiltakError):
    """A member report that cannot be read; the rest of the batch goes on."""

    kind = "unreadable"  # what run.json calls this kind of rejection, for scripts

    def __init__(self, source_file: str, problem: str, fix: str = "") -> None:
        self.source_file = source_file
        self.problem = problem
        self.fix = fix
        super().__init__(self.message)

    @property
    def rejection(self) -> Rejection:
        return Rejection(self.kind, self.problem, self.fix)

    @property
    def message(self) -> str:
        return self.rejection.message(self.source_file)


class UnsupportedFormat(ReportError):
    """The file's content is not a format any parser reads."""

    kind = "unsupported_format"


class DamagedFile(ReportError):
    """The file claims a format but its content is broken or truncated."""

    kind = "damaged"


class EncryptedFile(ReportError):
    """The file is password-protected."""

    kind = "encrypted"


class TooLarge(ReportError):
    """The file exceeds a documented limit (size, pages, unpacked size)."""

    kind = "too_large"


class TooHeavy(ReportError):
    """Reading the file took more time or memory than one document may use."""

    kind = "too_heavy"


class UnsafeContent(ReportError):
    """The file holds something refused for safety (an XML document type declaration)."""

    kind = "unsafe_content"


class InternalError(ReportError):
    """A reader failed in a way the program does not know; the detail is in the fault log the message names."""

    kind = "internal_error"


class ToolMissing(ReportError):
    """Reading the file needs a system tool that is not installed."""

    kind = "tool_missing"


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
