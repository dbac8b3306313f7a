"""Running the system tools some formats need (LibreOffice, Tesseract): offline, under a memory cap, killed on timeout.

A tool reads a document someone else wrote, so it runs without network access where the system
allows it (a network namespace of its own with `unshare -n`, or `unshare --map-root-user -n` for a
user without that privilege) and with its address space capped (`prlimit --as`). Without unshare
the tool runs on the host's network: LibreOffice's own settings (see parsers.convert) then keep it
from fetching linked content.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from functools import lru_cache
from pathlib import Path


def which(*names: str) -> str | None:
    """The first of the named programs found on PATH."""
    return next((found for name in names if (found := shutil.which(name))), None)


def offline_prefix() -> tuple[str, ...]:
    """The command prefix that runs a program in a network namespace of its own; () where none can be made."""
    return _namespace_prefix(which("unshare"), which("true"))


@lru_cache(maxsize=4)
def _namespace_prefix(unshare: str | None, probe: str | None) -> tuple[str, ...]:
    # Keyed by the programs found, so a PATH without them (as in some tests) decides nothing for later.
    if unshare is None or probe is None:
        return ()
    for prefix in ((unshare, "--net", "--"), (unshare, "--map-root-user", "--net", "--")):
        try:
            if subprocess.run([*prefix, probe], capture_output=True, timeout=10).returncode == 0:
                return prefix
        except (OSError, subprocess.SubprocessError):
            continue
    return ()


def confined(args: list[str], memory: int | None) -> list[str]:
    """The command line that runs `args` offline (where possible) with at most `memory` bytes of address space."""
    limit = which("prlimit") if memory else None
    capped = [limit, f"--as={memory}", "--"] if limit else []
    return [*capped, *offline_prefix(), *args]


def run(
    args: list[str], timeout: float, cwd: Path | None = None, env: dict[str, str] | None = None,
    memory: int | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run a tool confined (see `confined`) to completion; on timeout kill it and every process it started,
    then raise TimeoutExpired."""
    # A session of its own, so the kill reaches children too: soffice is a wrapper around soffice.bin.
    proc = subprocess.Popen(
        confined(args, memory), cwd=cwd, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def last_line(*outputs: bytes) -> str:
    """The last non-empty line a tool printed: usually its reason for failing."""
    lines = [ln.strip() for out in outputs for ln in out.decode("utf-8", "replace").splitlines() if ln.strip()]
    # LibreOffice's "failed to launch javaldx" is noise on every system without Java.
    lines = [ln for ln in lines if "javaldx" not in ln]
    return lines[-1] if lines else ""
