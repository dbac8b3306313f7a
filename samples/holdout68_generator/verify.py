"""Check held-out round 68: files exist and open, truth is well formed, every truth cell is in its file's
extractable content, the counts are as planned, a few shape facts hold, and a rebuild is byte-identical.

Run ``python -m samples.holdout68_generator.verify [outdir]``. Each module's own ``text()`` gives the content a
reader could extract (the web archive's main HTML, the HTML part inside the S/MIME signature, the INSERT values of the
Base database, the Word and Excel files inside the 7z archive); cells are matched exactly after whitespace
normalisation. The reader's vocabulary is not used: codes, types, members and council names are listed here from the
brief and the strategy.
"""
from __future__ import annotations

import csv
import io
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
from .common import COUNCILS, DEFAULT_OUT, DELMAL, JOINT, TRUTH_HEADER, TYPES, is_member, norm, read_7z, \
    xlsx_text
from .readme import TRAPS

TEXT_FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«])")
JOINT_KEYS = {"J01": (r"\bvia\b",), "J02": (r"havbruk",), "J03": (r"læringsbarometer",),
              "J04": (r"yrkesfaguka", r"yrkesfagveka"), "J05": (r"språkstøtte\.no",), "J06": (r"validering i praksis",)}
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
    import plistlib
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
    elif name.endswith(".odb"):
        parts = _zip_xml_ok(path)
        if parts.get("mimetype") != b"application/vnd.oasis.opendocument.base":
            raise ValueError("not an OpenDocument database")
        with zipfile.ZipFile(path) as z:
            if z.infolist()[0].filename != "mimetype" or z.infolist()[0].compress_type != zipfile.ZIP_STORED:
                raise ValueError("mimetype is not the first, stored entry")
    elif name.endswith(".webarchive"):
        if not data.startswith(b"bplist00"):
            raise ValueError("not a binary property list")
        arc = plistlib.loads(data)
        if arc["WebMainResource"]["WebResourceMIMEType"] != "text/html":
            raise ValueError("main resource is not HTML")
    elif name.endswith(".eml"):
        import email
        import email.policy
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not msg["From"] or not msg["Date"]:
            raise ValueError("no From/Date header")
    elif name.endswith(".7z"):
        read_7z(path)
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


