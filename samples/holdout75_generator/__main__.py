"""Build all held-out round 75 files, truth.csv, README.md and .tiltakignore."""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from . import MODULES
from .common import DEFAULT_OUT, TRUTH_HEADER
from .readme import write_readme


def build_all(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    for p in sorted(out.iterdir()):
        if p.is_file():
            p.unlink()
    per_file = []
    for mod in MODULES:
        per_file.append((mod, mod.build(out)))
    # the single-member measures are numbered U01.. in file order
    n = 0
    all_rows = []
    for _mod, rows in per_file:
        for r in rows:
            if r["seed_row"] is None:
                n += 1
                r["seed_row"] = f"U{n:02d}"
            all_rows.append(r)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=TRUTH_HEADER, lineterminator="\n")
    w.writeheader()
    for r in all_rows:
        w.writerow(r)
    (out / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))
    (out / ".tiltakignore").write_bytes(b"truth.csv\nREADME.md\n")
    write_readme(out, per_file, all_rows)
    return all_rows


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else DEFAULT_OUT
    rows = build_all(out)
    print(f"wrote {len(MODULES)} files and {len(rows)} truth rows to {out}")


if __name__ == "__main__":
    main()
