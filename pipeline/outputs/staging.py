"""Outputs are written into a staging folder and moved into place only when the whole run succeeds."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from tiltak_core.errors import OutputError

STAGING_PREFIX = ".tiltak-staging-"
PREVIOUS_PREFIX = ".tiltak-previous-"


class Staging:
    """`with Staging(out) as stage:` write into `stage.path`; on success the files replace their old versions
    all together; on any error (or Ctrl-C), while writing or while moving into place, the staging folder
    goes and the previous outputs stay as they were."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path: Path | None = None
        self.written: list[Path] = []

    def __enter__(self) -> "Staging":
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            # Inside the output folder, so the final moves are renames on one file system.
            self.path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out))
        except OSError as exc:
            raise _unwritable(self.out, exc) from exc
        return self

    def file(self, name: str) -> Path:
        assert self.path is not None
        return self.path / name

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.path is not None
        try:
            if exc_type is None:
                self._commit(sorted(self.path.iterdir()))
        finally:
            shutil.rmtree(self.path, ignore_errors=True)

    def _commit(self, staged: list[Path]) -> None:
        """Every staged output into place, or none: the previous versions are set aside first and put back
        if any move fails or is interrupted."""
        for s in staged:
            target = self.out / s.name
            if (target.exists() or target.is_symlink()) and target.is_dir() != s.is_dir():
                what = "en mappe" if target.is_dir() else "en fil"
                raise OutputError(f"{target}: {what} med samme navn som utdatafilen {s.name} står i veien; "
                                  f"flytt den eller velg en annen mappe med --out. Ingenting i {self.out} er endret")
        try:
            previous = Path(tempfile.mkdtemp(prefix=PREVIOUS_PREFIX, dir=self.out))
        except OSError as exc:
            raise _unwritable(self.out, exc) from exc
        done: list[tuple[Path, Path | None, bool]] = []  # (target, its previous version set aside, new one in place)
        try:
            for s in staged:
                target = self.out / s.name
                kept = None
                if target.exists() or target.is_symlink():
                    kept = previous / s.name
                    os.replace(target, kept)
                done.append((target, kept, False))
                os.replace(s, target)
                done[-1] = (target, kept, True)
        except BaseException as exc:
            if not _roll_back(done):
                # Never delete what could not be put back: the previous outputs wait in `previous`.
                raise OutputError(f"{self.out}: utdataene kunne ikke flyttes på plass ({exc}), og de forrige ligger "
                                  f"igjen i {previous}; flytt dem tilbake derfra") from exc
            shutil.rmtree(previous, ignore_errors=True)
            if isinstance(exc, OSError):
                raise _unwritable(self.out, exc) from exc
            raise
        shutil.rmtree(previous, ignore_errors=True)
        self.written = [self.out / s.name for s in staged]


def _roll_back(done: list[tuple[Path, Path | None, bool]]) -> bool:
    """Undo the moves so far, last first; whether everything is as it was."""
    ok = True
    for target, kept, placed in reversed(done):
        try:
            if placed:
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                else:
                    target.unlink()
            if kept is not None:
                os.replace(kept, target)
        except OSError:
            ok = False
    return ok


def _unwritable(out: Path, exc: OSError) -> OutputError:
    return OutputError(f"{out}: utdatamappen kan ikke skrives til ({exc.strerror or exc}); "
                       "velg en annen mappe med --out eller sjekk tilgangen til den")
