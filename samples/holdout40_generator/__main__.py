import argparse
import csv
import hashlib
import os
import re
import subprocess
import sys
import tempfile

from . import build as B
from . import content as C


def extract_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext in (".odt", ".doc", ".rtf"):
        with tempfile.TemporaryDirectory() as td:
            txt = B.soffice_convert(path, "txt:Text (encoded):UTF8", td)
            with open(txt, encoding="utf-8-sig") as f:
                return f.read()
    raise ValueError(path)


def words(s):
    return set(w.lower() for w in re.findall(r"\w+", s))


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def verify(outdir, reference=None):
    B.build_all(outdir)
    ok = True
    with open(os.path.join(outdir, "truth.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == C.TRUTH_COLUMNS
    for spec in C.FILES:
        path = os.path.join(outdir, spec["file"])
        text = extract_text(path)
        if spec is C.SAMETINGET:
            if text.strip():
                print(f"FAIL {spec['file']}: scanned PDF has a text layer")
                ok = False
            text = "\n".join(t for _, t in spec["lines"])  # the text painted into the image
        have = words(text)
        mine = [r for r in rows if r["source_file"] == spec["file"]]
        for r in mine:
            miss = words(r["tiltak"]) - have
            if miss:
                ok = False
                print(f"FAIL {spec['file']}: '{r['tiltak']}' missing {sorted(miss)}")
        print(f"{'ok  ':5}{spec['file']}: {len(mine)} truth rows, {len(text)} chars")
    if reference:
        for spec in C.FILES + [{"file": "truth.csv"}]:
            a, b = os.path.join(outdir, spec["file"]), os.path.join(reference, spec["file"])
            if os.path.exists(b):
                same = sha(a) == sha(b)
                print(f"{'same' if same else 'DIFF'} bytes vs {reference}: {spec['file']}")
    print("VERIFY", "OK" if ok else "FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.holdout40_generator")
    ap.add_argument("--out", help="write the round into this folder")
    ap.add_argument("--verify", metavar="DIR", help="rebuild into DIR and check each file's text")
    ap.add_argument("--reference", help="with --verify: compare bytes against this folder")
    a = ap.parse_args()
    if a.out:
        B.build_all(a.out)
        print(f"wrote {len(C.FILES)} files and truth.csv to {a.out}")
    if a.verify:
        sys.exit(0 if verify(a.verify, a.reference) else 1)
    if not (a.out or a.verify):
        ap.print_help()


main()
