import argparse

from .build import build


def main():
    ap = argparse.ArgumentParser(description="Build held-out round 34 (reporting year 2055)")
    ap.add_argument("--out", default="samples/holdout35")
    args = ap.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
