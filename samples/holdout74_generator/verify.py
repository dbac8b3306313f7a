"""Check held-out round 74: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout73_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (the PDFs' text and table cells, the workbooks' cells, the photo's typed text); cells are matched
exactly after whitespace normalisation; NHO's date cells are checked separately. The reader's vocabulary
is not used: codes, types, members and council names are listed here from the brief and the strategy.
"""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

from . import MODULES
from .common import COUNCILS, DEFAULT_OUT, DELMAL, JOINT, TRUTH_HEADER, TYPES, is_member, norm
from .readme import TRAPS

TEXT_FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«])")
JOINT_KEYS = {"J01": ("klimaløftet",), "J02": ("kompetansemonitoren",), "J03": ("fagbrevdagen",),
              "J04": ("veilederløftet",), "J05": ("språkspor",), "J06": ("realkompetanseportalen",)}
COUNCIL_PATTERNS = {
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglige? råd"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet"],
    "UHR-FSE": [r"\bUHR-(Lærerutdanning|Helse|Medisin|MNT|Økonomi|ØA)", r"(?i)fagstrategisk"],
    "FSR": [r"(?i)nasjonalt fagsk[uo]leråd"],
    "NFK": [r"\bNFK\b", r"(?i)nasjonalt forum for karriere(veiledning|rettleiing)"],
}


