"""python -m samples.holdout26_generator [--out DIR] [--no-check]"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from . import pdfs, sheets, word_a, word_b
from .truth import FILES, stats, write_readme, write_truth


def build(out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.is_file():
            old.unlink()
    with tempfile.TemporaryDirectory(prefix="holdout26_") as tmp_name:
        tmp = Path(tmp_name)
        word_a.build_regjeringen(out)
        word_b.build_lo(out, tmp)
        sheets.build_nho(out)
        pdfs.build_unio(out)
        word_b.build_ks(out, tmp)
        word_a.build_ys(out)
        word_b.build_virke(out, tmp)
        pdfs.build_akademikerne(out)
        word_a.build_spekter(out)
        word_b.build_vofo(out, tmp)
        pdfs.build_uhr(out)
        word_a.build_vestland(out)
        sheets.build_innlandet(out)
        word_b.build_minutes(out)
    built = sorted(p.name for p in out.iterdir() if p.suffix not in (".csv", ".md"))
    expected = sorted(name for name, *_ in FILES)
    if built != expected:
        raise SystemExit(f"built {built}, expected {expected}")
    rows = write_truth(out)
    write_readme(out, rows)
    return stats(rows)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.holdout26_generator")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "holdout26")
    parser.add_argument("--no-check", action="store_true", help="skip reading the built files back")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) is needed for the PDF, ODT, DOC and RTF files", file=sys.stderr)
        return 2
    s = build(args.out)
    print(f"files={s['files']} rows={s['rows']} measures={s['measures']} shared={s['shared']}")
    if not args.no_check:
        from .check import check
        from .truth import truth_rows
        problems = check(args.out, truth_rows())
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        if problems:
            return 1
        print("check: every truth tiltak and description found in its file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
