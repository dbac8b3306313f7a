"""Check held-out round 76: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, the facts of each container hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout76_generator.verify [outdir]``. Each module's ``text()`` gives the content a reader
could extract (for Sametinget's layered PDF the text in content-stream order, where each layer comes out whole);
cells are matched after whitespace normalisation. The reader's vocabulary is not used: codes, types, members and
council names are listed here from the brief and the strategy.
"""
from __future__ import annotations

import csv
import re
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
JOINT_KEYS = {"J01": "fagbrevbussen", "J02": "læringsklimaundersøkelsen", "J03": "yrkesfagveka",
              "J04": "batteriskolen", "J05": "ordkraft", "J06": "ki-sertifikatet"}
COUNCIL_PATTERNS = {
    "NFK": [r"(?i)forum(et)? for karriereveiledning", r"(?i)karriereveiledningsforum"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet"],
    "UHR-FSE": [r"\bUHR-(Helse|Medisin|Lærerutdanning|MNT)", r"(?i)fagstrategisk"],
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglig råd"],
    "FSR": [r"(?i)nasjonalt fagskoleråd"],
}
BY = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}


def _zip_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        if z.testzip():
            raise ValueError("bad zip member")
        parts = {n: z.read(n) for n in z.namelist()}
    for n, data in parts.items():
        if n.endswith((".xml", ".rels")):
            etree.fromstring(data)
    return parts


