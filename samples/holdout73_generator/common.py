"""Shared helpers for held-out round 73 (reporting year 2093)."""
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
DEFAULT_OUT = ROOT / "samples" / "holdout73"

YEAR = 2093
TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]

COUNCILS = {"M01": "NFK", "M02": "KBU", "M03": "UHR-FSE", "M04": "SRY", "M05": "FSR", "M06": "RSA"}
JOINT = {
    "J01": "Fagbrev på tvers (felles prosjekt som hjelper fagarbeidere med ett fagbrev fram til fagbrev nummer to i et "
           "nærliggende fag, med avkortet løp og praksis hos egen arbeidsgiver)",
    "J02": "Læringsbarometeret 2093 (felles spørreundersøkelse om hvordan og hvor mye ansatte lærer på jobben, i privat "
           "og offentlig sektor)",
    "J03": "Karriereuka 2093 (felles nasjonal uke i oktober med åpne karriereveiledningstilbud, arrangementer og "
           "informasjon for voksne over hele landet)",
    "J04": "Norsk i praksis (felles opplæringstilbud der ansatte med innvandrerbakgrunn lærer norsk på arbeidsplassen, "
           "med språkmentorer blant kollegene)",
    "J05": "KI-løftet (felles nettkurs om kunstig intelligens i arbeidslivet for ansatte uten IT-utdanning)",
    "J06": "Godkjenningsveiviseren (felles digital tjeneste som viser hvordan utenlandsk utdanning og "
           "yrkeskvalifikasjoner blir godkjent, yrke for yrke)",
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
ZIP_DT = (2094, 1, 20, 9, 30, 0)


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


def normalise_ooxml(path: Path, when: str = "2094-01-16T10:20:00Z", extra: dict | None = None) -> None:
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
        fixed = b"20940116102000"[:len(digits)]
        return b"/" + m.group(1) + b"(D:" + fixed + old[2 + len(digits):] + b")"

    def id_sub(m):
        return m.group(0).replace(m.group(1), b"7" * len(m.group(1)), 1).replace(m.group(2), b"5" * len(m.group(2)), 1)
    out = _PDF_DATE.sub(date_sub, data)
    out = _XMP_DATE.sub(lambda m: m.group(1) + b"2094-01-16T10:20:00", out)
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
    icc[24:36] = struct.pack(">6H", 2094, 1, 16, 10, 20, 0)
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
    prof = tempfile.mkdtemp(prefix="h73_lo_")
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
    tmp = Path(tempfile.mkdtemp(prefix="h73_conv_"))
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
    document.core_properties.created = _dt.datetime(2094, 1, 14, 9, 0, 0)
    document.core_properties.modified = _dt.datetime(2094, 1, 16, 10, 20, 0)
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
    cp.created = _dt.datetime(2094, 1, 14, 9, 0, 0)
    cp.modified = _dt.datetime(2094, 1, 16, 10, 20, 0)
    cp.revision = 3
    document.save(str(path))
    normalise_ooxml(path)


def save_xlsx(wb, path: Path, creator: str) -> None:
    import datetime as _dt
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = _dt.datetime(2094, 1, 13, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2094, 1, 16, 10, 20, 0)
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


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def xml_text(data: bytes) -> str:
    from lxml import etree
    root = etree.fromstring(data)
    return "\n".join(t for t in root.itertext())


def xlsx_to_pdf(wb, dest: Path, creator: str) -> None:
    """Save an openpyxl workbook and export it to PDF with LibreOffice Calc (dates and /ID fixed)."""
    import datetime as _dt
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = _dt.datetime(2094, 1, 13, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2094, 1, 16, 10, 20, 0)
    buf = io.BytesIO()
    wb.save(buf)
    lo_to_pdf(buf.getvalue(), ".xlsx", dest)


# ---------------------------------------------------------------- OpenDocument
def write_odf(path: Path, mimetype: str, content: str, styles: str, meta: str, extra=()) -> None:
    """A zipped OpenDocument file: stored mimetype first, then the XML parts and the manifest."""
    files = [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta)] + list(extra)
    man = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
           'manifest:version="1.3">',
           f' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mimetype}"/>']
    for name, _d in files:
        mt = "text/xml" if name.endswith(".xml") else "image/png"
        man.append(f' <manifest:file-entry manifest:full-path="{name}" manifest:media-type="{mt}"/>')
    man.append("</manifest:manifest>")
    entries = [("mimetype", mimetype, False)] + [(n, d, True) for n, d in files] + \
        [("META-INF/manifest.xml", "\n".join(man) + "\n", True)]
    write_zip(path, entries)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
          'office:version="1.3"')


