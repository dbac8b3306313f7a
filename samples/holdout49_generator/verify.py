#!/usr/bin/env python3
"""Verify held-out round 48 (reporting year 2069): python samples/holdout49_generator/verify.py samples/holdout49

Reads every file back with independent readers and checks that every word of each truth row's
tiltak / ansvarlig / samarbeidspartnere / beskrivelse occurs in its file (fuzzy for the image-only PDF),
that the trap texts are in the files but not in the truth, and that ids, members, types and delmål are
consistent.  Standalone: imports nothing from the repo.
"""
import collections
import csv
import difflib
import email
import email.policy
import html
import html.parser
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}
DELMAL = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}
MEMBERS = {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO", "UHR",
           "Fagskolerådet", "Kompetanseforbundet", "Sametinget", "Østfold fylkeskommune",
           "Akershus fylkeskommune", "Oslo kommune", "Hedmark fylkeskommune", "Oppland fylkeskommune",
           "Buskerud fylkeskommune", "Vestfold fylkeskommune", "Telemark fylkeskommune",
           "Aust-Agder fylkeskommune", "Vest-Agder fylkeskommune", "Rogaland fylkeskommune",
           "Hordaland fylkeskommune", "Sogn og Fjordane fylkeskommune", "Vestland fylkeskommune",
           "Møre og Romsdal fylkeskommune", "Trøndelag fylkeskommune", "Nordland fylkeskommune",
           "Troms fylkeskommune", "Finnmark fylkeskommune", "Viken fylkeskommune", "Innlandet fylkeskommune",
           "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune", "Troms og Finnmark fylkeskommune"}
FIELDS = ["tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"]
# texts that stand in the files as traps (other years, plans, test rows, struck rows ...) and must not be truth
FORBIDDEN = {
    "01": ["Treparts bransjeprogram for bygg og anlegg", "Pilot med kompetansekonto for voksne"],
    "02": ["Bransjeprogram for bygg og anlegg", "LO-konferansen om etter- og videreutdanning 2068"],
    "03": ["Kompetansebarometeret 2068", "Digital læreplassportal", "Kompetansebarometeret 2070",
           "Bransjeprogram bygg og anlegg"],
    "04": ["Kompetanseforum Viken", "Voksenopplæring i kommunene – kartlegging"],
    "05": ["Kartlegging av videreutdanningsbehov i politiet"],
    "06": ["digitalt kompetansekort"],
    "07": ["Evaluering av Kompetansepluss frivillighet (2068)", "Studieforbundsdagen 2070"],
    "08": ["register over mikrokvalifikasjoner"],
    "09": ["Sertifisering i karriereveiledning for HR", "Kompetanseindeks for små virksomheter",
           "Kompetansedagen 2069"],
    "10": ["Traineeprogram for ledere i helse"],
    "11": ["Testtiltak", "Regional kompetansestrategi 2070–2075"],
    "12": ["Lærlingløftet Nordmøre"],
    "13": ["Ungdomsgaranti i fagopplæringa"],
    "14": ["Hydrogenskolen"],
    "15": ["Digital kompetanse for ansatte i reiselivet"],
    "16": ["Kompetansepartnerskap Nord", "Fagnorsk"],
}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
T_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


SUPERS = str.maketrans({c: " " for c in "¹²³⁴⁵⁶⁷⁸⁹⁰"})


def norm(s):
    return unicodedata.normalize("NFKC", s.translate(SUPERS))


def words(s):
    return re.findall(r"\w+", norm(s).lower())