def _zip_xml_ok(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            raise ValueError(f"bad zip member {bad}")
        parts = {n: z.read(n) for n in z.namelist()}
    for n, data in parts.items():
        if n.endswith((".xml", ".rels")):
            etree.fromstring(data)
    return parts


def opens(path: Path) -> None:
    name = path.name.lower()
    data = path.read_bytes()
    if name.endswith(".docx"):
        _zip_xml_ok(path)
        import docx
        docx.Document(str(path))
    elif name.endswith(".xlsx"):
        _zip_xml_ok(path)
        import openpyxl
        openpyxl.load_workbook(str(path))
    elif name.endswith(".avif"):
        from PIL import Image
        if data[4:12] != b"ftypavif":
            raise ValueError("not an AVIF file")
        with Image.open(path) as im:
            im.load()
            if im.format != "AVIF":
                raise ValueError("Pillow does not read it as AVIF")
    elif name.endswith(".pdf"):
        import pdfplumber
        import pypdfium2 as pdfium
        if not data.startswith(b"%PDF-"):
            raise ValueError("not a PDF")
        with pdfplumber.open(str(path)) as pdf:
            if not pdf.pages:
                raise ValueError("no pages")
        pdfium.PdfDocument(str(path)).close()
    else:
        raise ValueError(f"unexpected file type {name}")


def ocr_words(path: Path) -> set[str] | None:
    """Words Tesseract reads on an image file, given to it as a PNG copy (None when Tesseract is missing)."""
    if not shutil.which("tesseract"):
        return None
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        png = Path(td) / "page.png"
        with Image.open(path) as im:
            im.convert("RGB").save(png)
        r = subprocess.run(["tesseract", str(png), "-", "-l", "nor"], capture_output=True, text=True, check=False)
    return set(re.findall(r"\w+", r.stdout.lower()))


def _pdf_meta(path: Path) -> dict:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict()
    finally:
        pdf.close()


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def shape_checks(out: Path) -> list[str]:
    """A few facts of the shapes that the truth relies on."""
    import datetime as dt

    import openpyxl
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    # the LibreOffice Writer exports
    for key in ("f01_regjeringen_lopenummer_pdf", "f09_spekter_underpunkt_pdf", "f12_uhr_aktorer_med_rolle_pdf",
                "f16_nso_medlemssoknad_not_report_pdf"):
        p = out / by[key].FILENAME
        if p.exists() and _pdf_meta(p).get("Creator") != "Writer":
            errs.append(f"{p.name}: not a Writer export")
    # Regjeringen: no delmål code in any table cell, only the running numbers
    reg = out / by["f01_regjeringen_lopenummer_pdf"].FILENAME
    if reg.exists():
        import pdfplumber
        with pdfplumber.open(str(reg)) as pdf:
            cells = [c for pg in pdf.pages for t in pg.extract_tables() for r in t for c in r if c]
        if any(re.fullmatch(r"[123]\.[1-6]", norm(c)) for c in cells):
            errs.append(f"{reg.name}: a delmål code stands in the table")
    # NHO: the goal cells are dates (one typed as text)
    nho = out / by["f03_nho_delmaal_som_dato_xlsx"].FILENAME
    if nho.exists():
        ws = openpyxl.load_workbook(str(nho)).active
        vals = [ws.cell(row=r, column=3).value for r in range(5, 11)]
        if sum(isinstance(v, dt.datetime) for v in vals) != 5 or vals.count("2.3") != 1:
            errs.append(f"{nho.name}: the goal column is not five dates and one text cell")
    # KS: two pages combined by PDFium
    ks = out / by["f04_ks_kombinert_pdfium_pdf"].FILENAME
    if ks.exists():
        meta = _pdf_meta(ks)
        if meta.get("Producer") != "PDFium" or _pdf_pages(ks) != 2:
            errs.append(f"{ks.name}: not a two-page PDFium combination")
    # VOFO: Google-shaped package
    vo = out / by["f10_vofo_google_regneark_xlsx"].FILENAME
    if vo.exists():
        with zipfile.ZipFile(vo) as z:
            names = z.namelist()
        if any(n.startswith(("docProps/", "xl/theme/")) for n in names) or "xl/sharedStrings.xml" not in names:
            errs.append(f"{vo.name}: not shaped like a Google Sheets download")
    # Kompetanseforbundet: Numbers-shaped export
    kf = out / by["f14_kompetanseforbundet_numbers_eksport_xlsx"].FILENAME
    if kf.exists():
        with zipfile.ZipFile(kf) as z:
            names = z.namelist()
        wb = openpyxl.load_workbook(str(kf))
        if wb.sheetnames != ["Eksportsammendrag", "Ark 1 - Tiltak 2094"] or "docProps/app.xml" in names:
            errs.append(f"{kf.name}: not shaped like a Numbers export")
    return errs


def rebuild_identical(out: Path) -> list[str]:
    from .__main__ import build_all
    errs = []
    with tempfile.TemporaryDirectory() as td:
        build_all(Path(td))
        for p in sorted(Path(td).iterdir()):
            q = out / p.name
            if not q.exists() or q.read_bytes() != p.read_bytes():
                errs.append(f"rebuild differs: {p.name}")
    return errs


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else DEFAULT_OUT
    errors: list[str] = []
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
    for m in MODULES:
        p = out / m.FILENAME
        if not p.exists():
            continue
        try:
            opens(p)
            texts[m.FILENAME] = norm(m.text(p))
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
    for i, r in enumerate(rows, 2):
        where = f"truth.csv line {i}"
        mod = by_name.get(r["source_file"])
        if mod is None:
            errors.append(f"{where}: unknown source_file {r['source_file']}")
            continue
        per_file[r["source_file"]] += 1
        if not is_member(r["member"]):
            errors.append(f"{where}: {r['member']!r} is not a member")
        if r["member"] != mod.MEMBER:
            errors.append(f"{where}: member {r['member']!r} but the file is {mod.MEMBER!r}'s")
        if r["type"] not in TYPES:
            errors.append(f"{where}: type {r['type']!r} not one of the six")
        if r["delmal"] not in DELMAL:
            errors.append(f"{where}: delmål {r['delmal']!r} is not a delmål code")
        if not re.fullmatch(r"[MJU]\d\d", r["seed_row"]):
            errors.append(f"{where}: bad seed_row {r['seed_row']!r}")
        seeds[r["seed_row"]].append(r)
        if not r["tiltak"] or not r["beskrivelse"]:
            errors.append(f"{where}: empty tiltak or beskrivelse")
        text = texts.get(r["source_file"], "")
        split = getattr(mod, "SPLIT_FIELDS", ())
        sentences = getattr(mod, "SENTENCE_FIELDS", ())
        for fld in TEXT_FIELDS:
            cell = norm(r[fld])
            if not cell:
                continue
            if fld in split:
                parts = [norm(p) for p in cell.split(", ")]
            elif fld in sentences:
                parts = [norm(p) for p in SENTENCE.split(cell)]
            else:
                parts = [cell]
            for part in parts:
                if part not in text and part.replace(" ", "") not in text.replace(" ", ""):
                    errors.append(f"{where}: {fld} {part!r} not found in {r['source_file']}")

    for m in MODULES:
        if not getattr(m, "IMAGE_ONLY", False) or not (out / m.FILENAME).exists():
            continue
        words = ocr_words(out / m.FILENAME)
        if words is None:
            print(f"(Tesseract not installed: {m.FILENAME} not OCR-checked)")
            continue
        for r in rows:
            if r["source_file"] != m.FILENAME:
                continue
            want = re.findall(r"\w+", r["tiltak"].lower())
            got = sum(1 for w in want if w in words)
            if got < 0.75 * len(want):
                errors.append(f"{m.FILENAME}: OCR finds only {got} of the {len(want)} words of {r['tiltak']!r}")

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
            if cid is None:
                errors.append(f"{sid}: no council id")
                continue
            if not 2 <= len(rs) <= 4:
                errors.append(f"{sid}: {len(rs)} members (want 2–4)")
            for r in rs:
                if r["type"] != "Råd/utvalg/nettverk":
                    errors.append(f"{sid}: {r['member']}'s seat not typed Råd/utvalg/nettverk")
                hay = f"{r['tiltak']} {r['beskrivelse']}"
                if not any(re.search(p, hay) for p in COUNCIL_PATTERNS[cid]):
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
                if not any(k in r["tiltak"].lower() for k in JOINT_KEYS[sid]):
                    errors.append(f"{sid}: {r['member']}'s name {r['tiltak']!r} lacks {JOINT_KEYS[sid]!r}")
        elif len(rs) != 1:
            errors.append(f"{sid}: U id used {len(rs)} times")
    if n_m != 6:
        errors.append(f"{n_m} shared councils (want 6)")
    if n_j != 6:
        errors.append(f"{n_j} joint measures (want 6)")
    if not 80 <= len(rows) <= 95:
        errors.append(f"{len(rows)} truth rows (want 80–95)")
    if {r["type"] for r in rows} != set(TYPES):
        errors.append("not all six types are used")
    reporting = [m.MEMBER for m in MODULES if m.MEMBER]
    if len(set(reporting)) != len(reporting):
        errors.append("a member has two files")
    if len(reporting) != 15 or len(MODULES) - len(reporting) != 1:
        errors.append(f"{len(reporting)} member reports and {len(MODULES) - len(reporting)} other files "
                      f"(want 15 + 1)")
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

    errors += shape_checks(out)
    errors += rebuild_identical(out)

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
