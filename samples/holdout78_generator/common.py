"""Shared helpers for held-out round 78 (reporting year 2098; the reports are dated January 2099)."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout78"

YEAR = 2098
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

COUNCILS = {"M01": "KBU", "M02": "SRY", "M03": "NFK", "M04": "UHR-FSE", "M05": "FSR", "M06": "RSA"}
COUNCIL_NAMES = {
    "KBU": "Kompetansebehovsutvalget",
    "SRY": "Samarbeidsrådet for yrkesopplæring and its faglige råd",
    "NFK": "Nasjonalt forum for karriereveiledning",
    "UHR-FSE": "UHR's fagstrategiske enheter, such as UHR-Medisin og helse and UHR-Helse og sosial",
    "FSR": "Nasjonalt fagskoleråd",
    "RSA": "Råd for samarbeid med arbeidslivet, one per university or college",
}
JOINT = {
    "J01": "Fagbrevsjansen 2098 (felles informasjonskampanje som oppfordrer voksne med lang erfaring fra arbeidslivet "
           "til å ta fagbrev, med filmer, annonser og informasjonsmøter på arbeidsplassene)",
    "J02": "Kompetansetermometeret 2098 (felles spørreundersøkelse om kompetansebehov og opplæring i virksomhetene, "
           "med utvalg fra industri og bygg, handel og tjenester og kommunesektoren)",
    "J03": "Veiviserdagen 2098 (felles nasjonal dag i september der karriereveiledere, studiesteder og "
           "studieforbund tilbyr gratis veiledningssamtaler om utdanning og arbeid)",
    "J04": "Hydrogenskolen (felles kursprogram for fagarbeidere i hydrogen- og ammoniakkproduksjon, med moduler på "
           "fagskoler og i bedrifter)",
    "J05": "Språkvakta (felles prosjekt der ansatte i helse og omsorg med kort botid får norskopplæring i "
           "arbeidstiden, med korte kurs lagt til vaktene og språkmentorer på avdelingene)",
    "J06": "Lærlingtorget (felles nettjeneste der lærlingsøkere og lærebedrifter finner hverandre)",
}

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROSJEKT = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"
TYPES = [FOU, KURS, RAD, PROSJEKT, INFO, ARR]

DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]

MEMBERS = {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO",
           "UHR", "Fagskolerådet", "Kompetanseforbundet", "Sametinget"}

WHEN = dt.datetime(2099, 1, 14, 13, 40, 0)          # the usual "last saved" moment of the round
ZIP_DT = (2099, 1, 14, 13, 40, 0)


def is_member(name: str) -> bool:
    return name in MEMBERS or name.endswith(" fylkeskommune")


def one(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def row(source_file, member, tiltak, seed, delmal, typ, ansvarlig="", samarb="", beskr="") -> dict:
    assert typ in TYPES, typ
    assert delmal in DELMAL, delmal
    return {"source_file": source_file, "member": member, "tiltak": one(tiltak), "seed_row": seed,
            "delmal": delmal, "type": typ, "ansvarlig": one(ansvarlig), "samarbeidspartnere": one(samarb),
            "beskrivelse": one(beskr)}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200e", "\u200f", "\u00ad", "\ufeff", "\u200b"):
        s = s.replace(ch, "")
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007"):
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- zip packages
def zip_entries(entries, when=ZIP_DT, system: int = 0) -> bytes:
    """entries: (name, data, deflate?) in the order given; fixed timestamps and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, deflate in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            info.create_system = system
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data,
                       compress_type=info.compress_type, compresslevel=6 if deflate else None)
    return buf.getvalue()


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def repack(data: bytes, iso: str = "2099-01-14T13:40:00Z", stored: tuple = ("mimetype",), patch=None) -> bytes:
    """Rewrite an office package with fixed zip times and fixed package dates (OOXML core.xml, ODF meta.xml);
    `patch` maps a part name to a function on its bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, d in parts:
        if name == "docProps/core.xml":
            d = _CORE_DATE.sub(lambda m: m.group(1) + iso.encode() + m.group(2), d)
        elif name == "meta.xml":
            d = re.sub(rb"(<meta:creation-date>)[^<]*", rb"\g<1>" + iso[:-1].encode(), d)
            d = re.sub(rb"(<dc:date>)[^<]*", rb"\g<1>" + iso[:-1].encode(), d)
            d = re.sub(rb"(<meta:editing-duration>)[^<]*", rb"\g<1>PT25M", d)
        if patch and name in patch:
            d = patch[name](d)
        out.append((name, d, name not in stored))
    return zip_entries(out)


# ---------------------------------------------------------------- LibreOffice
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\((D:[^)]*)\)")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_PDF_SUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def fix_lo_pdf(data: bytes) -> bytes:
    """LibreOffice's dates, /ID and /DocChecksum made fixed, every length kept."""
    def date(m):
        digits = re.match(rb"D:(\d*)", m.group(2)).group(1)
        return b"/" + m.group(1) + b"(D:" + b"20990114134000"[:len(digits)] + m.group(2)[2 + len(digits):] + b")"
    out = _PDF_DATE.sub(date, data)
    out = _PDF_ID.sub(lambda m: m.group(0).replace(m.group(1), b"6" * len(m.group(1)), 1)
                      .replace(m.group(2), b"9" * len(m.group(2)), 1), out)
    out = _PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"4" * len(m.group(1))), out)
    assert len(out) == len(data)
    return out


