"""Shared helpers: fixed dates, zip normalising, LibreOffice calls, PDF patching, RTF escaping."""
import datetime
import io
import os
import platform
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED_DT = datetime.datetime(2064, 1, 12, 9, 30, 0)
ZIP_DT = (2064, 1, 12, 9, 30, 0)
ISO = "2064-01-12T09:30:00Z"
LO_PROFILE = "file:///tmp/lo_h43"


def set_docx_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def set_xlsx_props(wb, author, title):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_zip(path, first=None):
    """Rewrite a zip (docx/xlsx/odt/ods) with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    if first:
        items.sort(key=lambda it: 0 if it[0] == first else 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for name, data in items:
            if name.endswith("core.xml"):
                data = _CORE_DATE.sub(rb"\g<1>" + ISO.encode() + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.external_attr = 0o644 << 16
            info.create_system = 0
            if name == "mimetype":
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def soffice_convert(src, fmt, outdir):
    """Convert with LibreOffice headless, throw-away profile, no address randomisation. Returns output path."""
    env = dict(os.environ)
    env.setdefault("HOME", "/tmp")
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    if shutil.which("setarch"):
        cmd = ["setarch", platform.machine(), "-R"] + cmd
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("LibreOffice produced no output for " + src)
    return out


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\((D:[^)]*)\)")
_PDF_SUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


def patch_lo_pdf(data):
    """Replace LibreOffice's CreationDate/ModDate, /ID and /DocChecksum with fixed same-length values."""
    def date_sub(m):
        fixed = b"D:20640112093000Z'"
        old = m.group(2)
        new = (fixed + b"0" * len(old))[:len(old)] if len(old) >= len(fixed) else fixed[:len(old)]
        return b"/" + m.group(1) + b"(" + new + b")"

    def id_sub(m):
        a = b"4" * len(m.group(1))
        b = b"3" * len(m.group(2))
        return m.group(0).replace(m.group(1), a, 1).replace(m.group(2), b, 1)

    out = _PDF_DATE.sub(date_sub, data)
    out = _PDF_ID.sub(id_sub, out)
    out = _PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"5" * len(m.group(1))), out)
    assert len(out) == len(data)
    return out


def docx_via_lo(docx_path, fmt, dest):
    """Convert a .docx with LibreOffice into fmt ('pdf' or 'doc') and write dest."""
    tmp = tempfile.mkdtemp(prefix="h43lo_")
    try:
        src = os.path.join(tmp, "src_" + os.path.basename(docx_path))
        shutil.copy(docx_path, src)
        # LibreOffice now and then writes the embedded font subsets of a PDF in another order. Convert
        # until one result has been seen twice and keep that one (the usual order); same for DOC.
        seen = {}
        for _attempt in range(10):
            out = soffice_convert(src, fmt, tmp)
            with open(out, "rb") as fh:
                data = fh.read()
            os.remove(out)
            if fmt == "pdf":
                data = patch_lo_pdf(data)
            seen[data] = seen.get(data, 0) + 1
            if seen[data] >= 2:
                break
        else:
            raise RuntimeError("LibreOffice gave no stable PDF for " + docx_path)
        with open(dest, "wb") as fh:
            fh.write(data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def rtf_escape(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def setup_reportlab():
    from reportlab import rl_config
    rl_config.invariant = 1
    rl_config.useA85 = 0
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    for name, fn in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuMono", "DejaVuSansMono.ttf"), ("DejaVuCond", "DejaVuSansCondensed.ttf"),
                     ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, base + fn))
