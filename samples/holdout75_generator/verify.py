"""Check held-out round 75: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout75_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (the PDFs' text and table cells, the workbooks' cells, the photo's typed text); cells are matched
exactly after whitespace normalisation; a few facts of the containers are checked separately. The reader's vocabulary
is not used: codes, types, members and council names are listed here from the brief and the strategy.
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
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«])")
JOINT_KEYS = {"J01": ("karrierekompasset",), "J02": ("havvindskolen",), "J03": ("lærlingtinget",),
              "J04": ("språkløypa",), "J05": ("læringsbarometeret",), "J06": ("digidugnaden",)}
COUNCIL_PATTERNS = {
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglige? råd", r"\bFRHO\b"],
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
    elif name.endswith(".odt"):
        parts = _zip_xml_ok(path)
        if parts.get("mimetype") != b"application/vnd.oasis.opendocument.text":
            raise ValueError("not an ODT")
        with zipfile.ZipFile(path) as z:
            if z.infolist()[0].filename != "mimetype" or z.infolist()[0].compress_type != zipfile.ZIP_STORED:
                raise ValueError("mimetype is not the first, stored entry")
    elif name.endswith(".zip"):
        import io

        import docx
        import openpyxl
        with zipfile.ZipFile(path) as z:
            if z.testzip():
                raise ValueError("bad zip member")
            for n in z.namelist():
                inner = z.read(n)
                if n.endswith(".docx"):
                    docx.Document(io.BytesIO(inner))
                elif n.endswith(".xlsx"):
                    openpyxl.load_workbook(io.BytesIO(inner))
                else:
                    raise ValueError(f"unexpected entry {n}")
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
    import openpyxl
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    # the LibreOffice Writer exports
    for key in ("f01_regjeringen_kapittelnummer_pdf", "f11_vestland_tosifra_delmaal_pdf",
                "f12_uhr_delmaal_med_andeler_pdf", "f16_kd_mandat_kbu_not_report_pdf"):
        p = out / by[key].FILENAME
        if p.exists() and _pdf_meta(p).get("Creator") != "Writer":
            errs.append(f"{p.name}: not a Writer export")
    # Regjeringen: no plain delmål code in any table cell, only «kap. x.y»
    reg = out / by["f01_regjeringen_kapittelnummer_pdf"].FILENAME
    if reg.exists():
        import pdfplumber
        with pdfplumber.open(str(reg)) as pdf:
            cells = [norm(c) for pg in pdf.pages for t in pg.extract_tables() for r in t for c in r if c]
        if any(re.fullmatch(r"[123]\.[1-6]", c) for c in cells) or sum(c.startswith("kap. ") for c in cells) != 7:
            errs.append(f"{reg.name}: the goal cells are not the seven «kap.» references")
    # NHO: matplotlib, two pages
    nho = out / by["f03_nho_matplotlib_pdf"].FILENAME
    if nho.exists():
        meta = _pdf_meta(nho)
        if not meta.get("Producer", "").startswith("Matplotlib") or _pdf_pages(nho) != 2:
            errs.append(f"{nho.name}: not a two-page matplotlib PDF")
    # KS: formulas with cached words
    ks = out / by["f04_ks_typekode_med_oppslag_xlsx"].FILENAME
    if ks.exists():
        f = openpyxl.load_workbook(str(ks))["Tiltak 2095"]
        v = openpyxl.load_workbook(str(ks), data_only=True)["Tiltak 2095"]
        formulas = [f.cell(row=r, column=5).value for r in range(5, 12)]
        words = [v.cell(row=r, column=5).value for r in range(5, 12)]
        if not all(isinstance(x, str) and x.startswith("=VLOOKUP") for x in formulas) or not all(
                isinstance(w, str) and w and not w.startswith("=") for w in words):
            errs.append(f"{ks.name}: the Type cells are not VLOOKUP formulas with cached words")
    # Unio: pictograms with alternative text
    un = out / by["f05_unio_ikoner_med_alternativ_tekst_docx"].FILENAME
    if un.exists():
        with zipfile.ZipFile(un) as z:
            doc = z.read("word/document.xml").decode()
        if len(re.findall(r'descr="Form: ', doc)) != 10:
            errs.append(f"{un.name}: not six table pictograms and four legend pictograms with alternative text")
    # YS: the OneDrive-shaped zip
    ys = out / by["f06_ys_onedrive_zip"].FILENAME
    if ys.exists():
        with zipfile.ZipFile(ys) as z:
            names = z.namelist()
            wb = openpyxl.load_workbook(__import__("io").BytesIO(z.read(names[1])))
        if names != ["YS rapportering KPR 2095/Følgebrev til sekretariatet.docx",
                     "YS rapportering KPR 2095/YS aktiviteter 2095.xlsx"] or wb.sheetnames != ["2095",
                                                                                              "2094 (fjorårets)"]:
            errs.append(f"{ys.name}: not the folder download with the letter and the two-sheet workbook")
    # Akademikerne: every line a text frame, no body paragraph with text
    ak = out / by["f08_akademikerne_pdf_importert_docx"].FILENAME
    if ak.exists():
        import docx
        d = docx.Document(str(ak))
        if any(p.text.strip() for p in d.paragraphs) or len(by["f08_akademikerne_pdf_importert_docx"].frames(ak)) < 25:
            errs.append(f"{ak.name}: not a PDF-import document of text frames")
    # Spekter: hyperlinks carry the codes
    sp = out / by["f09_spekter_delmaal_i_lenke_xlsx"].FILENAME
    if sp.exists():
        ws = openpyxl.load_workbook(str(sp)).active
        targets = [ws.cell(row=r, column=4).hyperlink.target for r in range(4, 11)]
        if not all(t and re.search(r"#delmal-[123]-[1-6]$", t) for t in targets):
            errs.append(f"{sp.name}: the goal cells are not hyperlinks to a delmål")
    # Kompetanseforbundet: pandoc ODT
    kf = out / by["f14_kompetanseforbundet_pandoc_odt"].FILENAME
    if kf.exists():
        with zipfile.ZipFile(kf) as z:
            meta = z.read("meta.xml")
        if b"<meta:generator>Pandoc/" not in meta:
            errs.append(f"{kf.name}: not made by pandoc")
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
