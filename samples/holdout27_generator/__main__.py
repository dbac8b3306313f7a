"""Build samples/holdout27 (or --out DIR) deterministically."""
import argparse
from pathlib import Path

from .build import build


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout27_generator")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "holdout27"))
    args = ap.parse_args()
    n = build(Path(args.out))
    print(f"wrote {n} truth rows to {args.out}")


if __name__ == "__main__":
    main()
