"""Check held-out round 71: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout71_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (PDF text and table cells, Word paragraphs including content controls and tracked moves, the
filtered web page's blocks, the ODT's paragraphs and frames, sheet cells); cells are matched exactly after whitespace
normalisation. The reader's vocabulary is not used: codes, types, members and council names are listed here from the
brief and the strategy.
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
JOINT_KEYS = {"J01": ("kompetansepulsen",), "J02": ("læreplassløftet",), "J03": ("språkløftet",),
              "J04": ("åpne dag", "opne dag"), "J05": ("ki-kort",), "J06": ("evu-portal",)}
COUNCIL_PATTERNS = {
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglige? råd"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet", r"(?i)arbeidslivsråd"],
    "UHR-FSE": [r"\bUHR-(Lærerutdanning|Helse|Medisin|MNT|Økonomi)", r"(?i)fagstrategisk"],
    "FSR": [r"(?i)nasjonalt fagsk[uo]leråd"],
    "NFK": [r"\bNFK\b", r"(?i)nasjonalt forum for karriere(veiledning|rettleiing)"],
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    elif name.endswith(".htm"):
        import lxml.html
        doc = lxml.html.fromstring(data.decode("cp1252"))
        if doc.find("body") is None:
            raise ValueError("no body")
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


def _creator(path: Path) -> str | None:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict().get("Creator")
    finally:
        pdf.close()


def _para_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def shape_checks(out: Path) -> list[str]:
    """A few facts of the shapes that the truth relies on."""
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    # Regjeringen: one chapter in Nynorsk, the kind label changing with it
    reg_mod = by["f01_regjeringen_departementer_nynorsk_pdf"]
    reg = out / reg_mod.FILENAME
    if reg.exists():
        txt = norm(reg_mod.text(reg))
        if "2 Arbeids- og inkluderingsdepartementet" not in txt or "Verkemiddel: kurstilbod" not in txt or \
                "Virkemiddel: utvalg" not in txt:
            errs.append(f"{reg.name}: the Nynorsk chapter or the grey lines are missing")
    # KS: a tracked move, the moved-from and moved-to paragraphs the same and named alike
    ks = out / by["f04_ks_sporet_flytting_docx"].FILENAME
    if ks.exists():
        with zipfile.ZipFile(ks) as z:
            root = etree.fromstring(z.read("word/document.xml"))
            names = z.namelist()
        starts = {tag: [e.get(W + "name") for e in root.iter(W + tag)]
                  for tag in ("moveFromRangeStart", "moveToRangeStart")}
        if len(starts["moveFromRangeStart"]) != 1 or starts["moveFromRangeStart"] != starts["moveToRangeStart"]:
            errs.append(f"{ks.name}: no matching named move ranges")
        moved = {}
        for tag in ("moveFrom", "moveTo"):
            paras = [p for p in root.iter(W + "p") if p.find(f"{W}pPr/{W}rPr/{W}{tag}") is not None]
            moved[tag] = [_para_text(p) for p in paras]
        if len(moved["moveFrom"]) != 3 or moved["moveFrom"] != moved["moveTo"]:
            errs.append(f"{ks.name}: the moved paragraphs differ: {moved}")
        if "word/comments.xml" not in names:
            errs.append(f"{ks.name}: the review comment is missing")
    # Akademikerne: Word's filtered web page
    ak = out / by["f08_akademikerne_filtrert_webside_htm"].FILENAME
    if ak.exists():
        data = ak.read_bytes()
        try:
            data.decode("utf-8")
            errs.append(f"{ak.name}: decodes as UTF-8, not windows-1252")
        except UnicodeDecodeError:
            pass
        for needle in (b"charset=windows-1252", b'content="Microsoft Word 15 (filtered)"', b"class=WordSection1",
                       b"style='font-family:Symbol'>\xb7", b"MsoListParagraphCxSpFirst",
                       b"MsoListParagraphCxSpLast", b"class=MsoTableGrid"):
            if needle not in data:
                errs.append(f"{ak.name}: {needle!r} missing")
        if re.search(rb"<(ul|ol|li)\b", data):
            errs.append(f"{ak.name}: has list markup")
        if max(len(line) for line in data.split(b"\r\n")) > 76 + 40:
            errs.append(f"{ak.name}: source lines not wrapped")
    # Spekter: one fact frame per measure, inside the paragraph before its words
    sp_mod = by["f09_spekter_faktabokser_odt"]
    sp = out / sp_mod.FILENAME
    if sp.exists():
        with zipfile.ZipFile(sp) as z:
            content = etree.fromstring(z.read("content.xml"))
        ns_d = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
        ns_t = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
        frames = list(content.iter(ns_d + "frame"))
        if len(frames) != len(sp_mod.MEASURES):
            errs.append(f"{sp.name}: {len(frames)} frames for {len(sp_mod.MEASURES)} measures")
        for f in frames:
            par = f.getparent()
            if par.tag != ns_t + "p" or par.index(f) != 0 or not (f.tail or "").strip() or \
                    f.find(ns_d + "text-box") is None:
                errs.append(f"{sp.name}: frame {f.get(ns_d + 'name')} is not a text box at the start of its paragraph")
    # Kompetanseforbundet: pandoc's styles
    kf = out / by["f14_kompetanseforbundet_pandoc_docx"].FILENAME
    if kf.exists():
        with zipfile.ZipFile(kf) as z:
            doc = z.read("word/document.xml")
        for style in (b"DefinitionTerm", b'w:val="Definition"', b'w:val="Title"', b'w:val="FirstParagraph"'):
            if style not in doc:
                errs.append(f"{kf.name}: pandoc style {style!r} not used")
    # Sametinget: the repeating section with its items, check boxes and drop-downs
    sm_mod = by["f15_sametinget_gjentakende_skjema_docx"]
    sm = out / sm_mod.FILENAME
    if sm.exists():
        with zipfile.ZipFile(sm) as z:
            doc = z.read("word/document.xml")
        n_items = len(sm_mod.BLOCKS) + 1
        if doc.count(b"<w15:repeatingSection/>") != 1 or doc.count(b"<w15:repeatingSectionItem/>") != n_items:
            errs.append(f"{sm.name}: repeating section or its items missing")
        if doc.count(b"<w14:checkbox>") != 6 * n_items or \
                doc.count(b'<w14:checked w14:val="1"/>') != len(sm_mod.BLOCKS):
            errs.append(f"{sm.name}: check boxes wrong")
        last = [m.decode() for m in re.findall(rb'w:lastValue="([0-9.]+)"', doc)]
        if last != [b[1] for b in sm_mod.BLOCKS]:
            errs.append(f"{sm.name}: drop-down values {last}")
    # the LibreOffice exports
    for key, creator in (("f07_virke_prioriteter_calc_pdf", "Calc"), ("f05_unio_forbund_forst_pdf", "Writer"),
                         ("f12_uhr_statuskolonne_writer_pdf", "Writer")):
        p = out / by[key].FILENAME
        if p.exists() and _creator(p) != creator:
            errs.append(f"{p.name}: not a {creator} export ({_creator(p)!r})")
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
