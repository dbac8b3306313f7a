"""``python -m samples.holdout25_generator [--out DIR]``: build the held-out round for reporting year 2045."""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from . import pdf_reports, sheets, word_prose, word_tables
from .truth import write_readme, write_truth

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "holdout25"


def build(out: Path) -> dict[str, int]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="h25_") as tmp_name:
        tmp = Path(tmp_name)
        draft, final = word_tables.unio(out, tmp)
        reports = [
            word_tables.regjeringen(out, tmp),
            word_prose.lo(out, tmp),
            pdf_reports.nho(out, tmp),
            draft,
            final,
            sheets.ks(out, tmp),
            word_prose.ys(out, tmp),
            word_prose.virke(out, tmp),
            pdf_reports.akademikerne(out, tmp),
            pdf_reports.spekter(out, tmp),
            word_tables.vofo(out, tmp),
            word_tables.uhr(out, tmp),
            word_prose.fagskoleradet(out, tmp),
            word_tables.vestland(out, tmp),
            word_prose.agenda(out, tmp),
        ]
    rows = write_truth(reports, out)
    return write_readme(reports, rows, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write (replaced)")
    args = parser.parse_args()
    counts = build(args.out)
    print(" ".join(f"{k}={v}" for k, v in counts.items()), "->", args.out)


if __name__ == "__main__":
    main()
