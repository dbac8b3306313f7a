"""Build held-out round 35 (reporting year 2056)."""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from . import pdf_files, scan_file, word_files, xlsx_files
from .common import write_truth
from .readme import write_readme

BUILDERS = [
    word_files.build_spekter,
    pdf_files.build_akademikerne,
    xlsx_files.build_ys,
    word_files.build_vofo,
    pdf_files.build_fagskoleradet,
    pdf_files.build_kompetanseforbundet,
    word_files.build_sametinget,
    scan_file.build_nordland,
    word_files.build_more_og_romsdal,
    pdf_files.build_agder,
    pdf_files.build_innlandet,
    word_files.build_unio_draft,
    word_files.build_unio_final,
    pdf_files.build_vestland,
    word_files.build_virke,
    pdf_files.build_innkalling,
]


def build(out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files = [b(out) for b in BUILDERS]
    # single-member measures are written as "R" and numbered here in file order
    n = 101
    for f in files:
        for r in f.rows:
            if r.seed == "R":
                r.seed = f"R{n}"
                n += 1
    write_truth(out, files)
    write_readme(out, files)
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="samples/holdout36", type=Path)
    args = ap.parse_args(argv)
    files = build(args.out)
    print(f"wrote {len(files)} files, {sum(len(f.rows) for f in files)} truth rows to {args.out}")


if __name__ == "__main__":
    main()
