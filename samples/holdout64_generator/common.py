"""Shared helpers for held-out round 64 (reporting year 2084)."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout64"

YEAR = 2084
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

COUNCILS = {"M01": "RSA", "M02": "KBU", "M03": "UHR-FSE", "M04": "SRY", "M05": "NFK", "M06": "FSR"}
JOINT = {
    "J01": "Kompetanseveien (felles nettportal med oversikt over fleksible etter- og videreutdanningstilbud for "
           "arbeidstakere)",
    "J02": "Fagbrevløftet 50+ (felles prosjekt som hjelper arbeidstakere over 50 år fram til fagbrev som "
           "praksiskandidat)",
    "J03": "LIA 2084 – Læring i arbeidslivet (felles spørreundersøkelse om læring på jobben blant arbeidstakere i "
           "offentlig og privat sektor)",
    "J04": "Fagbrevdagen 2084 (felles nasjonal markering for nye fagarbeidere og lærlinger)",
    "J05": "KI-lappen (felles nettkurs i grunnleggende bruk av kunstig intelligens på jobben)",
    "J06": "Norsk på vakt (felles prosjekt for arbeidsplassbasert norskopplæring for innvandrere i kommunal helse og "
           "omsorg)",
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

MEMBERS_FIXED = {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO",
                 "UHR", "Fagskolerådet", "Kompetanseforbundet", "Sametinget"}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ZIP_DT = (2085, 1, 20, 9, 30, 0)


def is_member(name: str) -> bool:
    return name in MEMBERS_FIXED or name.endswith(" fylkeskommune")


def one(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def row(source_file, member, tiltak, seed, delmal, typ, ansvarlig="", samarb="", beskr="") -> dict:
    assert typ in TYPES, typ
    assert delmal in DELMAL, delmal
    return {"source_file": source_file, "member": member, "tiltak": one(tiltak), "seed_row": seed,
            "delmal": delmal, "type": typ, "ansvarlig": one(ansvarlig), "samarbeidspartnere": one(samarb),
            "beskrivelse": one(beskr)}


def write_zip(path: Path, entries, dt=ZIP_DT) -> None:
    """entries: (name, data, compress). Fixed timestamps and attributes, fixed order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, compress in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0x20
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compress_type=zi.compress_type, compresslevel=6 if compress else None)
    Path(path).write_bytes(buf.getvalue())


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_ooxml(path: Path, when: str = "2085-01-16T10:20:00Z", extra: dict | None = None) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = _CORE_DATE.sub(lambda m: m.group(1) + when.encode() + m.group(3), data)
        if extra and name in extra:
            data = extra[name](data)
        out.append((name, data, name != "mimetype"))
    write_zip(path, out)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200e", "\u200f", "\u00ad", "\ufeff", "\u200b"):
        s = s.replace(ch, "")
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007"):
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- reportlab
_RL = False


def setup_reportlab() -> None:
    global _RL
    from reportlab import rl_config
    rl_config.invariant = 1
    if _RL:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fams = {"DV": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "DVC": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
                    "DejaVuSansCondensed-BoldOblique.ttf"),
            "DVS": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")}
    for fam, (r, b, i, bi) in fams.items():
        for suf, f in (("", r), ("-B", b), ("-I", i), ("-BI", bi)):
            pdfmetrics.registerFont(TTFont(fam + suf, str(FONT_DIR / f)))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _RL = True


# ---------------------------------------------------------------- LibreOffice
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\((D:[^)]*)\)")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_PDF_SUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


_XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


def patch_lo_pdf(data: bytes) -> bytes:
    """Fix LibreOffice's dates (Info dictionary and XMP), /ID and /DocChecksum without changing any length."""
    def date_sub(m):
        old = m.group(2)
        digits = re.match(rb"D:(\d*)", old).group(1)
        fixed = b"20850116102000"[:len(digits)]
        return b"/" + m.group(1) + b"(D:" + fixed + old[2 + len(digits):] + b")"

    def id_sub(m):
        return m.group(0).replace(m.group(1), b"7" * len(m.group(1)), 1).replace(m.group(2), b"5" * len(m.group(2)), 1)
    out = _PDF_DATE.sub(date_sub, data)
    out = _XMP_DATE.sub(lambda m: m.group(1) + b"2085-01-16T10:20:00", out)
    out = _PDF_ID.sub(id_sub, out)
    out = _PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"3" * len(m.group(1))), out)
    assert len(out) == len(data)
    return out


