"""Deterministic file helpers: zip pinning, LibreOffice conversion, PDF/RTF/DOC date pinning."""
import datetime as _dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED_DT = _dt.datetime(2060, 1, 15, 9, 30, 0)
ZIP_DT = (2060, 1, 15, 9, 30, 0)
ISO = "2060-01-15T09:30:00Z"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def pin_zip(path, is_odf=False):
    """Rewrite an OOXML/ODF zip with fixed timestamps and pinned metadata dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    names = [n for n, _ in items]
    if is_odf and "mimetype" in names:
        items.sort(key=lambda x: 0 if x[0] == "mimetype" else 1)
    with zipfile.ZipFile(out, "w") as zout:
        for name, data in items:
            if name in ("docProps/core.xml",):
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + ISO + r"\2", s)
                data = s.encode("utf-8")
            if name == "docProps/app.xml":
                s = data.decode("utf-8")
                s = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", s)
                data = s.encode("utf-8")
            if is_odf and name == "meta.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>2060-01-15T09:30:00\2", s)
                s = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>2060-01-15T09:30:00\2", s)
                s = re.sub(r"(<meta:editing-duration>)[^<]*(<)", r"\1PT0S\2", s)
                s = re.sub(r"(<meta:print-date>)[^<]*(<)", r"\g<1>2060-01-15T09:30:00\2", s)
                data = s.encode("utf-8")
            if is_odf and name == "settings.xml":
                s = data.decode("utf-8")
                s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+<', r"\g<1>1<", s)
                data = s.encode("utf-8")
            if is_odf and name in ("content.xml", "styles.xml"):
                s = data.decode("utf-8")
                s = re.sub(r'officeooo:(rsid|paragraph-rsid)="[0-9a-f]+"', r'officeooo:\1="00000001"', s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if is_odf and name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def soffice_convert(src, target_ext, filter_name=None, outdir=None):
    """Convert src with LibreOffice headless; returns path of the new file."""
    outdir = outdir or os.path.dirname(src)
    profile = tempfile.mkdtemp(prefix="lo_h39_")
    conv = target_ext if not filter_name else f"{target_ext}:{filter_name}"
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", conv, "--outdir", outdir, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + target_ext)


def pin_pdf(path):
    """Pin dates and /ID in a LibreOffice PDF without changing byte lengths."""
    b = open(path, "rb").read()
    b = re.sub(rb"D:\d{14}", b"D:20600115093000", b)
    b = re.sub(rb"(D:20600115093000)[+-]\d\d'\d\d'", rb"\1+01'00'", b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?",
               lambda m: (b"2060-01-15T09:30:00" + (b"." + b"0" * (len(m.group(1)) - 1) if m.group(1) else b"")
                          + (b"+01:00" if m.group(2) and len(m.group(2)) == 6 else (b"Z" if m.group(2) else b""))),
               b)
    # uuids in XMP (same length)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), b)
    m = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", b)
    if m:
        zeroed = b[:m.start(1)] + b"0" * len(m.group(1)) + b[m.end(1):m.start(2)] + b"0" * len(m.group(2)) + b[m.end(2):]
        h = hashlib.md5(zeroed).hexdigest().upper().encode()
        h1 = (h * 4)[:len(m.group(1))]
        h2 = (h * 4)[:len(m.group(2))]
        b = b[:m.start(1)] + h1 + b[m.end(1):m.start(2)] + h2 + b[m.end(2):]
    open(path, "wb").write(b)


def pin_rtf(path):
    s = open(path, "rb").read()
    for key in (rb"creatim", rb"revtim", rb"printim"):
        s = re.sub(rb"\{\\" + key + rb"(\\[a-z]+\d+)+\}",
                   rb"{\\" + key + rb"\\yr2060\\mo1\\dy15\\hr9\\min30}", s)
    s = re.sub(rb"\\edmins\d+", rb"\\edmins0", s)
    s = re.sub(rb"\\rsid\d+", rb"\\rsid0", s)
    open(path, "wb").write(s)


def pin_doc(path):
    """Pin FILETIME values in the OLE SummaryInformation stream of a .doc."""
    import olefile
    import struct
    fixed = int((FIXED_DT - _dt.datetime(1601, 1, 1)).total_seconds() * 10_000_000)
    ole = olefile.OleFileIO(path, write_mode=True)
    for stream in ("\x05SummaryInformation", "\x05DocumentSummaryInformation"):
        if not ole.exists(stream):
            continue
        data = bytearray(ole.openstream(stream).read())
        # property set: header 28 bytes, then FMTID/offset pairs
        nsets = struct.unpack_from("<I", data, 24)[0]
        for k in range(nsets):
            off = struct.unpack_from("<I", data, 28 + k * 20 + 16)[0]
            nprops = struct.unpack_from("<I", data, off + 4)[0]
            for j in range(nprops):
                pid, poff = struct.unpack_from("<II", data, off + 8 + j * 8)
                vt = struct.unpack_from("<I", data, off + poff)[0]
                if vt == 0x40:  # VT_FILETIME
                    val = struct.unpack_from("<Q", data, off + poff + 4)[0]
                    new = 0 if pid == 10 else fixed  # pid 10 = edit time (duration)
                    if val != 0 or pid != 10:
                        struct.pack_into("<Q", data, off + poff + 4, new)
        ole.write_stream(stream, bytes(data))
    ole.close()


def fmt_partners(parts, sep=", ", last=" og "):
    parts = list(parts)
    if not parts:
        return ""
    if len(parts) == 1 or last is None:
        return sep.join(parts)
    return sep.join(parts[:-1]) + last + parts[-1]
