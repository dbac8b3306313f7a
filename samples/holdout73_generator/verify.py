"""Check held-out round 73: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout73_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (the MHTML's decoded HTML part, the Calc HTML's cells, the photo's typed text, the Ghostscript
PDF's text layer with its one broken ligature read as the glyphs show it); cells are matched exactly after whitespace
normalisation. The reader's vocabulary
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
JOINT_KEYS = {"J01": ("fagbrev på tvers",), "J02": ("læringsbarometeret",), "J03": ("karriereuka",),
              "J04": ("norsk i praksis",), "J05": ("ki-løftet",), "J06": ("godkjenningsveiviseren",)}
COUNCIL_PATTERNS = {
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglige? råd"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet", r"(?i)arbeidslivsråd"],
    "UHR-FSE": [r"\bUHR-(Lærerutdanning|Helse|Medisin|MNT|Økonomi)", r"(?i)fagstrategisk"],
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
    elif name.endswith(".webp"):
        from PIL import Image
        if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
            raise ValueError("not a WebP file")
        with Image.open(path) as im:
            im.load()
            if im.format != "WEBP":
                raise ValueError("Pillow does not read it as WebP")
    elif name.endswith(".mhtml"):
        import email
        from email import policy
        msg = email.message_from_bytes(data, policy=policy.default)
        if msg.get_content_type() != "multipart/related":
            raise ValueError("not a multipart/related MHTML")
        if not any(p.get_content_type() == "text/html" for p in msg.walk()):
            raise ValueError("no HTML part")
    elif name.endswith(".html"):
        import lxml.html
        lxml.html.fromstring(data.decode("utf-8"))
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
    """Words Tesseract reads on an image file (None when Tesseract is missing)."""
    if not shutil.which("tesseract"):
        return None
    r = subprocess.run(["tesseract", str(path), "-", "-l", "nor"], capture_output=True, text=True, check=False)
    return set(re.findall(r"\w+", r.stdout.lower()))


def _pdf_meta(path: Path) -> dict:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict()
    finally:
        pdf.close()


def shape_checks(out: Path) -> list[str]:
    """A few facts of the shapes that the truth relies on."""
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    # UHR: a Chrome MHTML
    mh = by["f12_uhr_chrome_mhtml"]
    if (out / mh.FILENAME).exists():
        errs += [f"{mh.FILENAME}: {e}" for e in mh.check(out / mh.FILENAME)]
    # Fagskolerådet: Calc's HTML export, one table per sheet
    ch = out / by["f13_fagskoleradet_calc_html"].FILENAME
    if ch.exists():
        html = ch.read_bytes()
        if b'<meta name="generator" content="LibreOffice' not in html or html.count(b"<table") != 2:
            errs.append(f"{ch.name}: not a two-sheet Calc HTML export")
    # Kompetanseforbundet: written by LibreOffice Calc, with merged delmål cells
    kx = out / by["f14_kompetanseforbundet_calc_lagret_xlsx"].FILENAME
    if kx.exists():
        with zipfile.ZipFile(kx) as z:
            app = z.read("docProps/app.xml")
            sheet = z.read("xl/worksheets/sheet1.xml")
        if b"<Application>LibreOffice" not in app:
            errs.append(f"{kx.name}: not written by LibreOffice")
        if sheet.count(b"<mergeCell ") != 3:
            errs.append(f"{kx.name}: the merged delmål cells are missing")
    # NIFU: a DOCX written by LibreOffice Writer
    nd = out / by["f16_nifu_sammendrag_not_report_docx"].FILENAME
    if nd.exists():
        with zipfile.ZipFile(nd) as z:
            if b"<Application>LibreOffice" not in z.read("docProps/app.xml"):
                errs.append(f"{nd.name}: not written by LibreOffice")
    # Sametinget: re-distilled by Ghostscript
    gp = out / by["f15_sametinget_komprimert_ghostscript_pdf"].FILENAME
    if gp.exists() and not _pdf_meta(gp).get("Producer", "").startswith("GPL Ghostscript"):
        errs.append(f"{gp.name}: not made by Ghostscript")
    # the LibreOffice exports
    for key, creator in (("f01_regjeringen_sitert_delmal_pdf", "Writer"), ("f05_ys_nye_og_viderefort_calc_pdf", "Calc"),
                         ("f07_unio_innsatsomrade_delmal_writer_pdf", "Writer"),
                         ("f09_spekter_hvorfor_hvem_hvordan_pdf", "Writer")):
        p = out / by[key].FILENAME
        if p.exists() and _pdf_meta(p).get("Creator") != creator:
            errs.append(f"{p.name}: not a {creator} export")
    # Regjeringen: no delmål code in the table, only the quoted fragments
    reg_mod = by["f01_regjeringen_sitert_delmal_pdf"]
    reg = out / reg_mod.FILENAME
    if reg.exists():
        txt = norm(reg_mod.text(reg))
        if re.search(r"\b[123]\.[1-6]\b", txt.replace("2093", "")):
            errs.append(f"{reg.name}: a delmål code appears")
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
            if not 3 <= len(rs) <= 5:
                errors.append(f"{sid}: {len(rs)} members (want 3–5)")
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
