import argparse
from pathlib import Path

from .build import build


def main() -> None:
    ap = argparse.ArgumentParser(description="Build the held-out round for 2039.")
    ap.add_argument("--out", default="samples/holdout19")
    build(Path(ap.parse_args().out))


if __name__ == "__main__":
    main()
