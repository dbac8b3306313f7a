"""Gather the sentence sets' typed sentences into the type model's training file, leaving held-out sets out.

    python bench/type_corpus.py --hold-out sentences_holdout71.csv
    python -m normalise.type_training          # then store the counts the model learns from them

Writes normalise/data/type_sentences.csv (tiltak, type, kilde: set and id): every row of tests/normalise/data/sentences_*.csv
except those of the sets named with --hold-out, which are measured on and must not be learnt from.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "normalise" / "data"
OUT = ROOT / "normalise" / "data" / "type_sentences.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hold-out", action="append", default=[], metavar="FILE",
                        help="a set's file name to leave out (may be given more than once)")
    args = parser.parse_args()
    files = sorted(SETS.glob("sentences_*.csv"))
    unknown = set(args.hold_out) - {f.name for f in files}
    if unknown:
        print(f"no such set: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    rows = []
    for f in files:
        if f.name in args.hold_out:
            continue
        with f.open(encoding="utf-8", newline="") as handle:
            rows += [(r["text"], r["type"], f"{f.stem}:{r['id']}") for r in csv.DictReader(handle)
                     if r.get("text") and r.get("type")]
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["tiltak", "type", "kilde"])
        writer.writerows(rows)
    print(f"{len(rows)} sentences from {len(files) - len(args.hold_out)} sets -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
