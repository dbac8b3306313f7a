"""python -m samples.holdout31_generator [--out DIR]"""
from __future__ import annotations

import argparse
import os
import shutil

from . import build_docx, build_lo_a, build_lo_b, build_pdf, build_scan
from . import build_xlsx, truth


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.join("samples", "holdout31"))
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    made = []
    made += build_docx.build(out)
    made += build_xlsx.build(out)
    made += build_pdf.build(out)
    made += build_scan.build(out)
    tmp = "/tmp/h31_stage"            # fixed staging path, see common.py
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    made += build_lo_a.build(out, tmp)
    made += build_lo_b.build(out, tmp)
    shutil.rmtree(tmp)
    expected = {m[0] for m in truth.MANIFEST}
    names = {os.path.basename(p) for p in made}
    assert names == expected, (names ^ expected)
    rows, seeds, shared = truth.write(out)
    print(f"{len(made)} files, {len(rows)} truth rows, {len(seeds)} "
          f"measures, {shared} shared -> {out}")


if __name__ == "__main__":
    main()
