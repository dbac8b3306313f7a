"""Check truth.csv against the documents: every text field must occur in its file's text."""
from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict

from lxml import etree

from . import scan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MEMBERS_HINT = {"LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO", "UHR",
                "Fagskolerådet", "Regjeringen", "Sametinget", "Vestland fylkeskommune",
                "Nordland fylkeskommune"}
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}
CODES = {f"{a}.{b}" for a, n in ((1, 4), (2, 6), (3, 6)) for b in range(1, n + 1)}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _docx_text(path: str) -> str:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def _xlsx_text(path: str) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out += [str(v) for v in row if v is not None]
    return "\n".join(out)


def _soffice_text(path: str) -> str:
    exe = shutil.which("soffice")
    with tempfile.TemporaryDirectory(prefix="h37chk_") as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file://{tmp}/p", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", tmp, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        base = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(tmp, base + ".txt"), encoding="utf-8-sig") as fh:
            return fh.read()


def _pdf_text(path: str) -> str:
    a = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    b = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True, check=True).stdout
    return a + "\n\f\n" + b


def file_text(path: str) -> str:
    if path.endswith(scan.SAME_FILE):
        return scan.source_text()
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return _docx_text(path)
    if ext == ".xlsx":
        return _xlsx_text(path)
    if ext == ".pdf":
        return _pdf_text(path)
    return _soffice_text(path)


def verify(out: str) -> bool:
    with open(os.path.join(out, "truth.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ok = True
    cache: dict[str, str] = {}
    by_label = defaultdict(list)
    for r in rows:
        by_label[r["seed_row"]].append(r)
        if r["type"] not in TYPES or r["delmal"] not in CODES or r["member"] not in MEMBERS_HINT:
            print("BAD VALUE", r)
            ok = False
        f = r["source_file"]
        if f not in cache:
            cache[f] = _norm(file_text(os.path.join(out, f)))
        txt = cache[f]
        for col in ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"):
            v = _norm(r[col])
            if v and v not in txt:
                print(f"MISSING {f} [{col}] {v!r}")
                ok = False
    for lab, rs in by_label.items():
        if len({r["delmal"] for r in rs}) > 1:
            print("DELMAL DIFFERS", lab)
            ok = False
        if lab[0] in "MJ" and len({r["member"] for r in rs}) < 2:
            print("SHARED LABEL WITH ONE MEMBER", lab)
            ok = False
        if lab[0] == "R" and len(rs) > 1:
            print("R LABEL REPEATED", lab)
            ok = False
    # OCR sanity for the scan (informational)
    if shutil.which("tesseract") and shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory(prefix="h37ocr_") as tmp:
            subprocess.run(["pdftoppm", "-r", "300", "-png", os.path.join(out, scan.SAME_FILE),
                            os.path.join(tmp, "s")], check=True)
            png = sorted(x for x in os.listdir(tmp) if x.endswith(".png"))[0]
            ocr = subprocess.run(["tesseract", os.path.join(tmp, png), "-", "-l", "nor"],
                                 capture_output=True, text=True).stdout
            hits = sum(1 for r in rows if r["source_file"] == scan.SAME_FILE and _norm(r["tiltak"]) in _norm(ocr))
            print(f"scan OCR sanity: {hits} of 3 tiltak names found verbatim by tesseract")
    print(f"checked {len(rows)} rows in {len(cache)} files: {'OK' if ok else 'PROBLEMS'}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if verify(sys.argv[1] if len(sys.argv) > 1 else "samples/holdout37") else 1)
