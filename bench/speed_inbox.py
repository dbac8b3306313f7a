"""Large inboxes for bench/speed.py: copies of the 2018 round, each copy another variant (its own bytes).

Built once by the sample generator and kept under bench/out/ between runs, so no cache can cheat.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
REPORTS_PER_ROUND = 17


def _variant(args: tuple[int, Path]) -> int:
    from samples.generator import build_round

    variant, inbox = args
    with tempfile.TemporaryDirectory() as tmp:
        for path in build_round(2018, Path(tmp), variant=variant):
            shutil.move(str(path), inbox / f"{variant:04d}_{path.name}")
    return variant


def scaled_inbox(reports: int) -> Path:
    """At least `reports` reports: whole 2018 rounds, each built as another variant."""
    copies = math.ceil(reports / REPORTS_PER_ROUND)
    inbox = OUT / f"2018x{copies}"
    done = inbox / ".complete"
    if done.is_file():
        return inbox
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(_variant, [(v, inbox) for v in range(1, copies + 1)]))
    done.write_text("ok\n")
    return inbox