# ---------------------------------------------------------------- readers
def read_pdf(path):
    out = []
    for args in (["pdftotext", "-enc", "UTF-8", path, "-"], ["pdftotext", "-raw", "-enc", "UTF-8", path, "-"],
                 ["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]):
        out.append(subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8", "replace"))
    text = "\n".join(out)
    # second view with line-end hyphens joined (hyphenated typesetting)
    joined = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return text + "\n" + joined + "\n" + pdf_annotation_text(path)


def _pdf_string(raw):
    out, i = bytearray(), 0
    esc = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")",
           b"\\": b"\\"}
    while i < len(raw):
        ch = raw[i:i + 1]
        if ch == b"\\":
            nxt = raw[i + 1:i + 2]
            if nxt in esc:
                out += esc[nxt]
                i += 2
                continue
            m = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            i += 1
            continue
        out += ch
        i += 1
    b = bytes(out)
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace")
    return b.decode("latin-1")


def pdf_annotation_text(path):
    """Contents of uncompressed annotation dictionaries (FreeText etc.), read straight from the file."""
    with open(path, "rb") as fh:
        raw = fh.read()
    out = []
    for m in re.finditer(rb"/Contents\s*\(((?:\\.|[^\\)])*)\)", raw, re.S):
        out.append(_pdf_string(m.group(1)))
    return "\n".join(out)


def ocr_pdf(path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-png", path, os.path.join(td, "p")], check=True)
        texts = []
        for f in sorted(os.listdir(td)):
            r = subprocess.run(["tesseract", os.path.join(td, f), "-", "-l", "nor"], capture_output=True)
            texts.append(r.stdout.decode("utf-8", "replace"))
    return "\n".join(texts)


def read_docx(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W_NS + "p"):
                    parts.append("".join(el.text or "" for el in p.iter(W_NS + "t")))
    return "\n".join(parts)


def read_pptx(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.match(r"ppt/(slides|notesSlides)/[^/]+\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(A_NS + "p"):
                    parts.append("".join(el.text or "" for el in p.iter(A_NS + "t")))
    return "\n".join(parts)


def _odf_text(el, buf):
    if el.text:
        buf.append(el.text)
    for ch in el:
        if ch.tag == T_NS + "s":
            buf.append(" " * int(ch.get(T_NS + "c", "1")))
        elif ch.tag in (T_NS + "line-break", T_NS + "tab"):
            buf.append(" ")
        else:
            _odf_text(ch, buf)
        if ch.tail:
            buf.append(ch.tail)


def read_odf(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    parts = []
    for p in root.iter():
        if p.tag in (T_NS + "p", T_NS + "h"):
            buf = []
            _odf_text(p, buf)
            parts.append("".join(buf))
    return "\n".join(parts)


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    parts.append(str(c.value))
                if c.comment is not None:
                    parts.append(c.comment.text)
    return "\n".join(parts)


def xls_rows(path):
    """Read an .xls through LibreOffice (converted to .xlsx in a temp dir); returns [(hidden, [values])]."""
    import openpyxl
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(td, "prof"), "--headless",
                        "--convert-to", "xlsx", "--outdir", td, path], check=True, capture_output=True)
        x = os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
        wb = openpyxl.load_workbook(x)
        out = []
        for ws in wb.worksheets:
            for r in ws.iter_rows():
                hidden = bool(ws.row_dimensions[r[0].row].hidden)
                out.append((hidden, [str(c.value) for c in r if c.value is not None]))
        return out


def read_xls(path):
    return "\n".join(" | ".join(v) for _, v in xls_rows(path))


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, data):
        self.out.append(data)

    def handle_starttag(self, tag, attrs):
        self.out.append(" ")


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    return " ".join(p.out)


def read_html(path):
    with open(path, encoding="utf-8") as fh:
        return html_text(fh.read())


def read_eml(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    parts = [str(msg["subject"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            body = part.get_content()
            parts.append(html_text(body) if part.get_content_subtype() == "html" else body)
    return "\n".join(parts)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw[:3] == b"\xef\xbb\xbf":
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def read_ics(path):
    t = read_text(path).replace("\r\n ", "").replace("\r\n\t", "")
    t = t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    return t + "\n" + html_text(t)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        t = read_pdf(path)
        if len(words(t)) < 20:
            return ocr_pdf(path), True
        return t, False
    readers = {"docx": read_docx, "pptx": read_pptx, "odt": read_odf, "ods": read_odf, "xlsx": read_xlsx,
               "xls": read_xls, "html": read_html, "eml": read_eml, "md": read_text, "txt": read_text,
               "ics": read_ics, "csv": read_text}
    if ext not in readers:
        raise ValueError("unknown format: " + path)
    return readers[ext](path), False


# ---------------------------------------------------------------- checks
def fuzzy_in(w, vocab, vocab_list):
    if w in vocab:
        return True
    if len(w) <= 2:
        return False
    return bool(difflib.get_close_matches(w, vocab_list, n=1, cutoff=0.75))


def main(argv):
    if len(argv) != 1:
        print(__doc__)
        return 2
    d = argv[0]
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as fh:
        first = fh.readline().rstrip("\r\n")
        if first != ",".join(HEADER):
            err("truth.csv header is %r" % first)
        fh.seek(0)
        rows = list(csv.DictReader(fh))
    docs = sorted(f for f in os.listdir(d) if f not in ("truth.csv", "README.md"))
    if not 14 <= len(docs) <= 18:
        err("expected 14–18 documents, found %d" % len(docs))
    nums = [f[:2] for f in docs]
    if len(set(nums)) != len(nums):
        err("duplicate file numbers")
    for f in docs:
        if not re.match(r"^\d\d_", f) or not re.search(r"20(69|70)", f):
            err("bad file name: " + f)
    by_file = collections.defaultdict(list)
    for r in rows:
        by_file[r["source_file"]].append(r)
        if r["source_file"] not in docs:
            err("truth row for missing file " + r["source_file"])
        if r["member"] not in MEMBERS:
            err("unknown member %r" % r["member"])
        if r["type"] not in TYPES:
            err("unknown type %r" % r["type"])
        if r["delmal"] not in DELMAL:
            err("bad delmål %r" % r["delmal"])
        sid = r["seed_row"]
        if not re.match(r"^(M\d\d|J\d\d|U\d{4})$", sid):
            err("bad seed_row %r" % sid)
        if sid.startswith("U") and sid[1:3] != r["source_file"][:2]:
            err("U id %s does not match file number of %s" % (sid, r["source_file"]))
        if not r["tiltak"].strip():
            err("empty tiltak in %s" % r["source_file"])
        for fld in FIELDS:
            if r[fld] != r[fld].strip() or "  " in r[fld]:
                err("%s [%s] %s has stray whitespace" % (r["source_file"], sid, fld))
    for f, rs in by_file.items():
        if len({r["member"] for r in rs}) != 1:
            err("file %s has several members" % f)
        if not 3 <= len(rs) <= 9:
            err("file %s has %d rows (want 3–9)" % (f, len(rs)))
        if len({r["tiltak"] for r in rs}) != len(rs):
            err("file %s has a duplicated tiltak" % f)
    if not [f for f in docs if f not in by_file]:
        err("no non-report document (0 truth rows)")
    groups = collections.defaultdict(list)
    for r in rows:
        groups[r["seed_row"]].append(r)
    for sid, rs in groups.items():
        mems = [r["member"] for r in rs]
        if sid.startswith("M"):
            if not 3 <= len(set(mems)) <= 6 or len(set(mems)) != len(mems):
                err("council %s has members %s" % (sid, mems))
            if any(r["type"] != "Råd/utvalg/nettverk" for r in rs):
                err("council %s has a non-council type" % sid)
        elif sid.startswith("J"):
            if not 2 <= len(set(mems)) <= 3 or len(set(mems)) != len(mems):
                err("joint %s has members %s" % (sid, mems))
            if len({r["delmal"] for r in rs}) != 1 or len({r["type"] for r in rs}) != 1:
                err("joint %s has differing delmål/type" % sid)
        elif len(rs) != 1:
            err("U id %s used %d times" % (sid, len(rs)))
    kinds = collections.Counter(r["seed_row"][0] for r in rows)
    n_m = len({r["seed_row"] for r in rows if r["seed_row"][0] == "M"})
    n_j = len({r["seed_row"] for r in rows if r["seed_row"][0] == "J"})
    if not 85 <= len(rows) <= 100:
        err("want 85–100 truth rows, have %d" % len(rows))
    if kinds["M"] < 20 or n_m < 5:
        err("want ≥20 council rows over ≥5 councils, have %d over %d" % (kinds["M"], n_m))
    if n_j < 8:
        err("want ≥8 joint measures, have %d" % n_j)
    # word checks
    total_words = 0
    for f in docs:
        path = os.path.join(d, f)
        text, scanned = extract(path)
        vocab = set(words(text))
        vocab_list = sorted(vocab)
        nmiss = 0
        for r in by_file.get(f, []):
            for fld in FIELDS:
                ws = words(r[fld])
                total_words += len(ws)
                if scanned:
                    miss = [w for w in ws if not fuzzy_in(w, vocab, vocab_list)]
                    if ws and len(miss) > max(1, len(ws) // 10):
                        err("%s [%s] %s: OCR misses %s" % (f, r["seed_row"], fld, miss))
                    nmiss += len(miss)
                else:
                    miss = [w for w in ws if w not in vocab]
                    if miss:
                        err("%s [%s] %s: words not in file: %s" % (f, r["seed_row"], fld, miss))
        # traps: present in the file, absent from the truth
        flat = " ".join(words(text))
        for trap in FORBIDDEN.get(f[:2], []):
            tw = " ".join(words(trap))
            # contiguous, or word by word where the layout wraps cells (10); struck-through scan text (15)
            # is only required to be partly legible
            if scanned:
                if sum(fuzzy_in(w, vocab, vocab_list) for w in words(trap)) < len(words(trap)) / 2:
                    err("%s: trap text %r not found by OCR" % (f, trap))
            elif tw not in flat and not all(w in vocab for w in words(trap)):
                err("%s: trap text %r not found in the file" % (f, trap))
            for r in by_file.get(f, []):
                if tw and tw in " ".join(words(r["tiltak"])):
                    err("%s: trap %r is in the truth (%s)" % (f, trap, r["seed_row"]))
        if f.endswith(".xls"):
            visible = " ".join(" ".join(v) for h, v in xls_rows(path) if not h)
            for r in by_file.get(f, []):
                if r["tiltak"] not in visible:
                    err("%s: truth tiltak %r is not in a visible row" % (f, r["tiltak"]))
        print("%-62s %-5s rows=%2d%s" % (f, f.rsplit(".", 1)[-1], len(by_file.get(f, [])),
                                          "  (OCR, %d fuzzy misses)" % nmiss if scanned else ""))
    # README
    rd = os.path.join(d, "README.md")
    if not os.path.exists(rd):
        err("README.md missing")
    else:
        with open(rd, encoding="utf-8") as fh:
            md = fh.read()
        if md.split("\n")[0] != "# Held-out round 48 — reporting year 2069 (samples/holdout49)":
            err("README first line is %r" % md.split("\n")[0])
        first_par = md.split("\n\n")[1] if "\n\n" in md else ""
        if "reporting year 2069" not in first_par:
            err("README first paragraph lacks 'reporting year 2069'")
        if "| # | File | Member | Format / how made | Shape | Truth rows |" not in md:
            err("README files table header missing")
        for f in docs:
            m = re.search(r"^\| %s \| `%s` .*\| (\d+) \|$" % (f[:2], re.escape(f)), md, re.M)
            if not m:
                err("README has no table row for " + f)
            elif int(m.group(1)) != len(by_file.get(f, [])):
                err("README row count for %s differs from truth" % f)
        for sid in groups:
            if sid[0] in "MJ" and "| %s |" % sid not in md:
                err("README lacks id " + sid)
    print("rows=%d  M=%d (%d councils)  J=%d (%d joint)  U=%d  words checked=%d" % (
        len(rows), kinds["M"], n_m, kinds["J"], n_j, kinds["U"], total_words))
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
