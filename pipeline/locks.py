"""One run at a time per output folder and per history: a second one stops at once with a clear message.

The locks are the system's advisory file locks (flock) on the output folder itself and on the history
file, so a run that is killed leaves no lock behind, and no lock file is ever written.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tiltak_core.errors import HistoryError, OutputError

try:
    import fcntl
except ImportError:  # not on Windows: runs there are not kept apart
    fcntl = None  # type: ignore[assignment]


@contextmanager
def _locked(path: Path, busy: Exception) -> Iterator[None]:
    """Hold an exclusive lock on `path` (a folder or a file, which must exist); `busy` if another holds it."""
    if fcntl is None:
        yield
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise busy from None
        yield
    finally:
        os.close(fd)  # after every connection to the file has closed (see history_lock)


@contextmanager
def history_lock(history: Path) -> Iterator[None]:
    """Hold the history against other runs and imports. Close every SQLite connection to it inside the block:
    closing this lock's descriptor last keeps SQLite's own locks whole."""
    try:
        history.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(history, os.O_RDONLY | os.O_CREAT, 0o600))  # an empty file is a new history to SQLite
    except OSError as exc:
        raise HistoryError(f"{history}: historikken kan ikke åpnes ({exc.strerror or exc}); oppgi en annen fil med "
                           "--history") from exc
    with _locked(history, HistoryError(f"{history}: en annen kjøring bruker historikken nå; vent til den er "
                                       "ferdig og prøv igjen")):
        yield


@contextmanager
def run_lock(out: Path, history: Path) -> Iterator[None]:
    """Hold the output folder (created if need be; removed again if the run leaves it empty) and the history."""
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: utdatamappen kan ikke skrives til ({exc.strerror or exc}); velg en annen mappe "
                          "med --out eller sjekk tilgangen til den") from exc
    try:
        with _locked(out, OutputError(f"{out}: en annen kjøring skriver til denne utdatamappen nå; vent til den er "
                                      "ferdig, eller velg en annen mappe med --out")):
            with history_lock(history):
                yield
    finally:
        if created:
            try:
                out.rmdir()  # only if nothing was written into it
            except OSError:
                pass
