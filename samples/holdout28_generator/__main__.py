"""python -m samples.holdout28_generator [--out DIR]"""
import argparse
import os

from .build import build

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description="Build held-out round 27 (reporting year 2048).")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "holdout28"))
    args = ap.parse_args()
    rows = build(args.out)
    print(f"wrote {len(rows)} truth rows to {args.out}")


if __name__ == "__main__":
    main()
