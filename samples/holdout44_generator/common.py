"""Shared helpers: fixed metadata, zip normalisation, soffice conversion."""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
import datetime

YEAR = 2064
FIXED_DT = datetime.datetime(2065, 1, 20, 10, 0, 0)
ZIP_DT = (2065, 1, 20, 10, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def R(seed, name, dm, typ, ans, par, desc, **x):
    """One truth row (+ rendering hints in x)."""
    return dict(seed=seed, name=name, dm=dm, type=typ, ans=ans, par=par,
                desc=desc, x=x)


def normalise_zip(path, first=("mimetype", "[Content_Types].xml")):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    order = {n: k for k, n in enumerate(first)}
    items.sort(key=lambda t: (order.get(t[0], 99), t[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.external_attr = 0o644 << 16
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def write_zip(path, entries):
    """entries: list of (name, bytes|str); first stored if mimetype."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.external_attr = 0o644 << 16
            zi.compress_type = (zipfile.ZIP_STORED if name == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            z.writestr(zi, data)


def soffice_convert(src, fmt, outpath):
    """Convert src with LibreOffice into outpath (format filter string)."""
    prof = "/tmp/h44_lo_profile"
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
             "--convert-to", fmt, "--outdir", td, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = [f for f in os.listdir(td)]
        if len(produced) != 1:
            raise RuntimeError("soffice produced %r" % produced)
        shutil.move(os.path.join(td, produced[0]), outpath)


def fix_pdf_dates(path):
    """Overwrite volatile PDF dates/IDs with fixed values of equal length."""
    data = open(path, "rb").read()

    def date_sub(m):
        s = m.group(2)
        fixed = b"D:20650120100000+01'00'"
        fixed = (fixed + b"0" * len(s))[:len(s)] if len(s) >= 16 else s
        return m.group(1) + fixed

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)", date_sub, data)
    data = re.sub(rb"<(?:xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)>([^<]*)<",
                  lambda m: m.group(0)[:m.group(0).index(b">") + 1]
                  + (b"2065-01-20T10:00:00+01:00" + b"0" * 40)[:len(m.group(1))]
                  + b"<", data)

    def id_sub(m):
        return b"<" + b"A" * len(m.group(1)) + b">"
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", id_sub, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}",
                  b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-f\-]{36}",
                  lambda m: b"uuid:" + b"0" * 8 + b"-0000-0000-0000-" + b"0" * 12,
                  data)
    open(path, "wb").write(data)


def docx_fix_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def rl_setup():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, fn in [("DejaVu", "DejaVuSans.ttf"),
                     ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"),
                     ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuMono", "DejaVuSansMono.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
