"""Check held-out round 53: files exist and open, truth agrees with the catalogue, every truth cell is in its file.

Run ``python -m samples.holdout53_generator.verify [outdir]``. Image-only files are read by OCR (tesseract -l nor)
and matched fuzzily; every other file by its own text extraction and an exact (whitespace-normalised) match.
"""
from __future__ import annotations

import csv
import email
import re
import subprocess
import sys
import tomllib
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree
from rapidfuzz import fuzz

from . import MODULES
from .common import CATALOGUE, COUNCILS, DEFAULT_OUT, TRUTH_HEADER, norm

TEXT_FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
FUZZY_MIN = 85


def opens(path: Path) -> None:
    suf = path.suffix.lower()
    if suf == ".pdf":
        subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True)
    elif suf in (".zip", ".docx", ".xlsx", ".kmz"):
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                raise ValueError(f"bad zip member {bad}")
    elif suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes())
        if not msg.is_multipart():
            raise ValueError("expected a multipart message")
    elif suf == ".drawio":
        etree.fromstring(path.read_bytes())
    else:
        raise ValueError(f"unexpected suffix {suf}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else DEFAULT_OUT
    errors: list[str] = []
    cat = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    members = {m["name"] for m in cat["member"]}
    types = {t["name"] for t in cat["type"]}
    codes = {d["code"] for d in cat["delmal"]}
    council_ids = {c["id"] for c in cat["council"]}
    active = {m["name"] for m in cat["member"] if m.get("til_år", 9999) >= 2073 and m.get("fra_år", 0) <= 2073}

    by_name = {m.FILENAME: m for m in MODULES}
    expected = set(by_name) | {"truth.csv", "README.md", ".tiltakignore"}
    present = {p.name for p in out.iterdir() if p.is_file()}
    for extra in sorted(present - expected):
        errors.append(f"unexpected file {extra}")
    for missing in sorted(expected - present):
        errors.append(f"missing file {missing}")

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
            errors.append(f"{where}: member {r['member']!r} is not a member in 2073")
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
        for fld in TEXT_FIELDS:
            cell = norm(r[fld])
            if not cell:
                continue
            if cell in text:
                continue
            if r["source_file"] in ocrs:
                score = fuzz.partial_ratio(cell.lower(), ocrs[r["source_file"]])
                worst.append((score, r["source_file"], fld, cell))
                if score >= FUZZY_MIN:
                    continue
                errors.append(f"{where}: {fld} {cell!r} not found by OCR (best {score:.0f})")
            else:
                errors.append(f"{where}: {fld} {cell!r} not found in {r['source_file']}")

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
            if sid not in COUNCILS or COUNCILS[sid] not in council_ids:
                errors.append(f"{sid}: no council in the catalogue")
            if not 3 <= len(rs) <= 6:
                errors.append(f"{sid}: {len(rs)} members (want 3–6)")
            if any(r["type"] != "Råd/utvalg/nettverk" for r in rs):
                errors.append(f"{sid}: a council seat not typed Råd/utvalg/nettverk")
        elif sid.startswith("J"):
            n_j += 1
            if not 2 <= len(rs) <= 3:
                errors.append(f"{sid}: {len(rs)} members (want 2–3)")
        elif len(rs) != 1:
            errors.append(f"{sid}: U id used {len(rs)} times")
    if n_m < 5:
        errors.append(f"only {n_m} shared councils")
    if n_j < 4:
        errors.append(f"only {n_j} joint measures")
    if not 80 <= len(rows) <= 95:
        errors.append(f"{len(rows)} truth rows (want 80–95)")
    reporting = {m.MEMBER for m in MODULES if m.MEMBER}
    if not 14 <= len(reporting) <= 15:
        errors.append(f"{len(reporting)} members (want 14–15)")

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
