"""Shared helpers for the held-out round 48 generator (reporting year 2069).

Everything here is deterministic: fixed dates, fixed zip timestamps, no clocks, seeded noise only.
"""
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape as _xesc

YEAR = 2069
FIXED_ZIP_DT = (2070, 1, 29, 10, 5, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def xesc(s):
    return _xesc(s, {'"': "&quot;"})


def truth_row(source_file, member, seed_row, delmal, typ, tiltak, ansvarlig="",
              partnere="", beskrivelse=""):
    return {
        "source_file": source_file,
        "member": member,
        "tiltak": tiltak,
        "seed_row": seed_row,
        "delmal": delmal,
        "type": typ,
        "ansvarlig": ansvarlig,
        "samarbeidspartnere": partnere,
        "beskrivelse": beskrivelse,
    }


def result(file, member, fmt, shape, rows, traps):
    return {"file": file, "member": member, "format": fmt, "shape": shape, "rows": rows, "traps": traps}


def write_zip(path, entries):
    """entries: list of (name, bytes|str). 'mimetype' is stored uncompressed."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)


def normalise_zip(path, fix=None):
    """Rewrite a zip (office file written by a library or LibreOffice) with fixed timestamps.
    fix(name, bytes) -> bytes may patch individual members (dates in metadata)."""
    with open(path, "rb") as fh:
        raw = fh.read()
    entries = []
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        for info in zf.infolist():
            data = zf.read(info.filename)
            if fix:
                data = fix(info.filename, data)
            entries.append((info.filename, data))
    write_zip(path, entries)


def fix_ooxml_core(created, modified, creator=None):
    def fix(name, data):
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % created, s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % modified, s)
            if creator is not None:
                s = re.sub(r"<dc:creator>[^<]*</dc:creator>", "<dc:creator>%s</dc:creator>" % xesc(creator), s)
                s = re.sub(r"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>",
                           "<cp:lastModifiedBy>%s</cp:lastModifiedBy>" % xesc(creator), s)
            s = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>3</cp:revision>", s)
            return s.encode("utf-8")
        if name == "docProps/app.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>47</TotalTime>", s)
            return s.encode("utf-8")
        return data
    return fix


# LibreOffice writes some objects (e.g. the embedded fonts of a PDF) in hash-map order that depends on
# memory addresses; running it without address-space randomisation makes the output repeatable.
SETARCH = ["setarch", "x86_64", "-R"] if shutil.which("setarch") else []


def soffice_convert(src, target_ext, filter_spec=None):
    """Convert src with LibreOffice (isolated profile); returns the bytes of the converted file."""
    with tempfile.TemporaryDirectory() as td:
        prof = os.path.join(td, "profile")
        out = os.path.join(td, "out")
        os.makedirs(out)
        conv = target_ext + (":" + filter_spec if filter_spec else "")
        subprocess.run(SETARCH + ["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
                        "--convert-to", conv, "--outdir", out, src], check=True, capture_output=True,
                       timeout=240)
        base = os.path.splitext(os.path.basename(src))[0]
        with open(os.path.join(out, base + "." + target_ext), "rb") as fh:
            return fh.read()


def fix_pdf_bytes(data, date="20700128093000"):
    """Make a LibreOffice-made PDF deterministic: fixed dates and /ID (same lengths keep xref offsets)."""
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)",
                  lambda m: m.group(1) + _fixdate(m.group(2).decode(), date).encode(), data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(
                      m.group(2), b"A" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + _fixiso(m.group(2).decode()).encode() + m.group(3), data)
    return data


def _fixdate(old, date):
    new = "D:" + date
    if len(old) <= len(new):
        return new[:len(old)]
    return new + old[len(new):]


def _fixiso(old):
    new = "2070-01-28T09:30:00"
    if len(old) <= len(new):
        return new[:len(old)]
    return new + old[len(new):]


_FONTS_DONE = False


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                       "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                        "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        "DejaVuSerifCondensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
                                 "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"),
        "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
    }
    for fam, files in fams.items():
        names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, os.path.join(FONT_DIR, f)))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    _FONTS_DONE = True


def fix_pdf_meta(c, title, author, subject=""):
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("")
    c.setProducer("")


def _filetime(dt):
    import datetime
    epoch = datetime.datetime(1601, 1, 1)
    return int((dt - epoch).total_seconds() * 10_000_000)


def fix_ole_filetimes(data, when=(2070, 1, 27, 15, 40, 0)):
    """Replace FILETIME values near 'now' (written by LibreOffice when saving an OLE2 file) by a fixed time."""
    import datetime
    import struct
    now = _filetime(datetime.datetime.utcnow())
    lo, hi = now - 3 * 86400 * 10_000_000, now + 3 * 86400 * 10_000_000
    fixed = struct.pack("<Q", _filetime(datetime.datetime(*when)))
    out = bytearray(data)
    i = 0
    while i + 8 <= len(out):
        v = struct.unpack_from("<Q", out, i)[0]
        if lo <= v <= hi:
            out[i:i + 8] = fixed
            i += 8
        else:
            i += 1
    return bytes(out)
