"""Shared helpers for held-out round 77 (reporting year 2097; the reports are dated January 2098)."""
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
DEFAULT_OUT = ROOT / "samples" / "holdout77"

YEAR = 2097
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

COUNCILS = {"M01": "NFK", "M02": "RSA", "M03": "UHR-FSE", "M04": "KBU", "M05": "SRY", "M06": "FSR"}
COUNCIL_NAMES = {
    "NFK": "Nasjonalt forum for karriereveiledning",
    "RSA": "Råd for samarbeid med arbeidslivet, one per university or college",
    "UHR-FSE": "UHR's fagstrategiske enheter, such as UHR-Lærerutdanning, UHR-MNT and UHR-Økonomi og administrasjon",
    "KBU": "Kompetansebehovsutvalget",
    "SRY": "Samarbeidsrådet for yrkesopplæring and its faglige råd",
    "FSR": "Nasjonalt fagskoleråd",
}
JOINT = {
    "J01": "Voksenløftet 2097 (felles informasjonskampanje som oppfordrer voksne uten fullført videregående opplæring "
           "til å ta fagbrev eller studiekompetanse)",
    "J02": "Kompetanseradaren 2097 (felles spørreundersøkelse om kompetansebehov i virksomhetene, med utvalg fra "
           "næringslivet, handel og tjenester og sykehusene)",
    "J03": "Karrieredagen 2097 (felles nasjonal dag i oktober der studiesteder, karriereveiledere og samiske skoler "
           "holder åpent for veiledning om utdanning og yrkesvalg)",
    "J04": "Havvindskolen (felles kursprogram for fagarbeidere i havvind og leverandørindustrien, med moduler på "
           "fagskoler og i bedrifter)",
    "J05": "Språkløypa (felles prosjekt der ansatte med kort botid lærer norsk på arbeidsplassen gjennom korte "
           "språkøkter, språkmentorer og studieforbundenes kurs)",
    "J06": "Praksisportalen (felles nettportal der studenter og arbeidsgivere finner og avtaler praksisplasser)",
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

WHEN = dt.datetime(2098, 1, 15, 10, 20, 0)          # the usual "last saved" moment of the round
ZIP_DT = (2098, 1, 15, 10, 20, 0)


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


def repack(data: bytes, iso: str = "2098-01-15T10:20:00Z", stored: tuple = ("mimetype",), patch=None) -> bytes:
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
        return b"/" + m.group(1) + b"(D:" + b"20980115102000"[:len(digits)] + m.group(2)[2 + len(digits):] + b")"
    out = _PDF_DATE.sub(date, data)
    out = _PDF_ID.sub(lambda m: m.group(0).replace(m.group(1), b"6" * len(m.group(1)), 1)
                      .replace(m.group(2), b"9" * len(m.group(2)), 1), out)
    out = _PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"4" * len(m.group(1))), out)
    assert len(out) == len(data)
    return out


def soffice(src_bytes: bytes, suffix: str, convert_to: str, out_ext: str) -> bytes:
    """Convert office bytes with a throw-away LibreOffice profile and return the result's bytes."""
    work = Path(tempfile.mkdtemp(prefix="h77_"))
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


def docx_bytes(document, author: str, created=dt.datetime(2098, 1, 12, 9, 0, 0), modified=WHEN) -> bytes:
    cp = document.core_properties
    cp.author = cp.last_modified_by = author
    cp.created, cp.modified = created, modified
    cp.revision = 4
    buf = io.BytesIO()
    document.save(buf)
    return repack(buf.getvalue(), iso=modified.strftime("%Y-%m-%dT%H:%M:%SZ"))


def xlsx_bytes(wb, creator: str, created=dt.datetime(2098, 1, 11, 8, 30, 0), modified=WHEN) -> bytes:
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


