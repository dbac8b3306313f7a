"""Write round 81 – the sixteen files, truth.csv, README.md and .tiltakignore – into a folder (by default
samples/holdout81), which is emptied of files first."""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from . import MODULES
from .common import DEFAULT_OUT, TRUTH_HEADER
from .readme import write_readme


def _truth_csv(rows: list[dict]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(TRUTH_HEADER)
    writer.writerows([r[k] for k in TRUTH_HEADER] for r in rows)
    return text.getvalue().encode("utf-8")


def build_all(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    for old in [p for p in out.iterdir() if p.is_file()]:
        old.unlink()
    built = [(mod, mod.build(out)) for mod in MODULES]
    rows = [r for _mod, rs in built for r in rs]
    own = [r for r in rows if r["seed_row"] is None]        # the members' own measures: U01.. in file order
    for number, r in enumerate(own, 1):
        r["seed_row"] = "U%02d" % number
    (out / "truth.csv").write_bytes(_truth_csv(rows))
    (out / ".tiltakignore").write_bytes(b"truth.csv\nREADME.md\n")
    write_readme(out, built, rows)
    return rows


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    made = build_all(target)
    print(f"wrote {len(MODULES)} files and {len(made)} truth rows to {target}")
