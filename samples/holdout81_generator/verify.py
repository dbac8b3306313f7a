"""Check held-out round 81: the files are there and open, truth.csv is well formed and every text cell of it can be
found in its file, the counts are as planned, the particular facts of each file hold, no year of 2100 or later
stands anywhere, and a rebuild gives the same bytes.

Run ``python -m samples.holdout81_generator.verify [outdir]``. Each module's ``text()`` is the content a reader can
get out of the file (for the XML the element texts, for the CSV the field values, for the e-mail the decoded
text/plain part); cells are compared after whitespace normalisation. Codes, kinds, members and council names are
listed here from the brief and the strategy, not from the program's vocabulary.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

from . import MODULES
from .common import COUNCILS, DEFAULT_OUT, DELMAL, JOINT, TRUTH_HEADER, TYPES, is_member, no_late_years, norm
from .readme import TRAPS

FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
COUNCIL_PATTERNS = {
    "KBU": [r"\bKBU\b", r"(?i)kompetansebehovsutval"],
    "SRY": [r"\bSRY\b", r"(?i)samarbeidsrådet for yrkesopplæring", r"(?i)faglig(e)? råd"],
    "NFK": [r"(?i)forum(et)? for karriereveiledning", r"(?i)karriereveiledningsforum"],
    "UHR-FSE": [r"\bUHR-(Helse|Medisin|Lærerutdanning|MNT|Økonomi)", r"(?i)fagstrategisk"],
    "FSR": [r"(?i)nasjonalt fagskoleråd"],
    "RSA": [r"\bRSA\b", r"(?i)råd(et|ene)? for samarbeid med arbeidslivet"],
}
JOINT_KEYS = {"J01": "praksisbrua", "J02": "kompetansebarometeret", "J03": "karrieredøgnet",
              "J04": "grønn fagskole", "J05": "språkløypa", "J06": "digitalt grunnløft"}
OWN_VERSIONS = ("J01", "J02", "J03", "J05")          # joint measures that also have a member's own U row named so
BY = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
WRITER_PDFS = ("f01_regjeringen", "f05_unio", "f08_akademikerne", "f12_uhr", "f15_sametinget")
YEARS_ALLOWED = {"2090", "2091", "2092", "2095"}


def _zip(path_or_bytes) -> dict[str, bytes]:
    """The parts of a zip package; every XML part must parse."""
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    with zipfile.ZipFile(src) as z:
        assert z.testzip() is None, "a damaged zip member"
        assert all(i.date_time[0] == 2092 for i in z.infolist()), "a zip time outside 2092"
        parts = {info.filename: z.read(info) for info in z.infolist()}
    for part in [d for n, d in parts.items() if n.endswith((".xml", ".rels"))]:
        etree.fromstring(part)
    core = parts.get("docProps/core.xml", b"")
    assert all(y == b"2092" for y in re.findall(rb"<dcterms:\w+[^>]*>(\d{4})", core)), "package dates not in 2092"
    return parts


def _open_docx(path: Path) -> None:
    import docx
    _zip(path)
    docx.Document(str(path))


def _open_xlsx(path: Path) -> None:
    import openpyxl
    _zip(path)
    openpyxl.load_workbook(str(path))


def _open_pdf(path: Path) -> None:
    import pdfplumber
    import pypdfium2 as pdfium
    data = path.read_bytes()
    assert data[:5] == b"%PDF-", "no PDF header"
    assert set(re.findall(rb"\(D:(\d{4})", data)) <= {b"2092"}, "a PDF date outside 2092"
    with pdfplumber.open(str(path)) as pdf:
        assert pdf.pages, "no pages"
    pdfium.PdfDocument(str(path)).close()


def _open_xml(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<Skjema '), "not an Altinn form document"
    assert data.count(b"\n") == 1, "the form is not on one line after the declaration"
    etree.fromstring(data)


def _open_csv(path: Path) -> None:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, "not UTF-8 with BOM and CRLF"
    assert BY["f10_vofo"].records(path), "no records"


def _open_eml(path: Path) -> None:
    import email
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b""), "a bare LF in the message"
    msg = email.message_from_bytes(raw)
    assert msg.get_content_type() == "multipart/signed" and msg.get_param("protocol") == "application/pgp-signature"
    assert [p.get_content_type() for p in msg.get_payload()] == ["multipart/mixed", "application/pgp-signature"]


OPENERS = {".docx": _open_docx, ".xlsx": _open_xlsx, ".pdf": _open_pdf, ".xml": _open_xml, ".csv": _open_csv,
           ".eml": _open_eml}


def opens(path: Path) -> None:
    OPENERS[path.suffix.lower()](path)


def _creator(path: Path) -> str:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict().get("Creator", "")
    finally:
        pdf.close()


def _unarmor(text: str) -> bytes:
    lines = [ln.strip() for ln in text.strip().splitlines()]
    body = lines[lines.index("") + 1:-1]
    data = base64.b64decode("".join(ln for ln in body if not ln.startswith("=")))
    crc = next(ln for ln in body if ln.startswith("="))[1:]
    assert base64.b64decode(crc) == struct.pack(">I", BY["f14_kompetanseforbundet"]._crc24(data))[1:], "bad CRC"
    return data


def _packets(data: bytes) -> list[tuple[int, bytes]]:
    out, i = [], 0
    while i < len(data):
        tag = data[i] & 0x3F
        n = data[i + 1]
        if n < 192:
            start, length = i + 2, n
        elif n < 224:
            start, length = i + 3, ((n - 192) << 8) + data[i + 2] + 192
        else:
            start, length = i + 6, struct.unpack(">I", data[i + 2:i + 6])[0]
        out.append((tag, data[start:start + length]))
        i = start + length
    return out


def _check_pgp(path: Path) -> list[str]:
    """Verify the detached Ed25519 signature over the signed entity with the attached key, by hand and with gpg."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    errs = []
    signed, sig_armor, key_armor, _text = BY["f14_kompetanseforbundet"].parts(path)
    keys = _packets(_unarmor(key_armor.decode("ascii")))
    sigs = _packets(_unarmor(sig_armor))
    if [t for t, _b in keys] != [6, 13, 2] or [t for t, _b in sigs] != [2]:
        return [f"{path.name}: not a key block (key, uid, self-signature) and one signature packet"]
    pub = keys[0][1]
    pk = pub[-32:]
    assert pub[-33] == 0x40 and pub[5] == 22, "not an EdDSA key"
    body = sigs[0][1]
    hlen = struct.unpack(">H", body[4:6])[0]
    trailer = body[:6 + hlen]
    ulen = struct.unpack(">H", body[6 + hlen:8 + hlen])[0]
    rest = body[8 + hlen + ulen:]
    digest = hashlib.sha256(signed + trailer + b"\x04\xff" + struct.pack(">I", len(trailer))).digest()
    r_len = (struct.unpack(">H", rest[2:4])[0] + 7) // 8
    r = rest[4:4 + r_len]
    s_len = (struct.unpack(">H", rest[4 + r_len:6 + r_len])[0] + 7) // 8
    s = rest[6 + r_len:6 + r_len + s_len]
    try:
        if rest[:2] != digest[:2]:
            raise ValueError("left 16 bits differ")
        Ed25519PublicKey.from_public_bytes(pk).verify(r.rjust(32, b"\0") + s.rjust(32, b"\0"), digest)
    except Exception as exc:  # noqa: BLE001 - any failure is a finding
        errs.append(f"{path.name}: the signature does not verify ({exc!r})")
    if shutil.which("gpg"):
        with tempfile.TemporaryDirectory(prefix="h81_gpg_") as home:
            h = Path(home)
            (h / "key.asc").write_bytes(key_armor)
            (h / "sig.asc").write_text(sig_armor)
            (h / "data").write_bytes(signed)
            base = ["gpg", "--homedir", home, "--batch", "--ignore-time-conflict", "--faked-system-time",
                    "20920115T000000"]
            subprocess.run(base + ["--import", str(h / "key.asc")], capture_output=True, timeout=60)
            res = subprocess.run(base + ["--verify", str(h / "sig.asc"), str(h / "data")], capture_output=True,
                                 timeout=60)
            if b"Good signature" not in res.stderr:
                errs.append(f"{path.name}: gpg does not find a good signature")
    return errs


