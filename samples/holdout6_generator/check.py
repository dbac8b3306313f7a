"""python -m samples.holdout6_generator.check [DIR]: the author's own sanity check of the built round.

Opens every file with ordinary readers (python-docx's XML, openpyxl, pdftotext, LibreOffice's text
export for RTF/ODT/DOC, Tesseract for the scan) and checks that each truth row's tiltak, ansvarlig,
partners and description occur in its file's text (whitespace ignored; the scan fuzzily). It does not
run the program.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for t in p.iter(W + "t"):
            parts.append(t.text or "")
        out.append("".join(parts))
    return "\n".join(out)


def xlsx_text(path: Path) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(v) for ws in wb.worksheets if ws.sheet_state == "visible"
                     for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def office_texts(paths: list[Path]) -> dict[Path, str]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/p", "--headless",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp] + [str(p) for p in paths],
                       check=True, capture_output=True, timeout=600)
        return {p: (Path(tmp) / (p.stem + ".txt")).read_text(encoding="utf-8-sig") for p in paths}


def ocr_text(path: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), f"{tmp}/p"], check=True)
        pngs = sorted(Path(tmp).glob("p*.png"))
        return "\n".join(subprocess.run(["tesseract", str(p), "-", "-l", "nor", "--psm", "4"], capture_output=True,
                                        text=True).stdout for p in pngs)


def squash(s: str) -> str:
    return "".join(s.split())


def main() -> int:
    here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "holdout6"
    rows = list(csv.DictReader(open(here / "truth.csv", encoding="utf-8")))
    files = sorted(p for p in here.iterdir() if p.name not in ("truth.csv", "README.md"))
    office = office_texts([p for p in files if p.suffix in (".rtf", ".odt", ".doc")])
    texts = {}
    for p in files:
        if p.suffix == ".docx":
            texts[p.name] = docx_text(p)
        elif p.suffix == ".xlsx":
            texts[p.name] = xlsx_text(p)
        elif p.name.startswith("Scan_"):
            texts[p.name] = ocr_text(p)
        elif p.suffix == ".pdf":
            texts[p.name] = pdf_text(p)
        else:
            texts[p.name] = office[p]
    bad = 0
    for r in rows:
        t = squash(texts[r["source_file"]])
        scan = r["source_file"].startswith("Scan_")
        for field in ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"):
            v = squash(r[field])
            if not v:
                continue
            if scan:  # cells wrap, so OCR interleaves columns: compare words
                have = set(texts[r["source_file"]].lower().replace(",", " ").split())
                want = r[field].lower().replace(",", " ").split()
                ok = sum(w in have for w in want) >= 0.8 * len(want)
            else:
                ok = v in t
            if not ok:
                bad += 1
                print(f"MISSING {r['source_file']} {field}: {r[field]!r}")
    print(f"{len(rows)} rows, {len(files)} files, {bad} fields not found")
    # the old Akademikerne draft must not share the revised titles exactly
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
