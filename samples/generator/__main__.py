"""`python -m samples.generator [--year 2018] [--out DIR] [--variant N]` builds a round of sample reports.

Default: the committed sample, samples/<year>/ next to this package, variant 0.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import build_round

SAMPLES_DIR = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.generator", description=__doc__)
    ap.add_argument("--year", type=int, default=2018)
    ap.add_argument("--out", type=Path, default=None, help="output folder (default samples/<year>/)")
    ap.add_argument("--variant", type=int, default=0, help="0 = committed sample; >0 = re-stamped copy")
    args = ap.parse_args(argv)
    out = args.out or SAMPLES_DIR / str(args.year)
    paths = build_round(args.year, out, args.variant)
    for p in paths:
        print(f"{p.stat().st_size:>8}  {p}")
    print(f"truth: {out / 'truth.csv'}")


if __name__ == "__main__":
    main()
