"""Check held-out round 77: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, the facts of each container hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout77_generator.verify [outdir]``. Each module's ``text()`` gives the content a reader
could extract (for Virke's booklet each A5 half read on its own; for Spekter's PDF the decrypted text; for the
binary Word document and the Cocoa RTF what LibreOffice reads); cells are matched after whitespace normalisation.
The reader's vocabulary is not used: codes, types, members and council names are listed here from the brief and the
strategy.
"""
from __future__ import annotations

import csv
import re
import struct
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

from . import MODULES
from .common import COUNCILS, DEFAULT_OUT, DELMAL, JOINT, TRUTH_HEADER, TYPES, cfb_read, is_member, norm
from .readme import TRAPS

TEXT_FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
JOINT_KEYS = {"J01": "voksenløftet", "J02": "kompetanseradaren", "J03": "karrieredagen",
              "J04": "havvindskolen", "J05": "språkløypa", "J06": "praksisportalen"}
COUNCIL_PATTERNS = {
    "NFK": [r"(?i)forum(et)? for karriereveiledning", r"(?i)karriereveiledningsforum"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet"],
    "UHR-FSE": [r"\bUHR-(Helse|Medisin|Lærerutdanning|MNT|Økonomi)", r"(?i)fagstrategisk"],
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
    if data.startswith(b"\xd0\xcf\x11\xe0"):                 # the .xls, and the Word 97 file under a .docx name
        streams = cfb_read(data)
        if not ({"Book", "WordDocument"} & set(streams)):
            raise ValueError("compound file without a Book or WordDocument stream")
    elif name.endswith(".docx"):
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
    elif name.endswith(".rtf"):
        if not data.startswith(b"{\\rtf1") or data.count(b"{") != data.count(b"}"):
            raise ValueError("not a balanced RTF file")
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


def _lo_csv(path: Path) -> str:
    """Open a spreadsheet in LibreOffice and return its first sheet as CSV."""
    import shutil
    import subprocess
    work = Path(tempfile.mkdtemp(prefix="h77_v_"))
    try:
        src = work / ("f" + path.suffix)
        src.write_bytes(path.read_bytes())
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(work / "o"),
                        str(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        res = work / "o" / "f.csv"
        return res.read_text(encoding="utf-8", errors="replace") if res.exists() else ""
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shape_checks(out: Path, rows: list[dict]) -> list[str]:
    import openpyxl
    errs = []
    truth = defaultdict(list)
    for r in rows:
        truth[r["source_file"]].append(r)

    def path(key):
        p = out / BY[key].FILENAME
        return p if p.exists() else None

    for key in ("f01_regjeringen", "f12_uhr", "f16_nho"):
        p = path(key)
        if p and _meta(p).get("Creator") != "Writer":
            errs.append(f"{p.name}: not a Writer export")
    p = path("f01_regjeringen")
    if p:
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            body = [r for pg in pdf.pages for t in pg.extract_tables() for r in t if r and r[0] and r[0] != "Nr."]
        nums = [r[3] for r in body]
        want = [str(DELMAL.index(r["delmal"]) + 1) for r in truth[p.name]]
        if len(body) != 7 or not all(n and n.isdigit() for n in nums) or nums[:6] != want:
            errs.append(f"{p.name}: the goal cells are not the running numbers of the truth's delmål")
    p = path("f02_lo")
    if p:
        targets = BY["f02_lo"].link_targets(p)
        want = [r["delmal"].replace(".", "-") for r in truth[p.name]]
        got = [re.search(r"delmal-(\d-\d)/$", t).group(1) for t in targets]
        doc = zipfile.ZipFile(p).read("word/document.xml").decode()
        if doc.count("<w:hyperlink ") != 7 or got[:6] != want or \
                any(f"delmal-{w}" in BY["f02_lo"].docx_all_text(p) for w in want):
            errs.append(f"{p.name}: the codes are not only in the link targets")
    p = path("f03_nho")
    if p:
        parts = _zip_parts(p)
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        wb = openpyxl.load_workbook(str(p), data_only=True)
        cached = [wb.active.cell(row=5 + i, column=3).value for i in range(len(truth[p.name]))]
        if "xl/externalLinks/externalLink1.xml" not in parts or sheet.count("<f>[1]Delm") != 7 or \
                b"externalReferences" not in parts["xl/workbook.xml"] or \
                [c.split(" ")[0] for c in cached] != [r["delmal"] for r in truth[p.name]] or \
                "2.4 Relevante etter- og videreutdanningstilbud" not in _lo_csv(p):
            errs.append(f"{p.name}: the goal cells are not cached values of external-link formulas")
    p = path("f04_ks")
    if p:
        from pptx import Presentation
        prs = Presentation(str(p))
        secs = BY["f04_ks"].section_of_slides(p)
        sec_of = {i: name for name, ids in secs.items() for i in ids}
        titles = {str(s.slide_id): s.shapes.title.text for s in prs.slides}
        got = [sec_of[i].split(" ")[0] for i, t in titles.items() if t in {r["tiltak"] for r in truth[p.name]}]
        on_slides = " ".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
        if got != [r["delmal"] for r in truth[p.name]] or re.search(r"\b[123]\.[1-6]\b", on_slides):
            errs.append(f"{p.name}: the delmål is not given by the section names alone")
    p = path("f05_unio")
    if p:
        import docx
        t = docx.Document(str(p)).tables[0]
        short = [r_.cells[0].text for r_ in t.rows[1:]]
        full = [r_.cells[1].text for r_ in t.rows[1:]]
        if t.rows[0].cells[0].text != "Kortnavn" or full[:5] != [r["tiltak"] for r in truth[p.name]] or \
                set(short) & set(full):
            errs.append(f"{p.name}: the short names are not a column of their own before the full names")
    p = path("f06_ys")
    if p:
        ws = openpyxl.load_workbook(str(p)).active
        cells = [ws.cell(row=r, column=3).value for r in range(5, 12)]
        if not all(re.fullmatch(r"(I|II|III)-[1-6]", c or "") for c in cells):
            errs.append(f"{p.name}: the goal cells are not Roman-hyphen codes")
    p = path("f07_virke")
    if p:
        import pdfplumber
        meta = _meta(p)
        with pdfplumber.open(str(p)) as pdf:
            sizes = {(round(float(pg.width)), round(float(pg.height))) for pg in pdf.pages}
            first = pdf.pages[0].crop((float(pdf.pages[0].width) / 2, 0, float(pdf.pages[0].width),
                                       float(pdf.pages[0].height))).extract_text() or ""
        if len(pdf.pages) != 4 or sizes != {(839, 595)} or "Virke og kompetanse" not in first or \
                meta.get("Producer") != "Acrobat Distiller 25.0 (Windows)":
            errs.append(f"{p.name}: not four imposed A4 sheets with the cover on the right of sheet 1")
    p = path("f08_akademikerne")
    if p:
        data = p.read_bytes()
        if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") or "WordDocument" not in cfb_read(data) or \
                zipfile.is_zipfile(p):
            errs.append(f"{p.name}: not a Word 97 binary under a .docx name")
    p = path("f09_spekter")
    if p:
        raw = p.read_bytes()
        if not raw.startswith(b"%PDF-1.7") or b"/CFM /AESV3" not in raw or not re.search(rb"/R 6\b", raw) or \
                not re.search(rb"/V 5\b", raw) or b"Kompetanseradaren" in raw:
            errs.append(f"{p.name}: not encrypted at AES-256 R 6")
    p = path("f10_vofo")
    if p:
        sheet = _zip_parts(p)["xl/worksheets/sheet1.xml"].decode()
        if '<col hidden="1" outlineLevel="1" width="9" customWidth="1" min="3" max="6"/>' not in sheet or \
                'collapsed="1"' not in sheet or 'outlineLevelCol="1"' not in sheet:
            errs.append(f"{p.name}: columns C–F are not a collapsed outline group")
    p = path("f11_vestland")
    if p:
        streams = cfb_read(p.read_bytes())
        book = streams.get("Book", b"")
        rid, _ln, vers, kind = struct.unpack_from("<HHHH", book) if len(book) >= 8 else (0, 0, 0, 0)
        cells = BY["f11_vestland"].cells_of(p)
        codes = [v for r, c, v in cells if c == 2 and r > 3]
        nums = [v for r, c, v in cells if isinstance(v, float)]
        csv_text = _lo_csv(p)
        if (rid, vers, kind) != (0x0809, 0x0500, 0x0005) or "Workbook" in streams or \
                "\x05SummaryInformation" not in streams or codes[:6] != [r["delmal"] for r in truth[p.name]] or \
                len(nums) != 2 or "Kartlegging av kompetansebehov i Sunnfjord" not in csv_text:
            errs.append(f"{p.name}: not a BIFF5 workbook that LibreOffice reads")
    p = path("f12_uhr")
    if p:
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            n = sum(len(pg.extract_tables()) for pg in pdf.pages)
        if n != 6:
            errs.append(f"{p.name}: not six measure cards")
    p = path("f13_fagskoleradet")
    if p:
        if BY["f13_fagskoleradet"].highlighted(p) != [r["type"] for r in truth[p.name]]:
            errs.append(f"{p.name}: the highlighted words are not the types")
    p = path("f14_kompetanseforbundet")
    if p:
        raw = p.read_bytes()
        if not raw.startswith(b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf") or raw.count(b"\\lastrow\\row") != 1 or \
                raw.count(b"\\itap1\\trowd") != 6 or not all(b < 128 for b in raw):
            errs.append(f"{p.name}: not a TextEdit RTF with a six-row table")
    p = path("f15_sametinget")
    if p:
        t = BY["f15_sametinget"].text(p)
        if "rapportåret 2096" not in t or "Mal for rapportering 2096" not in t or "tiltakene våre i 2097" not in t:
            errs.append(f"{p.name}: not last year's template with the year set right in the line under it")
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

    errors += shape_checks(out, rows)
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
