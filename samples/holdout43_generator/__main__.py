"""python -m samples.holdout43_generator --out DIR | --verify DIR --reference REFDIR"""
import argparse
import sys

from .build import build
from .verify import verify


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.holdout43_generator",
                                 description="Build or verify held-out round 42 (reporting year 2063).")
    ap.add_argument("--out", help="build all files into this directory")
    ap.add_argument("--verify", metavar="DIR", help="rebuild into DIR, read every file back and compare")
    ap.add_argument("--reference", default="samples/holdout43", help="reference directory for --verify")
    a = ap.parse_args(argv)
    if a.out:
        build(a.out)
        return 0
    if a.verify:
        return 0 if verify(a.verify, a.reference) else 1
    ap.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
