"""Check held-out round 51: files exist and open, truth is consistent.

python -m samples.holdout51_generator.verify [outdir]
"""
from __future__ import annotations

import csv
import email
import email.policy
import html
import io
import quopri
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from . import MODULES
from .common import COUNCIL_IDS, DEFAULT_OUT, DELMAL, MEMBERS, TRUTH_HEADER, TYPES

errors: list[str] = []


def err(msg):
    errors.append(msg)


def norm(s: str) -> str:
    s = html.unescape(s)
    s = s.replace("\u00ad", "").replace("\u2002", " ").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def _xml_text(data: bytes) -> str:
    import lxml.etree as et
    root = et.fromstring(data)
    return " ".join(root.itertext())


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        for n in ("[Content_Types].xml", "word/document.xml"):
            if n not in names:
                raise ValueError(f"docx lacks {n}")
        txt = []
        for n in names:
            if n.startswith("word/") and n.endswith(".xml"):
                import lxml.etree as et
                root = et.fromstring(z.read(n))
                ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
                for p in root.iter("{%s}p" % ns["w"]):
                    txt.append("".join(t.text or "" for t in p.iter("{%s}t" % ns["w"])))
        # legacy drop-downs: add the chosen entry
        import lxml.etree as et
        root = et.fromstring(z.read("word/document.xml"))
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        for dd in root.iter(W + "ddList"):
            res = dd.find(W + "result")
            idx = int(res.get(W + "val")) if res is not None else 0
            ent = dd.findall(W + "listEntry")
            txt.append(ent[idx].get(W + "val"))
        # embedded workbooks
        for n in names:
            if n.startswith("word/embeddings/") and n.endswith(".xlsx"):
                txt.append(_xlsx_text(z.read(n)))
    return "\n".join(txt)


def _xlsx_text(data: bytes) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def _xls_text(path: Path) -> str:
    """Read the .xls through LibreOffice (all sheets to CSV)."""
    import shutil
    import subprocess
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="h51_verify_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/prof", "--headless",
                        "--convert-to",
                        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                        "--outdir", str(tmp), str(path)], check=True, timeout=240,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = [p.read_text(encoding="utf-8") for p in sorted(tmp.glob("*.csv"))]
        if len(out) < 2:
            raise ValueError("expected two sheets")
        return "\n".join(out).replace('""', '"')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _pdf(path: Path, expect_text: bool) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    if n < 1:
        raise ValueError("no pages")
    txt = "\n".join(doc[i].get_textpage().get_text_range() for i in range(n))
    if expect_text and len(txt.strip()) < 100:
        raise ValueError("expected a text layer")
    if not expect_text and txt.strip():
        raise ValueError("expected no text layer")
    return txt


