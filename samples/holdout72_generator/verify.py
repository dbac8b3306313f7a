"""Check held-out round 72: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout72_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (the forwarded message inside the e-mail, the Word report inside the Mac archive, the PDF inside
the OLE package, the PDF's annotation notes, the ODT with its hidden section); cells are matched exactly after
whitespace normalisation. The reader's vocabulary is not used: codes, types, members and council names are listed
here from the brief and the strategy.
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
JOINT_KEYS = {"J01": ("fagbrev på deltid",), "J02": ("digitv",), "J03": ("læringsbarometer",),
              "J04": ("fagskoleuk", "fagskuleuk"), "J05": ("karrieresamtalen",),
              "J06": ("norsk på arbeidsplassen", "npa")}
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
    elif name.endswith(".odt"):
        parts = _zip_xml_ok(path)
        if parts.get("mimetype") != b"application/vnd.oasis.opendocument.text":
            raise ValueError("not an ODT")
    elif name.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                raise ValueError(f"bad zip member {bad}")
    elif name.endswith(".eml"):
        import email
        import email.policy
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not msg.is_multipart() or not msg["From"] or not msg["Date"]:
            raise ValueError("not a multipart e-mail with From and Date")
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


def ocr_words(path: Path):  # no image-only file in this round
    return None


def shape_checks(out: Path, rows: list[dict]) -> list[str]:
    """A few facts of the shapes that the truth relies on."""
    import email
    import email.policy
    import io
    import struct
    import pypdfium2 as pdfium
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    names_of = defaultdict(list)
    for r in rows:
        names_of[r["source_file"]].append(r["tiltak"])
    # LO: the report is only inside a message/rfc822 attachment; the outer note names no measure
    lo = by["f02_lo_videresendt_som_vedlegg_eml"]
    p = out / lo.FILENAME
    if p.exists():
        msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        parts = list(msg.iter_parts())
        kinds = [x.get_content_type() for x in parts]
        if kinds != ["text/plain", "message/rfc822"]:
            errs.append(f"{p.name}: outer parts are {kinds}")
        else:
            note = parts[0].get_content()
            if any(n in note for n in names_of[lo.FILENAME]):
                errs.append(f"{p.name}: the outer note names a measure")
            inner = parts[1].get_content()
            htmls = [x for x in inner.walk() if x.get_content_type() == "text/html"]
            if not htmls or "<table" not in htmls[0].get_content():
                errs.append(f"{p.name}: the forwarded message has no HTML table")
    # Akademikerne: a Mac archive – NFD names without the UTF-8 flag, __MACOSX AppleDouble files, .DS_Store
    ak = by["f08_akademikerne_mac_zip"]
    p = out / ak.FILENAME
    if p.exists():
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
            raw = [i.filename.encode("cp437") for i in infos]
            if any(i.flag_bits & 0x800 for i in infos):
                errs.append(f"{p.name}: an entry has the UTF-8 flag")
            if not any(b"a\xcc\x8a" in r for r in raw):
                errs.append(f"{p.name}: no decomposed (NFD) name")
            dbl = [i for i, r in zip(infos, raw) if r.startswith(b"__MACOSX/") and b"/._" in r]
            if not dbl or z.read(dbl[0])[:4] != struct.pack(">I", 0x00051607):
                errs.append(f"{p.name}: no AppleDouble file under __MACOSX/")
            if not any(r.endswith(b"/.DS_Store") for r in raw):
                errs.append(f"{p.name}: no .DS_Store")
            if any((i.external_attr >> 16) == 0 for i in infos) or any(i.create_system != 3 for i in infos):
                errs.append(f"{p.name}: entries without Unix attributes")
    # Spekter: an incremental update with StrikeOut, Highlight, Text and Popup annotations; the page text unchanged
    sp = by["f09_spekter_markeringer_pdf"]
    p = out / sp.FILENAME
    if p.exists():
        data = p.read_bytes()
        if data.count(b"%%EOF") < 2 or b"/Prev " not in data:
            errs.append(f"{p.name}: no incremental update")
        ann = sp.annotations(p)
        subs = sorted({s for s, _t in ann})
        if subs != [1, 9, 12, 16]:  # Text, Highlight, StrikeOut, Popup
            errs.append(f"{p.name}: annotation subtypes {subs}")
        notes = " ".join(t for _s, t in ann)
        for want in (sp.NOTE_STRUCK, sp.NOTE_CORR):
            if want not in notes:
                errs.append(f"{p.name}: note {want!r} missing")
        page_text = norm(sp.text(p))
        if sp.STRUCK not in page_text:
            errs.append(f"{p.name}: the struck row is not in the page text")
    # UHR: the letter names no measure; the report is a PDF inside an OLE Package object
    uh = by["f12_uhr_folgebrev_med_pdf_objekt_docx"]
    p = out / uh.FILENAME
    if p.exists():
        import olefile
        with zipfile.ZipFile(p) as z:
            doc = z.read("word/document.xml")
            blob = z.read("word/embeddings/oleObject1.bin")
        if b'ProgID="Package"' not in doc or b'DrawAspect="Icon"' not in doc:
            errs.append(f"{p.name}: no Package object shown as an icon")
        ole = olefile.OleFileIO(io.BytesIO(blob))
        if sorted("/".join(e) for e in ole.listdir()) != ["\x01CompObj", "\x01Ole10Native", "\x03ObjInfo"]:
            errs.append(f"{p.name}: OLE streams {ole.listdir()}")
        if not uh.embedded_pdf(p).startswith(b"%PDF-"):
            errs.append(f"{p.name}: the package holds no PDF")
        import docx
        letter = "\n".join(x.text for x in docx.Document(str(p)).paragraphs)
        if any(n in letter for n in names_of[uh.FILENAME]):
            errs.append(f"{p.name}: the letter names a measure")
    # Kompetanseforbundet: last year's table in a hidden section only
    kf = by["f14_kompetanseforbundet_skjult_seksjon_odt"]
    p = out / kf.FILENAME
    if p.exists():
        hidden = kf.hidden_section(p)
        with zipfile.ZipFile(p) as z:
            content = z.read("content.xml").decode("utf-8")
        visible = content.replace(hidden, "")
        if "Veiledernettverk Innlandet" not in hidden or "Veiledernettverk Innlandet" in visible:
            errs.append(f"{p.name}: last year's table is not only in the hidden section")
    # KS: a Calc export; Regjeringen: the table's header row repeats on the next page
    ks = out / by["f05_ks_prosjektnummer_calc_pdf"].FILENAME
    if ks.exists():
        pdf = pdfium.PdfDocument(str(ks))
        try:
            if pdf.get_metadata_dict().get("Creator") != "Calc":
                errs.append(f"{ks.name}: not a Calc export")
        finally:
            pdf.close()
    reg = out / by["f01_regjeringen_io_dm_koder_pdf"].FILENAME
    if reg.exists():
        import pdfplumber
        with pdfplumber.open(str(reg)) as pdf:
            if len(pdf.pages) < 2 or "Status og resultater 2092" not in (pdf.pages[1].extract_text() or ""):
                errs.append(f"{reg.name}: the header row does not repeat on page 2")
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
