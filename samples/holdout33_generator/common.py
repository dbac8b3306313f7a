"""Shared helpers: row records, pinned metadata, zip/PDF normalising, soffice."""
import datetime as _dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

FIXED = _dt.datetime(2054, 1, 20, 9, 0, 0)
ZIP_TIME = (2054, 1, 20, 9, 0, 0)


def R(tiltak, seed, delmal, typ, desc="", ans="", sam="", tt="", **extra):
    """One measure as it appears in one document.

    tiltak/desc/ans/sam are the exact texts printed; typ is the canonical
    type (truth); tt is the type as the member wrote it (may be empty)."""
    row = dict(tiltak=tiltak, seed=seed, delmal=delmal, type=typ, desc=desc,
               ans=ans, sam=sam, tt=tt)
    row.update(extra)
    return row


def truth_rows(fname, member, rows):
    return [dict(source_file=fname, member=member, tiltak=r["tiltak"],
                 seed_row=r["seed"], delmal=r["delmal"], type=r["type"],
                 ansvarlig=r["ans"], samarbeidspartnere=r["sam"],
                 beskrivelse=r["desc"]) for r in rows]


# ---------------------------------------------------------------- docx bits
def set_core(doc, title, author, when=FIXED):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Kompetansepolitisk råd; rapportering 2053"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths_cm):
    """Fix column widths in the grid and in every cell (spans summed)."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
        gc.w = Cm(w)
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col:col + span]))
            col += span


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        from docx.shared import Pt
        run.font.size = Pt(size)
    return p


# ------------------------------------------------------------ normalising
_DATE_TAGS = [
    (rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", b"2054-01-20T09:00:00Z"),
    (rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", b"2054-01-20T09:00:00Z"),
    (rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", b"2054-01-20T09:00:00Z"),
    (rb"(<meta:creation-date>)[^<]*(</meta:creation-date>)", b"2054-01-20T09:00:00"),
    (rb"(<dc:date>)[^<]*(</dc:date>)", b"2054-01-20T09:00:00"),
    (rb"(<meta:print-date>)[^<]*(</meta:print-date>)", b"2054-01-20T09:00:00"),
    (rb"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)", b"PT0S"),
    (rb"(<meta:generator>)[^<]*(</meta:generator>)", b"holdout33_generator"),
]


def normalize_zip(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps and pinned dates."""
    with zipfile.ZipFile(path) as zf:
        items = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    items.sort(key=lambda it: (it[0] != "mimetype", it[0] != "[Content_Types].xml"))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as out:
        for name, data in items:
            if name == "settings.xml":
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+',
                              rb"\g<1>2053", data)
            if name.endswith("core.xml") or name == "meta.xml":
                for pat, val in _DATE_TAGS:
                    data = re.sub(pat, lambda m: m.group(1) + val + m.group(2), data)
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = (zipfile.ZIP_STORED if name == "mimetype"
                                  else zipfile.ZIP_DEFLATED)
            out.writestr(info, data)
    os.replace(tmp, path)


def fix_pdf(path):
    """Pin dates and /ID in a PDF written by LibreOffice (same byte lengths)."""
    with open(path, "rb") as fh:
        data = fh.read()

    def date_sub(m):
        s = m.group(0)
        return (b"D:20540120090000" + b"+01'00'")[:len(s)].ljust(len(s), b"0")

    data = re.sub(rb"D:\d{14}[^)>]*", date_sub, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?",
                  lambda m: (b"2054-01-20T09:00:00+01:00" + b"0" * 40)[:len(m.group(0))]
                  if m.group(0)[:2] == b"20" else m.group(0), data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"5A" * 16 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}",
                  b"uuid:00000000-0000-4000-8000-000000002053", data)
    with open(path, "wb") as fh:
        fh.write(data)


def soffice_convert(src, fmt, dest):
    """Convert src with headless LibreOffice; fmt like 'odt', 'doc:MS Word 97'."""
    ext = fmt.split(":")[0]
    with tempfile.TemporaryDirectory() as tmp:
        prof = os.path.join(tmp, "profile")
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--norestore", "--convert-to", fmt, "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        base = os.path.splitext(os.path.basename(src))[0]
        produced = os.path.join(tmp, base + "." + ext)
        if not os.path.exists(produced):
            raise RuntimeError(f"soffice did not produce {produced}")
        shutil.move(produced, dest)
    if ext in ("odt", "docx", "xlsx", "ods"):
        normalize_zip(dest)
    elif ext == "pdf":
        fix_pdf(dest)
    return dest
