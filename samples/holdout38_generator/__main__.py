"""python -m samples.holdout38_generator --out samples/holdout38 [--verify]"""
from __future__ import annotations

import argparse
import csv
import io
import tempfile
from pathlib import Path

from . import BUILDERS
from .common import TRUTH_COLUMNS
from .readme import write_readme


def build(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    with tempfile.TemporaryDirectory(prefix="h38work_") as tmp:
        for fn, needs_work in BUILDERS:
            docs.append(fn(out, Path(tmp)) if needs_work else fn(out))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=TRUTH_COLUMNS, lineterminator="\n")
    w.writeheader()
    for d in docs:
        for row in d.truth():
            w.writerow(row)
    (out / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    write_readme(out / "README.md", docs)
    return docs


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.holdout38_generator")
    ap.add_argument("--out", default="samples/holdout38")
    ap.add_argument("--verify", action="store_true",
                    help="check that every truth text occurs in its file")
    a = ap.parse_args()
    docs = build(Path(a.out))
    n = sum(len(d.rows) for d in docs)
    print(f"wrote {len(docs)} files and {n} truth rows to {a.out}")
    if a.verify:
        from .verify import verify
        bad = verify(Path(a.out), docs)
        print("verify:", "OK" if not bad else f"{len(bad)} problems")
        for b in bad:
            print("  ", b)
        raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
