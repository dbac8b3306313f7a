"""Determinism helpers shared by the file builders."""
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from reportlab import rl_config

rl_config.invariant = 1  # reportlab: fixed dates and document ID

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_ZIP_DT = (2068, 2, 14, 10, 0, 0)
FIXED_ISO = "2068-02-14T10:00:00Z"
FIXED_PDF_DATE = b"20680214100000"

_fonts_done = False


def register_fonts():
    """Register DejaVu Sans/Serif families for reportlab (Sami letters need them)."""
    global _fonts_done
    if _fonts_done:
        return
    for name, fn in [
        ("DVS", "DejaVuSans.ttf"), ("DVS-B", "DejaVuSans-Bold.ttf"),
        ("DVS-I", "DejaVuSans-Oblique.ttf"), ("DVS-BI", "DejaVuSans-BoldOblique.ttf"),
        ("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-B", "DejaVuSerif-Bold.ttf"),
        ("DVSerif-I", "DejaVuSerif-Italic.ttf"), ("DVSerif-BI", "DejaVuSerif-BoldItalic.ttf"),
        ("DVSC", "DejaVuSansCondensed.ttf"), ("DVSC-B", "DejaVuSansCondensed-Bold.ttf"),
        ("DVSC-I", "DejaVuSansCondensed-Oblique.ttf"), ("DVSC-BI", "DejaVuSansCondensed-BoldOblique.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    for fam in ("DVS", "DVSerif", "DVSC"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _fonts_done = True


def _fix_core_xml(data: bytes) -> bytes:
    s = data.decode("utf-8")
    for tag in ("dcterms:created", "dcterms:modified"):
        s = re.sub(r"(<%s[^>]*>)[^<]*(</%s>)" % (tag, tag), r"\g<1>%s\g<2>" % FIXED_ISO, s)
    s = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % FIXED_ISO, s)
    return s.encode("utf-8")


def _fix_rsids(data: bytes) -> bytes:
    """LibreOffice writes session-random rsid values into DOCX; map them to stable ones."""
    s = data.decode("utf-8")
    seen = {}

    def repl(m):
        v = m.group(2)
        if v not in seen:
            seen[v] = "%08X" % (0x00A10000 + len(seen))
        return m.group(1) + seen[v] + m.group(3)

    s = re.sub(r'(w:rsid[A-Za-z]*="|w:val=")([0-9A-F]{8})(")', repl, s) if "w:rsid" in s else s
    return s.encode("utf-8")


def normalise_zip(path, fix_rsid=False):
    """Rewrite an OOXML/ODF zip with fixed entry timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _fix_core_xml(data)
            if fix_rsid and name in ("word/settings.xml", "word/document.xml", "word/styles.xml",
                                      "word/numbering.xml", "word/footnotes.xml"):
                data = _fix_rsids(data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_odf(path, mimetype, files):
    """Write an ODF package: files is a list of (name, text) after mimetype."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_STORED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, mimetype)
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8") if isinstance(text, str) else text)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def patch_pdf(path):
    """Give a LibreOffice PDF fixed CreationDate/ModDate/ID values of the same length."""
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        inner = m.group(2)
        mm = re.match(rb"D:(\d{14})(.*)", inner)
        if not mm:
            return m.group(0)
        tail = re.sub(rb"[+-]\d\d'\d\d", b"+01'00", mm.group(2))
        new = b"D:" + FIXED_PDF_DATE + tail
        assert len(new) == len(inner), (new, inner)
        return m.group(1) + new + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", fix_date, data)
    digest = hashlib.md5(os.path.basename(path).encode()).hexdigest().upper()

    def fix_id(m):
        a, b = m.group(2), m.group(4)
        ha = (digest * 4)[: len(a)].encode()
        hb = (digest[::-1] * 4)[: len(b)].encode()
        return m.group(1) + ha + m.group(3) + hb + m.group(5)

    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>\s*\])", fix_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + (digest * 4)[: len(m.group(2))].encode(), data)
    # XMP dates, if any
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
                  lambda m: m.group(1) + b"2068-02-14T10:00:00", data)
    with open(path, "wb") as f:
        f.write(data)


def soffice_convert(src, out_path, target, infilter=None):
    """Convert src with headless LibreOffice; write result to out_path."""
    tmp = tempfile.mkdtemp(prefix="h47_")
    profile = os.path.join(tmp, "profile")
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, TZ="Europe/Oslo"))
    produced = os.listdir(outdir)
    assert len(produced) == 1, produced
    shutil.move(os.path.join(outdir, produced[0]), out_path)
    shutil.rmtree(tmp, ignore_errors=True)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
