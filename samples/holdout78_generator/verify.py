"""Check held-out round 78: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, the facts of each container hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout78_generator.verify [outdir]``. Each module's ``text()`` gives the content a reader
could extract (for Virke's IDML the stories in reading order; for Spekter's workbook the decrypted package; for UHR's
archive the ODT inside; for VOFO's photo the text the page was drawn from, and the photo is read with tesseract as
well); cells are matched after whitespace normalisation. The reader's vocabulary is not used: codes, types, members
and council names are listed here from the brief and the strategy.
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
JOINT_KEYS = {"J01": "fagbrevsjansen", "J02": "kompetansetermometeret", "J03": "veiviserdagen",
              "J04": "hydrogenskolen", "J05": "språkvakta", "J06": "lærlingtorget"}
COUNCIL_PATTERNS = {
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglig(e)? råd"],
    "NFK": [r"(?i)forum(et)? for karriereveiledning", r"(?i)karriereveiledningsforum"],
    "UHR-FSE": [r"\bUHR-(Helse|Medisin|Lærerutdanning|MNT|Økonomi)", r"(?i)fagstrategisk"],
    "FSR": [r"(?i)nasjonalt fagskoleråd"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet"],
}
CODE = re.compile(r"(?<![\d.,])[123]\.[1-6](?![\d,])")
BY = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip_parts(path_or_bytes) -> dict[str, bytes]:
    import io
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with zipfile.ZipFile(src) as z:
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
        import io

        import openpyxl
        if data.startswith(OLE):
            from .common import office_decrypt
            data = office_decrypt(data, BY["f09_spekter"].PASSWORD)
        _zip_parts(data)
        openpyxl.load_workbook(io.BytesIO(data))
    elif name.endswith(".idml"):
        parts = _zip_parts(path)
        if parts.get("mimetype") != b"application/vnd.adobe.indesign-idml-package":
            raise ValueError("no IDML mimetype")
    elif name.endswith(".heic"):
        import pillow_heif
        from PIL import Image
        pillow_heif.register_heif_opener()
        with Image.open(path) as im:
            im.load()
    elif name.endswith(".tar.gz"):
        import tarfile
        with tarfile.open(str(path), "r:gz") as tar:
            for m in tar.getmembers():
                if m.isfile():
                    tar.extractfile(m).read()
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


def _lo_csv(path: Path, suffix: str) -> str:
    """Open a spreadsheet in LibreOffice (no password given) and return its first sheet as CSV."""
    import shutil
    import subprocess
    work = Path(tempfile.mkdtemp(prefix="h78_v_"))
    try:
        src = work / ("f" + suffix)
        src.write_bytes(path.read_bytes())
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(work / "o"),
                        str(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        res = work / "o" / "f.csv"
        return res.read_text(encoding="utf-8", errors="replace") if res.exists() else ""
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shape_checks(out: Path, rows: list[dict]) -> list[str]:  # noqa: C901 - one check per file
    import openpyxl
    errs = []
    truth = defaultdict(list)
    for r in rows:
        truth[r["source_file"]].append(r)

    def path(key):
        p = out / BY[key].FILENAME
        return p if p.exists() else None

    for key in ("f01_regjeringen", "f05_unio", "f08_akademikerne", "f13_fagskoleradet", "f16_rogaland"):
        p = path(key)
        if p and _meta(p).get("Creator") != "Writer":
            errs.append(f"{p.name}: not a Writer export")
    p = path("f01_regjeringen")
    if p:
        t = BY["f01_regjeringen"].text(p)
        ords = re.findall(r"Delmål: (det \w+) \(", t)
        want = [BY["f01_regjeringen"].ORDINAL[int(r[1].split(".")[1])] for r in BY["f01_regjeringen"].ROWS]
        if ords != want or CODE.search(t) or t.count("Virkemiddel: ") != 7:
            errs.append(f"{p.name}: the delmål are not ordinal words only")
    p = path("f02_lo")
    if p:
        got = BY["f02_lo"].main_goals(p)
        import docx
        cells = [r_.cells[2].text for r_ in docx.Document(str(p)).tables[0].rows[1:]]
        if got[:6] != [r["delmal"] for r in truth[p.name]] or sum("," in c for c in cells) < 4:
            errs.append(f"{p.name}: the bold codes are not the truth's delmål among several")
    p = path("f03_nho")
    if p:
        ws = openpyxl.load_workbook(str(p))["Tavle"]
        heads = {c.column: str(c.value).split(" ")[0] for c in ws[4] if c.value}
        placed = {}
        for r_ in ws.iter_rows(min_row=5):
            for c in r_:
                if c.value:
                    placed[str(c.value).split("\n")[0]] = heads.get(c.column)
        if any(placed.get(r["tiltak"]) != r["delmal"] for r in truth[p.name]) or \
                any(CODE.search(str(v)) for v in placed):
            errs.append(f"{p.name}: a card does not stand under its delmål column")
    p = path("f04_ks")
    if p:
        parts = _zip_parts(p)
        custom = parts.get("docProps/custom.xml", b"").decode()
        import docx
        codes = [r_.cells[2].text for r_ in docx.Document(str(p)).tables[0].rows[1:]]
        area = {"GV": "1", "LA": "2", "SV": "3"}
        decoded = [area[c[:2]] + "." + c[2:] for c in codes if re.fullmatch(r"(GV|LA|SV)[1-6]", c)]
        if "docMetadata/LabelInfo.xml" not in parts or "_Name\"><vt:lpwstr>Intern<" not in custom or \
                len(decoded) != len(codes) or decoded[:6] != [r["delmal"] for r in truth[p.name]] or \
                "Intern" not in BY["f04_ks"].text(p):
            errs.append(f"{p.name}: not letter codes under a sensitivity label")
    p = path("f05_unio")
    if p:
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            tables = [t for pg in pdf.pages for t in pg.extract_tables()]
            last = pdf.pages[-1].extract_text() or ""
        appendix = [r_ for r_ in tables[-1] if r_ and r_[0] and r_[0].isdigit()]
        mapping = {r_[0]: r_[1] for r_ in appendix}
        main = [r_ for t in tables[:-1] for r_ in t if r_ and r_[0] and r_[0].isdigit()]
        names = {(r_[1] or "").replace("\n", " "): r_[0] for r_ in main}
        if "Vedlegg" not in last or any(mapping.get(names.get(r["tiltak"], "?")) != r["delmal"]
                                        for r in truth[p.name]) or any(CODE.search(" ".join(map(str, r_)))
                                                                       for r_ in main):
            errs.append(f"{p.name}: the delmål are not only in the appendix keyed by number")
    p = path("f06_ys")
    if p:
        mod = BY["f06_ys"]
        chars = mod.form_chars(p)
        want = [mod.SYMBOLS[r["type"]] for r in truth[p.name]]
        legend = zipfile.ZipFile(p).read("word/document.xml").decode().count('w:font="Wingdings"')
        if chars[:6] != want or legend != 13:
            errs.append(f"{p.name}: the Form cells are not the Wingdings symbols of the types")
    p = path("f07_virke")
    if p:
        mod = BY["f07_virke"]
        z = zipfile.ZipFile(p)
        first = z.infolist()[0]
        order = mod.reading_order(p)
        names = [r["tiltak"] for r in truth[p.name]]
        listed = re.findall(r'<idPkg:Story src="Stories/Story_(u[0-9a-f]+)\.xml"/>', z.read("designmap.xml").decode())
        read = [s for _p, _b, s, _w in mod.FRAMES]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or \
                [n for n in order if n in names] != names or listed == read or sorted(listed) != sorted(read):
            errs.append(f"{p.name}: not an IDML package read in spread order")
    p = path("f08_akademikerne")
    if p:
        tags = re.findall(r"Emneknagger: #delmål(\d)_(\d)", BY["f08_akademikerne"].text(p))
        if [f"{a}.{b}" for a, b in tags] != [r["delmal"] for r in truth[p.name]]:
            errs.append(f"{p.name}: the delmål tags are not the truth's")
    p = path("f09_spekter")
    if p:
        import olefile
        raw = p.read_bytes()
        ole = olefile.OleFileIO(raw)
        listed = {"/".join(x) for x in ole.listdir(streams=True, storages=True)}
        csv_text = _lo_csv(p, ".xlsx")
        if not raw.startswith(OLE) or zipfile.is_zipfile(p) or not {"EncryptionInfo", "EncryptedPackage",
                                                                    "\x06DataSpaces/TransformInfo/"
                                                                    "StrongEncryptionTransform/\x06Primary"} <= listed \
                or "Lederprogram for avdelingsledere i sykehus" not in csv_text:
            errs.append(f"{p.name}: not an encrypted workbook that opens with the default password")
    p = path("f10_vofo")
    if p:
        import subprocess

        import pillow_heif
        from PIL import Image
        pillow_heif.register_heif_opener()
        with Image.open(p) as im:
            size, make = im.size, im.getexif().get(0x010F)
            with tempfile.TemporaryDirectory() as td:
                im.convert("L").save(Path(td) / "p.png")
                ocr = subprocess.run(["tesseract", str(Path(td) / "p.png"), "-", "-l", "nor"], capture_output=True,
                                     text=True, timeout=300).stdout
        ocr = norm(ocr)
        wanted = ["Veiviserdagen 2098", "karriereveiledning", "Evaluering", "Folkeuniversitetet", "mars 2099"]
        if p.read_bytes()[4:12] != b"ftypheic" or size != (3024, 4032) or make != "Apple" or \
                not all(w in ocr for w in wanted):
            errs.append(f"{p.name}: not an iPhone HEIC photo whose page tesseract can read")
    p = path("f11_rogaland")
    if p:
        ws = openpyxl.load_workbook(str(p)).active
        regional = [ws.cell(row=r, column=3).value for r in range(5, 12)]
        national = [ws.cell(row=r, column=4).value for r in range(5, 12)]
        looks = [re.match(r"[123]\.[1-6] ", v or "") for v in regional]
        if national[:6] != [r["delmal"] for r in truth[p.name]] or not all(looks) or \
                any(v.split(" ")[0] == n for v, n in zip(regional, national)):
            errs.append(f"{p.name}: the regional goals do not stand beside different national delmål")
    p = path("f12_uhr")
    if p:
        import tarfile
        raw = p.read_bytes()
        mod = BY["f12_uhr"]
        files = mod.members(p)
        with tarfile.open(str(p), "r:gz") as tar:
            fmt_ok = all(m.uname == "ingrid" for m in tar.getmembers())
        odt = files.get(f"{mod.FOLDER}/{mod.ODT_NAME}", b"")
        if raw[:4] != b"\x1f\x8b\x08\x00" or raw[4:8] != b"\0\0\0\0" or raw[9] != 3 or not fmt_ok or \
                sorted(files) != sorted([mod.FOLDER, f"{mod.FOLDER}/{mod.ODT_NAME}",
                                         f"{mod.FOLDER}/LESMEG.txt"]) or \
                _zip_parts(odt).get("mimetype") != b"application/vnd.oasis.opendocument.text":
            errs.append(f"{p.name}: not a gzip'd tar of the folder with the ODT")
    p = path("f13_fagskoleradet")
    if p:
        pages = BY["f13_fagskoleradet"].page_headers(p)
        where = {}
        for head, body in pages:
            m = re.search(r"Delmål ([123]\.[1-6])", head)
            for r in truth[p.name]:
                if r["tiltak"] in body:
                    where[r["tiltak"]] = m.group(1) if m else None
        if any(where.get(r["tiltak"]) != r["delmal"] for r in truth[p.name]) or \
                any(CODE.search(body) for _h, body in pages):
            errs.append(f"{p.name}: the delmål are not only in the running headers")
    p = path("f14_kompetanseforbundet")
    if p:
        com = BY["f14_kompetanseforbundet"].comments(p)
        body = zipfile.ZipFile(p).read("word/document.xml").decode()
        if [re.search(r"Delmål (\S+)", c).group(1) for c in com] != [r["delmal"] for r in truth[p.name]] or \
                "Delmål" in body or 'w:date="2099-01-12T14:05:00Z"' not in \
                zipfile.ZipFile(p).read("word/comments.xml").decode():
            errs.append(f"{p.name}: the delmål are not only in the comments")
    p = path("f15_sametinget")
    if p:
        left, right = BY["f15_sametinget"].columns(p)
        if right != [r["tiltak"] for r in truth[p.name]] or set(left) & set(right):
            errs.append(f"{p.name}: not a parallel table with the Norwegian names on the right")
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


def main(argv=None) -> int:  # noqa: C901 - the checks read best in one place
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
        if "2098" in r["beskrivelse"] and re.search(r"\b(2097|2099)\b", r["beskrivelse"]):
            errors.append(f"{where}: the description mixes years")

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
    if not 75 <= len(rows) <= 95:
        errors.append(f"{len(rows)} truth rows (want 75–95)")
    if {r["type"] for r in rows} != set(TYPES):
        errors.append("not all six types are used")
    reporting = [m.MEMBER for m in MODULES if m.MEMBER]
    if len(set(reporting)) != len(reporting) or len(reporting) != 15 or len(MODULES) != 16:
        errors.append(f"{len(reporting)} member reports from {len(set(reporting))} members in {len(MODULES)} files "
                      "(want 15 from 15 in 16)")
    for member, tiltak, _why in TRAPS:
        if not any(r["member"] == member and r["tiltak"] == tiltak and r["seed_row"].startswith("U") for r in rows):
            errors.append(f"trap {member}: {tiltak!r} is not a U row")
    for sid, key in JOINT_KEYS.items():
        if not any(key in r["tiltak"].lower() and r["seed_row"].startswith("U") for r in rows) and \
                sid in {"J01", "J02", "J04"}:
            errors.append(f"{sid}: no own version or phase named like it")

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