def file_text(path: Path) -> str | None:
    """Text to look names up in; None for image/outline-only files (not checked)."""
    name = path.name
    data = path.read_bytes()
    if name.endswith(".mht"):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
        if not parts:
            raise ValueError("no html part")
        return parts[0].get_content()
    if name.endswith(".mm"):
        import lxml.etree as et
        root = et.fromstring(data)
        vals = [v for el in root.iter() for k, v in el.attrib.items()
                if k in ("TEXT", "VALUE", "NAME")]
        return " ".join(vals) + " " + " ".join(root.itertext())
    if name.endswith(".txt"):
        if not data.startswith(b"\xff\xfe"):
            raise ValueError("missing UTF-16LE BOM")
        text = data[2:].decode("utf-16-le")
        return text.replace('""', '"')
    if name.endswith(".md"):
        return data.decode("utf-8").replace("<br>", " ")
    if name.endswith(".docx"):
        return _docx_text(data)
    if name.endswith(".eml"):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        out = []
        for p in msg.walk():
            if p.get_content_type() == "text/plain":
                out.append(p.get_content())
            elif p.get_filename():
                out.append(_docx_text(p.get_payload(decode=True)))
        return "\n".join(out)
    if name.endswith(".png"):
        from PIL import Image
        with Image.open(path) as im:
            im.verify()
        return None
    if name.endswith(".xls"):
        if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            raise ValueError("not an OLE2 compound file")
        return _xls_text(path)
    if name.endswith(".fodt") or name.endswith(".xml"):
        return _xml_text(data)
    if name.endswith(".pdf"):
        if "Trondelag" in name:
            _pdf(path, expect_text=False)
            import pypdfium2 as pdfium
            doc = pdfium.PdfDocument(str(path))
            objs = list(doc[0].get_objects())
            if not objs:
                raise ValueError("outlined PDF has no path objects")
            return None
        if "skannet" in name:
            _pdf(path, expect_text=False)
            return None
        return _pdf(path, expect_text=True)
    raise ValueError(f"unknown file kind: {name}")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else DEFAULT_OUT
    expected = [m.FILENAME for m in MODULES]
    present = sorted(p.name for p in out.iterdir() if p.is_file())
    for f in expected + ["truth.csv", "README.md", ".tiltakignore"]:
        if not (out / f).exists():
            err(f"missing {f}")
    extra = set(present) - set(expected) - {"truth.csv", "README.md", ".tiltakignore"}
    if extra:
        err(f"unexpected files: {sorted(extra)}")
    if (out / ".tiltakignore").read_text(encoding="utf-8").split() != ["truth.csv", "README.md"]:
        err(".tiltakignore must hold truth.csv and README.md")

    texts = {}
    for f in expected:
        try:
            texts[f] = file_text(out / f)
        except Exception as e:  # noqa: BLE001
            err(f"{f}: does not open: {e}")

    with open(out / "truth.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [dict(zip(header, r)) for r in rd]
    if header != TRUTH_HEADER:
        err(f"truth header {header}")
    per_file = defaultdict(list)
    for i, r in enumerate(rows, 2):
        if r["source_file"] not in expected:
            err(f"line {i}: unknown source_file {r['source_file']}")
        if r["member"] not in MEMBERS:
            err(f"line {i}: unknown member {r['member']}")
        if r["type"] not in TYPES:
            err(f"line {i}: bad type {r['type']}")
        if r["delmal"] not in DELMAL:
            err(f"line {i}: bad delmål {r['delmal']}")
        if not re.fullmatch(r"[MJU]\d\d", r["seed_row"]):
            err(f"line {i}: bad seed_row {r['seed_row']}")
        if not r["tiltak"].strip():
            err(f"line {i}: empty tiltak")
        per_file[r["source_file"]].append(r)

    # one member per file, 4-9 rows per member report, 0 for the non-report
    members_seen = {}
    for mod in MODULES:
        rs = per_file.get(mod.FILENAME, [])
        if mod.MEMBER is None:
            if rs:
                err(f"{mod.FILENAME}: not a report but has {len(rs)} rows")
            continue
        if not 4 <= len(rs) <= 9:
            err(f"{mod.FILENAME}: {len(rs)} rows (want 4-9)")
        ms = {r["member"] for r in rs}
        if ms != {mod.MEMBER}:
            err(f"{mod.FILENAME}: members {ms}")
        if mod.MEMBER in members_seen:
            err(f"member {mod.MEMBER} reports twice")
        members_seen[mod.MEMBER] = mod.FILENAME

    # seed consistency
    by_seed = defaultdict(list)
    for r in rows:
        by_seed[r["seed_row"]].append(r)
    council_of = {v: k for k, v in COUNCIL_IDS.items()}
    for s, rs in by_seed.items():
        mem = [r["member"] for r in rs]
        if len(set(mem)) != len(mem):
            err(f"{s}: a member reports it twice")
        if s.startswith("M"):
            if s not in council_of:
                err(f"{s}: not a council id")
            if len(rs) < 2:
                err(f"{s}: council with a single member")
            if any(r["type"] != "Råd/utvalg/nettverk" for r in rs):
                err(f"{s}: council row with another type")
        elif s.startswith("J"):
            if not 2 <= len(rs) <= 3:
                err(f"{s}: joint measure with {len(rs)} rows")
        elif len(rs) != 1:
            err(f"{s}: single-member id used {len(rs)} times")

    # names, descriptions etc. must occur in files whose text we can read
    for r in rows:
        t = texts.get(r["source_file"])
        if t is None:
            continue
        nt = norm(t)
        for col in ("tiltak", "beskrivelse", "ansvarlig", "samarbeidspartnere"):
            v = r[col]
            if v and norm(v) not in nt:
                err(f"{r['source_file']}: {col} not found in file text: {v[:60]!r}")

    # the README table must list every file with its row count
    readme = (out / "README.md").read_text(encoding="utf-8")
    if not readme.startswith("# Held-out round 51 – reporting year 2071"):
        err("README title")
    for mod in MODULES:
        if mod.FILENAME.replace("|", "\\|") not in readme:
            err(f"README lacks {mod.FILENAME}")

    n_m = sum(1 for r in rows if r["seed_row"].startswith("M"))
    n_j = sum(1 for r in rows if r["seed_row"].startswith("J"))
    n_u = sum(1 for r in rows if r["seed_row"].startswith("U"))
    print(f"files: {len(expected)}  truth rows: {len(rows)}  M: {n_m}  J: {n_j}  U: {n_u}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