def shape_checks(out: Path, rows: list[dict]) -> list[str]:  # noqa: C901 - one block per file
    errs: list[str] = []
    truth = defaultdict(list)
    for r in rows:
        truth[r["source_file"]].append(r)

    def path(key):
        p = out / BY[key].FILENAME
        return p if p.exists() else None

    for key in WRITER_PDFS:
        p = path(key)
        if p and _creator(p) != "Writer":
            errs.append(f"{p.name}: not a Writer export")

    p = path("f01_regjeringen")
    if p:
        mod = BY["f01_regjeringen"]
        t = norm(mod.text(p))
        for r in truth[p.name]:
            n, _name, _dep, instr = next(x for x in mod.ROWS if x[1] == r["tiltak"])[:4]
            if mod.code_of(n) != r["delmal"] or mod.INSTRUMENT[instr] != r["type"] or instr not in t:
                errs.append(f"{p.name}: running number or instrument of {r['tiltak']!r} does not give the truth")
        if re.search(r"(?<![\d.])[123]\.[1-6](?![\d])", "\n".join(x[4] for x in mod.ROWS)):
            errs.append(f"{p.name}: a delmål code stands in a description")

    p = path("f02_lo")
    if p:
        mod = BY["f02_lo"]
        t = norm(mod.text(p))
        kind = {n: ty for _w, ns, ty in mod.KINDS for n in ns}
        if mod.KIND_LINE not in t or [kind[i] for i in range(1, len(truth[p.name]) + 1)] != \
                [r["type"] for r in truth[p.name]]:
            errs.append(f"{p.name}: the line under the table does not give the truth kinds")
        import docx
        if len(docx.Document(str(p)).tables[0].columns) != 6:
            errs.append(f"{p.name}: not a six-column table")

    p = path("f03_nho")
    if p:
        codes = BY["f03_nho"].codes(p)
        want = [r["delmal"] for r in truth[p.name]]
        if not all(isinstance(c, int) and 11 <= c <= 36 for c in codes) or \
                [f"{c // 10}.{c % 10}" for c in codes[:len(want)]] != want:
            errs.append(f"{p.name}: the code cells are not whole numbers giving the truth delmål")

    p = path("f04_ks")
    if p:
        mod = BY["f04_ks"]
        got = mod.name_colours(p)
        if [(n, mod.COLOUR.get(c)) for n, c in got] != [(r["tiltak"], r["type"]) for r in truth[p.name]]:
            errs.append(f"{p.name}: the name colours do not give the truth kinds")
        used = {c for _n, c in got}
        if len({c for _w, c, _t in mod.LEGEND}) != 6 or len(used) != 4:
            errs.append(f"{p.name}: not six legend colours of which four are used")

    p = path("f05_unio")
    if p:
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            table = pdf.pages[0].extract_tables()[0]
        firsts = [r_[0] for r_ in table[1:]]
        if firsts != ["Rådsarbeid", None, "Utviklingsarbeid", "Skolering", "Fagdag"]:
            errs.append(f"{p.name}: the kind column is not merged as planned ({firsts})")

    p = path("f06_ys")
    if p:
        mod = BY["f06_ys"]
        gs = mod.groups(p)
        live = [g for g in gs if "2092" not in g["TiltakBeskrivelse"]]
        if [(g["TiltakNavn"], g["TiltakDelmal"], mod.CODE.get(g["TiltakTypeKode"])) for g in live] != \
                [(r["tiltak"], r["delmal"], r["type"]) for r in truth[p.name]] or len(gs) != len(live) + 1:
            errs.append(f"{p.name}: the form groups do not give the truth")
        root = etree.fromstring(p.read_bytes())
        if root.get("skjemanummer") != "8841" or not all(re.search(r"-(grp|datadef)-\d+$", etree.QName(e).localname)
                                                        for e in root.iter() if e is not root):
            errs.append(f"{p.name}: not SERES-style element names")

    p = path("f07_virke")
    if p:
        mod = BY["f07_virke"]
        head = mod.header(p)
        if head != mod.HEAD or "f.eks. 1.3" not in head[1] or not all(
                w in head[2] for w in ("FoU", "kurs/utdanning", "råd/utvalg/nettverk", "prosjekt", "informasjon",
                                       "arrangement")):
            errs.append(f"{p.name}: the header cells do not carry the guidance")

    p = path("f08_akademikerne")
    if p:
        mod = BY["f08_akademikerne"]
        t = mod.text(p)
        notes = [ln for ln in t.splitlines() if re.fullmatch(r"\d Sammen med .+\.", ln.strip())]
        want = [r["samarbeidspartnere"] for r in truth[p.name] if r["samarbeidspartnere"]]
        got = [re.sub(r"^\d Sammen med (.+)\.$", r"\1", n.strip()).replace(" og ", ", ") for n in notes]
        if got != want:
            errs.append(f"{p.name}: the footnotes do not give the truth partners ({got})")

    p = path("f09_spekter")
    if p:
        import docx
        table = docx.Document(str(p)).tables[0]
        vals = [r_.cells[1].text for r_ in table.rows[1:]]
        if sorted(set(vals)) != ["nytt", "videreført"] or len(vals) != len(truth[p.name]):
            errs.append(f"{p.name}: the new-or-continued column is not as planned")

    p = path("f10_vofo")
    if p:
        mod = BY["f10_vofo"]
        recs = mod.records(p)
        done = [x for x in recs if x["Status"] == "Gjennomført"]
        if [(x["Tiltak"], x["Delmål"].split()[0], mod.KIND.get(x["Type"])) for x in done] != \
                [(r["tiltak"], r["delmal"], r["type"]) for r in truth[p.name]] or len(recs) != len(done) + 1:
            errs.append(f"{p.name}: the records do not give the truth")
        if not any("\n" in x["Beskrivelse"] for x in recs) or not any("," in x["Samarbeidspartnere"] and
                                                                      ", " not in x["Samarbeidspartnere"]
                                                                      for x in recs):
            errs.append(f"{p.name}: no multi-line description or no bare-comma link list")

    p = path("f11_nordland")
    if p:
        mod = BY["f11_nordland"]
        cells = mod.split_cells(p)[:len(truth[p.name])]
        split = [mod.shares(c) for c in cells if len(mod.shares(c)) > 1]
        if [mod.main_kind(c) for c in cells] != [r["type"] for r in truth[p.name]] or \
                any(sum(v for _k, v in mod.shares(c)) != 100 for c in cells):
            errs.append(f"{p.name}: the largest shares do not give the truth kinds")
        if len(split) != 4 or sum(max(x, key=lambda y: y[1]) == x[0] for x in split) != 1:
            errs.append(f"{p.name}: not four split cells with the main kind first in only one")

    p = path("f12_uhr")
    if p:
        mod = BY["f12_uhr"]
        t = norm(mod.text(p))
        line = mod.link_line()
        got = {}
        for dm, letters in re.findall(r"Delmål ([123]\.[1-6]) – ([a-f, og]+)\.", line):
            for x in re.findall(r"[a-f]", letters):
                got[x] = dm
        if line not in t or [got[x] for x in mod.LETTERS[:len(truth[p.name])]] != [r["delmal"]
                                                                                   for r in truth[p.name]]:
            errs.append(f"{p.name}: the link paragraph does not give the truth delmål")

    p = path("f13_fagskoleradet")
    if p:
        mod = BY["f13_fagskoleradet"]
        for c, r in zip(mod.omtale_cells(p), truth[p.name]):
            k, _sep, rest = c.partition(": ")
            if mod.KIND.get(k) != r["type"] or rest != r["beskrivelse"]:
                errs.append(f"{p.name}: the Omtale cell {c[:30]!r} does not give {r['type']}")

    p = path("f14_kompetanseforbundet")
    if p:
        errs += _check_pgp(p)
        t = BY["f14_kompetanseforbundet"].text(p)
        for r in truth[p.name]:
            if f"{r['tiltak']} (delmål {r['delmal']}, " not in t:
                errs.append(f"{p.name}: no name line with the delmål for {r['tiltak']!r}")

    p = path("f15_sametinget")
    if p:
        t = norm(BY["f15_sametinget"].text(p))
        if len(set(re.findall(r"SR \d{3}/\d\d", t))) != 6:
            errs.append(f"{p.name}: not six case numbers")
    return errs


