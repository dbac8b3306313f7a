"""python -m samples.holdout37_generator --out samples/holdout37 [--check]"""
from __future__ import annotations

import argparse
import sys

from .build import build


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout37_generator")
    ap.add_argument("--out", default="samples/holdout37")
    ap.add_argument("--check", action="store_true", help="verify truth text against the documents")
    a = ap.parse_args(argv)
    rows = build(a.out)
    print(f"built {a.out}: {len(rows)} truth rows")
    if a.check:
        from .verify import verify
        return 0 if verify(a.out) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
