"""Check held-out round 80: the files are there and open, truth.csv is well formed and every text cell of it can be
found in its file, the counts are as planned, the particular facts of each file hold, no year of 2100 or later
stands anywhere, and a rebuild gives the same bytes.

Run ``python -m samples.holdout80_generator.verify [outdir]``. Each module's ``text()`` is the content a reader can
get out of the file (for the subtitles the cue texts, for the wiki page the markup with its forced line breaks as
line breaks); cells are compared after whitespace normalisation. Codes, kinds, members and council names are listed
here from the brief and the strategy, not from the program's vocabulary.
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

from samples.holdout78_generator.verify import COUNCIL_PATTERNS

from . import MODULES
from .common import COUNCILS, DEFAULT_OUT, DELMAL, JOINT, TRUTH_HEADER, TYPES, is_member, no_late_years, norm
from .readme import TRAPS

FIELDS = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
JOINT_KEYS = {"J01": "læringspulsen", "J02": "fagbrevdag", "J03": "veiledningsbussen", "J04": "havvindskolen",
              "J05": "norsk i turnus", "J06": "kompetansepasset"}
OWN_VERSIONS = ("J02", "J03", "J04", "J05")          # joint measures that also have a member's own U row named so
BY = {m.__name__.rsplit(".", 1)[-1]: m for m in MODULES}
WRITER_PDFS = ("f04_ks", "f12_uhr", "f14_kompetanseforbundet", "f15_sametinget", "f16_vofo")
YEARS_ALLOWED = {"2088", "2089", "2090", "2095"}


def _zip(path_or_bytes) -> dict[str, bytes]:
    """The parts of a zip package; every XML part must parse."""
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    with zipfile.ZipFile(src) as z:
        assert z.testzip() is None, "a damaged zip member"
        assert all(i.date_time[0] == 2090 for i in z.infolist()), "a zip time outside 2090"
        parts = {info.filename: z.read(info) for info in z.infolist()}
    for part in [d for n, d in parts.items() if n.endswith((".xml", ".rels"))]:
        etree.fromstring(part)
    core = parts.get("docProps/core.xml", b"")
    assert all(y == b"2090" for y in re.findall(rb"<dcterms:\w+[^>]*>(\d{4})", core)), "package dates not in 2090"
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
    assert set(re.findall(rb"\(D:(\d{4})", data)) <= {b"2090"}, "a PDF date outside 2090"
    with pdfplumber.open(str(path)) as pdf:
        assert pdf.pages, "no pages"
    pdfium.PdfDocument(str(path)).close()


def _open_srt(path: Path) -> None:
    assert BY["f05_unio"].parse(path), "no cues"


OPENERS = {".docx": _open_docx, ".xlsx": _open_xlsx, ".pdf": _open_pdf, ".srt": _open_srt,
           ".qmd": lambda p: p.read_bytes().decode("utf-8"), ".txt": lambda p: p.read_bytes().decode("utf-8")}


def opens(path: Path) -> None:
    OPENERS[path.suffix.lower()](path)


def _creator(path: Path) -> str:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf.get_metadata_dict().get("Creator", "")
    finally:
        pdf.close()


def _code_key(c: str) -> tuple:
    return tuple(map(int, c.split(".")))


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
        import openpyxl
        wb = openpyxl.load_workbook(str(p))
        merged = BY["f01_regjeringen"].merged_ranges(p)
        head = [c.value for c in wb["tiltak"][1]]
        if wb.sheetnames != ["tiltak", "om_uttrekket"] or merged != ["A2:A6", "B2:B3", "B4:B5"] \
                or head != ["departement", "delmaal", "virkemiddel", "tiltak", "omtale", "samarbeid"]:
            errs.append(f"{p.name}: not pandas' merged three-level index ({merged}, {head})")
        if b"Openpyxl" not in _zip(p).get("docProps/app.xml", b""):
            errs.append(f"{p.name}: not written through openpyxl")

    p = path("f02_lo")
    if p:
        cells = BY["f02_lo"].shares(p)
        want = [r["delmal"] for r in truth[p.name]]
        mains = [max(c, key=lambda x: x[1])[0] for c in cells[:len(want)]]
        split = [c for c in cells if len(c) > 1]
        if mains != want or any(sum(x for _c, x in c) != 100 for c in cells):
            errs.append(f"{p.name}: the largest shares do not give the truth delmål")
        if len(split) != 4 or sum(max(c, key=lambda x: x[1]) == c[0] for c in split) != 1:
            errs.append(f"{p.name}: not four split cells with the main goal first in only one")

    p = path("f03_nho")
    if p:
        codes = BY["f03_nho"].codes(p)
        letters = BY["f03_nho"].LETTER
        for r, c in zip(truth[p.name], codes):
            m = re.fullmatch(r"([123]\.[1-6])/([A-Z])", c or "")
            if not m or m.group(1) != r["delmal"] or letters.get(m.group(2)) != r["type"]:
                errs.append(f"{p.name}: the code {c!r} does not give {r['delmal']} and {r['type']}")

    p = path("f04_ks")
    if p:
        t = norm(BY["f04_ks"].text(p))
        for r in truth[p.name]:
            role = next(x for x in BY["f04_ks"].ROWS if x[0] == r["tiltak"])[1]
            if BY["f04_ks"].ROLE[role] != r["type"] or role not in t:
                errs.append(f"{p.name}: the role of {r['tiltak']!r} is not shown or not its kind")

    p = path("f05_unio")
    if p:
        raw = p.read_bytes()
        cues = BY["f05_unio"].parse(p)
        stamps = [c[1] for c in cues]
        if not raw.startswith(b"\xef\xbb\xbf1\r\n") or b"\n" in raw.replace(b"\r\n", b""):
            errs.append(f"{p.name}: not UTF-8 with BOM and CRLF only")
        if [c[0] for c in cues] != [str(i) for i in range(1, len(cues) + 1)] or stamps != sorted(stamps):
            errs.append(f"{p.name}: cue numbers or timings out of order")
        if any(len(c[2]) > 2 or any(len(x) > 42 for x in c[2]) for c in cues):
            errs.append(f"{p.name}: a cue with more than two lines or a line over 42 characters")
        said = norm(BY["f05_unio"].text(p))
        for r in truth[p.name]:
            if f"under delmål {r['delmal']}." not in said:
                errs.append(f"{p.name}: the delmål of {r['tiltak']!r} is not said")
        one_cue = [norm(" ".join(c[2])) for c in cues]
        lines = [x for c in cues for x in c[2]]
        if all(any(r["beskrivelse"] in c for c in one_cue) for r in truth[p.name]) or \
                all(any(r["tiltak"] in x for x in lines) for r in truth[p.name]):
            errs.append(f"{p.name}: no description runs over a cue break or no name over a line break")

    p = path("f06_ys")
    if p and BY["f06_ys"].header(p) != ["1a", "1b", "1c", "1d", "1e", "1f"]:
        errs.append(f"{p.name}: the header is not the question numbers")

    p = path("f07_virke")
    if p:
        links = BY["f07_virke"].link_rows(p)
        ids = [x[0] for x in links]
        if [x[1] for x in links] != sorted((x[1] for x in links), key=_code_key) or len(links) != 11:
            errs.append(f"{p.name}: the link table is not eleven lines sorted by delmål")
        if not any(ids.index(i) + ids.count(i) - 1 != len(ids) - 1 - ids[::-1].index(i) for i in set(ids)):
            errs.append(f"{p.name}: no measure's link lines are scattered")
        names = {x[0]: x[1] for x in BY["f07_virke"].ROWS}
        for r in truth[p.name]:
            vid = next(i for i, n in names.items() if n == r["tiltak"])
            mains = [x[1] for x in links if x[0] == vid and x[2] == "Ja"]
            if mains != [r["delmal"]]:
                errs.append(f"{p.name}: {vid} has main delmål {mains}")

    p = path("f08_akademikerne")
    if p:
        live, dead = BY["f08_akademikerne"].tribble_lines(p)
        src = p.read_text(encoding="utf-8")
        if len(live) != len(truth[p.name]) or len(dead) != 1 or "tiltak <- tribble(" not in src \
                or not src.startswith("---\ntitle:"):
            errs.append(f"{p.name}: not one tribble line per measure and one commented-out line")
        for r, ln in zip(truth[p.name], live):
            if not ln.startswith(f'  "{r["tiltak"]}", "{r["delmal"]}", '):
                errs.append(f"{p.name}: the tribble line for {r['tiltak']!r} does not carry {r['delmal']}")

    p = path("f09_spekter")
    if p:
        cells = BY["f09_spekter"].actor_cells(p)
        if any(c.count("(ansvarlig)") != 1 for c in cells) or \
                not any(not c.split("; ")[0].endswith("(ansvarlig)") for c in cells):
            errs.append(f"{p.name}: not one responsible per cell, or always first")

    p = path("f10_vofo")
    if p:
        table = BY["f10_vofo"].table_rows(p)
        codes, last = [], None
        for cells in table:
            last = last if cells[0] == ":::" else cells[0]
            codes.append(last)
        struck = [c for c in table if "<del>" in c[1]]
        if sum(c[0] == ":::" for c in table) != 4 or len(struck) != 1 \
                or any(x and not x.startswith("<del>") for x in struck[0][1:]):
            errs.append(f"{p.name}: not four merged delmål cells and one struck-through row")
        if codes[:len(truth[p.name])] != [r["delmal"] for r in truth[p.name]]:
            errs.append(f"{p.name}: the merged cells do not give the truth delmål")

    p = path("f11_innlandet")
    if p:
        cells = BY["f11_innlandet"].fakta_cells(p)
        orders = {tuple(ln.split(":")[0] for ln in c.split("\n")) for c in cells}
        got = [re.search(r"Nasjonalt delmål: ([123]\.[1-6])", c).group(1) for c in cells]
        if len(orders) < 4 or got[:len(truth[p.name])] != [r["delmal"] for r in truth[p.name]]:
            errs.append(f"{p.name}: the Fakta cells are not in varying orders or do not give the delmål")

    p = path("f12_uhr")
    if p:
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf:
            tables = pdf.pages[0].extract_tables()
        if not tables or len(tables[0]) != 4 or any(len(r_) != 6 for r_ in tables[0]):
            errs.append(f"{p.name}: the overview is not three lines of two measures")

    p = path("f13_fagskoleradet")
    if p:
        tags = BY["f13_fagskoleradet"].TAG
        cells = BY["f13_fagskoleradet"].name_cells(p)
        for r, c in zip(truth[p.name], cells):
            m = re.fullmatch(r"\[([A-ZÆØÅ]+)\] (.+)", c)
            if not m or m.group(2) != r["tiltak"] or tags.get(m.group(1)) != r["type"]:
                errs.append(f"{p.name}: the name cell {c!r} does not give {r['type']}")

    p = path("f15_sametinget")
    if p:
        t = norm(BY["f15_sametinget"].text(p))
        for r in truth[p.name]:
            if f"{r['delmal']} – {BY['f15_sametinget'].KIND[r['type']]}" not in t:
                errs.append(f"{p.name}: no «code – Sámi kind» cell for {r['tiltak']!r}")
    return errs


def rebuild_identical(out: Path) -> list[str]:
    """Build again into a temporary folder; every file must come out byte for byte the same."""
    from .__main__ import build_all
    with tempfile.TemporaryDirectory(prefix="h80_rebuild_") as td:
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
        if re.search(r"\b(2088|2090)\b", r["beskrivelse"]):
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
    """No year of 2100 or later in any file's text, the truth or the README; the years named are this round's."""
    errs = []
    extra = {n: (out / n).read_text(encoding="utf-8") for n in ("truth.csv", "README.md") if (out / n).exists()}
    for name, t in {**texts, **extra}.items():
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
