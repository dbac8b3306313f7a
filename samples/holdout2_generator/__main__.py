"""`python -m samples.holdout2_generator [--out DIR]` rebuilds the second held-out round (default
samples/holdout2/)."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import TRUTH_FILE, build

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "holdout2"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout2_generator", description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default samples/holdout2/)")
    args = ap.parse_args(argv)
    for path in build(args.out):
        print(f"{path.stat().st_size:>8}  {path}")
    print(f"truth: {args.out / TRUTH_FILE}")


if __name__ == "__main__":
    main()
