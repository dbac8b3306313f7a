"""Check held-out round 52: files exist and open, truth is consistent, truth text is in the files.

python -m samples.holdout52_generator.verify [outdir]

Text files are checked for the exact text of every truth cell. Image-only reports (and the table
pasted as a picture) are read with tesseract and checked with a fuzzy match; the scanned PDF's own
OCR layer is checked the same way.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import os
import re
import subprocess
import sys
import tempfile
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


def _xml(data: bytes):
    import lxml.etree as et
    return et.fromstring(data)


def _docx_text(data: bytes) -> str:
    w_ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        for n in ("[Content_Types].xml", "word/document.xml"):
            if n not in names:
                raise ValueError(f"docx lacks {n}")
        out = []
        for n in names:
            if n.startswith("word/") and n.endswith(".xml"):
                root = _xml(z.read(n))
                for p in root.iter(w_ns + "p"):
                    out.append("".join(t.text or "" for t in p.iter(w_ns + "t")))
    return "\n".join(out)


def _docx_images(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]


def _xlsx_text(data: bytes) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for n in z.namelist():
            if n.startswith("xl/drawings/") and n.endswith(".xml"):
                root = _xml(z.read(n))
                a_ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
                for p in root.iter(a_ns + "p"):
                    out.append("".join(t.text or "" for t in p.iter(a_ns + "t")))
    return "\n".join(out)


def _pdf_text(data: bytes, min_chars=100) -> str:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    if len(doc) < 1:
        raise ValueError("no pages")
    txt = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    if len(txt.strip()) < min_chars:
        raise ValueError("expected a text layer")
    return txt


def _ocr(img_bytes: bytes) -> str:
    from PIL import Image, ImageOps
    with Image.open(io.BytesIO(img_bytes)) as im:
        im = ImageOps.exif_transpose(im).convert("L")
        if im.width < 2400:
            im = im.resize((im.width * 2, im.height * 2), Image.LANCZOS)
        with tempfile.TemporaryDirectory(prefix="h52_verify_") as tmp:
            p = Path(tmp) / "img.png"
            im.save(p)
            env = dict(os.environ, OMP_THREAD_LIMIT="1")
            r = subprocess.run(["tesseract", str(p), "stdout", "-l", "nor"], capture_output=True, env=env,
                               timeout=300, check=True)
    return r.stdout.decode("utf-8")


def _ps_text(data: bytes) -> str:
    s = data.decode("latin-1")
    if not s.startswith("%!PS-Adobe-3.0"):
        raise ValueError("not DSC PostScript")
    if "%%EOF" not in s or s.count("showpage") < 1:
        raise ValueError("PostScript without pages")
    out = []
    for m in re.finditer(r"\(((?:[^()\\]|\\.)*)\) show", s):
        t = re.sub(r"\\([0-7]{3})", lambda k: chr(int(k.group(1), 8)), m.group(1))
        out.append(re.sub(r"\\(.)", r"\1", t))
    return "\n".join(out)


def _xps_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if "FixedDocSeq.fdseq" not in names:
            raise ValueError("no FixedDocumentSequence")
        pages = sorted((n for n in names if n.endswith(".fpage")), key=lambda n: int(re.findall(r"\d+", n)[-1]))
        out = []
        for n in pages:
            root = _xml(z.read(n))
            for g in root.iter("{http://schemas.microsoft.com/xps/2005/06}Glyphs"):
                u = g.get("UnicodeString")
                out.append(u[2:] if u.startswith("{}") else u)
        for n in names:
            if n.endswith(".odttf"):
                key = bytes.fromhex(Path(n).stem.replace("-", ""))
                mapping = [15, 14, 13, 12, 11, 10, 9, 8, 6, 7, 4, 5, 0, 1, 2, 3]
                b = bytearray(z.read(n)[:32])
                for i in range(16):
                    b[i] ^= key[mapping[i]]
                    b[i + 16] ^= key[mapping[i]]
                if bytes(b[:4]) != b"\x00\x01\x00\x00":
                    raise ValueError(f"font part {n} does not de-obfuscate to TrueType")
    return "\n".join(out)


def file_text(path: Path):
    """(exact text, ocr text or None) of a file; raises if the file does not open as its kind."""
    name = path.name
    data = path.read_bytes()
    if name.endswith(".epub"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            first = z.infolist()[0]
            if first.filename != "mimetype" or z.read("mimetype") != b"application/epub+zip" \
                    or first.compress_type != zipfile.ZIP_STORED:
                raise ValueError("EPUB mimetype must be first and stored")
            out = []
            for n in z.namelist():
                if n.endswith((".xhtml", ".opf", ".xml")):
                    root = _xml(z.read(n))
                    if n.endswith(".xhtml"):
                        out.append(" ".join(root.itertext()))
        return "\n".join(out), None
    if name.endswith(".msg"):
        import olefile
        ole = olefile.OleFileIO(data)
        body = ole.openstream("__substg1.0_1000001F").read().decode("utf-16-le")
        subj = ole.openstream("__substg1.0_0037001F").read().decode("utf-16-le")
        if ole.openstream("__substg1.0_001A001F").read().decode("utf-16-le") != "IPM.Note":
            raise ValueError("not an IPM.Note")
        ole.openstream("__substg1.0_10130102").read().decode("utf-8")
        return subj + "\n" + body, None
    if name.endswith(".xls") and data.lstrip().startswith(b"<html"):
        import lxml.html
        doc = lxml.html.fromstring(data.decode("utf-8").replace("<br>", " "))
        if not doc.xpath("//table//tr"):
            raise ValueError("no table rows")
        return doc.text_content(), None
    if name.endswith(".xls") and b"<?mso-application progid=\"Excel.Sheet\"?>" in data[:200]:
        root = _xml(data)
        if not root.tag.endswith("}Workbook"):
            raise ValueError("not a SpreadsheetML workbook")
        ss_ns = "{urn:schemas-microsoft-com:office:spreadsheet}"
        return "\n".join(d.text or "" for d in root.iter(ss_ns + "Data")), None
    if name.endswith(".xps"):
        return _xps_text(data), None
    if name.endswith(".docx"):
        text = _docx_text(data)
        imgs = _docx_images(data)
        ocr = "\n".join(_ocr(b) for b in imgs) if imgs else None
        return text, ocr
    if name.endswith(".svg"):
        root = _xml(data)
        svg_ns = "{http://www.w3.org/2000/svg}"
        return "\n".join(" ".join(t.itertext()) for t in root.iter(svg_ns + "text")), None
    if name.endswith(".vtt"):
        s = data.decode("utf-8")
        if not s.startswith("WEBVTT"):
            raise ValueError("missing WEBVTT header")
        cues = re.findall(r"^<v [^>]+>(.*)</v>$", s, flags=re.M)
        if len(cues) < 10:
            raise ValueError("too few cues")
        return " ".join(cues), None
    if name.endswith(".zip"):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for i in z.infolist():
                if i.flag_bits & 0x800:
                    raise ValueError("expected OEM-encoded names without the UTF-8 flag")
                real = i.filename.encode("cp437").decode("cp850")
                if real.endswith(".docx") and "~$" not in real:
                    out.append(_docx_text(z.read(i)))
                elif real.endswith(".xlsx"):
                    out.append(_xlsx_text(z.read(i)))
        if len(out) != 2:
            raise ValueError("expected a letter and a workbook")
        return "\n".join(out), None
    if name.endswith(".ps"):
        return _ps_text(data), None
    if name.endswith(".jpg"):
        from PIL import Image
        with Image.open(io.BytesIO(data)) as im:
            if im.getexif().get(0x0112) != 6:
                raise ValueError("expected EXIF orientation 6")
            if im.width <= im.height:
                raise ValueError("pixels should be stored sideways")
        return "", _ocr(data)
    if name.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(data)
        imgs = sum(1 for i in range(len(doc)) for o in doc[i].get_objects() if o.type == 3)
        if imgs < len(doc):
            raise ValueError("scanned PDF should have a page image per page")
        return "", _pdf_text(data)
    if name.endswith(".xlsx"):
        return _xlsx_text(data), None
    if name.endswith(".asice"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            first = z.infolist()[0]
            if first.filename != "mimetype" or z.read("mimetype") != b"application/vnd.etsi.asic-e+zip":
                raise ValueError("ASiC-E mimetype must come first")
            pdfs = [n for n in z.namelist() if n.endswith(".pdf")]
            pdf = z.read(pdfs[0])
            sig = _xml(z.read("META-INF/signatures0.xml"))
            _xml(z.read("META-INF/manifest.xml"))
            ds_ns = "{http://www.w3.org/2000/09/xmldsig#}"
            dv = next(sig.iter(ds_ns + "DigestValue")).text
            if base64.b64decode(dv) != hashlib.sha256(pdf).digest():
                raise ValueError("signature reference digest does not match the PDF")
        return _pdf_text(pdf), None
    if name.endswith(".ppt"):
        import olefile
        if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            raise ValueError("not an OLE2 compound file")
        ole = olefile.OleFileIO(data)
        if not ole.exists("PowerPoint Document"):
            raise ValueError("no PowerPoint Document stream")
        return "", None
    raise ValueError(f"unknown file kind: {name}")


def _found(value: str, exact: str, ocr: str | None) -> bool:
    v = norm(value)
    if v in norm(exact):
        return True
    if ocr:
        from rapidfuzz import fuzz
        o = norm(ocr)
        if v in o:
            return True
        return fuzz.partial_ratio(v, o) >= 85
    return False


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
        for col in TRUTH_HEADER:
            if r[col] != r[col].strip() or "\n" in r[col]:
                err(f"line {i}: {col} has line breaks or outer spaces")
        per_file[r["source_file"]].append(r)

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
    if len(members_seen) != 15:
        err(f"{len(members_seen)} members report (want 15)")

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
            if not 3 <= len(rs) <= 7:
                err(f"{s}: council with {len(rs)} members (want 3-7)")
            if any(r["type"] != "Råd/utvalg/nettverk" for r in rs):
                err(f"{s}: council row with another type")
        elif s.startswith("J"):
            if not 2 <= len(rs) <= 3:
                err(f"{s}: joint measure with {len(rs)} rows")
            if len({r["delmal"] for r in rs}) != 1:
                err(f"{s}: joint measure with different delmål")
        elif len(rs) != 1:
            err(f"{s}: single-member id used {len(rs)} times")
    if set(council_of) - {s for s in by_seed if s.startswith("M")}:
        err("not every council is reported")

    for r in rows:
        t = texts.get(r["source_file"])
        if t is None:
            continue
        exact, ocr = t
        for col in ("tiltak", "beskrivelse", "ansvarlig", "samarbeidspartnere"):
            v = r[col]
            if v and not _found(v, exact, ocr):
                err(f"{r['source_file']}: {col} not found in file text: {v[:60]!r}")

    readme = (out / "README.md").read_text(encoding="utf-8")
    if not readme.startswith("# Held-out round 52 – reporting year 2072"):
        err("README title")
    if "| # | File | Member | Format / how made | Shape | Truth rows |" not in readme:
        err("README table header")
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
