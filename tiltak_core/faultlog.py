"""The fault log: what went wrong inside a reader, kept for developers; the user's message only names the log.

One file in the user's log folder (e.g. ~/.local/state/tiltak/log/feil.log), appended to by every
worker; it is rotated to feil.log.1 past 2 MB. Where it cannot be written, the temporary folder is used.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import platformdirs

from .errors import InternalError

LOG_NAME = "feil.log"
MAX_LOG_BYTES = 2 * 1024 * 1024


def _write(path: Path, entry: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
        os.replace(path, path.with_name(path.name + ".1"))
    # One write of a whole entry in append mode: entries of workers writing at once do not interleave.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, entry.encode("utf-8", "replace"))
    finally:
        os.close(fd)


def record(source_file: str, detail: str) -> Path | None:
    """Append a fault to the log; the log's path, or None when no log could be written."""
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    entry = f"--- {stamp} {source_file!r}\n{detail.rstrip()}\n"
    for folder in (platformdirs.user_log_path("tiltak"), Path(tempfile.gettempdir()) / f"tiltak-{os.getuid()}"):
        path = folder / LOG_NAME
        try:
            _write(path, entry)
        except OSError:
            continue
        return path
    return None


def internal_error(source_file: str, reader: str, detail: str) -> InternalError:
    """The rejection for a failure the program does not know: its detail goes to the log the message names."""
    log = record(source_file, detail)
    where = f"; detaljene står i {log}" if log else ""
    return InternalError(source_file, f"filen kunne ikke leses (intern feil i {reader}){where}",
                         "Send filen og loggen til den som drifter tiltak; be gjerne medlemmet om rapporten som PDF "
                         "eller Word (DOCX) i mellomtiden")