def rebuild_identical(out: Path) -> list[str]:
    """Build again into a temporary folder; every file must come out byte for byte the same."""
    from .__main__ import build_all
    with tempfile.TemporaryDirectory(prefix="h81_rebuild_") as td:
        build_all(Path(td))
        again = {p.name: p.read_bytes() for p in Path(td).iterdir()}
    return [f"rebuild differs: {n}" for n, data in sorted(again.items())
            if not (out / n).exists() or (out / n).read_bytes() != data]


def truth_checks(out: Path, texts: dict[str, str]) -> tuple[list[str], list[dict]]:  # noqa: C901
    errors: list[str] = []
    by_name = {m.FILENAME: m for m in MODULES}
    with open(out / "truth.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    if header != TRUTH_HEADER:
        errors.append(f"truth header is {header}")
    per_file: dict[str, int] = defaultdict(int)
    seeds: dict[str, list] = defaultdict(list)
    for i, r in enumerate(rows, 2):
        where = f"truth.csv line {i}"
        mod = by_name.get(r["source_file"])
        if mod is None:
            errors.append(f"{where}: unknown source_file {r['source_file']}")
            continue
        per_file[r["source_file"]] += 1
        seeds[r["seed_row"]].append(r)
        if not is_member(r["member"]) or r["member"] != mod.MEMBER:
            errors.append(f"{where}: member {r['member']!r} is not the file's member {mod.MEMBER!r}")
        if r["type"] not in TYPES or r["delmal"] not in DELMAL or not re.fullmatch(r"[MJU]\d\d", r["seed_row"]):
            errors.append(f"{where}: bad type, delmål or seed_row")
        if not r["tiltak"] or not r["beskrivelse"]:
            errors.append(f"{where}: empty tiltak or beskrivelse")
        text = texts.get(r["source_file"], "")
        for fld in FIELDS:
            cell = norm(r[fld])
            parts = [norm(x) for x in cell.split(", ")] if cell and fld in mod.SPLIT_FIELDS else [cell] if cell else []
            for part in parts:
                if part not in text and part.replace(" ", "") not in text.replace(" ", ""):
                    errors.append(f"{where}: {fld} {part!r} not found in {r['source_file']}")
        if re.search(r"\b(2090|2092)\b", r["beskrivelse"]):
            errors.append(f"{where}: the description names another year")
    for m in MODULES:
        n = per_file.get(m.FILENAME, 0)
        if (m.MEMBER is None and n) or (m.MEMBER is not None and not 4 <= n <= 7):
            errors.append(f"{m.FILENAME}: {n} truth rows")

    def seat_problems(sid: str, rs: list[dict]) -> list[str]:
        cid = COUNCILS.get(sid)
        if cid is None or not 2 <= len(rs) <= 4:
            return [f"{sid}: no council id or {len(rs)} members"]
        return [f"{sid}: {r['member']}'s seat is not typed as one or names no form of {cid}" for r in rs
                if r["type"] != "Råd/utvalg/nettverk"
                or not any(re.search(x, f"{r['tiltak']} {r['beskrivelse']}") for x in COUNCIL_PATTERNS[cid])]

    def joint_problems(sid: str, rs: list[dict]) -> list[str]:
        found = [] if sid in JOINT and 2 <= len(rs) <= 3 else [f"{sid}: unknown or reported by {len(rs)} members"]
        if len({(r["delmal"], r["type"]) for r in rs}) != 1:
            found.append(f"{sid}: rows disagree on delmål or type")
        return found + [f"{sid}: {r['member']}'s name {r['tiltak']!r} lacks {JOINT_KEYS.get(sid)!r}" for r in rs
                        if JOINT_KEYS.get(sid, "?") not in r["tiltak"].lower()]

    for sid, rs in sorted(seeds.items()):
        if len({r["member"] for r in rs}) != len(rs):
            errors.append(f"{sid}: a member reports it twice")
        kind = sid[0]
        if kind == "M":
            errors += seat_problems(sid, rs)
        elif kind == "J":
            errors += joint_problems(sid, rs)
        elif len(rs) != 1:
            errors.append(f"{sid}: U id used {len(rs)} times")
    n_m = sum(1 for sid in seeds if sid[0] == "M")
    n_j = sum(1 for sid in seeds if sid[0] == "J")
    if n_m != 6 or n_j != 6:
        errors.append(f"{n_m} shared councils and {n_j} joint measures (want 6 and 6)")
    if not 75 <= len(rows) <= 95 or {r["type"] for r in rows} != set(TYPES):
        errors.append(f"{len(rows)} truth rows (want 75–95) or not all six types used")
    reporting = [m.MEMBER for m in MODULES if m.MEMBER]
    if len(set(reporting)) != 15 or len(reporting) != 15 or len(MODULES) != 16:
        errors.append("want 15 member reports from 15 members in 16 files")
    for member, tiltak, _why in TRAPS:
        if not any(r["member"] == member and r["tiltak"] == tiltak and r["seed_row"][0] == "U" for r in rows):
            errors.append(f"trap {member}: {tiltak!r} is not a U row")
    for sid in OWN_VERSIONS:
        if not any(JOINT_KEYS[sid] in r["tiltak"].lower() and r["seed_row"][0] == "U" for r in rows):
            errors.append(f"{sid}: no own version or phase named like it")
    readme = (out / "README.md").read_text(encoding="utf-8") if (out / "README.md").exists() else ""
    for m in MODULES:
        found = re.search(r"^\| \d+ \| `" + re.escape(m.FILENAME) + r"` \|.*\| (\d+) \|$", readme, re.M)
        if not found or int(found.group(1)) != per_file.get(m.FILENAME, 0):
            errors.append(f"README's row for {m.FILENAME} is missing or has the wrong count")
    return errors, rows


def year_checks(out: Path, texts: dict[str, str]) -> list[str]:
    """No year of 2100 or later in any file's text, in the text files' raw bytes, the truth or the README; the years
    named are this round's."""
    errs = []
    extra = {n: (out / n).read_text(encoding="utf-8") for n in ("truth.csv", "README.md") if (out / n).exists()}
    raw = {m.FILENAME + " (raw)": (out / m.FILENAME).read_bytes().decode("utf-8")
           for m in MODULES if m.FILENAME.endswith((".xml", ".csv", ".eml")) and (out / m.FILENAME).exists()}
    for name, t in {**texts, **extra, **raw}.items():
        late = no_late_years(t)
        if late:
            errs.append(f"{name}: years of 2100 or later: {sorted(set(late))}")
        if name in texts:
            other = set(re.findall(r"(?<![\d,])(20\d\d)(?![\d,])", t)) - YEARS_ALLOWED
            if other:
                errs.append(f"{name}: unexpected years {sorted(other)}")
    return errs


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else DEFAULT_OUT
    wanted = {m.FILENAME for m in MODULES} | {"truth.csv", "README.md", ".tiltakignore"}
    there = {p.name for p in out.iterdir() if p.is_file()}
    errors = [f"unexpected file {x}" for x in sorted(there - wanted)] + \
             [f"missing file {x}" for x in sorted(wanted - there)]
    ignore = out / ".tiltakignore"
    if ignore.exists() and ignore.read_text() != "truth.csv\nREADME.md\n":
        errors.append(".tiltakignore has other content")
    texts: dict[str, str] = {}
    for mod in [m for m in MODULES if (out / m.FILENAME).exists()]:
        try:
            opens(out / mod.FILENAME)
            texts[mod.FILENAME] = norm(mod.text(out / mod.FILENAME))
        except Exception as exc:  # noqa: BLE001 - any failure to open is a finding
            errors.append(f"{mod.FILENAME}: does not open: {exc!r}")
    found, rows = truth_checks(out, texts)
    errors += found + shape_checks(out, rows) + year_checks(out, texts) + rebuild_identical(out)
    summary = [f"{len(MODULES)} files, {len(rows)} truth rows"]
    summary += [f"{len(errors)} problem(s):"] + [f"  - {e}" for e in errors] if errors else ["OK"]
    print("\n".join(summary))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
