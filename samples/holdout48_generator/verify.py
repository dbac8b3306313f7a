#!/usr/bin/env python3
"""Verify held-out round 47 (reporting year 2068): python samples/holdout48_generator/verify.py samples/holdout48

Reads every file back with independent readers and checks that every word of each truth row's
tiltak / ansvarlig / samarbeidspartnere / beskrivelse occurs in its file (fuzzy for image-only PDFs),
and that ids, members, types and delmål are consistent.  Standalone: imports nothing from the repo.
"""
import collections
import csv
import difflib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}
DELMAL = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}
MEMBERS = {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO", "UHR",
           "Fagskolerådet", "Kompetanseforbundet", "Sametinget", "Østfold fylkeskommune",
           "Akershus fylkeskommune", "Oslo kommune", "Hedmark fylkeskommune", "Oppland fylkeskommune",
           "Buskerud fylkeskommune", "Vestfold fylkeskommune", "Telemark fylkeskommune",
           "Aust-Agder fylkeskommune", "Vest-Agder fylkeskommune", "Rogaland fylkeskommune",
           "Hordaland fylkeskommune", "Sogn og Fjordane fylkeskommune", "Vestland fylkeskommune",
           "Møre og Romsdal fylkeskommune", "Trøndelag fylkeskommune", "Nordland fylkeskommune",
           "Troms fylkeskommune", "Finnmark fylkeskommune", "Viken fylkeskommune", "Innlandet fylkeskommune",
           "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune", "Troms og Finnmark fylkeskommune"}
