"""Shared helpers: truth rows, pinned metadata, LibreOffice conversion."""
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED_DT = datetime.datetime(2053, 1, 16, 9, 0, 0)
ZIP_DT = (2053, 1, 16, 9, 0, 0)
ISO = "2053-01-16T09:00:00"

FIELDS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
          "ansvarlig", "samarbeidspartnere", "beskrivelse"]
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement"}
DELMAL = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5",
          "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


class Result:
    """What one builder hands back: file name, member, shape and truth rows."""

    def __init__(self, filename, member, shape, rows):
        self.filename = filename
        self.member = member
        self.shape = shape
        self.rows = rows


def truth(source_file, member, tiltak, seed, delmal, type_, ansvarlig="",
          partnere="", beskrivelse=""):
    assert type_ in TYPES, type_
    assert delmal in DELMAL, delmal
    return {
        "source_file": source_file, "member": member, "tiltak": tiltak,
        "seed_row": seed, "delmal": delmal, "type": type_,
        "ansvarlig": ansvarlig, "samarbeidspartnere": partnere,
        "beskrivelse": beskrivelse,
    }


_CORE_RE = (r"docProps/core\.xml",
            rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
            rb"\g<1>" + ISO.encode() + rb"Z\g<3>")
_ODT_META = [
    (r"meta\.xml", rb"(<meta:creation-date>)[^<]*(</meta:creation-date>)",
     rb"\g<1>" + ISO.encode() + rb"\g<2>"),
    (r"meta\.xml", rb"(<dc:date>)[^<]*(</dc:date>)",
     rb"\g<1>" + ISO.encode() + rb"\g<2>"),
    (r"meta\.xml", rb"(<meta:editing-duration>)[^<]*(</meta:editing-duration>)",
     rb"\g<1>PT0S\g<2>"),
    (r"settings\.xml", rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+(<)',
     rb"\g<1>520116\g<2>"),
]


def normalize_zip(path, odt=False):
    """Rewrite an OOXML/ODF zip with fixed entry times and pinned dates."""
    reps = [_CORE_RE] + (_ODT_META if odt else [])
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            for name_pat, pat, rep in reps:
                if re.fullmatch(name_pat, info.filename):
                    data = re.sub(pat, rep, data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr or (0o644 << 16)
            zout.writestr(zi, data)
    os.replace(tmp, path)


def pin_pdf(path):
    """Replace time stamps and the /ID in a PDF by fixed values of equal length."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"\(D:\d{14}", b"(D:20530116090000", data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", ISO.encode(), data)

    data = re.sub(rb"(?<=/ID)\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0)), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as fh:
        fh.write(data)


def soffice_convert(src, fmt, outdir):
    """Convert with headless LibreOffice; returns the produced path."""
    profile = tempfile.mkdtemp(prefix="h32_lo_")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", fmt, "--outdir", outdir, src],
            check=True, capture_output=True, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError(f"soffice produced no {out}")
    return out


def set_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = "Rapportering til Kompetansepolitisk råd 2052"