# ---------------------------------------------------------------- reportlab
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def rl_fonts() -> None:
    """Register the DejaVu faces once (names DV, DV-B, DV-I, DVS, DVS-B)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, file in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                       ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, DEJAVU + file))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit
    return simpleSplit(text, font, size, width)


class PlainStreams:
    """Within the block reportlab writes Flate-only streams (no ASCII85 layer), as layout programs do."""

    def __enter__(self):
        from reportlab import rl_config
        self.old = rl_config.useA85
        rl_config.useA85 = 0

    def __exit__(self, *exc):
        from reportlab import rl_config
        rl_config.useA85 = self.old


def dated_pdf(path, stamp: str) -> None:
    """Give an invariant reportlab PDF a real creation date (same length, so the xref stays right)."""
    data = Path(path).read_bytes()
    new = re.sub(rb"\(D:20000101000000\+00'00'\)", b"(D:" + stamp.encode() + b")", data)
    assert len(new) == len(data)
    Path(path).write_bytes(new)


# ---------------------------------------------------------------- OLE2 compound files (version 3, 512-byte sectors)
_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _cfb_key(name: str):
    return (len(name), name.upper())


def cfb_write(streams: list[tuple[str, bytes]], mtime: int = 0) -> bytes:
    """A compound file with the given streams in the root storage; streams under 4096 bytes go to the mini stream.
    The directory is a valid (all-black, right-leaning) binary tree sorted as the format asks."""
    import struct
    small = [(n, d) for n, d in streams if len(d) < 4096]
    big = [(n, d) for n, d in streams if len(d) >= 4096]
    mini = b""
    minifat: list[int] = []
    starts: dict[str, tuple[int, int]] = {}
    for n, d in small:
        first = len(minifat)
        k = max(1, -(-len(d) // 64))
        minifat += [first + i + 1 for i in range(k - 1)] + [_END]
        mini += d.ljust(k * 64, b"\0")
        starts[n] = (first, len(d))
    entries = ["Root Entry"] + sorted((n for n, _ in streams), key=_cfb_key)
    n_dir = -(-len(entries) * 128 // 512)
    n_minifat = -(-len(minifat) * 4 // 512) if minifat else 0
    n_mini = -(-len(mini) // 512)
    n_big = [-(-len(d) // 512) for _n, d in big]
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
    for (n, d), k in zip(big, n_big):
        starts[n] = (chain(k), len(d))
    fat += [_FREE] * (n_fat * 128 - len(fat))
    difat = list(range(n_fat)) + [_FREE] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, n_fat, dir_start, 0, 4096,
                            minifat_start, n_minifat, _END, 0)
              + struct.pack("<109I", *difat))
    ft = mtime

    def dirent(name, typ, left, right, child, start, size, modified):
        raw = name.encode("utf-16-le")
        return (raw.ljust(64, b"\0") + struct.pack("<HBBIII16sIQQIII", len(raw) + 2, typ, 1, left, right, child,
                                                   b"\0" * 16, 0, 0, modified, start, size, 0))
    out = [dirent("Root Entry", 5, _FREE, _FREE, 1 if len(entries) > 1 else _FREE, mini_start, len(mini), ft)]
    for i, n in enumerate(entries[1:], 1):
        start, size = starts[n]
        right = i + 1 if i + 1 < len(entries) else _FREE
        out.append(dirent(n, 2, _FREE, right, _FREE, start, size, 0))
    dirs = b"".join(out)
    dirs += (b"\0" * 64 + struct.pack("<HBBIII16sIQQIII", 0, 0, 0, _FREE, _FREE, _FREE, b"\0" * 16, 0, 0, 0, 0, 0, 0)) \
        * ((n_dir * 512 - len(dirs)) // 128)
    parts = [header, struct.pack(f"<{len(fat)}I", *fat), dirs]
    if n_minifat:
        mf = minifat + [_FREE] * (n_minifat * 128 - len(minifat))
        parts.append(struct.pack(f"<{len(mf)}I", *mf))
    if n_mini:
        parts.append(mini.ljust(n_mini * 512, b"\0"))
    for _n, d in big:
        parts.append(d.ljust(-(-len(d) // 512) * 512, b"\0"))
    return b"".join(parts)


def cfb_read(data: bytes) -> dict[str, bytes]:
    """The streams of a compound file's root storage (name → bytes); enough to check what cfb_write and LibreOffice
    make."""
    import struct
    assert data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "not a compound file"
    shift = struct.unpack_from("<H", data, 30)[0]
    ss = 1 << shift
    n_fat, dir_start = struct.unpack_from("<II", data, 44)
    minifat_start = struct.unpack_from("<I", data, 60)[0]
    difat = struct.unpack_from("<109I", data, 76)[:n_fat]

    def sector(i):
        return data[ss + i * ss: ss + (i + 1) * ss]
    fat = []
    for s in difat:
        fat += struct.unpack(f"<{ss // 4}I", sector(s))

    def follow(start):
        out, s = [], start
        while s not in (_END, _FREE) and len(out) < 100000:
            out.append(sector(s))
            s = fat[s]
        return b"".join(out)
    dirs = follow(dir_start)
    ents = []
    for k in range(len(dirs) // 128):
        e = dirs[k * 128:(k + 1) * 128]
        ln, typ = struct.unpack_from("<HB", e, 64)
        start, size = struct.unpack_from("<IQ", e, 116)
        ents.append((e[:max(ln - 2, 0)].decode("utf-16-le"), typ, start, size & 0xFFFFFFFF))
    root = ents[0]
    ministream = follow(root[2]) if root[2] != _END else b""
    minifat = struct.unpack(f"<{len(follow(minifat_start)) // 4}I", follow(minifat_start)) \
        if minifat_start != _END else ()
    res = {}
    for name, typ, start, size in ents[1:]:
        if typ != 2:
            continue
        if size < 4096:
            out, s = [], start
            while s not in (_END, _FREE):
                out.append(ministream[s * 64:(s + 1) * 64])
                s = minifat[s]
            res[name] = b"".join(out)[:size]
        else:
            res[name] = follow(start)[:size]
    return res


def lo_plain_text(path, suffix: str) -> str:
    """The text as LibreOffice Writer reads a document (converted to UTF-8 plain text)."""
    work = Path(tempfile.mkdtemp(prefix="h77_t_"))
    try:
        src = work / ("f" + suffix)
        src.write_bytes(Path(path).read_bytes())
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(work / "o"), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        return (work / "o" / "f.txt").read_text(encoding="utf-8-sig")
    finally:
        shutil.rmtree(work, ignore_errors=True)
