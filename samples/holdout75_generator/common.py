"""Shared helpers for held-out round 75 (reporting year 2095)."""
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
DEFAULT_OUT = ROOT / "samples" / "holdout75"

YEAR = 2095
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

COUNCILS = {"M01": "KBU", "M02": "SRY", "M03": "NFK", "M04": "RSA", "M05": "FSR", "M06": "UHR-FSE"}
JOINT = {
    "J01": "Karrierekompasset (felles nettjeneste der voksne i arbeid kan teste interesser, se hvilke yrker og "
           "utdanninger som passer, og chatte med en karriereveileder)",
    "J02": "Havvindskolen (felles kursprogram for fagarbeidere som skal arbeide med havvind – sikkerhet, elektro, "
           "montasje og vedlikehold – med samlinger på fagskoler og i bedrifter)",
    "J03": "Lærlingtinget 2095 (felles nasjonal samling i Trondheim i oktober der lærlinger, lærebedrifter, "
           "opplæringskontorer og fylkeskommuner møtes)",
    "J04": "Språkløypa (felles prosjekt der ansatte med kort botid lærer fagspråk og norsk på arbeidsplassen gjennom "
           "korte moduler knyttet til bransjen)",
    "J05": "Læringsbarometeret 2095 (felles undersøkelse blant virksomheter om hvor mye de bruker på opplæring, "
           "hvordan de ansatte lærer og hva opplæringen gir)",
    "J06": "Digidugnaden (felles kurs i grunnleggende digitale ferdigheter for ansatte i små virksomheter og i "
           "kommunene, med lokale kursholdere)",
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

ZIP_DT = (2096, 1, 20, 9, 30, 0)


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


def zip_bytes(entries, dt=ZIP_DT) -> bytes:
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
    return buf.getvalue()


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_ooxml(path: Path, when: str = "2096-01-16T10:20:00Z", extra: dict | None = None) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = _CORE_DATE.sub(lambda m: m.group(1) + when.encode() + m.group(3), data)
        if extra and name in extra:
            data = extra[name](data)
        out.append((name, data, name != "mimetype"))
    Path(path).write_bytes(zip_bytes(out))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200e", "\u200f", "\u00ad", "\ufeff", "\u200b"):
        s = s.replace(ch, "")
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007"):
        s = s.replace(ch, " ")
    return re.sub(r"\s+", " ", s).strip()


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
        fixed = b"20960116102000"[:len(digits)]
        return b"/" + m.group(1) + b"(D:" + fixed + old[2 + len(digits):] + b")"

    def id_sub(m):
        return m.group(0).replace(m.group(1), b"7" * len(m.group(1)), 1).replace(m.group(2), b"5" * len(m.group(2)), 1)
    out = _PDF_DATE.sub(date_sub, data)
    out = _XMP_DATE.sub(lambda m: m.group(1) + b"2096-01-16T10:20:00", out)
    out = _PDF_ID.sub(id_sub, out)
    out = _PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"3" * len(m.group(1))), out)
    assert len(out) == len(data)
    return out


def _soffice(src: Path, fmt: str, outdir: Path) -> Path:
    prof = tempfile.mkdtemp(prefix="h75_lo_")
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
    tmp = Path(tempfile.mkdtemp(prefix="h75_conv_"))
    try:
        src = tmp / ("doc" + suffix)
        src.write_bytes(src_bytes)
        seen: dict[bytes, int] = {}
        for _ in range(8):
            out = _soffice(src, fmt, tmp / "o")
            data = patch_lo_pdf(out.read_bytes())
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
    document.core_properties.created = _dt.datetime(2096, 1, 14, 9, 0, 0)
    document.core_properties.modified = _dt.datetime(2096, 1, 16, 10, 20, 0)
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
    cp.created = _dt.datetime(2096, 1, 14, 9, 0, 0)
    cp.modified = _dt.datetime(2096, 1, 16, 10, 20, 0)
    cp.revision = 3
    document.save(str(path))
    normalise_ooxml(path)


def save_xlsx(wb, path: Path, creator: str) -> None:
    import datetime as _dt
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = _dt.datetime(2096, 1, 13, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2096, 1, 16, 10, 20, 0)
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


