"""Build all held-out round 78 files, truth.csv, README.md and .tiltakignore."""
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
    per_file = [(mod, mod.build(out)) for mod in MODULES]
    n = 0
    rows = []
    for _mod, rs in per_file:                 # a member's own measures are numbered U01.. in file order
        for r in rs:
            if r["seed_row"] is None:
                n += 1
                r["seed_row"] = f"U{n:02d}"
            rows.append(r)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=TRUTH_HEADER, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (out / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))
    (out / ".tiltakignore").write_bytes(b"truth.csv\nREADME.md\n")
    write_readme(out, per_file, rows)
    return rows


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else DEFAULT_OUT
    rows = build_all(out)
    print(f"wrote {len(MODULES)} files and {len(rows)} truth rows to {out}")


if __name__ == "__main__":
    main()
