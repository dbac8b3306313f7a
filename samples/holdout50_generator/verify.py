"""Checks that every generated file exists and opens, and that truth.csv is consistent with the files.

python -m samples.holdout50_generator.verify [DIR]
"""
from __future__ import annotations

import collections
import csv
import email
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from email import policy
from html.parser import HTMLParser
from pathlib import Path

from .common import DELMAL, TYPES

COUNCILS = {"M01": "KBU", "M02": "SRY", "M03": "NFK", "M04": "FSR", "M05": "RSA", "M06": "UHR-FSE"}
COUNTIES = {"Rogaland fylkeskommune", "Vestland fylkeskommune", "Møre og Romsdal fylkeskommune",
            "Trøndelag fylkeskommune", "Nordland fylkeskommune", "Viken fylkeskommune",
            "Innlandet fylkeskommune", "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune",
            "Troms og Finnmark fylkeskommune"}
NEW_MEMBERS = {"UHR", "Fagskolerådet", "Kompetanseforbundet", "Sametinget"}


def _squash(s: str) -> str:
    return re.sub(r"[\s\-‐­]+", "", s).lower()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def _xml_text(data: bytes) -> str:
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def extract_text(path: Path) -> str | None:
    """Plain text of a generated file, for the consistency checks (None = not checkable)."""
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pdfplumber

        parts = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                parts.append(page.extract_text() or "")
                for a in page.annots or []:
                    parts.append(a.get("contents") or "")
        if shutil.which("pdftotext"):
            parts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout)
        return "\n".join(parts)
    if suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        plain = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        p = _Text()
        p.feed(html)
        return plain + "\n" + " ".join(p.parts)
    if suf == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return " ".join(p.parts)
    if suf in (".docx", ".pptx"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if re.match(r"(word/document|ppt/slides/slide\d+)\.xml$", n)]
            return " ".join(_xml_text(z.read(n)) for n in sorted(names))
    if suf == ".odp":
        with zipfile.ZipFile(path) as z:
            return _xml_text(z.read("content.xml"))
    if suf == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path)
        return " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if suf == ".xml":
        return _xml_text(path.read_bytes())
    if suf == ".json":
        return json.dumps(json.loads(path.read_text(encoding="ascii")), ensure_ascii=False)
    if suf == ".txt":
        return path.read_bytes().decode("cp1252")
    if suf == ".ics":
        return path.read_bytes().decode("utf-8")
    return None


def _columns_txt(path: Path, cols) -> str:
    """Re-join the wrapped cells of the fixed-width printout column by column."""
    text = path.read_bytes().decode("cp1252").replace("\f", "")
    starts, pos = [], 0
    for _, w in cols:
        starts.append((pos, pos + w))
        pos += w + 2
    out = collections.defaultdict(list)
    for ln in text.split("\r\n"):
        for k, (a, b) in enumerate(starts):
            out[k].append(ln[a:b].strip())
    return " ".join(" ".join(v) for v in out.values())


def _ocr(path: Path) -> str | None:
    if not shutil.which("tesseract"):
        return None
    from PIL import Image

    parts = []
    with tempfile.TemporaryDirectory() as td, Image.open(path) as im:
        for i in range(getattr(im, "n_frames", 1)):
            im.seek(i)
            png = Path(td) / f"p{i}.png"
            im.convert("L").save(png)
            r = subprocess.run(["tesseract", str(png), "-", "-l", "nor"], capture_output=True, text=True)
            parts.append(r.stdout)
    return "\n".join(parts)


def _open_checks(m, path: Path) -> list[str]:
    probs = []
    suf = path.suffix.lower()
    try:
        if suf == ".pdf":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                if not pdf.pages:
                    probs.append(f"{path.name}: no pages")
                if m.__name__.endswith("f01_regjeringen"):
                    rot = [p.page_obj.attrs.get("Rotate") for p in pdf.pages]
                    if any(r != 90 for r in rot):
                        probs.append(f"{path.name}: expected /Rotate 90 on every page, got {rot}")
        elif suf == ".tif":
            from PIL import Image

            with Image.open(path) as im:
                if im.n_frames != 2 or im.mode != "1":
                    probs.append(f"{path.name}: expected 2 bilevel frames")
        elif suf == ".docx":
            import docx

            docx.Document(path)
        elif suf == ".pptx":
            import pptx

            pptx.Presentation(path)
        elif suf == ".odp":
            with zipfile.ZipFile(path) as z:
                if z.namelist()[0] != "mimetype" or z.read("mimetype") != b"application/vnd.oasis.opendocument.presentation":
                    probs.append(f"{path.name}: bad ODF mimetype entry")
                for n in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
                    ET.fromstring(z.read(n))
        elif suf == ".ics":
            t = path.read_bytes().decode("utf-8")
            if not t.startswith("BEGIN:VCALENDAR\r\n") or t.count("BEGIN:VEVENT") < 1:
                probs.append(f"{path.name}: not an iCalendar file")
        elif suf == ".eml":
            msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            if msg.get_content_type() != "multipart/alternative":
                probs.append(f"{path.name}: expected multipart/alternative")
    except Exception as exc:  # pragma: no cover - reported, not raised
        probs.append(f"{path.name}: does not open ({exc!r})")
    return probs


