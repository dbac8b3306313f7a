"""Read every file in samples/holdout46 back and check truth.csv against it.

    python -m samples.holdout46_generator.verify samples/holdout46

Checks
- truth.csv header, members, types, delmål codes, seed id formats
- every word of tiltak / ansvarlig / samarbeidspartnere / beskrivelse occurs in
  the file's extracted text (fuzzy for image-only PDFs via tesseract)
- one member per file; non-member documents have no rows; 15-18 files
- M ids: one delmål/type per id, >=2 members; J ids: 2-3 members, same delmål/type;
  U ids: used once, prefix equals the file number; no (file, seed) duplicates
"""
from __future__ import annotations

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

from .common import MEMBERS, TYPES, DELMAL, COUNCIL_DELMAL

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
          "samarbeidspartnere", "beskrivelse"]
WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+")


def _xml_text(blob: bytes) -> str:
    root = ET.fromstring(blob)
    parts = []
    for el in root.iter():
        if el.text:
            parts.append(el.text)
        parts.append(" ")
        if el.tail:
            parts.append(el.tail)
    return "".join(parts)


def extract(path: str) -> tuple[str, bool]:
    """Return (text, is_ocr)."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                             check=True).stdout.decode("utf-8")
        if len(WORD.findall(txt)) > 20:
            # pdftotext's raw mode joins words hyphenated at a line end; add layout mode too
            lay = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8")
            return txt + "\n\f\n" + lay, False
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", path, os.path.join(td, "p")],
                           check=True)
            out = []
            for fn in sorted(os.listdir(td)):
                r = subprocess.run(["tesseract", os.path.join(td, fn), "-", "-l", "nor"],
                                   capture_output=True, check=True)
                out.append(r.stdout.decode("utf-8"))
        return "\n".join(out), True
    if ext in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".xml") and (
                n.startswith("word/") or n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")]
            return " ".join(_xml_text(z.read(n)) for n in sorted(names)), False
    if ext in (".odt", ".ods"):
        with zipfile.ZipFile(path) as z:
            return _xml_text(z.read("content.xml")) + " " + _xml_text(z.read("styles.xml")), False
    if ext in (".rtf", ".doc"):
        profile = os.path.join(tempfile.gettempdir(), "h46_lo_profile_verify")
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", td, path],
                           check=True, capture_output=True, timeout=240)
            fn = os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".txt")
            with open(fn, encoding="utf-8-sig") as fh:
                return fh.read(), False
    raise ValueError(f"unsupported file type: {path}")


def words(s: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(s)]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    d = argv[0] if argv else "samples/holdout46"
    errors: list[str] = []
    warnings: list[str] = []

    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    if header != HEADER:
        errors.append(f"bad header {header}")

    files = sorted(f for f in os.listdir(d) if f not in ("truth.csv", "README.md"))
    if not 15 <= len(files) <= 18:
        errors.append(f"{len(files)} files (want 15-18)")
    by_file = defaultdict(list)
    for r in rows:
        by_file[r["source_file"]].append(r)
        if r["source_file"] not in files:
            errors.append(f"row refers to missing file {r['source_file']}")
        if r["member"] not in MEMBERS:
            errors.append(f"unknown member {r['member']!r}")
        if r["type"] not in TYPES:
            errors.append(f"bad type {r['type']!r} ({r['tiltak']})")
        if r["delmal"] not in DELMAL:
            errors.append(f"bad delmål {r['delmal']!r} ({r['tiltak']})")
        if not re.fullmatch(r"M0[1-6]|J\d\d|U\d{4}", r["seed_row"]):
            errors.append(f"bad seed id {r['seed_row']!r}")
        if not r["tiltak"].strip():
            errors.append("empty tiltak")

    # per-file checks and word occurrence
    text_cache = {}
    for f in files:
        frows = by_file.get(f, [])
        members = {r["member"] for r in frows}
        if len(members) > 1:
            errors.append(f"{f}: several members {members}")
        seeds = [r["seed_row"] for r in frows]
        if len(seeds) != len(set(seeds)):
            errors.append(f"{f}: duplicate seed ids")
        text, ocr = extract(os.path.join(d, f))
        text_cache[f] = text
        vocab = set(words(text))
        vlist = sorted(vocab)
        for r in frows:
            for field in ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"):
                ws = words(r[field])
                if not ws:
                    continue
                missing = []
                for w in ws:
                    if w in vocab:
                        continue
                    if ocr:
                        close = difflib.get_close_matches(w, vlist, n=1, cutoff=0.75)
                        if close or any(w in v or v in w for v in vlist if len(v) > 3 and len(w) > 3):
                            continue
                    missing.append(w)
                if ocr:
                    if len(missing) > max(1, int(0.1 * len(ws))):
                        errors.append(f"{f} [{r['seed_row']}] {field}: OCR misses {missing}")
                    elif missing:
                        warnings.append(f"{f} [{r['seed_row']}] {field}: OCR fuzzy-miss {missing}")
                    if field == "tiltak" and missing:
                        errors.append(f"{f} [{r['seed_row']}] tiltak not found by OCR: {missing}")
                elif missing:
                    errors.append(f"{f} [{r['seed_row']}] {field}: words not in file: {missing}")
        # U prefix
        m = re.match(r"(\d\d)_", f)
        for r in frows:
            if r["seed_row"].startswith("U") and (not m or r["seed_row"][1:3] != m.group(1)):
                errors.append(f"{f}: U id {r['seed_row']} does not match file number")
        # tiltak as a phrase (non-OCR): contiguous occurrence after whitespace normalisation
        if not ocr:
            flat = "".join(words(text))
            for r in frows:
                phrase = "".join(words(r["tiltak"]))
                if phrase not in flat:
                    errors.append(f"{f} [{r['seed_row']}] tiltak phrase not contiguous: {r['tiltak']!r}")

    # id consistency
    by_seed = defaultdict(list)
    for r in rows:
        by_seed[r["seed_row"]].append(r)
    for sid, rs in by_seed.items():
        dm = {r["delmal"] for r in rs}
        ty = {r["type"] for r in rs}
        mem = [r["member"] for r in rs]
        if len(mem) != len(set(mem)):
            errors.append(f"{sid}: a member reports it twice")
        if sid[0] in "MJ" and (len(dm) > 1 or len(ty) > 1):
            errors.append(f"{sid}: inconsistent delmål/type {dm} {ty}")
        if sid[0] == "M":
            if dm != {COUNCIL_DELMAL[sid]} or ty != {"Råd/utvalg/nettverk"}:
                errors.append(f"{sid}: council row with delmål {dm} type {ty}")
            if len(rs) < 2:
                errors.append(f"{sid}: council reported by < 2 members")
        if sid[0] == "J" and not 2 <= len(rs) <= 3:
            errors.append(f"{sid}: joint measure reported by {len(rs)} members")
        if sid[0] == "U" and len(rs) != 1:
            errors.append(f"{sid}: unique id used {len(rs)} times")

    n_member_files = sum(1 for f in files if by_file.get(f))
    n_empty = len(files) - n_member_files
    if not 13 <= n_member_files <= 16:
        errors.append(f"{n_member_files} member reports (want 13-16)")
    if n_empty != 2:
        errors.append(f"{n_empty} files without rows (want 2)")
    report_members = [by_file[f][0]["member"] for f in files if by_file.get(f)]
    if len(report_members) != len(set(report_members)):
        errors.append("a member has more than one report")
    joint = {s for s in by_seed if s[0] == "J"}
    if not 8 <= len(joint) <= 10:
        errors.append(f"{len(joint)} joint measures (want 8-10)")
    if not 75 <= len(rows) <= 90:
        errors.append(f"{len(rows)} truth rows (want 75-90)")

    readme = open(os.path.join(d, "README.md"), encoding="utf-8").read()
    if "reporting year 2066" not in readme:
        errors.append("README lacks 'reporting year 2066'")

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    kinds = defaultdict(int)
    for r in rows:
        kinds[r["seed_row"][0]] += 1
    print(f"{len(files)} files, {n_member_files} member reports, {len(rows)} truth rows "
          f"(M {kinds['M']}, J {kinds['J']}, U {kinds['U']}), {len(by_seed)} distinct measures")
    print("OK" if not errors else f"FAILED with {len(errors)} errors")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
