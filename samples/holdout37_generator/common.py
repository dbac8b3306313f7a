"""Shared helpers: truth rows, pinned zip/docx/pdf output, soffice conversion."""
from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, fields

YEAR = 2057
FIXED_DT = _dt.datetime(2057, 11, 20, 9, 0, 0)
FIXED_ZIP_DT = (2057, 11, 20, 9, 0, 0)
FIXED_ISO = "2057-11-20T09:00:00Z"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


@dataclass
class Row:
    source_file: str
    member: str
    tiltak: str
    seed_row: str
    delmal: str
    type: str
    ansvarlig: str = ""
    samarbeidspartnere: str = ""
    beskrivelse: str = ""


TRUTH_COLUMNS = [f.name for f in fields(Row)]


def write_truth(rows: list[Row], path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(TRUTH_COLUMNS)
        for r in rows:
            w.writerow([getattr(r, c) for c in TRUTH_COLUMNS])


# --------------------------------------------------------------------- zip
_CORE_RE = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
_ODF_META_RE = re.compile(r"(<(meta:creation-date|dc:date|meta:print-date)>)[^<]*(</\2>)")
_ODF_DUR_RE = re.compile(r"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)")
_ODF_RSID_RE = re.compile(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+(<)')


def pin_zip(path: str) -> None:
    """Rewrite a zip container with fixed timestamps and pinned core/meta dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _CORE_RE.sub(lambda m: m.group(1) + FIXED_ISO + m.group(3),
                                    data.decode("utf-8")).encode("utf-8")
            if name == "meta.xml":
                txt = data.decode("utf-8")
                txt = _ODF_META_RE.sub(lambda m: m.group(1) + "2057-11-20T09:00:00" + m.group(3), txt)
                txt = _ODF_DUR_RE.sub(r"\1PT0S\2", txt)
                data = txt.encode("utf-8")
            if name == "settings.xml":
                data = _ODF_RSID_RE.sub(r"\g<1>2057037\2", data.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# -------------------------------------------------------------------- docx
def new_docx(title: str, author: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    return d


def save_docx(d, path: str) -> None:
    d.save(path)
    pin_zip(path)


def shade(cell, hex_fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text: str, bold: bool = False, size: float | None = None) -> None:
    from docx.shared import Pt

    paras = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# --------------------------------------------------------------------- pdf
_FONTS_DONE = False


def register_fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
                     ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                     ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf"),
                     ("DVM", "DejaVuSansMono.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                     ("DVC-B", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS")
    addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS-I")
    addMapping("DVS", 1, 1, "DVS-BI")
    addMapping("DVC", 0, 0, "DVC")
    addMapping("DVC", 1, 0, "DVC-B")
    addMapping("DVC", 0, 1, "DVC")
    addMapping("DVC", 1, 1, "DVC-B")
    _FONTS_DONE = True


def esc(text: str) -> str:
    """Escape text for reportlab Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_meta(title: str, author: str) -> dict:
    return dict(invariant=1, title=title, author=author, creator="", subject="",
                producer="", keywords="")


# ----------------------------------------------------------------- soffice
def soffice_convert(src: str, fmt: str, out_path: str) -> None:
    """Convert src with LibreOffice headless; fmt like 'odt', 'rtf', 'doc:MS Word 97'."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("soffice not found")
    with tempfile.TemporaryDirectory(prefix="h37lo_") as tmp:
        profile = os.path.join(tmp, "profile")
        outdir = os.path.join(tmp, "out")
        os.makedirs(outdir)
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--norestore", "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240, env={**os.environ, "TZ": "UTC", "SOURCE_DATE_EPOCH": "0"})
        ext = fmt.split(":")[0]
        base = os.path.splitext(os.path.basename(src))[0]
        produced = os.path.join(outdir, f"{base}.{ext}")
        shutil.move(produced, out_path)
    if out_path.endswith(".odt"):
        pin_zip(out_path)


def set_col_widths(table, widths) -> None:
    """Fix column widths in tblGrid, tblW and every cell (Word and LibreOffice both honour this)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Emu

    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblPr = tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            idx = row._tr.tc_lst.index(tc)
            start = sum(t.grid_span for t in row._tr.tc_lst[:idx])
            tc.width = Emu(sum(int(w) for w in widths[start:start + span]))