# ---------------------------------------------------------------- round 75 helpers
def repeat_header(table) -> None:
    """Mark the first row of a python-docx table as a header row repeated on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trp = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trp.append(th)


def docx_table(document, head, body, widths_cm, fill="D9D9D9", bold_first=False, size=None):
    """A ruled table: a shaded header row and one row per list of cell strings (\n = line break in the cell)."""
    from docx.shared import Pt
    t = document.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, fill)
    for vals in body:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, vals)):
            lines = (v or "").split("\n")
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                r = p.add_run(ln)
                if bold_first and i == 0:
                    r.bold = True
                if k < len(lines) - 1:
                    r.add_break()
    if size:
        for r_ in t.rows:
            for c in r_.cells:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(size)
    set_col_widths(t, widths_cm)
    return t


def wrap_lines(text: str, width: float) -> int:
    """How many lines a wrapped cell of `width` characters needs (for stored row heights)."""
    n = 0
    for part in (text or "").split("\n"):
        k, cur = 1, 0
        for w in part.split():
            if cur and cur + 1 + len(w) > width - 2:
                k, cur = k + 1, len(w)
            else:
                cur += (1 if cur else 0) + len(w)
        n += k
    return max(n, 1)


def docx_pdf_bytes(document, author: str) -> bytes:
    """Export a python-docx Document to PDF with LibreOffice Writer and return the fixed bytes."""
    tmp = Path(tempfile.mkdtemp(prefix="h75_d_"))
    try:
        docx_to_pdf(document, tmp / "d.pdf", author=author)
        return (tmp / "d.pdf").read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def sheet_table(ws, top: int, head, body, widths, fill: str, font: str = "Calibri", size: int = 11,
                head_color: str | None = None, line: str = "BFBFBF", line_pt: float = 15.0, formats=None) -> int:
    """Write a ruled table on an openpyxl sheet: the header on row `top` (bold, filled), then one row per list of
    values (wrapped, top-aligned, stored row heights); `formats` maps a column number (1-based) to a function
    (value -> number format or None). Column widths are set. Returns the first row after the table."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    thin = Side(style="thin", color=line)
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(head, 1):
        c = ws.cell(row=top, column=i, value=h)
        c.font = Font(name=font, size=size, bold=True, color=head_color)
        c.fill = PatternFill("solid", fgColor=fill)
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = top + 1
    for vals in body:
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.font = Font(name=font, size=size)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            fmt = (formats or {}).get(i)
            if fmt and fmt(v):
                c.number_format = fmt(v)
        ws.row_dimensions[r].height = line_pt * max(wrap_lines(str(v), w) for v, w in zip(vals, widths)) + 3
        r += 1
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return r


def lo_convert_bytes(src_bytes: bytes, suffix: str, fmt: str, out_ext: str, infilter: str | None = None) -> bytes:
    """Convert an office file (given as bytes) with LibreOffice and return the result's bytes (not normalised)."""
    tmp = Path(tempfile.mkdtemp(prefix="h75_lc_"))
    prof = tempfile.mkdtemp(prefix="h75_lo_")
    try:
        src = tmp / ("doc" + suffix)
        src.write_bytes(src_bytes)
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", fmt, "--outdir", str(tmp / "o"), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        res = tmp / "o" / ("doc." + out_ext)
        if not res.exists():
            raise RuntimeError(f"soffice made no {res.name}")
        return res.read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)


def normalise_zip_bytes(data: bytes, when: str = "2096-01-16T10:20:00Z", stored_first: str | None = None) -> bytes:
    """Rewrite a zip package with fixed timestamps and fixed core/meta dates (OOXML core.xml, ODF meta.xml)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, d in items:
        if name == "docProps/core.xml":
            d = _CORE_DATE.sub(lambda m: m.group(1) + when.encode() + m.group(3), d)
        if name == "meta.xml":
            d = re.sub(rb"(<meta:creation-date>)[^<]*", rb"\g<1>" + when[:-1].encode(), d)
            d = re.sub(rb"(<dc:date>)[^<]*", rb"\g<1>" + when[:-1].encode(), d)
            d = re.sub(rb"(<meta:editing-duration>)[^<]*", rb"\g<1>PT12M", d)
        out.append((name, d, name != stored_first))
    return zip_bytes(out)
