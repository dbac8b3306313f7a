"""Verify samples/holdout47: python -m samples.holdout47_generator.verify samples/holdout47

Reads every file back independently of the generator's data and checks truth.csv against it.
"""
import csv
import difflib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from xml.etree import ElementTree as ET

MEMBERS = {
    "Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO", "UHR",
    "Fagskolerådet", "Kompetanseforbundet", "Sametinget", "Østfold fylkeskommune", "Akershus fylkeskommune",
    "Oslo kommune", "Hedmark fylkeskommune", "Oppland fylkeskommune", "Buskerud fylkeskommune",
    "Vestfold fylkeskommune", "Telemark fylkeskommune", "Aust-Agder fylkeskommune", "Vest-Agder fylkeskommune",
    "Rogaland fylkeskommune", "Hordaland fylkeskommune", "Sogn og Fjordane fylkeskommune",
    "Vestland fylkeskommune", "Møre og Romsdal fylkeskommune", "Trøndelag fylkeskommune",
    "Nordland fylkeskommune", "Troms fylkeskommune", "Finnmark fylkeskommune", "Viken fylkeskommune",
    "Innlandet fylkeskommune", "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune",
    "Troms og Finnmark fylkeskommune",
}
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}
DELMAL = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}
COUNCIL_DM = {"M01": "1.1", "M02": "1.4", "M03": "1.4", "M04": "1.4", "M05": "1.4", "M06": "1.3"}
HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]
SUPERSCRIPTS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰")


def words(text):
    return [w.lower() for w in re.findall(r"[^\W_]+", text.translate(SUPERSCRIPTS))]


# ---------------------------------------------------------------- readers
def xml_paragraph_text(data, para_tags, text_tags, tab_tags=(), br_tags=()):
    root = ET.fromstring(data)
    out = []
    for el in root.iter():
        if el.tag in para_tags:
            parts = []
            for sub in el.iter():
                if sub.tag in text_tags:
                    if sub.text:
                        parts.append(sub.text)
                    if sub.tail and sub is not el and sub.tag not in para_tags:
                        pass
                elif sub.tag in tab_tags or sub.tag in br_tags:
                    parts.append(" ")
            out.append("".join(parts))
    return "\n".join(out)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        data = z.read("word/document.xml")
    root = ET.fromstring(data)
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
        out.append("".join(parts))
    return "\n".join(out)


def read_odf(path):
    with zipfile.ZipFile(path) as z:
        data = z.read("content.xml").decode("utf-8")
    # text of every text:p / text:h with spans flattened
    data = re.sub(r"<text:(s|tab|line-break)[^>]*/>", " ", data)
    out = []
    for m in re.finditer(r"<text:(p|h)\b[^>]*>(.*?)</text:\1>", data, re.S):
        out.append(re.sub(r"<[^>]+>", "", m.group(2)))
    import html
    return html.unescape("\n".join(out))


def read_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def read_pdf(path):
    """Union of pdftotext's reading-order and layout modes (the former re-joins words hyphenated at a line
    end, the latter keeps compound names such as 'UHR-' + 'Lærerutdanning' apart)."""
    out = []
    for mode in ([], ["-layout"]):
        out.append(subprocess.run(["pdftotext", "-enc", "UTF-8"] + mode + [path, "-"], capture_output=True,
                                  text=True, check=True).stdout)
    return "\n".join(out)


def ocr_pdf(path):
    from PIL import Image
    tmp = tempfile.mkdtemp(prefix="h47v_")
    subprocess.run(["pdftoppm", "-r", "250", "-gray", "-png", path, os.path.join(tmp, "p")], check=True)
    texts = []
    for fn in sorted(os.listdir(tmp)):
        if not fn.endswith(".png"):
            continue
        im = Image.open(os.path.join(tmp, fn))
        for angle in (-90, 90):
            rp = os.path.join(tmp, "r%d_%s" % (angle, fn))
            im.rotate(angle, expand=True).save(rp)
            t = subprocess.run(["tesseract", rp, "-", "-l", "nor", "--psm", "6"], capture_output=True,
                               text=True).stdout
            texts.append(t)
    return "\n".join(texts)


