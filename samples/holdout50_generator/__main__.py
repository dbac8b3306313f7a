"""python -m samples.holdout50_generator [--out DIR] [--no-verify]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DEFAULT_OUT, MODULES, build_all
from .verify import verify


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout50_generator")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default samples/holdout50)")
    ap.add_argument("--no-verify", action="store_true", help="skip the checks after building")
    args = ap.parse_args(argv)
    made = build_all(args.out)
    n_rows = sum(len(m.ROWS) for m in MODULES)
    print(f"built {len(made)} files and {n_rows} truth rows in {args.out}")
    if args.no_verify:
        return 0
    problems = verify(args.out)
    for p in problems:
        print("PROBLEM:", p)
    print("verify:", "ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
