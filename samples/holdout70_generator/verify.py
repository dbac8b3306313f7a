"""Check held-out round 70: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout70_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (the web archive's sheet parts, the PDF form's field values, the two-column page read column by
column, the web page without its boxes and the boxes, the deck's slides and notes, the master document's cached
sections); cells are matched exactly after whitespace normalisation. The reader's vocabulary is not used: codes,
types, members and council names are listed here from the brief and the strategy.
"""
from __future__ import annotations

import csv
import io
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
JOINT_KEYS = {"J01": ("karrierekompasset",), "J02": ("lærlingløftet",), "J03": ("læringsbarometeret",),
              "J04": ("kompetanseløft i omsorg",), "J05": ("realkompetansedagen",), "J06": ("norsk på jobben",)}
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
    elif name.endswith(".pptm"):
        _zip_xml_ok(path)
        import pptx
        if len(pptx.Presentation(str(path)).slides) < 3:
            raise ValueError("too few slides")
    elif name.endswith(".odm"):
        parts = _zip_xml_ok(path)
        if parts.get("mimetype") != b"application/vnd.oasis.opendocument.text-master":
            raise ValueError("not an OpenDocument master document")
    elif name.endswith(".mht"):
        import email
        msg = email.message_from_bytes(data)
        if msg.get_content_type() != "multipart/related":
            raise ValueError("not a web archive")
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True).decode(part.get_content_charset() or "windows-1252")
    elif name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        if len({len(r) for r in rows}) != 1:
            raise ValueError("ragged CSV")
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
        return dict(pdf.get_metadata_dict(), pages=len(pdf))
    finally:
        pdf.close()


def shape_checks(out: Path) -> list[str]:
    """A few facts of the shapes that the truth relies on."""
    import pdfplumber
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    rows_by_file = defaultdict(list)
    with open(out / "truth.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows_by_file[r["source_file"]].append(r)
    # Regjeringen: two columns – the right half of page 1 holds text
    mod = by["f01_regjeringen_tospalter_pdf"]
    p = out / mod.FILENAME
    if p.exists():
        with pdfplumber.open(str(p)) as pdf:
            pg = pdf.pages[0]
            right = pg.crop((pg.width / 2 + 5, pg.height * 0.3, pg.width, pg.height * 0.9)).extract_text() or ""
        if len(right.split()) < 40:
            errs.append(f"{p.name}: page 1 has no right-hand column")
    # KS: a Calc export with one page per sheet
    mod = by["f04_ks_to_ark_calc_pdf"]
    p = out / mod.FILENAME
    if p.exists():
        meta = _pdf_meta(p)
        if meta.get("Creator") != "Calc" or meta["pages"] != 2:
            errs.append(f"{p.name}: not a two-page Calc export ({meta.get('Creator')}, {meta['pages']} pages)")
    # YS: Excel web archive – a frameset main part, the cells in the sheet parts
    mod = by["f11_ys_excel_webarkiv_mht"]
    p = out / mod.FILENAME
    if p.exists():
        data = p.read_bytes()
        parts = mod.parts(p)
        main = [v for k, v in parts.items() if k.endswith("YS-kompetansetiltak2090.htm")]
        sheets = [k for k in parts if re.search(r"sheet00\d\.htm$", k)]
        if not main or "<frameset" not in main[0] or "<td" in main[0] or len(sheets) != 2:
            errs.append(f"{p.name}: not an Excel frameset archive with two sheet parts")
        if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data) or b"quoted-printable" not in data:
            errs.append(f"{p.name}: not CRLF quoted-printable")
        if 'x:num="2.2999999999999998"' not in "".join(parts.values()):
            errs.append(f"{p.name}: no x:num delmål cells")
    # Vestland: the answers are field values only
    mod = by["f12_vestland_pdfskjema_felt_pdf"]
    p = out / mod.FILENAME
    if p.exists():
        fields = mod.field_values(p)
        page = norm(pdf_plain(p))
        if len(fields) != 51 or b"/NeedAppearances true" not in p.read_bytes():
            errs.append(f"{p.name}: {len(fields)} form fields (want 51) or no NeedAppearances")
        for r in rows_by_file[p.name]:
            if r["tiltak"] in page or r["beskrivelse"][:40] in page:
                errs.append(f"{p.name}: answer {r['tiltak']!r} is in the page text")
    # Virke: a Chromium print
    mod = by["f13_virke_nettside_chromium_pdf"]
    p = out / mod.FILENAME
    if p.exists():
        meta = _pdf_meta(p)
        if not meta.get("Producer", "").startswith("Skia/PDF") or "HeadlessChrome" not in meta.get("Creator", ""):
            errs.append(f"{p.name}: not a Chromium print ({meta.get('Producer')}, {meta.get('Creator')})")
    # Kompetanseforbundet: macro-enabled main part, no VBA project
    mod = by["f14_kompetanseforbundet_makrodekk_pptm"]
    p = out / mod.FILENAME
    if p.exists():
        with zipfile.ZipFile(p) as z:
            ct = z.read("[Content_Types].xml")
            names = z.namelist()
        if mod.MACRO_CT.encode() not in ct or mod.PPTX_CT.encode() in ct or any("vbaProject" in n for n in names):
            errs.append(f"{p.name}: main part not typed macro-enabled")
    # Sametinget: master document with four linked sections
    mod = by["f15_sametinget_hoveddokument_odm"]
    p = out / mod.FILENAME
    if p.exists():
        links = mod.section_sources(p)
        if len(links) != 4 or not all(x.startswith("../Avdelingsbidrag/") for x in links):
            errs.append(f"{p.name}: {len(links)} linked sections")
    # the CSV: a Nettskjema export
    mod = by["f16_nettskjema_evaluering_not_report_csv"]
    p = out / mod.FILENAME
    if p.exists() and not p.read_text(encoding="utf-8").startswith('"$submission_id","$created"'):
        errs.append(f"{p.name}: not shaped like a Nettskjema export")
    return errs


def pdf_plain(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages)


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
