"""--verify: rebuild into a fresh directory, read each file back with an
independent reader, check that every word of each truth row's tiltak occurs
in that file's text, and compare the bytes with the reference directory."""
import csv
import html
import os
import re
import subprocess
import tempfile
import zipfile

import openpyxl
import pdfplumber

from .build import build_all
from .common import LO_PROFILE


def _xml_text(data, breaks):
    s = data.decode("utf-8")
    for b in breaks:
        s = s.replace(b, b + "\n")
    s = re.sub(r"<text:s[^>]*/>|<w:tab/>|<text:tab/>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def _ocr_pdf(path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")], check=True)
        out = []
        for name in sorted(os.listdir(td)):
            r = subprocess.run(["tesseract", os.path.join(td, name), "stdout", "-l", "nor"],
                               check=True, capture_output=True, text=True)
            out.append(r.stdout)
        return "\n".join(out)


def _lo_text(path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", td, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        name = os.path.splitext(os.path.basename(path))[0] + ".txt"
        with open(os.path.join(td, name), encoding="utf-8-sig") as fh:
            return fh.read()


def read_text(path):
    """Return (text, how) for one file."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        with pdfplumber.open(path) as pdf:
            text = "\n".join((p.extract_text() or "") for p in pdf.pages)
        if len(text.strip()) < 40:
            return _ocr_pdf(path), "OCR (tesseract nor)"
        return text, "pdfplumber"
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            return _xml_text(z.read("word/document.xml"), ["</w:p>"]), "document.xml"
    if ext in ("odt", "ods"):
        with zipfile.ZipFile(path) as z:
            return _xml_text(z.read("content.xml"), ["</text:p>", "</text:h>"]), "content.xml"
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, read_only=True)
        cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                 for c in row if c is not None]
        wb.close()
        return "\n".join(cells), "openpyxl"
    if ext in ("doc", "rtf"):
        return _lo_text(path), "LibreOffice txt"
    raise ValueError(path)


def _norm(s):
    return re.sub(r"\s+", " ", s.lower())


def verify(outdir, reference):
    build_all(outdir)
    ok = True
    with open(os.path.join(outdir, "truth.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by_file = {}
    for r in rows:
        by_file.setdefault(r["source_file"], []).append(r)
    docs = sorted(f for f in os.listdir(outdir) if f not in ("truth.csv", "README.md"))
    for f in docs:
        text, how = read_text(os.path.join(outdir, f))
        norm = _norm(text)
        missing = []
        for r in by_file.get(f, []):
            for w in re.findall(r"\w+", r["tiltak"].lower()):
                if w not in norm:
                    missing.append((r["seed_row"], w))
        status = "ok" if not missing else "MISSING %s" % missing
        ok &= not missing
        print("%-48s %-20s rows=%-2d chars=%-6d %s" % (f, how, len(by_file.get(f, [])), len(text), status))
    unknown = set(by_file) - set(docs)
    if unknown:
        ok = False
        print("truth names files that do not exist:", sorted(unknown))
    # byte comparison
    a, b = sorted(os.listdir(outdir)), sorted(os.listdir(reference))
    if a != b:
        ok = False
        print("file lists differ:", sorted(set(a) ^ set(b)))
    for f in sorted(set(a) & set(b)):
        with open(os.path.join(outdir, f), "rb") as x, open(os.path.join(reference, f), "rb") as y:
            same = x.read() == y.read()
        if not same:
            ok = False
            print("BYTES DIFFER:", f)
    print("files=%d truth_rows=%d -> %s" % (len(docs), len(rows), "VERIFY OK" if ok else "VERIFY FAILED"))
    return 0 if ok else 1
