"""Check held-out round 54: files exist and open, truth agrees with the catalogue, every truth cell is in its file.

Run ``python -m samples.holdout54_generator.verify [outdir]``. The image-only file is read by OCR (tesseract -l nor)
and matched fuzzily; every other file by its own text extraction and an exact (whitespace-normalised) match.
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import subprocess
import sys
import tomllib
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree
from rapidfuzz import fuzz

from . import MODULES
from .common import CATALOGUE, COUNCILS, DEFAULT_OUT, JOINT, TRUTH_HEADER, YEAR, norm
from .readme import TRAPS

TEXT_FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
FUZZY_MIN = 85
JOINT_KEYS = {"J01": "bransjeprogram", "J02": "språkløftet", "J03": "yrkes-nm", "J04": "les mer",
              "J05": "fleksibel fagskole for industrien", "J06": "digitillit"}


def opens(path: Path) -> None:
    suf = path.suffix.lower()
    if suf == ".pdf":
        subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True)
    elif suf in (".zip", ".docx", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                raise ValueError(f"bad zip member {bad}")
    elif suf in (".json", ".ipynb"):
        json.loads(path.read_text(encoding="utf-8"))
    elif suf in (".xml", ".xlf"):
        etree.fromstring(path.read_bytes())
    elif suf == ".org":
        if not path.read_text(encoding="utf-8").startswith("#+TITLE:"):
            raise ValueError("no #+TITLE line")
    elif suf == ".sqlite":
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
        if ok != "ok":
            raise ValueError(f"integrity_check: {ok}")
    elif suf == ".px":
        t = path.read_bytes().decode("iso-8859-1")
        if "DATA=" not in t or not t.rstrip().endswith(";"):
            raise ValueError("no DATA section")
    else:
        raise ValueError(f"unexpected suffix {suf}")


def council_patterns(c: dict) -> list[re.Pattern]:
    pats = []
    for a in [c["name"], *c.get("aliases", []), *c.get("units", [])]:
        if a.isupper():
            pats.append(re.compile(r"\b" + re.escape(a) + r"\b"))
            continue
        words = a.lower().split()
        body = r"\s+".join(re.escape(w) + r"(?:et|en|ene|a|ane|s)?" for w in words)
        pats.append(re.compile(r"(?<!\w)" + body, re.I))
    return pats


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else DEFAULT_OUT
    errors: list[str] = []
    cat = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    members = {m["name"] for m in cat["member"]}
    types = {t["name"] for t in cat["type"]}
    codes = {d["code"] for d in cat["delmal"]}
    councils = {c["id"]: c for c in cat["council"]}
    active = {m["name"] for m in cat["member"] if m.get("til_år", 9999) >= YEAR and m.get("fra_år", 0) <= YEAR}

    by_name = {m.FILENAME: m for m in MODULES}
    expected = set(by_name) | {"truth.csv", "README.md", ".tiltakignore"}
    present = {p.name for p in out.iterdir() if p.is_file()}
    for extra in sorted(present - expected):
        errors.append(f"unexpected file {extra}")
    for missing in sorted(expected - present):
        errors.append(f"missing file {missing}")
    if (out / ".tiltakignore").exists() and (out / ".tiltakignore").read_bytes() != b"truth.csv\nREADME.md\n":
        errors.append(".tiltakignore has other content")

    texts: dict[str, str] = {}
    ocrs: dict[str, str] = {}
    for m in MODULES:
        p = out / m.FILENAME
        if not p.exists():
            continue
        try:
            opens(p)
            texts[m.FILENAME] = norm(m.text(p))
            if getattr(m, "IMAGE_ONLY", False):
                if not m.images(p):
                    errors.append(f"{m.FILENAME}: no images")
                if len(texts[m.FILENAME]) > 0:
                    errors.append(f"{m.FILENAME}: image-only file has a text layer")
                ocrs[m.FILENAME] = norm(m.ocr(p)).lower()
        except Exception as e:  # noqa: BLE001
            errors.append(f"{m.FILENAME}: does not open: {e!r}")

    with open(out / "truth.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != TRUTH_HEADER:
            errors.append(f"truth header is {header}")
        rows = [dict(zip(header, r)) for r in reader]

    per_file = defaultdict(int)
    seeds = defaultdict(list)
    worst = []
    for i, r in enumerate(rows, 2):
        where = f"truth.csv line {i}"
        mod = by_name.get(r["source_file"])
        if mod is None:
            errors.append(f"{where}: unknown source_file {r['source_file']}")
            continue
        per_file[r["source_file"]] += 1
        if r["member"] not in members:
            errors.append(f"{where}: member {r['member']!r} not in the catalogue")
        elif r["member"] not in active:
            errors.append(f"{where}: member {r['member']!r} is not a member in {YEAR}")
        if r["member"] != mod.MEMBER:
            errors.append(f"{where}: member {r['member']!r} but the file is {mod.MEMBER!r}'s")
        if r["type"] not in types:
            errors.append(f"{where}: type {r['type']!r} not one of the six")
        if r["delmal"] not in codes:
            errors.append(f"{where}: delmål {r['delmal']!r} not in the catalogue")
        if not re.fullmatch(r"[MJU]\d\d", r["seed_row"]):
            errors.append(f"{where}: bad seed_row {r['seed_row']!r}")
        seeds[r["seed_row"]].append(r)
        if not r["tiltak"]:
            errors.append(f"{where}: empty tiltak")
        text = texts.get(r["source_file"], "")
        split = getattr(mod, "SPLIT_FIELDS", ())
        for fld in TEXT_FIELDS:
            cell = norm(r[fld])
            if not cell:
                continue
            parts = [norm(p) for p in cell.split(", ")] if fld in split else [cell]
            for part in parts:
                if part in text:
                    continue
                if r["source_file"] in ocrs:
                    score = fuzz.partial_ratio(part.lower(), ocrs[r["source_file"]])
                    worst.append((score, r["source_file"], fld, part))
                    if score >= FUZZY_MIN:
                        continue
                    errors.append(f"{where}: {fld} {part!r} not found by OCR (best {score:.0f})")
                else:
                    errors.append(f"{where}: {fld} {part!r} not found in {r['source_file']}")

    for m in MODULES:
        if m.MEMBER is None and per_file.get(m.FILENAME):
            errors.append(f"{m.FILENAME}: not a member report but has truth rows")
        if m.MEMBER is not None and not per_file.get(m.FILENAME):
            errors.append(f"{m.FILENAME}: no truth rows")

    n_m = n_j = 0
    for sid, rs in sorted(seeds.items()):
        mems = [r["member"] for r in rs]
        if len(set(mems)) != len(mems):
            errors.append(f"{sid}: a member reports it twice")
        if sid.startswith("M"):
            n_m += 1
            cid = COUNCILS.get(sid)
            if cid not in councils:
                errors.append(f"{sid}: no council in the catalogue")
                continue
            if not 3 <= len(rs) <= 5:
                errors.append(f"{sid}: {len(rs)} members (want 3–5)")
            pats = council_patterns(councils[cid])
            for r in rs:
                if r["type"] != "Råd/utvalg/nettverk":
                    errors.append(f"{sid}: {r['member']}'s seat not typed Råd/utvalg/nettverk")
                hay = f"{r['tiltak']} {r['beskrivelse']}"
                if not any(p.search(hay) for p in pats):
                    errors.append(f"{sid}: {r['member']}'s row names no form of {cid}: {r['tiltak']!r}")
        elif sid.startswith("J"):
            n_j += 1
            if sid not in JOINT:
                errors.append(f"{sid}: not a joint measure of this round")
            if not 2 <= len(rs) <= 3:
                errors.append(f"{sid}: {len(rs)} members (want 2–3)")
            if len({r["delmal"] for r in rs}) != 1 or len({r["type"] for r in rs}) != 1:
                errors.append(f"{sid}: rows disagree on delmål or type")
            for r in rs:
                if JOINT_KEYS[sid] not in r["tiltak"].lower():
                    errors.append(f"{sid}: {r['member']}'s name {r['tiltak']!r} lacks {JOINT_KEYS[sid]!r}")
        elif len(rs) != 1:
            errors.append(f"{sid}: U id used {len(rs)} times")
    if not 5 <= n_m <= 6:
        errors.append(f"{n_m} shared councils (want 5–6)")
    if not 4 <= n_j <= 6:
        errors.append(f"{n_j} joint measures (want 4–6)")
    if not 85 <= len(rows) <= 95:
        errors.append(f"{len(rows)} truth rows (want 85–95)")
    reporting = [m.MEMBER for m in MODULES if m.MEMBER]
    if len(set(reporting)) != len(reporting):
        errors.append("a member has two files")
    if not 14 <= len(reporting) <= 16:
        errors.append(f"{len(reporting)} members (want 14–16)")
    for member, tiltak, _why in TRAPS:
        if not any(r["member"] == member and r["tiltak"] == tiltak and r["seed_row"].startswith("U") for r in rows):
            errors.append(f"trap {member}: {tiltak!r} is not a U row")

    readme = (out / "README.md").read_text(encoding="utf-8") if (out / "README.md").exists() else ""
    for m in MODULES:
        mrow = re.search(r"^\| \d+ \| `" + re.escape(m.FILENAME) + r"` \|.*\| (\d+) \|$", readme, re.M)
        if not mrow:
            errors.append(f"README has no table row for {m.FILENAME}")
        elif int(mrow.group(1)) != per_file.get(m.FILENAME, 0):
            errors.append(f"README says {mrow.group(1)} rows for {m.FILENAME}, truth has {per_file.get(m.FILENAME, 0)}")

    for score, fn, fld, cell in sorted(worst)[:5]:
        print(f"  lowest OCR matches: {score:.0f}  {fn}  {fld}: {cell[:60]}")
    print(f"{len(MODULES)} files, {len(rows)} truth rows, {n_m} shared councils, {n_j} joint measures, "
          f"{len(reporting)} members")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
