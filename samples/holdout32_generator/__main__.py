import argparse

from .build import build


def main() -> None:
    ap = argparse.ArgumentParser(description="Build held-out round 31 (reporting year 2052)")
    ap.add_argument("--out", default="samples/holdout32")
    args = ap.parse_args()
    build(args.out)


if __name__ == "__main__":
    main()