def opens(path: Path) -> None:
    name = path.name.lower()
    data = path.read_bytes()
    if name.endswith(".docx"):
        _zip_parts(path)
        import docx
        docx.Document(str(path))
    elif name.endswith(".xlsx"):
        _zip_parts(path)
        import openpyxl
        openpyxl.load_workbook(str(path))
    elif name.endswith(".pptx"):
        _zip_parts(path)
        from pptx import Presentation
        Presentation(str(path))
    elif name.endswith(".xlsb"):
        _zip_parts(path)
        BY["f06_ys"].cells_of(path)
    elif name.endswith((".ods", ".vsdx")):
        parts = _zip_parts(path)
        if name.endswith(".ods") and parts.get("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            raise ValueError("not an ODS")
    elif name.endswith(".html"):
        etree.HTML(data)
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


def _meta(path: Path) -> dict:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict()
    finally:
        pdf.close()


def _inflate(data: bytes) -> bytes:
    import zlib
    try:
        return zlib.decompress(data)
    except zlib.error:
        return data


def _lo_text(path: Path, convert_to: str, ext: str) -> str:
    """Open the file in LibreOffice and return the converted text (a PDF's text or a CSV)."""
    import shutil
    import subprocess
    work = Path(tempfile.mkdtemp(prefix="h76_v_"))
    try:
        src = work / ("f" + path.suffix)
        src.write_bytes(path.read_bytes())
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", convert_to, "--outdir", str(work / "o"), str(src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        res = work / "o" / ("f." + ext)
        if not res.exists():
            return ""
        if ext == "pdf":
            from .common import pdf_text
            return pdf_text(res)
        return res.read_text(encoding="utf-8", errors="replace")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shape_checks(out: Path) -> list[str]:
    import openpyxl
    errs = []

    def path(key):
        p = out / BY[key].FILENAME
        return p if p.exists() else None

    for key in ("f01_regjeringen", "f05_unio", "f07_virke"):
        p = path(key)
        if p and _meta(p).get("Creator") != "Writer":
            errs.append(f"{p.name}: not a Writer export")
    p = path("f01_regjeringen")
    if p:
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            body = [r for pg in pdf.pages for t in pg.extract_tables() for r in t if r and r[0] and r[0] != "Tiltak"]
        if len(body) != 7 or any(sum(1 for c in r[2:6] if c and c.strip()) != 1 for r in body):
            errs.append(f"{p.name}: not one code in exactly one ministry column per row")
    p = path("f02_lo")
    if p:
        doc = zipfile.ZipFile(p).read("word/document.xml").decode()
        body = doc[doc.index("<w:body>"):]
        begin, tbl, end = body.find('w:fldCharType="begin"'), body.find("<w:tbl>"), body.find('w:fldCharType="end"')
        if "LINK Excel.Sheet.12" not in doc or not 0 <= begin < tbl < end:
            errs.append(f"{p.name}: the table is not the result of a LINK field")
    p = path("f03_nho")
    if p:
        wb = openpyxl.load_workbook(str(p))
        ws = wb.active
        names = [ws.cell(row=r, column=1).value for r in range(2, 9)]
        if wb.sheetnames != ["Export"] or names != sorted(names, key=str.lower) or \
                ws.cell(row=10, column=1).value != "Brukte filtre:":
            errs.append(f"{p.name}: not a sorted Power BI export with the applied filters under it")
    p = path("f04_ks")
    if p:
        import docx
        tables = docx.Document(str(p)).tables
        nums = sorted(int(n) for r in tables[1].rows[1:] for n in r.cells[1].text.split(", "))
        if len(tables) != 2 or nums != list(range(1, 8)):
            errs.append(f"{p.name}: table 2 does not list every measure number once")
    p = path("f08_akademikerne")
    if p:
        from pptx import Presentation
        prs = Presentation(str(p))
        sections = [s for s in prs.slides if s.slide_layout.name == "Section Header"]
        if len(sections) != 6 or b"Microsoft Macintosh PowerPoint" not in zipfile.ZipFile(p).read("docProps/app.xml"):
            errs.append(f"{p.name}: not pandoc's deck with six section slides")
    p = path("f09_spekter")
    if p:
        parts = _zip_parts(p)
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        if (sheet.count('t="inlineStr"') != 8 * 8 - 2 or '<dimension ref="A1"/>' not in sheet
                or b"Apache POI" not in parts["docProps/app.xml"] or b'count="0"' not in parts["xl/sharedStrings.xml"]):
            errs.append(f"{p.name}: not a streaming-writer workbook with inline strings")
    p = path("f06_ys")
    if p:
        parts = _zip_parts(p)
        cells = BY["f06_ys"].cells_of(p)
        csv_text = _lo_text(p, "csv:Text - txt - csv (StarCalc):44,34,76", "csv")
        if (sorted(n for n in parts if n.endswith(".bin")) != ["xl/sharedStrings.bin", "xl/styles.bin",
                                                                "xl/workbook.bin", "xl/worksheets/sheet1.bin"]
                or len(cells) != 2 + 6 + 33 or "Kampanje om opplæring for permitterte" not in csv_text):
            errs.append(f"{p.name}: not an XLSB that LibreOffice reads")
    p = path("f10_vofo")
    if p:
        raw = p.read_bytes()
        if len(re.findall(rb"/TrimBox", raw)) != 2 or len(re.findall(rb"/BleedBox", raw)) != 2:
            errs.append(f"{p.name}: no TrimBox and BleedBox on both pages")
    p = path("f11_nordland")
    if p:
        page = _zip_parts(p)["visio/pages/page1.xml"].decode()
        drawn = norm(_lo_text(p, "pdf", "pdf"))
        if page.count('<Row N="Delmaal">') != 7 or page.count('<Section N="Property">') != 7 or \
                "Fagbrevbussen Lofoten – fylkets egen rute" not in drawn:
            errs.append(f"{p.name}: not seven boxes with Shape Data that LibreOffice draws")
    p = path("f13_fagskoleradet")
    if p:
        xml = BY["f13_fagskoleradet"].content(p)
        if xml.count("<table:cell-content-change ") != 3 or xml.count('<table:deletion table:id') != 1:
            errs.append(f"{p.name}: the change tracking is not three cell changes and one row deletion")
    p = path("f14_kompetanseforbundet")
    if p:
        page = p.read_text(encoding="utf-8")
        if not page.startswith("<!DOCTYPE html> <html lang=nb><!--\n Page saved with SingleFile") or \
                page.count("<template shadowrootmode=open>") != 7:
            errs.append(f"{p.name}: not a SingleFile page with seven shadow roots")
    p = path("f15_sametinget")
    if p:
        raw = p.read_bytes()
        streams = b"".join(_inflate(m) for m in re.findall(rb"stream\r?\n(.*?)endstream", raw, re.S))
        if b"/OCProperties" not in raw or b"/OFF [" not in raw or streams.count(b"/OC /MC1 BDC") != 2:
            errs.append(f"{p.name}: no hidden North Sámi layer on both pages")
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
    errors += [f"unexpected file {x}" for x in sorted(present - expected)]
    errors += [f"missing file {x}" for x in sorted(expected - present)]
    if (out / ".tiltakignore").exists() and (out / ".tiltakignore").read_bytes() != b"truth.csv\nREADME.md\n":
        errors.append(".tiltakignore has other content")

    texts: dict[str, str] = {}
    for m in MODULES:
        p = out / m.FILENAME
        if p.exists():
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

    per_file: dict[str, int] = defaultdict(int)
    seeds: dict[str, list] = defaultdict(list)
    for i, r in enumerate(rows, 2):
        where = f"truth.csv line {i}"
        mod = by_name.get(r["source_file"])
        if mod is None:
            errors.append(f"{where}: unknown source_file {r['source_file']}")
            continue
        per_file[r["source_file"]] += 1
        if not is_member(r["member"]) or r["member"] != mod.MEMBER:
            errors.append(f"{where}: member {r['member']!r} is not the file's member {mod.MEMBER!r}")
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
        for fld in TEXT_FIELDS:
            cell = norm(r[fld])
            if not cell:
                continue
            parts = [norm(x) for x in cell.split(", ")] if fld in mod.SPLIT_FIELDS else [cell]
            for part in parts:
                if part not in text and part.replace(" ", "") not in text.replace(" ", ""):
                    errors.append(f"{where}: {fld} {part!r} not found in {r['source_file']}")

    for m in MODULES:
        if m.MEMBER is None and per_file.get(m.FILENAME):
            errors.append(f"{m.FILENAME}: not a member report but has truth rows")
        if m.MEMBER is not None and not 4 <= per_file.get(m.FILENAME, 0) <= 7:
            errors.append(f"{m.FILENAME}: {per_file.get(m.FILENAME, 0)} truth rows (want 4–7)")

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
                if JOINT_KEYS[sid] not in r["tiltak"].lower():
                    errors.append(f"{sid}: {r['member']}'s name {r['tiltak']!r} lacks {JOINT_KEYS[sid]!r}")
        elif len(rs) != 1:
            errors.append(f"{sid}: U id used {len(rs)} times")
    if n_m != 6 or n_j != 6:
        errors.append(f"{n_m} shared councils and {n_j} joint measures (want 6 and 6)")
    if not 80 <= len(rows) <= 95:
        errors.append(f"{len(rows)} truth rows (want 80–95)")
    if {r["type"] for r in rows} != set(TYPES):
        errors.append("not all six types are used")
    reporting = [m.MEMBER for m in MODULES if m.MEMBER]
    if len(set(reporting)) != len(reporting) or len(reporting) != 15 or len(MODULES) != 16:
        errors.append(f"{len(reporting)} member reports from {len(set(reporting))} members in {len(MODULES)} files "
                      "(want 15 from 15 in 16)")
    for member, tiltak, _why in TRAPS:
        if not any(r["member"] == member and r["tiltak"] == tiltak and r["seed_row"].startswith("U") for r in rows):
            errors.append(f"trap {member}: {tiltak!r} is not a U row")

    readme = (out / "README.md").read_text(encoding="utf-8") if (out / "README.md").exists() else ""
    for m in MODULES:
        found = re.search(r"^\| \d+ \| `" + re.escape(m.FILENAME) + r"` \|.*\| (\d+) \|$", readme, re.M)
        if not found:
            errors.append(f"README has no table row for {m.FILENAME}")
        elif int(found.group(1)) != per_file.get(m.FILENAME, 0):
            errors.append(f"README says {found.group(1)} rows for {m.FILENAME}, truth has "
                          f"{per_file.get(m.FILENAME, 0)}")

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