def fix_output_intent_icc(data: bytes) -> bytes:
    """LibreOffice's PDF/A export embeds an sRGB ICC profile made by lcms with the time of export in its header.
    Set that date to a fixed one, compress the profile again and rebuild the classic xref table."""
    import struct
    import zlib
    m = re.search(rb"/DestOutputProfile\s+(\d+) 0 R", data)
    if not m:
        return data
    om = re.search(rb"(?<![0-9])" + m.group(1) + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n", data, re.S)
    lm = re.search(rb"/Length\s+(\d+)(\s+0 R)?", om.group(1))
    if lm.group(2):
        lo = re.search(rb"(?<![0-9])" + lm.group(1) + rb" 0 obj\s*(\d+)\s*endobj", data)
        length = int(lo.group(1))
    else:
        lo, length = None, int(lm.group(1))
    s = om.end()
    icc = bytearray(zlib.decompress(data[s:s + length]))
    icc[24:36] = struct.pack(">6H", 2085, 1, 16, 10, 20, 0)
    new = zlib.compress(bytes(icc), 9)
    out = data[:s] + new + data[s + length:]
    if lo is not None:
        lo = re.search(rb"(?<![0-9])" + lm.group(1) + rb" 0 obj\s*(\d+)\s*endobj", out)
        a, b = lo.span(1)
        out = out[:a] + str(len(new)).encode() + out[b:]
    else:
        a, b = om.start(1) + lm.start(1), om.start(1) + lm.end(1)
        out = out[:a] + str(len(new)).encode() + out[b:]
    # rebuild the xref table (one subsection starting at 0)
    offs = {int(mm.group(1)): mm.start(1) for mm in re.finditer(rb"(?:(?<=[\r\n])|^)(\d+) 0 obj", out)}
    xm = re.search(rb"xref\r?\n0 (\d+)\r?\n", out)
    n = int(xm.group(1))
    entries = [b"0000000000 65535 f\r\n"] + [b"%010d 00000 n\r\n" % offs[i] for i in range(1, n)]
    x0 = xm.start()
    x1 = xm.end() + 20 * n
    out = out[:x0] + b"xref\n0 %d\n" % n + b"".join(entries) + out[x1:]
    out = re.sub(rb"startxref\s+\d+", b"startxref\n%d" % x0, out)
    return out


def _soffice(src: Path, fmt: str, outdir: Path) -> Path:
    prof = tempfile.mkdtemp(prefix="h64_lo_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    if not out.exists():
        raise RuntimeError(f"soffice made no {out}")
    return out


def lo_to_pdf(src_bytes: bytes, suffix: str, dest: Path, fmt: str = "pdf") -> None:
    """Convert an office file (given as bytes) to PDF with LibreOffice; dates and /ID fixed. Converts until one
    result has been seen twice (LibreOffice now and then orders font subsets differently)."""
    tmp = Path(tempfile.mkdtemp(prefix="h64_conv_"))
    try:
        src = tmp / ("doc" + suffix)
        src.write_bytes(src_bytes)
        seen: dict[bytes, int] = {}
        for _ in range(8):
            out = _soffice(src, fmt, tmp / "o")
            data = patch_lo_pdf(fix_output_intent_icc(out.read_bytes()))
            out.unlink()
            seen[data] = seen.get(data, 0) + 1
            if seen[data] >= 2:
                break
        else:
            raise RuntimeError("no stable PDF from LibreOffice")
        Path(dest).write_bytes(data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- text for verify
def pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def xlsx_text(path: Path) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for r in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in r))
    return "\n".join(out)


def pdf_text_with_cells(path: Path) -> str:
    """Page text plus every table cell found by pdfplumber (ruled tables), each cell on its own line."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_text() or "")
            for t in p.extract_tables():
                for r in t:
                    out.extend(c for c in r if c)
    return "\n".join(out)


# ---------------------------------------------------------------- office helpers
def docx_to_pdf(document, dest: Path, fmt: str = "pdf", author: str | None = None) -> None:
    """Save a python-docx Document and export it to PDF with LibreOffice (dates and /ID fixed)."""
    import datetime as _dt
    buf = io.BytesIO()
    document.core_properties.created = _dt.datetime(2085, 1, 14, 9, 0, 0)
    document.core_properties.modified = _dt.datetime(2085, 1, 16, 10, 20, 0)
    if author:
        document.core_properties.author = author
        document.core_properties.last_modified_by = author
    document.save(buf)
    lo_to_pdf(buf.getvalue(), ".docx", dest, fmt)


def save_docx(document, path: Path, author: str) -> None:
    import datetime as _dt
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(2085, 1, 14, 9, 0, 0)
    cp.modified = _dt.datetime(2085, 1, 16, 10, 20, 0)
    cp.revision = 3
    document.save(str(path))
    normalise_ooxml(path)


def save_xlsx(wb, path: Path, creator: str) -> None:
    import datetime as _dt
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = _dt.datetime(2085, 1, 13, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2085, 1, 16, 10, 20, 0)
    wb.save(str(path))
    normalise_ooxml(path)


def set_cell_shading(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def docx_text_deep(path: Path) -> str:
    """Body paragraphs and tables in document order, nested tables included, plus headers and footers."""
    import docx
    d = docx.Document(str(path))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for p in d.element.body.iter(ns + "p"):
        out.append("".join(t.text or "" for t in p.iter(ns + "t")))
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                out.append(p.text)
    return "\n".join(out)


def set_col_widths(table, widths_cm) -> None:
    """Fixed column widths that both Word and LibreOffice honour (tblGrid, column and cell widths)."""
    from docx.shared import Cm
    table.autofit = False
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for r in table.rows:
        for c, w in zip(r.cells, widths_cm):
            c.width = Cm(w)


def add_runs(paragraph, parts) -> None:
    """parts: (text, style) with style a string of b/i/g (bold, italic, grey small)."""
    from docx.shared import Pt, RGBColor
    for txt, st in parts:
        r = paragraph.add_run(txt)
        r.bold = "b" in st or None
        r.italic = "i" in st or None
        if "g" in st:
            r.font.color.rgb = RGBColor(0x6E, 0x6E, 0x6E)
            r.font.size = Pt(8.5)


def base_docx(font="Calibri", size=10.5, landscape=False, margins_cm=2.0):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(size)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(margins_cm))
    return d


def fit_row_heights(ws, first: int, last: int, line_pt: float = 13.0) -> None:
    """Store row heights as Excel would after auto-fit: enough lines for the longest wrapped cell of each row."""
    import math
    from openpyxl.utils import get_column_letter
    for r in range(first, last + 1):
        lines = 1
        for c in ws[r]:
            if c.value is None:
                continue
            w = ws.column_dimensions[get_column_letter(c.column)].width or 8.43
            n = sum(max(1, math.ceil(len(part) / max(w * 1.15, 1))) for part in str(c.value).split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = round(lines * line_pt + 3, 1)
