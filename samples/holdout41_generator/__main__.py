"""CLI: build the round, or rebuild into another directory and verify it."""
import argparse
import sys

from .build import build_all
from .verify import verify


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.holdout41_generator")
    ap.add_argument("--out", help="directory to (re)build the round into")
    ap.add_argument("--verify", metavar="DIR", help="rebuild into DIR, read every file back and compare")
    ap.add_argument("--reference", default="samples/holdout41", help="reference directory for --verify")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify, a.reference)
    if not a.out:
        ap.error("give --out DIR or --verify DIR")
    build_all(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
