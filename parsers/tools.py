"""Running the system tools some formats need (LibreOffice, Tesseract): found on PATH, killed on timeout."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path


def which(*names: str) -> str | None:
    """The first of the named programs found on PATH."""
    return next((found for name in names if (found := shutil.which(name))), None)


def run(
    args: list[str], timeout: float, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run a tool to completion; on timeout kill it and every process it started, then raise TimeoutExpired."""
    # A session of its own, so the kill reaches children too: soffice is a wrapper around soffice.bin.
    proc = subprocess.Popen(
        args, cwd=cwd, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def last_line(*outputs: bytes) -> str:
    """The last non-empty line a tool printed: usually its reason for failing."""
    lines = [ln.strip() for out in outputs for ln in out.decode("utf-8", "replace").splitlines() if ln.strip()]
    # LibreOffice's "failed to launch javaldx" is noise on every system without Java.
    lines = [ln for ln in lines if "javaldx" not in ln]
    return lines[-1] if lines else ""
