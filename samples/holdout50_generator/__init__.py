"""Held-out round 50 (reporting year 2070): generator for samples/holdout50.

Run ``python -m samples.holdout50_generator [--out DIR]`` from the repository root.
"""
from __future__ import annotations

import csv
from pathlib import Path

from . import (f01_regjeringen, f02_lo, f03_nho, f04_unio, f05_ks, f06_ys, f07_virke, f08_akademikerne,
               f09_spekter, f10_vofo, f11_uhr, f12_fagskoleradet, f13_sametinget, f14_vestland,
               f15_trondelag, f16_kalender)

MODULES = [f01_regjeringen, f02_lo, f03_nho, f04_unio, f05_ks, f06_ys, f07_virke, f08_akademikerne,
           f09_spekter, f10_vofo, f11_uhr, f12_fagskoleradet, f13_sametinget, f14_vestland,
           f15_trondelag, f16_kalender]

TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                "samarbeidspartnere", "beskrivelse"]

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "holdout50"


def truth_rows():
    for m in MODULES:
        for r in m.ROWS:
            yield [m.FILE, m.MEMBER, r.tiltak, r.seed_row, r.delmal, r.type, r.ansvarlig,
                   r.samarbeidspartnere, r.beskrivelse]


def write_truth(out: Path) -> Path:
    path = out / "truth.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(TRUTH_HEADER)
        for row in truth_rows():
            w.writerow(row)
    return path


def build_all(out: Path = DEFAULT_OUT) -> list[Path]:
    from .readme import write_readme

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    made = [m.build(out) for m in MODULES]
    write_truth(out)
    write_readme(out)
    (out / ".tiltakignore").write_text("truth.csv\nREADME.md\n", encoding="utf-8")
    return made
