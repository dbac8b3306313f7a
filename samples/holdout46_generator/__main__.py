import sys

from . import build_all


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = argv[0] if argv else "samples/holdout46"
    results = build_all(out)
    n = sum(len(r.rows) for r in results)
    print(f"wrote {len(results)} files and {n} truth rows to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
