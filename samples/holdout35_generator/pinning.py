"""Helpers that make every output byte-for-byte reproducible."""
import datetime as _dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED_DT = _dt.datetime(2056, 1, 20, 9, 30, 0)
ZIP_DT = (2056, 1, 20, 9, 30, 0)
ISO = "2056-01-20T09:30:00Z"
PDF_DATE = b"D:20560120093000"


def pin_core(doc_or_props, title, author):
    """Pin python-docx core properties."""
    cp = doc_or_props.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
_ODT_DATE = re.compile(rb"(<(meta:creation-date|dc:date|meta:print-date)>)[^<]*(</\2>)")
_ODT_GEN = re.compile(rb"<meta:generator>[^<]*</meta:generator>")
_ODT_DUR = re.compile(rb"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)")
_ODT_RSID = re.compile(rb'(<config:config-item config:name="Rsid(?:Root)?" config:type="int">)[^<]*(</config:config-item>)')
_ODT_CYC = re.compile(rb"(<meta:editing-cycles>)[^<]*(</meta:editing-cycles>)")


def normalise_zip(path):
    """Rewrite a zip container (docx/xlsx/odt) with fixed timestamps and pinned dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            name = info.filename
            if name == "docProps/core.xml":
                data = _CORE_DATE.sub(lambda m: m.group(1) + ISO.encode() + m.group(3), data)
            if name == "meta.xml":
                data = _ODT_DATE.sub(lambda m: m.group(1) + b"2056-01-20T09:30:00" + m.group(3), data)
                data = _ODT_GEN.sub(b"<meta:generator>LibreOffice</meta:generator>", data)
                data = _ODT_DUR.sub(lambda m: m.group(1) + b"PT0S" + m.group(2), data)
                data = _ODT_CYC.sub(lambda m: m.group(1) + b"1" + m.group(2), data)
            if name == "settings.xml":
                data = _ODT_RSID.sub(lambda m: m.group(1) + b"1048576" + m.group(2), data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    os.replace(tmp, path)


def patch_pdf_dates(path):
    """Same-length patch of creation/modification dates and /ID in a PDF produced elsewhere."""
    with open(path, "rb") as f:
        data = f.read()

    def _date(m):
        old = m.group(2)
        if old.startswith(b"D:") and len(old) >= 16:
            new = PDF_DATE + old[16:]  # keep the producer's own zone suffix
        else:
            new = (PDF_DATE + b" " * len(old))[: len(old)]
        return m.group(1) + new + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", _date, data)

    def _id(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)

    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", _id, data)
    # XMP packet dates (if any)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)",
                  lambda m: m.group(1) + (b"2056-01-20T09:30:00" + b" " * 64)[: len(m.group(2))] + m.group(3)
                  if len(m.group(2)) >= 19 else m.group(0), data)
    data = re.sub(rb"(<xmpMM:(?:DocumentID|InstanceID)>)([^<]*)(</xmpMM)",
                  lambda m: m.group(1) + (b"uuid:0" + b"0" * 64)[: len(m.group(2))] + m.group(3), data)
    with open(path, "wb") as f:
        f.write(data)


def soffice_convert(src, fmt, outdir):
    """Convert ``src`` with LibreOffice headless; returns the produced path."""
    profile = "file:///tmp/lo_h35"
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", fmt,
           "--outdir", outdir, src]
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   timeout=300)
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("soffice produced no %s for %s" % (ext, src))
    return out


def tempdir():
    return tempfile.mkdtemp(prefix="h35_")


def rmtree(p):
    shutil.rmtree(p, ignore_errors=True)