FIELDS = ["tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"]
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- readers
def read_pdf(path):
    out = []
    for args in (["pdftotext", "-enc", "UTF-8", path, "-"], ["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]):
        out.append(subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8", "replace"))
    return "\n".join(out)


def ocr_pdf(path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-png", path, os.path.join(td, "p")], check=True)
        texts = []
        for f in sorted(os.listdir(td)):
            r = subprocess.run(["tesseract", os.path.join(td, f), "-", "-l", "nor"], capture_output=True)
            texts.append(r.stdout.decode("utf-8", "replace"))
    return "\n".join(texts)


def read_docx(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W_NS + "p"):
                    # only direct text of this paragraph's runs (w:t, not w:delText)
                    txt = []
                    for el in p.iter():
                        if el.tag == W_NS + "t" and el.text:
                            txt.append(el.text)
                        elif el.tag in (W_NS + "br", W_NS + "tab"):
                            txt.append(" ")
                    parts.append("".join(txt))
    return "\n".join(parts)


def docx_deleted_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        for el in root.iter(W_NS + "delText"):
            out.append(el.text or "")
    return " ".join(out)


def _odf_text(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == T_NS + "s":
            buf.append(" " * int(ch.get(T_NS + "c", "1")))
        elif ch.tag in (T_NS + "line-break", T_NS + "tab"):
            buf.append(" ")
        else:
            _odf_text(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def read_odf(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    parts = []
    for p in root.iter():
        if p.tag in (T_NS + "p", T_NS + "h"):
            buf = []
            _odf_text(p, buf)
            parts.append("".join(buf))
    return "\n".join(parts)


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    parts.append(str(c.value))
    return "\n".join(parts)


def read_csv(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        t = read_pdf(path)
        if len(words(t)) < 20:
            return ocr_pdf(path), True
        return t, False
    if ext == "docx":
        return read_docx(path), False
    if ext in ("odt", "ods"):
        return read_odf(path), False
    if ext == "xlsx":
        return read_xlsx(path), False
    if ext == "csv":
        return read_csv(path), False
    raise ValueError("unknown format: " + path)


# ---------------------------------------------------------------- checks
def fuzzy_in(w, vocab, vocab_list):
    if w in vocab:
        return True
    if len(w) <= 2:
        return any(w == v for v in vocab_list)
    return bool(difflib.get_close_matches(w, vocab_list, n=1, cutoff=0.75))


def main(argv):
    if len(argv) != 1:
        print(__doc__)
        return 2
    d = argv[0]
    truth_path = os.path.join(d, "truth.csv")
    with open(truth_path, encoding="utf-8", newline="") as fh:
        first = fh.readline().rstrip("\r\n")
        if first != ",".join(HEADER):
            err("truth.csv header is %r" % first)
        fh.seek(0)
        rows = list(csv.DictReader(fh))
    docs = sorted(f for f in os.listdir(d) if f not in ("truth.csv", "README.md"))
    if not 15 <= len(docs) <= 17:
        err("expected 15–17 documents, found %d" % len(docs))
    nums = [f[:2] for f in docs]
    if len(set(nums)) != len(nums):
        err("duplicate file numbers")
    for f in docs:
        if not re.match(r"^\d\d_", f) or "2068" not in f:
            err("bad file name: " + f)
    by_file = collections.defaultdict(list)
    for r in rows:
        by_file[r["source_file"]].append(r)
        if r["source_file"] not in docs:
            err("truth row for missing file " + r["source_file"])
        if r["member"] not in MEMBERS:
            err("unknown member %r" % r["member"])
        if r["type"] not in TYPES:
            err("unknown type %r" % r["type"])
        if r["delmal"] not in DELMAL:
            err("bad delmål %r" % r["delmal"])
        sid = r["seed_row"]
        if not re.match(r"^(M\d\d|J\d\d|U\d{4})$", sid):
            err("bad seed_row %r" % sid)
        if sid.startswith("U") and sid[1:3] != r["source_file"][:2]:
            err("U id %s does not match file number of %s" % (sid, r["source_file"]))
        if not r["tiltak"].strip():
            err("empty tiltak in %s" % r["source_file"])
    for f, rs in by_file.items():
        mems = {r["member"] for r in rs}
        if len(mems) != 1:
            err("file %s has several members %s" % (f, mems))
        if not 3 <= len(rs) <= 9:
            err("file %s has %d rows (want 3–9)" % (f, len(rs)))
    non_reports = [f for f in docs if f not in by_file]
    if not non_reports:
        err("no non-report document (0 truth rows)")
    groups = collections.defaultdict(list)
    for r in rows:
        groups[r["seed_row"]].append(r)
    for sid, rs in groups.items():
        mems = [r["member"] for r in rs]
        if sid.startswith("M"):
            if not 3 <= len(set(mems)) <= 6 or len(set(mems)) != len(mems):
                err("council %s has members %s" % (sid, mems))
            if any(r["type"] != "Råd/utvalg/nettverk" for r in rs):
                err("council %s has a non-council type" % sid)
        elif sid.startswith("J"):
            if not 2 <= len(set(mems)) <= 3 or len(set(mems)) != len(mems):
                err("joint %s has members %s" % (sid, mems))
            if len({r["delmal"] for r in rs}) != 1 or len({r["type"] for r in rs}) != 1:
                err("joint %s has differing delmål/type" % sid)
        else:
            if len(rs) != 1:
                err("U id %s used %d times" % (sid, len(rs)))
    # word checks
    total_words = 0
    for f in docs:
        path = os.path.join(d, f)
        text, scanned = extract(path)
        vocab = set(words(text))
        vocab_list = sorted(vocab)
        deleted = docx_deleted_text(path) if f.endswith(".docx") else ""
        nmiss = 0
        for r in by_file.get(f, []):
            for fld in FIELDS:
                ws = words(r[fld])
                total_words += len(ws)
                if scanned:
                    miss = [w for w in ws if not fuzzy_in(w, vocab, vocab_list)]
                    if ws and len(miss) > max(1, len(ws) // 10):
                        err("%s [%s] %s: OCR misses %s" % (f, r["seed_row"], fld, miss))
                    nmiss += len(miss)
                else:
                    miss = [w for w in ws if w not in vocab]
                    if miss:
                        err("%s [%s] %s: words not in file: %s" % (f, r["seed_row"], fld, miss))
        if deleted:
            # tracked deletions must not have leaked into the truth
            for r in by_file.get(f, []):
                if r["tiltak"] and r["tiltak"] in deleted:
                    err("%s: truth tiltak %r is tracked-deleted text" % (f, r["tiltak"]))
        print("%-62s %-5s rows=%2d%s" % (f, f.rsplit(".", 1)[-1], len(by_file.get(f, [])),
                                          "  (OCR, %d fuzzy misses)" % nmiss if scanned else ""))
    # README
    rd = os.path.join(d, "README.md")
    if not os.path.exists(rd):
        err("README.md missing")
    else:
        with open(rd, encoding="utf-8") as fh:
            md = fh.read()
        lines = md.split("\n")
        if lines[0] != "# Held-out round 47 — reporting year 2068 (samples/holdout48)":
            err("README first line is %r" % lines[0])
        first_par = md.split("\n\n")[1] if "\n\n" in md else ""
        if "reporting year 2068" not in first_par:
            err("README first paragraph lacks 'reporting year 2068'")
        if "| # | File | Member | Format / how made | Shape | Truth rows |" not in md:
            err("README files table header missing")
        for f in docs:
            if not re.search(r"^\| %s \| `%s`" % (f[:2], re.escape(f)), md, re.M):
                err("README has no table row for " + f)
            m = re.search(r"^\| %s \| `%s` .*\| (\d+) \|$" % (f[:2], re.escape(f)), md, re.M)
            if m and int(m.group(1)) != len(by_file.get(f, [])):
                err("README row count for %s differs from truth" % f)
    kinds = collections.Counter(r["seed_row"][0] for r in rows)
    print("rows=%d  M=%d (%d councils)  J=%d (%d joint)  U=%d  words checked=%d" % (
        len(rows), kinds["M"], len({r["seed_row"] for r in rows if r["seed_row"][0] == "M"}), kinds["J"],
        len({r["seed_row"] for r in rows if r["seed_row"][0] == "J"}), kinds["U"], total_words))
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
