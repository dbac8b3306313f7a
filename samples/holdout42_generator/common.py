"""Shared helpers: truth rows, deterministic zips, LibreOffice conversion, PDF pinning."""
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
import datetime as _dt

YEAR = 2062
FIXED_DT = _dt.datetime(2063, 1, 20, 10, 0, 0)
ZIP_DT = (2063, 1, 20, 10, 0, 0)
ISO = "2063-01-20T10:00:00Z"
LO_PROFILE = "file:///tmp/lo_h42"
TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")
COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
           "ansvarlig", "samarbeidspartnere", "beskrivelse"]


def m(seed, name, delmal, typ, desc="", ansv=(), partners=(), **extra):
    """One measure as reported by one member; extra keys are display-only."""
    assert typ in TYPES, typ
    d = dict(seed=seed, name=name, delmal=delmal, type=typ, desc=desc,
             ansv=list(ansv), partners=list(partners))
    d.update(extra)
    return d


def truth_rows(fname, member, measures):
    rows = []
    for x in measures:
        rows.append({
            "source_file": fname, "member": member, "tiltak": x["name"],
            "seed_row": x["seed"], "delmal": x["delmal"], "type": x["type"],
            "ansvarlig": "; ".join(x["ansv"]),
            "samarbeidspartnere": "; ".join(x["partners"]),
            "beskrivelse": x["desc"],
        })
    return rows


# ---------------------------------------------------------------- zips
def _fix_core(data):
    txt = data.decode("utf-8")
    txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % ISO, txt)
    txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % ISO, txt)
    return txt.encode("utf-8")


def normalize_zip(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps, fixed order and pinned core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    names = [n for n, _ in items]
    first = [n for n in names if n == "mimetype"]
    order = first + sorted(n for n in names if n != "mimetype")
    blobs = dict(items)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for n in order:
            data = blobs[n]
            if n == "docProps/core.xml":
                data = _fix_core(data)
            zi = zipfile.ZipInfo(n, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_zip(path, members):
    """members: list of (name, bytes); written in the given order, deterministic."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for n, data in members:
            zi = zipfile.ZipInfo(n, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src, fmt, dest):
    """Convert src with LibreOffice into file dest (fmt like 'pdf' or 'doc:MS Word 97')."""
    ext = fmt.split(":")[0]
    with tempfile.TemporaryDirectory(prefix="h42lo_") as tmp:
        cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
               "--convert-to", fmt, "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        base = os.path.splitext(os.path.basename(src))[0]
        out = os.path.join(tmp, base + "." + ext)
        if not os.path.exists(out):
            raise RuntimeError("LibreOffice produced nothing for %s" % src)
        shutil.move(out, dest)
    if ext == "pdf":
        pin_lo_pdf(dest)


def pin_lo_pdf(path):
    """Replace LibreOffice's creation date and /ID with same-length fixed values."""
    with open(path, "rb") as fh:
        data = fh.read()

    def date_sub(mo):
        old = mo.group(1)
        new = b"D:20630120100000Z'"
        new = (new + b"00'")[:len(old)] if len(new) < len(old) else new[:len(old)]
        return mo.group(0).replace(old, new)

    data = re.sub(rb"/CreationDate\((D:[^)]*)\)", date_sub, data)
    data = re.sub(rb"/ModDate\((D:[^)]*)\)", date_sub, data)
    tag = hashlib.md5(os.path.basename(path).encode()).hexdigest().upper().encode()

    def id_sub(mo):
        whole, base = bytearray(mo.group(0)), mo.start(0)
        for g in (1, 2):
            s0, s1 = mo.start(g) - base, mo.end(g) - base
            whole[s0:s1] = (tag * 4)[:s1 - s0]
        return bytes(whole)

    data = re.sub(rb"(?<=/DocChecksum /)([0-9A-Fa-f]+)", lambda mo: (tag * 4)[:len(mo.group(1))], data)
    data = re.sub(rb"/ID \[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", id_sub, data)
    with open(path, "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------- python-docx
def new_docx(font="Calibri", size=11):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", font)
    return d


def save_docx(d, path, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    d.save(path)
    normalize_zip(path)


def set_cell_shading(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def bold_para(d, text, size=None, italic=False, style=None):
    from docx.shared import Pt
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p