def odf_meta(title: str, creator: str, when: str = "2094-01-14T13:05:00", lang: str = "nb-NO") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {ODF_NS}><office:meta>'
            '<meta:generator>LibreOffice/24.8.4.2$Windows_X86_64 '
            'LibreOffice_project/bb3cfa12c7b1bf994ecc5649a80400d06cd71002</meta:generator>'
            f'<dc:title>{xml_esc(title)}</dc:title><meta:initial-creator>{xml_esc(creator)}</meta:initial-creator>'
            f'<dc:creator>{xml_esc(creator)}</dc:creator><meta:creation-date>{when}</meta:creation-date>'
            f'<dc:date>{when}</dc:date><dc:language>{lang}</dc:language>'
            '</office:meta></office:document-meta>\n')


def _odf_inline(el) -> str:
    from lxml import etree
    s = el.text or ""
    for ch in el:
        ln = etree.QName(ch).localname if isinstance(ch.tag, str) else ""
        if ln in ("tab", "s", "line-break"):
            s += " "
        elif ln not in ("p", "h", "note", "tracked-changes"):
            s += _odf_inline(ch)
        s += ch.tail or ""
    return s


def odt_text(path: Path) -> str:
    """Every paragraph and heading of content.xml, those inside tracked deletions included."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    return "\n".join(_odf_inline(el) for el in root.iter(f"{{{ns}}}p", f"{{{ns}}}h"))


class Odt:
    """A small writer for hand-made OpenDocument text: headings, paragraphs with bold/italic runs, bullet lists and
    ruled tables. Styles are fixed, so the XML is the same on every build."""

    def __init__(self, font="Liberation Sans", size="10.5pt", lang="nb", country="NO"):
        self.font, self.size, self.lang, self.country = font, size, lang, country
        self.body: list[str] = []
        self.tables = 0

    @staticmethod
    def runs(parts) -> str:
        if isinstance(parts, str):
            parts = [(parts, "")]
        out = []
        for txt, st in parts:
            t = xml_esc(txt)
            if st:
                out.append(f'<text:span text:style-name="T_{st}">{t}</text:span>')
            else:
                out.append(t)
        return "".join(out)

    def h(self, text, level=1):
        self.body.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                         f'{xml_esc(text)}</text:h>')

    def p(self, parts, style="Standard"):
        self.body.append(f'<text:p text:style-name="{style}">{self.runs(parts)}</text:p>')

    def bullets(self, items):
        li = "".join(f'<text:list-item><text:p text:style-name="P_list">{self.runs(it)}</text:p></text:list-item>'
                     for it in items)
        self.body.append(f'<text:list text:style-name="L_bullet">{li}</text:list>')

    def table(self, widths_cm, rows, head=True):
        self.tables += 1
        n = self.tables
        cols = "".join(f'<table:table-column table:style-name="Tab{n}.C{i}"/>' for i in range(len(widths_cm)))
        body = []
        for k, r in enumerate(rows):
            cells = []
            for v in r:
                paras = v if isinstance(v, list) and v and isinstance(v[0], list) else [v]
                ps = "".join(f'<text:p text:style-name="{"P_head" if head and k == 0 else "P_cell"}">'
                             f'{self.runs(pp)}</text:p>' for pp in paras)
                cs = "C_head" if head and k == 0 else "C_cell"
                cells.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">{ps}'
                             '</table:table-cell>')
            tag = "table:table-header-rows" if head and k == 0 else None
            rr = f'<table:table-row>{"".join(cells)}</table:table-row>'
            body.append(f"<{tag}>{rr}</{tag}>" if tag else rr)
        self.body.append(f'<table:table table:name="Tabell{n}" table:style-name="Tab{n}">{cols}{"".join(body)}'
                         '</table:table>')
        self._widths = getattr(self, "_widths", {})
        self._widths[n] = widths_cm

    def _auto_styles(self) -> str:
        s = ['<style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold"/>'
             '</style:style>',
             '<style:style style:name="T_i" style:family="text"><style:text-properties fo:font-style="italic"/>'
             '</style:style>',
             '<style:style style:name="T_bi" style:family="text"><style:text-properties fo:font-weight="bold" '
             'fo:font-style="italic"/></style:style>',
             '<style:style style:name="T_g" style:family="text"><style:text-properties fo:color="#666666" '
             'fo:font-size="8.5pt"/></style:style>',
             '<style:style style:name="C_head" style:family="table-cell"><style:table-cell-properties '
             'fo:background-color="#d9d9d9" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>',
             '<style:style style:name="C_cell" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>',
             '<style:style style:name="P_head" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
             '<style:text-properties fo:font-weight="bold" fo:font-size="9pt"/></style:style>',
             '<style:style style:name="P_cell" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/>'
             '<style:text-properties fo:font-size="9pt"/></style:style>',
             '<style:style style:name="P_list" style:family="paragraph" style:parent-style-name="Standard"/>',
             '<style:style style:name="P_title" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:margin-bottom="0.3cm"/>'
             '<style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>',
             '<style:style style:name="P_sub" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:text-properties fo:font-size="12pt" fo:color="#444444"/></style:style>',
             '<style:style style:name="P_small" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>',
             '<style:style style:name="P_break" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:break-before="page"/></style:style>',
             '<text:list-style style:name="L_bullet"><text:list-level-style-bullet text:level="1" '
             'text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode='
             '"label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
             'text:list-tab-stop-position="0.64cm" fo:text-indent="-0.64cm" fo:margin-left="0.64cm"/>'
             '</style:list-level-properties></text:list-level-style-bullet></text:list-style>']
        for n, widths in sorted(getattr(self, "_widths", {}).items()):
            s.append(f'<style:style style:name="Tab{n}" style:family="table"><style:table-properties '
                     f'style:width="{sum(widths):.2f}cm" table:align="left" fo:margin-top="0.15cm" '
                     'fo:margin-bottom="0.25cm"/></style:style>')
            for i, w in enumerate(widths):
                s.append(f'<style:style style:name="Tab{n}.C{i}" style:family="table-column">'
                         f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
        return "".join(s)

    def content(self) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document-content {ODF_NS}><office:font-face-decls/>'
                f'<office:automatic-styles>{self._auto_styles()}</office:automatic-styles>'
                f'<office:body><office:text>{"".join(self.body)}</office:text></office:body>'
                '</office:document-content>\n')

    def styles(self, footer: str = "") -> str:
        foot = (f'<style:footer><text:p text:style-name="P_footer">{xml_esc(footer)}</text:p></style:footer>'
                if footer else "")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document-styles {ODF_NS}><office:styles>'
                f'<style:default-style style:family="paragraph"><style:text-properties style:font-name="{self.font}" '
                f'fo:font-family="\'{self.font}\'" fo:font-size="{self.size}" fo:language="{self.lang}" '
                f'fo:country="{self.country}"/></style:default-style>'
                '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
                '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/>'
                '</style:style>'
                '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" '
                'fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>'
                '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
                'style:parent-style-name="Heading" style:default-outline-level="1">'
                '<style:text-properties fo:font-size="15pt" fo:color="#8b0000"/></style:style>'
                '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
                'style:parent-style-name="Heading" style:default-outline-level="2">'
                '<style:text-properties fo:font-size="12.5pt"/></style:style>'
                '<style:style style:name="P_footer" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>'
                '</office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
                '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
                'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.6cm" '
                'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:footer-style/></style:page-layout>'
                '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
                f'style:page-layout-name="pm1">{foot}</style:master-page></office:master-styles>'
                '</office:document-styles>\n')

    def to_bytes(self, title: str, creator: str, footer: str = "") -> bytes:
        buf = io.BytesIO()
        tmp = Path(tempfile.mkdtemp(prefix="h73_odt_"))
        try:
            p = tmp / "d.odt"
            write_odf(p, "application/vnd.oasis.opendocument.text", self.content(), self.styles(footer),
                      odf_meta(title, creator, lang=f"{self.lang}-{self.country}"))
            buf.write(p.read_bytes())
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return buf.getvalue()


# ---------------------------------------------------------------- more LibreOffice and Ghostscript
def lo_convert(src_bytes: bytes, suffix: str, fmt: str, out_ext: str) -> bytes:
    """Convert an office file (given as bytes) with LibreOffice and return the result's bytes (no patching)."""
    tmp = Path(tempfile.mkdtemp(prefix="h73_conv_"))
    try:
        src = tmp / ("doc" + suffix)
        src.write_bytes(src_bytes)
        prof = tempfile.mkdtemp(prefix="h73_lo_")
        try:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
                            "--convert-to", fmt, "--outdir", str(tmp / "o"), str(src)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        finally:
            shutil.rmtree(prof, ignore_errors=True)
        out = tmp / "o" / ("doc." + out_ext)
        if not out.exists():
            raise RuntimeError(f"soffice made no {out.name}")
        return out.read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def rezip_fixed(data: bytes, patch: dict | None = None) -> bytes:
    """Rewrite a zip package (as LibreOffice saved it) with fixed timestamps, keeping the order of its entries."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    entries = []
    for name, d in items:
        if patch and name in patch:
            d = patch[name](d)
        entries.append((name, d, name != "mimetype"))
    tmp = Path(tempfile.mkdtemp(prefix="h73_zip_"))
    try:
        p = tmp / "x.zip"
        write_zip(p, entries)
        return p.read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


_GS_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:(\d{14})")
_GS_XMP = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")
_GS_UUID = re.compile(rb"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def gs_print(pdf_bytes: bytes, title: str) -> bytes:
    """Shrink a PDF the way the common «komprimer PDF» tools do: Ghostscript pdfwrite with -dPDFSETTINGS=/ebook
    re-distils it (fonts re-subset, images downsampled, its own XMP packet and Info). Dates, document UUIDs and /ID
    fixed without changing lengths."""
    tmp = Path(tempfile.mkdtemp(prefix="h73_gs_"))
    try:
        (tmp / "in.pdf").write_bytes(pdf_bytes)
        mark = tmp / "mark.ps"
        mark.write_bytes(b"[ /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode() +
                         b"> /DOCINFO pdfmark\n")
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                        "-dPDFSETTINGS=/ebook", "-sOutputFile=" + str(tmp / "out.pdf"), str(tmp / "in.pdf"),
                        str(mark)], check=True, timeout=240)
        data = (tmp / "out.pdf").read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = _GS_DATE.sub(lambda m: b"/" + m.group(1) + b"(D:20940113141500", data)
    out = _GS_XMP.sub(lambda m: m.group(1) + b"2094-01-13T14:15:00", out)
    out = _GS_UUID.sub(b"uuid:5e0c9a7e-1d2b-11fe-0000-2b8c4f3a9d10", out)
    out = _PDF_ID.sub(lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(
        m.group(2), b"A" * len(m.group(2))), out)
    assert len(out) == len(data)
    return out
