"""Generate held-out round 48 (reporting year 2069).

Usage:  python -m samples.holdout49_generator samples/holdout49
"""
import csv
import io
import os
import sys

from . import (f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_unio, f06_ys, f07_vofo, f08_uhr,
               f09_kompetanseforbundet, f10_spekter, f11_innlandet, f12_more_og_romsdal, f13_vestland,
               f14_rogaland, f15_nordland, f16_sekretariatet)
from .readme import write_readme

BUILDERS = [f01_regjeringen, f02_lo, f03_nho, f04_ks, f05_unio, f06_ys, f07_vofo, f08_uhr,
            f09_kompetanseforbundet, f10_spekter, f11_innlandet, f12_more_og_romsdal, f13_vestland,
            f14_rogaland, f15_nordland, f16_sekretariatet]

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
