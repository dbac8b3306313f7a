"""Rebuild, read every file back, check truth words against each file's text, compare bytes."""
import csv
import difflib
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from .build import build
from .common import soffice_convert
from .truth import FILES, HEADER

MEMBERS = set("""Regjeringen|LO|NHO|Unio|KS|YS|Virke|Akademikerne|Spekter|VOFO|UHR|Fagskolerådet|Kompetanseforbundet|
Sametinget|Østfold fylkeskommune|Akershus fylkeskommune|Oslo kommune|Hedmark fylkeskommune|Oppland fylkeskommune|
Buskerud fylkeskommune|Vestfold fylkeskommune|Telemark fylkeskommune|Aust-Agder fylkeskommune|
Vest-Agder fylkeskommune|Rogaland fylkeskommune|Hordaland fylkeskommune|Sogn og Fjordane fylkeskommune|
Vestland fylkeskommune|Møre og Romsdal fylkeskommune|Trøndelag fylkeskommune|Nordland fylkeskommune|
Troms fylkeskommune|Finnmark fylkeskommune|Viken fylkeskommune|Innlandet fylkeskommune|
Vestfold og Telemark fylkeskommune|Agder fylkeskommune|Troms og Finnmark fylkeskommune""".replace("\n", "").split("|"))
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}
CODES = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}
SCANNED = {FILES["08"]}
OCR_RATIO = 0.8   # each tiltak word must match an OCR token with difflib ratio >= 0.8


def _xml_text(data):
    s = data.decode("utf-8")
    s = re.sub(r"<text:(?:line-break|tab)\s*/>", " ", s)
    s = re.sub(r"</(?:text:p|text:h|w:p)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _lo_text(path):
    tmp = tempfile.mkdtemp(prefix="h43v_")
    try:
        src = os.path.join(tmp, os.path.basename(path))
        shutil.copy(path, src)
        out = soffice_convert(src, "txt:Text (encoded):UTF8", tmp)
        with open(out, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _ocr(path):
    import pdfplumber
    tmp = tempfile.mkdtemp(prefix="h43o_")
    try:
        with pdfplumber.open(path) as pdf:
            raw = pdf.pages[0].images[0]["stream"].get_rawdata()
        if not raw.startswith(b"\xff\xd8"):
            import base64
            raw = base64.a85decode(raw.strip(), adobe=raw.strip().startswith(b"<~"))
        img = os.path.join(tmp, "page.jpg")
        with open(img, "wb") as fh:
            fh.write(raw)
        res = subprocess.run(["tesseract", img, "stdout", "-l", "nor", "--psm", "4"], capture_output=True,
                             check=True, timeout=300)
        return res.stdout.decode("utf-8", "replace")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def file_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        if os.path.basename(path) in SCANNED:
            assert not text.strip(), "scanned PDF must be image-only"
            return _ocr(path)
        return text
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        with zipfile.ZipFile(path) as z:
            if "word/footnotes.xml" in z.namelist():
                parts.append(_xml_text(z.read("word/footnotes.xml")))
        return "\n".join(parts)
    if ext in (".odt", ".ods"):
        with zipfile.ZipFile(path) as z:
            return _xml_text(z.read("content.xml")) + "\n" + _xml_text(z.read("styles.xml"))
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if ext in (".doc", ".rtf"):
        return _lo_text(path)
    raise ValueError(path)


def words(s):
    return re.findall(r"\w+", s.casefold())


def verify(out_dir, ref_dir):
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    if os.path.exists(out_dir) and os.listdir(out_dir):
        shutil.rmtree(out_dir)
    build(out_dir, log=lambda m: None)
    with open(os.path.join(out_dir, "truth.csv"), encoding="utf-8", newline="") as fh:
        rdr = csv.reader(fh)
        header = next(rdr)
        trows = [dict(zip(header, r)) for r in rdr]
    if header != HEADER:
        fail("truth.csv header")
    with open(os.path.join(out_dir, "README.md"), encoding="utf-8") as fh:
        first = fh.readline()
    if not first.startswith("# Held-out round 42") or "reporting year 2063" not in first:
        fail("README first line")
    seeds = {}
    for r in trows:
        if r["member"] not in MEMBERS:
            fail("member %r" % r["member"])
        if r["type"] not in TYPES:
            fail("type %r" % r["type"])
        if r["delmal"] not in CODES:
            fail("delmal %r" % r["delmal"])
        seeds.setdefault(r["seed_row"], set()).add(r["type"])
        if not re.fullmatch(r"[MJU]\d\d", r["seed_row"]):
            fail("seed %r" % r["seed_row"])
    for s, ts in seeds.items():
        if s[0] in "MJ" and len(ts) > 1:
            fail("seed %s has several types %s" % (s, ts))
    keys = [(r["source_file"], r["seed_row"]) for r in trows]
    if len(keys) != len(set(keys)):
        fail("duplicate (source_file, seed_row)")
    per_file = {}
    for r in trows:
        per_file.setdefault(r["source_file"], []).append(r)
    names = sorted(FILES.values())
    checked = 0
    for name in names:
        path = os.path.join(out_dir, name)
        text = file_text(path)
        toks = set(words(text))
        rows_here = per_file.get(name, [])
        if name == FILES["14"] and rows_here:
            fail("non-report file has rows")
        if name != FILES["14"] and not rows_here:
            fail("%s has no rows" % name)
        for r in rows_here:
            for w in words(r["tiltak"]):
                if w in toks:
                    continue
                if name in SCANNED and difflib.get_close_matches(w, toks, n=1, cutoff=OCR_RATIO):
                    continue
                fail("%s: word %r of %r not in text" % (name, w, r["tiltak"]))
            checked += 1
        print("read %-48s %6d chars %2d rows" % (name, len(text), len(rows_here)))
    if checked != len(trows):
        fail("rows whose source_file is not a built file")
    ref_names = sorted(os.listdir(ref_dir)) if os.path.isdir(ref_dir) else []
    out_names = sorted(os.listdir(out_dir))
    if ref_names != out_names:
        fail("file lists differ: %s vs %s" % (ref_names, out_names))
    for name in out_names:
        rp = os.path.join(ref_dir, name)
        if not os.path.exists(rp):
            continue
        with open(rp, "rb") as a, open(os.path.join(out_dir, name), "rb") as b:
            if a.read() != b.read():
                fail("bytes differ: " + name)
    print("%d truth rows, %d files; %s" % (len(trows), len(out_names), "OK" if ok else "FAILED"))
    return ok
