"""Check held-out round 79: the files are there and open, truth.csv is well formed and every text cell of it can be
found in its file, the counts are as planned, the particular facts of each file hold, and a rebuild gives the same
bytes.

Run ``python -m samples.holdout79_generator.verify [outdir]``. Each module's ``text()`` is the content a reader can
get out of the file (for the data package its three parts, for the pivot workbook its cells, for the .emlx file the
decoded message); cells are compared after whitespace normalisation. Codes, kinds, members and council names are
listed here from the brief and the strategy, not from the program's vocabulary.
"""
from __future__ import annotations

import csv
import io
import json
import plistlib
import re
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree

from samples.holdout78_generator.verify import COUNCIL_PATTERNS as V78_PATTERNS

from . import MODULES
from .common import COUNCILS, DEFAULT_OUT, DELMAL, JOINT, TRUTH_HEADER, TYPES, is_member, norm
from .readme import TRAPS

FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
JOINT_KEYS = {"J01": "læringsbarometeret", "J02": "voksenløftet", "J03": "karriereuka", "J04": "batteriskolen",
              "J05": "språksporet", "J06": "praksisbanken"}
OWN_VERSIONS = ("J02", "J03", "J05", "J06")          # joint measures that also have a member's own U row named so
# How a seat must name its council: round 78's patterns, with UHR's teacher-education unit added.
COUNCIL_PATTERNS = {**V78_PATTERNS,
                    "UHR-FSE": [r"\bUHR-(Lærerutdanning|Helse|Medisin|MNT|Økonomi)", r"(?i)fagstrategisk"]}
CODE = re.compile(r"(?<![\d.,])[123]\.[1-6](?![\d,])")
BY = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
WRITER_PDFS = ("f04_ks", "f06_ys", "f12_uhr", "f14_kompetanseforbundet", "f16_nho")


def _zip(path_or_bytes) -> dict[str, bytes]:
    """The parts of a zip package; every XML part must parse."""
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    with zipfile.ZipFile(src) as z:
        assert z.testzip() is None, "a damaged zip member"
        parts = {info.filename: z.read(info) for info in z.infolist()}
    for part in [d for n, d in parts.items() if n.endswith((".xml", ".rels"))]:
        etree.fromstring(part)
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
    assert path.read_bytes()[:5] == b"%PDF-", "no PDF header"
    with pdfplumber.open(str(path)) as pdf:
        assert pdf.pages, "no pages"
    pdfium.PdfDocument(str(path)).close()


def _open_package(path: Path) -> None:
    parts = _zip(path)
    json.loads(parts["datapackage.json"])
    list(csv.reader(io.StringIO(parts["data/tiltak.csv"].decode("utf-8"))))


def _open_emlx(path: Path) -> None:
    plistlib.loads(BY["f10_vofo"].split(path)[1])


OPENERS = {".docx": _open_docx, ".xlsx": _open_xlsx, ".pdf": _open_pdf, ".zip": _open_package,
           ".typ": lambda p: p.read_bytes().decode("utf-8"), ".emlx": _open_emlx}


def opens(path: Path) -> None:
    OPENERS[path.suffix.lower()](path)


def _creator(path: Path) -> str:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict().get("Creator", "")
    finally:
        pdf.close()


def _lo_csv(path: Path) -> str:
    """What LibreOffice shows on a workbook's first sheet, as CSV (a throw-away profile, no password given)."""
    import subprocess
    with tempfile.TemporaryDirectory(prefix="h79_v_") as td:
        work = Path(td)
        copy = work / f"book{path.suffix}"
        copy.write_bytes(path.read_bytes())
        cmd = ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
               "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(work), str(copy)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        made = work / "book.csv"
        return made.read_text(encoding="utf-8", errors="replace") if made.exists() else ""


KIND_OF_CATEGORY = {"DELT": "Råd/utvalg/nettverk", "UTR": "FoU", "OPPL": "Kurs/utdanning", "FORS": "Prosjekt",
                    "KOMM": "Informasjon", "MØTE": "Arrangement"}
KIND_OF_COLUMN = ["Råd/utvalg/nettverk", "Kurs/utdanning", "FoU", "Arrangement", "Informasjon", "Prosjekt"]
KIND_OF_BOX = ["Råd/utvalg/nettverk", "Kurs/utdanning", "FoU", "Prosjekt", "Informasjon", "Arrangement"]


