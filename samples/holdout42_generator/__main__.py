"""python -m samples.holdout42_generator --out samples/holdout42
python -m samples.holdout42_generator --verify DIR --reference samples/holdout42"""
import argparse
import csv
import filecmp
import io
import os
import sys

from . import (d01_regjeringen, d02_lo, d03_nho, d04_ks, d05_vestland, d06_unio, d07_virke,
               d08_vofo, d09_uhr, d10_sametinget, d11_nordland, d12_fagskoleradet, d13_more,
               d14_referat)
from .common import COLUMNS, truth_rows
from .members import DELMAL, MEMBERS
from . import readme

DOCS = [d01_regjeringen, d02_lo, d03_nho, d04_ks, d05_vestland, d06_unio, d07_virke, d08_vofo,
        d09_uhr, d10_sametinget, d11_nordland, d12_fagskoleradet, d13_more, d14_referat]


def all_rows():
    rows = []
    for mod in DOCS:
        if mod.MEMBER is None:
            assert not mod.MEASURES
            continue
        assert mod.MEMBER in MEMBERS, mod.MEMBER
        for x in mod.MEASURES:
            assert x["delmal"] in DELMAL, (mod.FILE, x)
        rows.extend(truth_rows(mod.FILE, mod.MEMBER, mod.MEASURES))
    return rows


def build(out):
    os.makedirs(out, exist_ok=True)
    for mod in DOCS:
        mod.build(os.path.join(out, mod.FILE))
    rows = all_rows()
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme.render(DOCS, rows))
    return rows


def verify(out, ref):
    from .readback import text_of, words
    rows = build(out)
    ok = True
    cache = {}
    for r in rows:
        f = r["source_file"]
        if f not in cache:
            cache[f] = set(words(text_of(os.path.join(out, f))))
        missing = [w for w in words(r["tiltak"]) if w not in cache[f]]
        if missing:
            ok = False
            print("MISSING %s | %s | %s" % (f, r["tiltak"], missing))
    names = sorted(set(os.listdir(out)) | set(os.listdir(ref)))
    for n in names:
        a, b = os.path.join(out, n), os.path.join(ref, n)
        if not (os.path.isfile(a) and os.path.isfile(b)):
            ok = False
            print("ONLY IN ONE DIR: %s" % n)
        elif not filecmp.cmp(a, b, shallow=False):
            ok = False
            print("BYTES DIFFER: %s" % n)
    print("checked %d truth rows in %d files; compared %d files: %s"
          % (len(rows), len(cache), len(names), "OK" if ok else "FAILED"))
    return ok


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.holdout42_generator")
    ap.add_argument("--out")
    ap.add_argument("--verify")
    ap.add_argument("--reference", default="samples/holdout42")
    a = ap.parse_args(argv)
    if a.verify:
        sys.exit(0 if verify(a.verify, a.reference) else 1)
    if not a.out:
        ap.error("--out or --verify is required")
    rows = build(a.out)
    print("wrote %d files and %d truth rows to %s" % (len(DOCS), len(rows), a.out))


if __name__ == "__main__":
    main()