def verify(out: Path) -> list[str]:
    from . import MODULES, TRUTH_HEADER

    out = Path(out)
    probs: list[str] = []
    for m in MODULES:
        path = out / m.FILE
        if not path.is_file() or path.stat().st_size == 0:
            probs.append(f"missing or empty: {m.FILE}")
            continue
        probs += _open_checks(m, path)
        if m.__name__.endswith("f09_spekter"):
            text = _columns_txt(path, m.COLS)
        elif path.suffix.lower() == ".tif":
            text = _ocr(path)
            if text is not None:
                miss = [r.tiltak for r in m.ROWS if _squash(r.tiltak)[:20] not in _squash(text)]
                if len(miss) > 1:
                    probs.append(f"{m.FILE}: OCR could not find {miss}")
            continue
        else:
            text = extract_text(path)
        if text is None:
            continue
        sq = _squash(text)
        for r in m.ROWS:
            for label, val in (("tiltak", r.tiltak), ("beskrivelse", r.beskrivelse),
                               ("ansvarlig", r.ansvarlig), ("samarbeidspartnere", r.samarbeidspartnere)):
                vals = [v for v in val.split(",")] if label == "samarbeidspartnere" else [val]
                for v in vals:
                    if v.strip() and _squash(v) not in sq:
                        probs.append(f"{m.FILE}: {label} not found in file text: {v!r}")

    truth = out / "truth.csv"
    if not truth.is_file():
        return probs + ["truth.csv missing"]
    with truth.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != TRUTH_HEADER:
        probs.append(f"truth.csv header is {rows[0]}")
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    files = {m.FILE: m for m in MODULES}
    seeds = collections.defaultdict(list)
    for r in body:
        if r["source_file"] not in files:
            probs.append(f"truth row for unknown file {r['source_file']}")
        if r["type"] not in TYPES:
            probs.append(f"bad type {r['type']!r}")
        if r["delmal"] not in DELMAL:
            probs.append(f"bad delmål {r['delmal']!r}")
        if not re.fullmatch(r"[MJU]\d\d", r["seed_row"]):
            probs.append(f"bad seed_row {r['seed_row']!r}")
        if not r["tiltak"] or not r["member"]:
            probs.append(f"empty tiltak/member in {r}")
        seeds[r["seed_row"]].append(r)
    for sid, rs in seeds.items():
        members = [r["member"] for r in rs]
        if len(set(members)) != len(members):
            probs.append(f"{sid}: a member reports it twice")
        if sid[0] in "MJ" and len(rs) < 2:
            probs.append(f"{sid}: shared/joint measure reported by only one member")
        if sid[0] == "U" and len(rs) != 1:
            probs.append(f"{sid}: single-member measure used {len(rs)} times")
        if sid[0] == "M":
            if sid not in COUNCILS:
                probs.append(f"{sid}: unknown council id")
            if any(r["type"] != "Råd/utvalg/nettverk" for r in rs):
                probs.append(f"{sid}: council seat with another type")
    for f, m in files.items():
        n = sum(1 for r in body if r["source_file"] == f)
        if n != len(m.ROWS):
            probs.append(f"{f}: {n} truth rows, module has {len(m.ROWS)}")
        if any(r["member"] != m.MEMBER for r in body if r["source_file"] == f):
            probs.append(f"{f}: member mismatch")
    reporting = {m.MEMBER for m in MODULES if m.ROWS}
    if not reporting & COUNTIES:
        probs.append("no county council among the members")
    if not reporting & NEW_MEMBERS:
        probs.append("no member from 2020 on")
    if not any(not m.ROWS for m in MODULES):
        probs.append("no non-report document")
    if not (out / "README.md").is_file():
        probs.append("README.md missing")
    return probs


if __name__ == "__main__":
    from . import DEFAULT_OUT

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    problems = verify(target)
    for p in problems:
        print("PROBLEM:", p)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