def read_any(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        t = read_pdf(path)
        if len(words(t)) < 30:
            return ocr_pdf(path), True
        return t, False
    if ext == ".docx":
        return read_docx(path), False
    if ext in (".odt", ".ods"):
        return read_odf(path), False
    if ext == ".xlsx":
        return read_xlsx(path), False
    if ext in (".csv", ".tsv", ".txt"):
        with open(path, encoding="utf-8-sig") as f:
            return f.read(), False
    raise ValueError("unknown format " + path)


# ---------------------------------------------------------------- checks
def main(argv):
    d = argv[1] if len(argv) > 1 else "samples/holdout47"
    errors = []
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = [dict(zip(header, r)) for r in rd]
    if header != HEADER:
        errors.append("bad header %r" % header)

    files = sorted(fn for fn in os.listdir(d) if fn not in ("truth.csv", "README.md"))
    texts = {}
    for fn in files:
        t, scanned = read_any(os.path.join(d, fn))
        texts[fn] = (words(t), scanned)
        print("read %-50s %6d words%s" % (fn, len(texts[fn][0]), " (OCR)" if scanned else ""))

    # ---- word check
    fuzzy_miss = 0
    for i, r in enumerate(rows, 2):
        fn = r["source_file"]
        if fn not in texts:
            errors.append("line %d: missing file %s" % (i, fn))
            continue
        ws, scanned = texts[fn]
        wset = set(ws)
        for col in ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"):
            need = words(r[col])
            missing = [w for w in need if w not in wset]
            if scanned and missing:
                still = []
                for w in missing:
                    if len(w) <= 2 and w.isdigit() is False:
                        # short words: accept if any OCR token equals it with one edit
                        cand = difflib.get_close_matches(w, wset, n=1, cutoff=0.5)
                    else:
                        cand = difflib.get_close_matches(w, wset, n=1, cutoff=0.75)
                    if not cand:
                        still.append(w)
                fuzzy_miss += len(still)
                if len(still) > max(1, len(need) // 10):
                    errors.append("line %d %s [%s]: OCR misses %s" % (i, r["seed_row"], col, still))
            elif missing:
                errors.append("line %d %s [%s]: words not in %s: %s" % (i, r["seed_row"], col, fn, missing))

    # ---- value checks
    by_file = defaultdict(list)
    for i, r in enumerate(rows, 2):
        by_file[r["source_file"]].append(r)
        if r["member"] not in MEMBERS:
            errors.append("line %d: unknown member %r" % (i, r["member"]))
        if r["type"] not in TYPES:
            errors.append("line %d: bad type %r" % (i, r["type"]))
        if r["delmal"] not in DELMAL:
            errors.append("line %d: bad delmal %r" % (i, r["delmal"]))
        if not re.fullmatch(r"M0[1-6]|J\d\d|U\d{4}", r["seed_row"]):
            errors.append("line %d: bad seed_row %r" % (i, r["seed_row"]))
        if not r["tiltak"].strip() or not r["beskrivelse"].strip():
            errors.append("line %d: empty tiltak/beskrivelse" % i)
    for fn, rs in by_file.items():
        if len({r["member"] for r in rs}) != 1:
            errors.append("%s: several members %s" % (fn, {r["member"] for r in rs}))
        m = re.match(r"(\d\d)_", fn)
        num = m.group(1) if m else None
        useq = [r["seed_row"] for r in rs if r["seed_row"].startswith("U")]
        for k, u in enumerate(useq, 1):
            if u[1:3] != num:
                errors.append("%s: %s has wrong file number" % (fn, u))
            if int(u[3:]) != k:
                errors.append("%s: %s out of running order" % (fn, u))
        seen = [r["seed_row"] for r in rs]
        if len(seen) != len(set(seen)):
            errors.append("%s: duplicate seed_row within file" % fn)
    groups = defaultdict(list)
    for r in rows:
        groups[r["seed_row"]].append(r)
    for sid, rs in groups.items():
        members = [r["member"] for r in rs]
        if sid.startswith("M"):
            if not 3 <= len(set(members)) <= 6 or len(set(members)) != len(members):
                errors.append("%s: members %s" % (sid, members))
            for r in rs:
                if r["delmal"] != COUNCIL_DM[sid] or r["type"] != "Råd/utvalg/nettverk":
                    errors.append("%s: %s has %s/%s" % (sid, r["member"], r["delmal"], r["type"]))
        elif sid.startswith("J"):
            if not 2 <= len(set(members)) <= 3 or len(set(members)) != len(members):
                errors.append("%s: members %s" % (sid, members))
            if len({(r["delmal"], r["type"]) for r in rs}) != 1:
                errors.append("%s: inconsistent delmal/type" % sid)
        else:
            if len(rs) != 1:
                errors.append("%s: U id used %d times" % (sid, len(rs)))
    mids = sorted(s for s in groups if s.startswith("M"))
    jids = sorted(s for s in groups if s.startswith("J"))
    if mids != ["M%02d" % k for k in range(1, len(mids) + 1)]:
        errors.append("M ids not contiguous: %s" % mids)
    if jids != ["J%02d" % k for k in range(1, len(jids) + 1)]:
        errors.append("J ids not contiguous: %s" % jids)
    # every file listed in truth exists; every member file has rows
    for fn in files:
        if fn not in by_file:
            print("note: %s has no truth rows" % fn)

    print("rows: %d, files: %d, M: %d, J: %d, U: %d, OCR fuzzy misses: %d" % (
        len(rows), len(files), len(mids), len(jids),
        sum(1 for s in groups if s.startswith("U")), fuzzy_miss))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