def shape_checks(out: Path, rows: list[dict]) -> list[str]:
    """A few facts of the shapes that the truth relies on."""
    import plistlib
    import pypdfium2 as pdfium
    errs = []
    by = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
    names_of = defaultdict(list)
    for r in rows:
        names_of[r["source_file"]].append(r["tiltak"])
    # KS: a hybrid PDF whose embedded file is an ODT holding the same measures
    ks_mod = by["f05_ks_hybrid_pdf"]
    ks = out / ks_mod.FILENAME
    if ks.exists():
        emb = ks_mod.embedded_odt(ks)
        if not emb:
            errs.append(f"{ks.name}: no embedded ODF file (/AdditionalStreams)")
        else:
            with zipfile.ZipFile(io.BytesIO(emb)) as z:
                if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
                    errs.append(f"{ks.name}: embedded file is not an ODT")
                content = norm(" ".join(etree.fromstring(z.read("content.xml")).itertext()))
            for n in names_of[ks.name]:
                if norm(n) not in content:
                    errs.append(f"{ks.name}: embedded ODT lacks {n!r}")
    # Akademikerne: a Safari web archive with subresources
    wa = out / by["f08_akademikerne_safari_webarchive"].FILENAME
    if wa.exists():
        arc = plistlib.loads(wa.read_bytes())
        if len(arc.get("WebSubresources", [])) < 3 or arc["WebMainResource"]["WebResourceTextEncodingName"] != "UTF-8":
            errs.append(f"{wa.name}: web archive without its subresources or encoding")
    # Spekter: nothing readable outside the signature; the container parses; openssl verifies it
    sp_mod = by["f09_spekter_smime_signert_eml"]
    sp = out / sp_mod.FILENAME
    if sp.exists():
        raw = sp.read_bytes()
        for n in names_of[sp.name]:
            if n.encode("utf-8") in raw:
                errs.append(f"{sp.name}: {n!r} readable outside the signature")
        inner = sp_mod.inner_message(sp)
        if inner.get_content_type() != "multipart/alternative":
            errs.append(f"{sp.name}: signed content is not multipart/alternative")
        if shutil.which("openssl"):
            r = subprocess.run(["openssl", "smime", "-verify", "-noverify", "-inform", "SMIME", "-in", str(sp)],
                               capture_output=True, check=False)
            if r.returncode != 0:
                errs.append(f"{sp.name}: openssl does not verify the signature")
    # VOFO: an embedded HSQLDB; every DelmaalID resolves to a delmål code
    vo_mod = by["f10_vofo_base_odb"]
    vo = out / vo_mod.FILENAME
    if vo.exists():
        with zipfile.ZipFile(vo) as z:
            content = z.read("content.xml")
            props = z.read("database/properties")
        if b"sdbc:embedded:hsqldb" not in content or b"version=1.8.0" not in props:
            errs.append(f"{vo.name}: not an embedded HSQLDB database")
        tables = vo_mod.script_rows(vo)
        codes = {r[0]: r[1] for r in tables.get("Delmaal", [])}
        for r in tables.get("Tiltak", []):
            if r[3] not in codes or codes[r[3]] not in DELMAL:
                errs.append(f"{vo.name}: DelmaalID {r[3]} of {r[1]!r} does not resolve")
        dm_of = {r[1]: codes.get(r[3]) for r in tables.get("Tiltak", [])}
        for r in rows:
            if r["source_file"] == vo.name and dm_of.get(r["tiltak"]) != r["delmal"]:
                errs.append(f"{vo.name}: {r['tiltak']!r} has delmål {dm_of.get(r['tiltak'])} in the database")
    # UHR: the 7z holds the report and a key-figure workbook without measures
    uhr_mod = by["f12_uhr_7z_arkiv"]
    uhr = out / uhr_mod.FILENAME
    if uhr.exists():
        files = read_7z(uhr)
        if set(files) != {uhr_mod.INNER_DOCX, uhr_mod.INNER_XLSX}:
            errs.append(f"{uhr.name}: archive holds {sorted(files)}")
        else:
            with tempfile.TemporaryDirectory() as td:
                p = Path(td) / "n.xlsx"
                p.write_bytes(files[uhr_mod.INNER_XLSX])
                kt = xlsx_text(p)
            for n in names_of[uhr.name]:
                if n in kt:
                    errs.append(f"{uhr.name}: key-figure workbook names {n!r}")
    # Fagskolerådet: a Calc export
    calc = out / by["f13_fagskoleradet_calc_utskrift_pdf"].FILENAME
    if calc.exists():
        pdf = pdfium.PdfDocument(str(calc))
        try:
            if pdf.get_metadata_dict().get("Creator") != "Calc":
                errs.append(f"{calc.name}: not a Calc export")
        finally:
            pdf.close()
    # NHO: the out-of-year items are on the second sheet only
    nho = out / by["f03_nho_orienteringsark_xlsx"].FILENAME
    if nho.exists():
        import openpyxl
        wb = openpyxl.load_workbook(str(nho))
        if wb.sheetnames != ["Tiltak 2088", "Til orientering"]:
            errs.append(f"{nho.name}: sheets are {wb.sheetnames}")
    # YS: every measure is in the overview table and has its own section
    ys_mod = by["f06_ys_oversikt_og_omtale_pdf"]
    ys = out / ys_mod.FILENAME
    if ys.exists():
        txt = norm(ys_mod.text(ys))
        for n in names_of[ys.name]:
            if txt.count(norm(n)) < 2:
                errs.append(f"{ys.name}: {n!r} is not named twice")
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
                if not any(re.search(k, r["tiltak"].lower()) for k in JOINT_KEYS[sid]):
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
