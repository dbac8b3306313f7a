"""Outputs are written into a staging folder and moved into place only when the whole run succeeds.

The commit is crash-safe at every instant. The new set is complete on disk first; a journal in DIR
then names every move before one is made; the history's year is written in a transaction committed
only once every output is in place. A run that starts after a crash reads the journal: if the history
committed (or the commit had no history part and finished), it completes the moves, else it undoes
them. A Ctrl-C during the moves waits for them to finish.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Protocol

from tiltak_core.errors import HistoryError, OutputError

STAGING_PREFIX = ".tiltak-staging-"
PREVIOUS_PREFIX = ".tiltak-previous-"
JOURNAL = ".tiltak-commit.json"
_JOURNAL_TMP = ".tiltak-commit-"


class Ledger(Protocol):
    """The history's side of a commit (history.PendingStore)."""

    run_id: str

    @property
    def path(self) -> Path: ...

    def begin(self) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM) back until the block is done, then deliver it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = {sig: signal.signal(sig, lambda s, _: caught.append(s)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in held.items():
            signal.signal(sig, handler)
        if caught:
            signal.raise_signal(caught[0])


def _write_journal(out: Path, journal: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=_JOURNAL_TMP, suffix=".tmp", dir=out)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(journal, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out / JOURNAL)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


# Both directions are renames only, and each can be stopped at any instant and run again from the start.
def _move_forward(out: Path, staging: Path, moves: list[list[str]]) -> None:
    """Each old output aside (to the previous folder, or kept under its «endret» name), each new one in place."""
    for name, aside in moves:
        staged, target = staging / name, out / name
        if not _exists(staged):
            continue  # in place already
        if _exists(target) and not _exists(out / aside):
            os.replace(target, out / aside)
        os.replace(staged, target)


def _move_back(out: Path, staging: Path, moves: list[list[str]]) -> None:
    """Undo the moves made so far, last first: a new output in place goes back to staging, the old one returns."""
    for name, aside in reversed(moves):
        staged, target = staging / name, out / name
        if not _exists(staged) and _exists(target):
            os.replace(target, staged)
        if _exists(out / aside) and not _exists(target):
            os.replace(out / aside, target)


def _clean(out: Path, journal: dict, forward: bool) -> None:
    """Remove the journal and the folders it names. Forward, the old outputs go first (the journal still says the
    commit is done); backward, the journal goes first (while it is there, staging must hold every new output)."""
    if forward:
        shutil.rmtree(out / journal["previous"], ignore_errors=True)
    (out / JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(out / journal["staging"], ignore_errors=True)
    try:
        (out / journal["previous"]).rmdir()  # backward it is empty; if not, it is never deleted (see recover)
    except OSError:
        pass


def recover(out: Path) -> list[str]:
    """Finish or undo a commit a crash interrupted, and remove what killed runs left; notes on what was done.
    Call it holding the output folder's lock, before anything else reads or writes DIR."""
    notes = []
    journal = None
    if (out / JOURNAL).is_file():
        try:
            journal = json.loads((out / JOURNAL).read_text(encoding="utf-8"))
            moves, staging = journal["moves"], out / journal["staging"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise OutputError(f"{out / JOURNAL}: en avbrutt kjøring etterlot en journal som ikke kan leses ({exc}); "
                              f"sjekk utdataene i {out} og slett filen") from exc
        forward = bool(journal.get("committed")) or _committed_in_history(journal)
        try:
            (_move_forward if forward else _move_back)(out, staging, moves)
        except OSError as exc:
            raise _unwritable(out, exc) from exc
        _clean(out, journal, forward)
        notes.append(f"en avbrutt kjøring ble {'fullført' if forward else 'rullet tilbake'}: utdataene i {out} er "
                     f"{'dens nye' if forward else 'som før den'}")
    for left in out.iterdir() if out.is_dir() else ():
        if left.name.startswith(STAGING_PREFIX) and left.is_dir():
            shutil.rmtree(left, ignore_errors=True)  # a killed run's unfinished outputs
        elif left.name.startswith(_JOURNAL_TMP):
            left.unlink(missing_ok=True)
        elif left.name.startswith(PREVIOUS_PREFIX) and left.is_dir():
            try:
                left.rmdir()
            except OSError:  # not empty: earlier outputs nothing else holds; never deleted
                notes.append(f"{left} holder utdata fra en tidligere kjøring som ikke ble lagt tilbake; se om du "
                             "trenger dem, og slett mappen")
    return notes


def _committed_in_history(journal: dict) -> bool:
    if not journal.get("history"):
        return False
    from ..history import History  # only after a crash: the history decides whether its run committed

    try:
        with History(Path(journal["history"])) as history:
            return history.has_run(journal["run_id"])
    except HistoryError:
        return False


class Staging:
    """`with Staging(out) as stage:` write into `stage.path`, then `stage.commit(...)`: the files replace their
    old versions all together (leaving the thing block commits them too); on any error (or Ctrl-C) while
    writing, the staging folder goes and the previous outputs stay as they were."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path: Path | None = None
        self.written: list[Path] = []
        self.committed = False

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
            if exc_type is None and not self.committed:
                self.commit()
        finally:
            shutil.rmtree(self.path, ignore_errors=True)

    def commit(self, ledger: Ledger | None = None, kept: dict[str, str] | None = None) -> None:
        """Every staged output into place and the ledger's year committed, or neither. `kept` names the
        outputs a person changed: each is kept under the name given, not set aside to be deleted."""
        assert self.path is not None
        staged = sorted(self.path.iterdir())
        for s in staged:
            target = self.out / s.name
            if _exists(target) and target.is_dir() != s.is_dir():
                what = "en mappe" if target.is_dir() else "en fil"
                raise OutputError(f"{target}: {what} med samme navn som utdatafilen {s.name} står i veien; "
                                  f"flytt den eller velg en annen mappe med --out. Ingenting i {self.out} er endret")
        kept = kept or {}
        try:
            previous = Path(tempfile.mkdtemp(prefix=PREVIOUS_PREFIX, dir=self.out))
        except OSError as exc:
            raise _unwritable(self.out, exc) from exc
        moves = [[s.name, kept.get(s.name) or f"{previous.name}/{s.name}"] for s in staged]
        journal = {"staging": self.path.name, "previous": previous.name, "moves": moves,
                   "history": str(ledger.path) if ledger else None, "run_id": ledger.run_id if ledger else None}
        try:
            _write_journal(self.out, journal)
        except BaseException as exc:
            previous.rmdir()
            if isinstance(exc, OSError):
                raise _unwritable(self.out, exc) from exc
            raise
        with _uninterrupted():
            try:
                if ledger:
                    ledger.begin()  # the year is written, not yet committed: a history that cannot take it stops here
                _move_forward(self.out, self.path, moves)
                # The commit point: the history's transaction if the run stores a year, else the journal's mark.
                if ledger:
                    ledger.commit()
                else:
                    _write_journal(self.out, {**journal, "committed": True})
            except BaseException as exc:
                self._undo(journal, ledger, exc)
                raise
            self.committed = True
            try:
                _clean(self.out, journal, forward=True)
            except OSError:
                pass  # done all the same: the next run finishes the cleaning from the journal
        self.written = [self.out / s.name for s in staged]

    def _undo(self, journal: dict, ledger: Ledger | None, exc: BaseException) -> None:
        assert self.path is not None
        if ledger:
            ledger.rollback()
        try:
            _move_back(self.out, self.path, journal["moves"])
        except OSError as undo:
            # Never delete what could not be put back: the journal stays, and the next run puts it back.
            raise OutputError(f"{self.out}: utdataene kunne ikke flyttes på plass ({exc}) og ikke tilbake ({undo}); "
                              f"de forrige ligger i {self.out / journal['previous']}, og neste kjøring legger dem "
                              "tilbake") from exc
        _clean(self.out, journal, forward=False)
        if isinstance(exc, OSError):
            raise _unwritable(self.out, exc) from exc


def _unwritable(out: Path, exc: OSError) -> OutputError:
    return OutputError(f"{out}: utdatamappen kan ikke skrives til ({exc.strerror or exc}); "
                       "velg en annen mappe med --out eller sjekk tilgangen til den")
