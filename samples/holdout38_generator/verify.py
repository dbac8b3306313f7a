"""Self-check: every truth text occurs in its document (for the scan: in
the rendered source text); labels are consistent across members."""
from __future__ import annotations

import re
import subprocess
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

MEMBERS = set(
    "Regjeringen, LO, NHO, Unio, KS, YS, Virke, Akademikerne, Spekter, VOFO, "
    "UHR, Fagskolerådet, Kompetanseforbundet, Sametinget".split(", ")) | {
    f"{n} fylkeskommune" for n in (
        "Østfold", "Akershus", "Hedmark", "Oppland", "Buskerud", "Vestfold",
        "Telemark", "Aust-Agder", "Vest-Agder", "Rogaland", "Hordaland",
        "Sogn og Fjordane", "Vestland", "Møre og Romsdal", "Trøndelag",
        "Nordland", "Troms", "Finnmark", "Viken", "Innlandet",
        "Vestfold og Telemark", "Agder", "Troms og Finnmark")} | {
    "Oslo kommune"}


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def _docx_text(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&")


def _xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def _pdf_text(path):
    txt = subprocess.run(["pdftotext", "-raw", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    # page furniture may sit between the halves of a split table row
    txt = re.sub(r"Regjeringens tiltak 2058 – vedlegg til rådsmøtet \d+",
                 " ", txt)
    txt = txt.replace("Nr. Tiltak Delmål Type Ansvarlig Samarbeid Status og "
                      "beskrivelse", " ")
    txt = txt.replace("\f", " ")
    return txt


def _office_text(path):
    with tempfile.TemporaryDirectory(prefix="h38v_") as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/p",
                        "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                        "--outdir", tmp, str(path)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return (Path(tmp) / (path.stem + ".txt")).read_text(
            encoding="utf-8-sig")


def text_of(path: Path, doc) -> str:
    if doc.source_text:
        return doc.source_text
    ext = path.suffix.lower()
    if ext == ".docx":
        return _docx_text(path)
    if ext == ".xlsx":
        return _xlsx_text(path)
    if ext == ".pdf":
        return _pdf_text(path)
    return _office_text(path)


def verify(out: Path, docs) -> list:
    bad = []
    by_label = defaultdict(list)
    for d in docs:
        if d.rows:
            assert d.member in MEMBERS, d.member
        if not d.rows:
            continue
        hay = norm(text_of(out / d.filename, d))
        for r in d.rows:
            by_label[r.label].append((d.member, r.delmal, r.type))
            for fld in ("tiltak", "ansvarlig", "partners", "beskrivelse"):
                val = norm(getattr(r, fld))
                if val and val not in hay:
                    bad.append(f"{d.filename} {r.label} {fld}: {val!r}")
    for lab, uses in by_label.items():
        members = [m for m, _, _ in uses]
        if lab[0] in "MJ":
            if len(set(members)) < 2:
                bad.append(f"{lab} reported by fewer than two members")
            if len({dm for _, dm, _ in uses}) != 1:
                bad.append(f"{lab} has differing delmål")
            if len({t for _, _, t in uses}) != 1:
                bad.append(f"{lab} has differing types")
        elif len(uses) != 1:
            bad.append(f"{lab} used more than once")
        if len(members) != len(set(members)):
            bad.append(f"{lab} reported twice by one member")
    return bad