def _running(code: str) -> int:
    return DELMAL.index(code) + 1


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
        parts = BY["f01_regjeringen"].parts(p)
        pkg = json.loads(parts["datapackage.json"])
        fields = {f["name"]: f for f in pkg["resources"][0]["schema"]["fields"]}
        labels = {c["value"] for c in fields["virkemiddel"]["categories"]}
        got = {t: (n, c) for t, n, c in BY["f01_regjeringen"].running_numbers(p)}
        if set(parts) != {"datapackage.json", "data/tiltak.csv", "LESMEG.md"} or labels != set(KIND_OF_CATEGORY):
            errs.append(f"{p.name}: not the planned data package")
        if CODE.search(parts["data/tiltak.csv"].decode("utf-8")):
            errs.append(f"{p.name}: a dotted delmål code stands in the CSV")
        for r in truth[p.name]:
            n, c = got.get(r["tiltak"], (0, ""))
            if n != _running(r["delmal"]) or KIND_OF_CATEGORY.get(c) != r["type"]:
                errs.append(f"{p.name}: {r['tiltak']!r} has running number {n} and code {c!r}")

    p = path("f02_lo")
    if p:
        cells = BY["f02_lo"].goal_cells(p)
        anchors = [re.fullmatch(r"(?:https://www\.)?regjeringen\.no/kompetansestrategien#delmal-(\d)-(\d)", c)
                   for c in cells]
        if not all(anchors):
            errs.append(f"{p.name}: a goal cell is not a web address with a delmål anchor")
        else:
            want = [r["delmal"] for r in truth[p.name]]
            if [f"{a.group(1)}.{a.group(2)}" for a in anchors][:len(want)] != want:
                errs.append(f"{p.name}: the anchors do not give the truth delmål")

    p = path("f03_nho")
    if p:
        import openpyxl
        parts = _zip(p)
        rels = parts.get("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", b"")
        recs = parts.get("xl/pivotCache/pivotCacheRecords1.xml", b"")
        if b"externalLinkPath" not in rels or b'TargetMode="External"' not in rels or recs.count(b"<r>") != 6:
            errs.append(f"{p.name}: the pivot cache is not as planned")
        if b'<pageField fld="5"' not in parts.get("xl/pivotTables/pivotTable1.xml", b""):
            errs.append(f"{p.name}: no report filter")
        ws = openpyxl.load_workbook(str(p))["Pivot"]
        labels = [ws.cell(row=r, column=1).value for r in range(4, 9)]
        if labels[4] is not None or ws.cell(row=4, column=5).value != "(tom)" or ws["A9"].value != "Totalsum":
            errs.append(f"{p.name}: the pivot's cells are not in tabular layout with blank repeats")
        if "Kompetansepilot for havbruk" not in _lo_csv(p):
            errs.append(f"{p.name}: LibreOffice does not show the pivot")
        if "Batteritoppmøtet" in "".join(str(c.value) for row_ in ws.iter_rows() for c in row_):
            errs.append(f"{p.name}: the filtered record shows in the pivot")

    p = path("f04_ks")
    if p:
        t = norm(BY["f04_ks"].text(p))
        pos = 0
        for r in truth[p.name]:
            k = t.find(f"· DELMÅL {r['delmal']}", pos)
            n = t.find(r["tiltak"], pos)
            if not 0 <= k < n:
                errs.append(f"{p.name}: the kicker of {r['tiltak']!r} does not stand above it")
            pos = max(n, pos)

    p = path("f05_unio")
    if p:
        cols = BY["f05_unio"].kind_columns(p)
        if any(len(c) != 1 for c in cols):
            errs.append(f"{p.name}: a row does not have text in exactly one description column")
        for r, c in zip(truth[p.name], cols):
            if KIND_OF_COLUMN[c[0] - 4] != r["type"]:
                errs.append(f"{p.name}: {r['tiltak']!r} stands in the wrong column")

    p = path("f06_ys")
    if p:
        t = BY["f06_ys"].text(p)
        for r in truth[p.name]:
            if not re.search(re.escape(r["delmal"]) + r" [a-d]\b", t):
                errs.append(f"{p.name}: no lettered goal for {r['delmal']}")

    p = path("f07_virke")
    if p and not all(x.count("›") == 2 for x in BY["f07_virke"].paths(p)):
        errs.append(f"{p.name}: a category is not a three-level path")

    p = path("f08_akademikerne")
    if p:
        src = p.read_text(encoding="utf-8")
        live = [ln for ln in src.splitlines() if ln.startswith("#tiltak(")]
        dead = [ln for ln in src.splitlines() if ln.startswith("// #tiltak(")]
        if len(live) != len(truth[p.name]) or len(dead) != 1 or "#let tiltak(" not in src:
            errs.append(f"{p.name}: not one call per measure and one commented-out call")
        for r in truth[p.name]:
            if f"  [{r['tiltak']}],\n  delmål: \"{r['delmal']}\"," not in src:
                errs.append(f"{p.name}: no call for {r['tiltak']!r} with delmål {r['delmal']}")

    p = path("f09_spekter")
    if p:
        parts = _zip(p)
        ok = ("xl/featurePropertyBag/featurePropertyBag.xml" in parts
              and b"FeaturePropertyBag" in parts["xl/_rels/workbook.xml.rels"]
              and b"xfpb:xfComplement" in parts["xl/styles.xml"]
              and b"featurepropertybag+xml" in parts["[Content_Types].xml"])
        ticks = BY["f09_spekter"].ticks(p)
        if not ok or any(sum(t) != 1 for t in ticks):
            errs.append(f"{p.name}: not one ticked in-cell checkbox per row")
        for r, t in zip(truth[p.name], ticks):
            if KIND_OF_BOX[t.index(True)] != r["type"]:
                errs.append(f"{p.name}: {r['tiltak']!r} has the wrong box ticked")

    p = path("f10_vofo")
    if p:
        data = p.read_bytes()
        msg, plist = BY["f10_vofo"].split(p)
        info = plistlib.loads(plist)
        if not plist.startswith(b"<?xml") or "date-received" not in info or b"=C3=A5" not in msg \
                or b"Content-Transfer-Encoding: quoted-printable" not in msg or not data.split(b"\n")[0].isdigit():
            errs.append(f"{p.name}: not an Apple Mail .emlx with a quoted-printable body")

    p = path("f11_agder")
    if p:
        cells = BY["f11_agder"].goal_cells(p)
        nks = [re.search(r"NKS (\d\.\d)", c).group(1) for c in cells]
        if not all("RP " in c for c in cells) or sum(c.startswith("RP") for c in cells) < 3:
            errs.append(f"{p.name}: the goal cells do not hold both codes in both orders")
        if nks[:len(truth[p.name])] != [r["delmal"] for r in truth[p.name]]:
            errs.append(f"{p.name}: the NKS codes do not give the truth delmål")

    p = path("f12_uhr")
    if p:
        t = norm(BY["f12_uhr"].text(p))
        if "men først og fremst 1.4" not in t or "hovedsakelig 2.4" not in t:
            errs.append(f"{p.name}: the goal sentences are missing")

    p = path("f13_fagskoleradet")
    if p:
        t = BY["f13_fagskoleradet"].text(p)
        if len(re.findall(r"nr\. [123]\.[1-6]", t)) != 6 or "Hvilket delmål?" not in t:
            errs.append(f"{p.name}: not the question table with «nr.» answers")

    p = path("f14_kompetanseforbundet")
    if p:
        t = norm(BY["f14_kompetanseforbundet"].text(p))
        for fig, _cap, name, *_r in BY["f14_kompetanseforbundet"].ROWS:
            i, j = t.find(norm(fig)), t.find(name)
            if not 0 <= i < j:
                errs.append(f"{p.name}: the key figure of {name!r} does not come before it")

    p = path("f15_sametinget")
    if p:
        head = BY["f15_sametinget"].header(p)
        if head[0] != "Doaibmabidju" or any(w in " ".join(head) for w in ("Tiltak", "Delmål", "Ansvar")):
            errs.append(f"{p.name}: the header is not North Sámi only")
    return errs


def rebuild_identical(out: Path) -> list[str]:
    """Build again into a temporary folder; every file must come out byte for byte the same."""
    from .__main__ import build_all
    with tempfile.TemporaryDirectory(prefix="h79_rebuild_") as td:
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
        if "2099" in r["beskrivelse"] and re.search(r"\b(2098|2100)\b", r["beskrivelse"]):
            errors.append(f"{where}: the description mixes years")
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
    errors += found + shape_checks(out, rows) + rebuild_identical(out)
    summary = [f"{len(MODULES)} files, {len(rows)} truth rows"]
    summary += [f"{len(errors)} problem(s):"] + [f"  - {e}" for e in errors] if errors else ["OK"]
    print("\n".join(summary))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
