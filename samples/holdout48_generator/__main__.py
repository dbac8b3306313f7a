"""Generate held-out round 47 (reporting year 2068).

Usage:  python -m samples.holdout48_generator samples/holdout48
"""
import csv
import io
import os
import sys

from . import (f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_ys, f06_akademikerne, f07_vofo, f08_uhr,
               f09_fagskoleradet, f10_sametinget, f11_oslo, f12_vestland, f13_trondelag, f14_agder,
               f15_troms_finnmark, f16_sekretariatet)
from .readme import write_readme

BUILDERS = [f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_ys, f06_akademikerne, f07_vofo, f08_uhr,
            f09_fagskoleradet, f10_sametinget, f11_oslo, f12_vestland, f13_trondelag, f14_agder,
            f15_troms_finnmark, f16_sekretariatet]

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def main(argv):
    if len(argv) != 1:
        print(__doc__)
        return 2
    outdir = argv[0]
    os.makedirs(outdir, exist_ok=True)
    results = []
    for b in BUILDERS:
        res = b.build(outdir)
        results.append(res)
        print("%-62s %2d rows" % (res["file"], len(res["rows"])))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
    w.writeheader()
    for res in results:
        for row in res["rows"]:
            w.writerow(row)
    with open(os.path.join(outdir, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    write_readme(outdir, results)
    print("truth rows:", sum(len(r["rows"]) for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