def soffice(src_bytes: bytes, suffix: str, convert_to: str, out_ext: str) -> bytes:
    """Convert office bytes with a throw-away LibreOffice profile and return the result's bytes."""
    work = Path(tempfile.mkdtemp(prefix="h78_"))
    try:
        src = work / ("doc" + suffix)
        src.write_bytes(src_bytes)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", convert_to, "--outdir", str(work / "out"), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        res = work / "out" / ("doc." + out_ext)
        if not res.exists():
            raise RuntimeError(f"LibreOffice made no {res.name}")
        return res.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def stable_pdf(src_bytes: bytes, suffix: str) -> bytes:
    """Export to PDF with LibreOffice until the same fixed bytes come out twice (font subsets are now and then
    ordered differently)."""
    seen: dict[bytes, int] = {}
    for _ in range(8):
        data = fix_lo_pdf(soffice(src_bytes, suffix, "pdf", "pdf"))
        seen[data] = seen.get(data, 0) + 1
        if seen[data] == 2:
            return data
    raise RuntimeError("LibreOffice gave no stable PDF")


# ---------------------------------------------------------------- python-docx
def new_docx(font="Calibri", size=10.5, landscape=False, margin_cm=2.0):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margin_cm)
    return d


def runs(paragraph, parts) -> None:
    """parts: (text, style); style letters b = bold, i = italic, g = grey small print, s<pt> = size."""
    from docx.shared import Pt, RGBColor
    for text, st in parts:
        r = paragraph.add_run(text)
        if "b" in st:
            r.bold = True
        if "i" in st:
            r.italic = True
        if "g" in st:
            r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
            r.font.size = Pt(8.5)
        m = re.search(r"s(\d+(?:\.\d+)?)", st)
        if m:
            r.font.size = Pt(float(m.group(1)))


def shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def ruled_table(document, head, body, widths_cm, fill="D9D9D9", size=None, header_repeat=False):
    """A Table Grid table: shaded bold header, one row per list of strings ('\n' = line break in the cell),
    fixed column widths."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    t = document.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.autofit = False
    for c, h in zip(t.rows[0].cells, head):
        runs(c.paragraphs[0], [(h, "b")])
        shade(c, fill)
    for vals in body:
        for c, v in zip(t.add_row().cells, vals):
            lines = (v or "").split("\n")
            for k, ln in enumerate(lines):
                r = c.paragraphs[0].add_run(ln)
                if k < len(lines) - 1:
                    r.add_break()
    for r_ in t.rows:
        for c, w in zip(r_.cells, widths_cm):
            c.width = Cm(w)
            if size:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(size)
    for col, w in zip(t.columns, widths_cm):
        col.width = Cm(w)
    if header_repeat:
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        t.rows[0]._tr.get_or_add_trPr().append(th)
    return t


def docx_bytes(document, author: str, created=dt.datetime(2099, 1, 11, 9, 15, 0), modified=WHEN) -> bytes:
    cp = document.core_properties
    cp.author = cp.last_modified_by = author
    cp.created, cp.modified = created, modified
    cp.revision = 4
    buf = io.BytesIO()
    document.save(buf)
    return repack(buf.getvalue(), iso=modified.strftime("%Y-%m-%dT%H:%M:%SZ"))


def xlsx_bytes(wb, creator: str, created=dt.datetime(2099, 1, 10, 8, 45, 0), modified=WHEN) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = creator
    wb.properties.created, wb.properties.modified = created, modified
    buf = io.BytesIO()
    wb.save(buf)
    return repack(buf.getvalue(), iso=modified.strftime("%Y-%m-%dT%H:%M:%SZ"))


def sheet_rows(ws, top: int, head, body, widths, fill="D9E1F2", size=10, wrap_cols=None):
    """Header on row `top` (bold, filled, thin rules), then the body rows wrapped and top-aligned; widths set."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(head, 1):
        c = ws.cell(row=top, column=i, value=h)
        c.font = Font(name="Calibri", size=size, bold=True)
        c.fill = PatternFill("solid", fgColor=fill)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = top
    for vals in body:
        r += 1
        height = 1
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.font = Font(name="Calibri", size=size)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, str):
                height = max(height, lines_needed(v, widths[i - 1]))
        ws.row_dimensions[r].height = 14.5 * height + 2
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return r + 1


def lines_needed(text: str, width: float) -> int:
    n = 0
    for part in text.split("\n"):
        k, cur = 1, 0
        for w in part.split():
            if cur and cur + 1 + len(w) > width - 1.5:
                k, cur = k + 1, len(w)
            else:
                cur += (1 if cur else 0) + len(w)
        n += k
    return max(n, 1)


# ---------------------------------------------------------------- reading back (verify)
def pdf_text(path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def pdf_cells(path) -> str:
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_text() or "")
            for t in p.extract_tables():
                for r in t:
                    out.extend(c for c in r if c)
    return "\n".join(out)


def docx_all_text(path_or_bytes) -> str:
    """Every w:p in the body (tables and text boxes included, document order), headers and footers."""
    import docx
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    d = docx.Document(src)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = ["".join(t.text or "" for t in p.iter(w + "t")) for p in d.element.body.iter(w + "p")]
    for s in d.sections:
        for part in (s.header, s.footer):
            out += [p.text for p in part.paragraphs]
    return "\n".join(out)


def xlsx_all_text(path_or_bytes) -> str:
    import openpyxl
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    wb = openpyxl.load_workbook(src)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for r in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in r))
    return "\n".join(out)


# ---------------------------------------------------------------- compound files (version 3, 512-byte sectors)
_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _cfb_key(name: str):
    return (len(name), name.upper())


