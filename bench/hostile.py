"""The hostile corpus's run time, and LibreOffice's peak memory under the cap on a cell bomb.

    python bench/hostile.py

Prints (1) the wall time of `tiltak run --no-cache` over tests/parsers/documents/hostile/ and its
exit code, and (2) the peak resident memory of LibreOffice's processes converting the billion-cell
ODS with the span check skipped, under the 2 GB address-space cap, and how that conversion ended.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import convert  # noqa: E402
from parsers.registry import ParseOptions  # noqa: E402
from tests.parsers.hostile_corpus import FOLDER, ods_billion_cells  # noqa: E402
from tiltak_core.errors import ReportError  # noqa: E402


def _corpus_run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "2018"
        shutil.copytree(FOLDER, inbox)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(Path(tmp) / "out"),
                               "--no-cache", "--history", str(Path(tmp) / "h.sqlite")], capture_output=True, cwd=ROOT)
        files = len(list(FOLDER.iterdir()))
        print(f"corpus run: {files} files in {time.perf_counter() - started:.1f} s, exit code {done.returncode}")


def _peak_rss(marker: str, stop: threading.Event, peak: list[int]) -> None:
    """The largest resident memory any one LibreOffice process reached (each has the cap to itself)."""
    while not stop.is_set():
        for proc in psutil.process_iter(["cmdline", "memory_info"]):
            try:
                if marker in " ".join(proc.info["cmdline"] or []):
                    peak[0] = max(peak[0], proc.info["memory_info"].rss)
            except (psutil.Error, TypeError):
                continue
        time.sleep(0.2)


def _cell_bomb() -> None:
    with tempfile.TemporaryDirectory(prefix="tiltak-bench-") as tmp:
        path = Path(tmp) / "bombe.ods"
        path.write_bytes(ods_billion_cells("http://127.0.0.1:9"))
        tempfile.tempdir = tmp  # LibreOffice's folder (and command line) then carries this marker
        stop, peak = threading.Event(), [0]
        watcher = threading.Thread(target=_peak_rss, args=(tmp, stop, peak))
        watcher.start()
        started = time.perf_counter()
        try:
            convert._via_libreoffice(path, path.name, ParseOptions(), ".ods", "xlsx", "ODS")
            ended = "converted"
        except ReportError as exc:
            ended = f"{exc.kind}: {exc.problem}"
        finally:
            stop.set()
            watcher.join()
            tempfile.tempdir = None
        print(f"cell bomb without the span check: {time.perf_counter() - started:.1f} s, LibreOffice peak RSS "
              f"{peak[0] / 2**20:.0f} MB (cap {ParseOptions().tool_memory / 2**30:g} GB address space); {ended}")


if __name__ == "__main__":
    _corpus_run()
    _cell_bomb()