def cfb_tree(tree: list) -> bytes:
    """A compound file from a tree: (name, bytes) is a stream, (name, list) a storage holding such items. Streams
    under 4096 bytes go to the mini stream. Each storage's children form a balanced binary tree in the format's
    order, coloured as a valid red-black tree (the deepest level of an imperfect tree red, the rest black)."""
    import struct
    ents: list[dict] = [{"name": "Root Entry", "type": 5, "kids": tree}]

    def build(ids: list[int], level: int) -> int:
        if not ids:
            return _FREE
        m = len(ids) // 2
        node = ids[m]
        ents[node]["level"] = level
        ents[node]["left"] = build(ids[:m], level + 1)
        ents[node]["right"] = build(ids[m + 1:], level + 1)
        return node

    def walk(idx: int) -> None:
        mine = []
        for name, val in ents[idx]["kids"]:
            ents.append({"name": name, "type": 1 if isinstance(val, list) else 2,
                         "kids": val if isinstance(val, list) else None,
                         "data": val if isinstance(val, bytes) else None})
            mine.append(len(ents) - 1)
        mine.sort(key=lambda i: _cfb_key(ents[i]["name"]))
        ents[idx]["child"] = build(mine, 0)
        if mine:
            deepest = max(ents[i]["level"] for i in mine)
            perfect = len(mine) == (1 << (deepest + 1)) - 1
            for i in mine:
                ents[i]["color"] = 0 if (not perfect and ents[i]["level"] == deepest) else 1
        for i in mine:
            if ents[i]["type"] == 1:
                walk(i)
    walk(0)
    ents[0]["color"] = 1
    mini, minifat, big = b"", [], []
    for e in ents[1:]:
        if e["type"] != 2:
            continue
        d = e["data"]
        if len(d) < 4096:
            first = len(minifat)
            k = max(1, -(-len(d) // 64))
            minifat += [first + i + 1 for i in range(k - 1)] + [_END]
            mini += d.ljust(k * 64, b"\0")
            e["start"], e["size"] = first, len(d)
        else:
            big.append(e)
    n_dir = -(-len(ents) * 128 // 512)
    n_minifat = -(-len(minifat) * 4 // 512) if minifat else 0
    n_mini = -(-len(mini) // 512)
    n_big = [-(-len(e["data"]) // 512) for e in big]
    body = n_dir + n_minifat + n_mini + sum(n_big)
    n_fat = 1
    while n_fat * 128 < n_fat + body:
        n_fat += 1
    assert n_fat <= 109
    fat: list[int] = [_FATSECT] * n_fat
    sec = n_fat

    def chain(k: int) -> int:
        nonlocal sec
        first = sec
        fat.extend([sec + i + 1 for i in range(k - 1)] + [_END])
        sec += k
        return first
    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat) if n_minifat else _END
    mini_start = chain(n_mini) if n_mini else _END
    for e, k in zip(big, n_big):
        e["start"], e["size"] = chain(k), len(e["data"])
    fat += [_FREE] * (n_fat * 128 - len(fat))
    difat = list(range(n_fat)) + [_FREE] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, n_fat, dir_start, 0, 4096,
                            minifat_start, n_minifat, _END, 0)
              + struct.pack("<109I", *difat))
    ents[0]["start"], ents[0]["size"] = mini_start, len(mini)
    out = []
    for e in ents:
        raw = e["name"].encode("utf-16-le")
        out.append(raw.ljust(64, b"\0") + struct.pack(
            "<HBBIII16sIQQIII", len(raw) + 2, e["type"], e["color"], e.get("left", _FREE), e.get("right", _FREE),
            e.get("child", _FREE) if e["type"] != 2 else _FREE, b"\0" * 16, 0, 0, 0,
            e.get("start", 0) if e["type"] != 1 else 0, e.get("size", 0) if e["type"] != 1 else 0, 0))
    dirs = b"".join(out)
    dirs += (b"\0" * 64 + struct.pack("<HBBIII16sIQQIII", 0, 0, 0, _FREE, _FREE, _FREE, b"\0" * 16, 0, 0, 0, 0, 0, 0)) \
        * ((n_dir * 512 - len(dirs)) // 128)
    parts = [header, struct.pack(f"<{len(fat)}I", *fat), dirs]
    if n_minifat:
        mf = minifat + [_FREE] * (n_minifat * 128 - len(minifat))
        parts.append(struct.pack(f"<{len(mf)}I", *mf))
    if n_mini:
        parts.append(mini.ljust(n_mini * 512, b"\0"))
    for e in big:
        parts.append(e["data"].ljust(-(-len(e["data"]) // 512) * 512, b"\0"))
    return b"".join(parts)


# ---------------------------------------------------------------- ECMA-376 agile encryption (MS-OFFCRYPTO 2.3.4.10)
_BLK_VERIFIER_IN = bytes.fromhex("fea7d2763b4b9e79")
_BLK_VERIFIER_HASH = bytes.fromhex("d7aa0f6d3061344e")
_BLK_KEY = bytes.fromhex("146e0be7abacd0d6")
_BLK_HMAC_KEY = bytes.fromhex("5fb2ad010cb9e1f6")
_BLK_HMAC_VALUE = bytes.fromhex("a0677f02b22c8433")


def _aes_cbc(key: bytes, iv: bytes, data: bytes, encrypt: bool = True) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    c = Cipher(algorithms.AES(key), modes.CBC(iv))
    x = c.encryptor() if encrypt else c.decryptor()
    return x.update(data) + x.finalize()


def _pad16(b: bytes) -> bytes:
    return b + b"\0" * (-len(b) % 16)


def _password_key(password: str, salt: bytes, spin: int, block: bytes) -> bytes:
    import hashlib
    import struct
    h = hashlib.sha512(salt + password.encode("utf-16-le")).digest()
    for i in range(spin):
        h = hashlib.sha512(struct.pack("<I", i) + h).digest()
    return hashlib.sha512(h + block).digest()[:32]


def _segment_iv(key_salt: bytes, i: int) -> bytes:
    import hashlib
    import struct
    return hashlib.sha512(key_salt + struct.pack("<I", i)).digest()[:16]


def _lp(s: str) -> bytes:
    """UNICODE-LP-P4: byte length, UTF-16LE text, padded to four bytes."""
    import struct
    raw = s.encode("utf-16-le")
    return struct.pack("<I", len(raw)) + raw + b"\0" * (-len(raw) % 4)


def office_encrypt(package: bytes, password: str, seed: int, spin: int = 100000) -> bytes:
    """An OOXML package encrypted as Office 2010+ does (agile encryption: AES-256-CBC, SHA-512, data integrity
    HMAC) inside a compound file with EncryptionInfo, EncryptedPackage and the \\x06DataSpaces storage. Salts, key
    and verifier are drawn from a seeded stream."""
    import base64
    import hashlib
    import hmac
    import random
    import struct
    rnd = random.Random(seed)

    def rb(n: int) -> bytes:
        return bytes(rnd.getrandbits(8) for _ in range(n))
    key_salt, pw_salt, secret, verifier, hmac_salt = rb(16), rb(16), rb(32), rb(16), rb(64)
    segs = [struct.pack("<Q", len(package))]
    for i in range(0, len(package), 4096):
        segs.append(_aes_cbc(secret, _segment_iv(key_salt, i // 4096), _pad16(package[i:i + 4096])))
    enc = b"".join(segs)
    mac = hmac.new(hmac_salt, enc, hashlib.sha512).digest()

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode()

    def under_password(block: bytes, data: bytes) -> str:
        return b64(_aes_cbc(_password_key(password, pw_salt, spin, block), pw_salt, data))

    def under_secret(block: bytes, data: bytes) -> str:
        return b64(_aes_cbc(secret, hashlib.sha512(key_salt + block).digest()[:16], data))
    attrs = ('saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
             'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" '
           'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">'
           f'<keyData {attrs} saltValue="{b64(key_salt)}"/>'
           f'<dataIntegrity encryptedHmacKey="{under_secret(_BLK_HMAC_KEY, hmac_salt)}" '
           f'encryptedHmacValue="{under_secret(_BLK_HMAC_VALUE, mac)}"/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<p:encryptedKey spinCount="{spin}" {attrs} saltValue="{b64(pw_salt)}" '
           f'encryptedVerifierHashInput="{under_password(_BLK_VERIFIER_IN, verifier)}" '
           f'encryptedVerifierHashValue="{under_password(_BLK_VERIFIER_HASH, hashlib.sha512(verifier).digest())}" '
           f'encryptedKeyValue="{under_password(_BLK_KEY, secret)}"/>'
           '</keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode("utf-8")
    versions = struct.pack("<HHHHHH", 1, 0, 1, 0, 1, 0)
    entry = struct.pack("<II", 1, 0) + _lp("EncryptedPackage") + _lp("StrongEncryptionDataSpace")
    tid = _lp("{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}")
    primary = (struct.pack("<II", 8 + len(tid), 1) + tid + _lp("Microsoft.Container.EncryptionTransform")
               + versions + struct.pack("<IIII", 0, 0, 0, 4))
    return cfb_tree([
        ("\x06DataSpaces", [
            ("Version", _lp("Microsoft.Container.DataSpaces") + versions),
            ("DataSpaceMap", struct.pack("<III", 8, 1, len(entry) + 4) + entry),
            ("DataSpaceInfo", [("StrongEncryptionDataSpace", struct.pack("<II", 8, 1)
                                + _lp("StrongEncryptionTransform"))]),
            ("TransformInfo", [("StrongEncryptionTransform", [("\x06Primary", primary)])])]),
        ("EncryptionInfo", info),
        ("EncryptedPackage", enc)])


def office_decrypt(data: bytes, password: str) -> bytes:
    """The package inside an agile-encrypted compound file (verifier and HMAC checked)."""
    import base64
    import hashlib
    import hmac
    import struct

    import olefile
    from lxml import etree
    ole = olefile.OleFileIO(data)
    info = ole.openstream("EncryptionInfo").read()
    enc = ole.openstream("EncryptedPackage").read()
    assert struct.unpack_from("<HHI", info) == (4, 4, 0x40), "not agile encryption"
    x = etree.fromstring(info[8:])
    ns = {"e": "http://schemas.microsoft.com/office/2006/encryption",
          "p": "http://schemas.microsoft.com/office/2006/keyEncryptor/password"}
    kd = x.find("e:keyData", ns)
    ek = x.find(".//p:encryptedKey", ns)
    di = x.find("e:dataIntegrity", ns)
    key_salt = base64.b64decode(kd.get("saltValue"))
    pw_salt = base64.b64decode(ek.get("saltValue"))
    spin = int(ek.get("spinCount"))
    vin = _aes_cbc(_password_key(password, pw_salt, spin, _BLK_VERIFIER_IN), pw_salt,
                   base64.b64decode(ek.get("encryptedVerifierHashInput")), False)
    vhash = _aes_cbc(_password_key(password, pw_salt, spin, _BLK_VERIFIER_HASH), pw_salt,
                     base64.b64decode(ek.get("encryptedVerifierHashValue")), False)
    assert hashlib.sha512(vin[:16]).digest() == vhash[:64], "wrong password"
    secret = _aes_cbc(_password_key(password, pw_salt, spin, _BLK_KEY), pw_salt,
                      base64.b64decode(ek.get("encryptedKeyValue")), False)[:32]
    hkey = _aes_cbc(secret, hashlib.sha512(key_salt + _BLK_HMAC_KEY).digest()[:16],
                    base64.b64decode(di.get("encryptedHmacKey")), False)[:64]
    hval = _aes_cbc(secret, hashlib.sha512(key_salt + _BLK_HMAC_VALUE).digest()[:16],
                    base64.b64decode(di.get("encryptedHmacValue")), False)[:64]
    assert hmac.new(hkey, enc, hashlib.sha512).digest() == hval, "data integrity check failed"
    size = struct.unpack_from("<Q", enc)[0]
    body = enc[8:]
    out = b"".join(_aes_cbc(secret, _segment_iv(key_salt, i // 4096), body[i:i + 4096], False)
                   for i in range(0, len(body), 4096))
    return out[:size]
