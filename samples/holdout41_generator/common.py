"""Shared helpers: truth rows, deterministic zips/PDFs, LibreOffice conversion."""
import csv
import datetime as _dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import zipfile

YEAR = 2061
FIXED_ZIP_DT = (2062, 1, 20, 9, 0, 0)
FIXED_DT = _dt.datetime(2062, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo_h41"

TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement")
DELMAL = ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6")
TRUTH_COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                 "ansvarlig", "samarbeidspartnere", "beskrivelse"]


class Row(dict):
    """One truth row (one measure as reported by one member)."""


def R(seed, delmal, typ, tiltak, ansvarlig="", partnere="", beskrivelse="", **extra):
    assert typ in TYPES, typ
    assert delmal in DELMAL, delmal
    r = Row(seed=seed, delmal=delmal, type=typ, tiltak=tiltak, ansvarlig=ansvarlig,
            partnere=partnere, beskrivelse=beskrivelse)
    r.update(extra)
    return r


def semi(s):
    """'A; B' -> ['A', 'B'] for display in documents."""
    return [p.strip() for p in s.split(";") if p.strip()]


def write_truth(docs, path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(TRUTH_COLUMNS)
        for d in docs:
            for r in d.ROWS:
                w.writerow([d.FILE, d.MEMBER, r["tiltak"], r["seed"], r["delmal"],
                            r["type"], r["ansvarlig"], r["partnere"], r["beskrivelse"]])


def must_contain(text, *parts):
    """Guard used by prose documents: each truth string must be in the prose."""
    for p in parts:
        if p and p not in text:
            raise AssertionError("missing in prose: %r" % p)


# ---------------------------------------------------------------- zips
def rezip(src_bytes_or_path, dest, rewrite=None, first=("mimetype",)):
    """Rewrite a zip container with fixed timestamps and stable order.

    rewrite: optional callable(name, bytes) -> bytes for content fixes.
    """
    if isinstance(src_bytes_or_path, (bytes, bytearray)):
        zin = zipfile.ZipFile(io.BytesIO(src_bytes_or_path))
    else:
        zin = zipfile.ZipFile(src_bytes_or_path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    head = [it for it in items if it[0] in first]
    rest = [it for it in items if it[0] not in first]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in head + rest:
            if rewrite:
                data = rewrite(name, data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(dest, "wb") as fh:
        fh.write(out.getvalue())


def ooxml_fix(name, data):
    """Pin dates in docProps/core.xml written by python-docx / openpyxl."""
    if name == "docProps/core.xml":
        data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                      rb"\g<1>2062-01-20T09:00:00Z\g<3>", data)
    return data


def save_docx(doc, dest, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    rezip(buf.getvalue(), dest, rewrite=ooxml_fix, first=("[Content_Types].xml",))


# ---------------------------------------------------------------- LibreOffice
def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("LibreOffice produced nothing for %s" % src)
    return out


def pin_pdf(data, key):
    """Replace LibreOffice's time stamps, /ID and checksum with fixed values
    of the same length (xref offsets stay valid)."""
    data = re.sub(rb"\(D:\d{14}", b"(D:20620120090000", data)
    h = hashlib.md5(key.encode()).hexdigest().upper().encode()

    def _id(m):
        return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + h + b">", m.group(0))
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]", _id, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}",
                  lambda m: m.group(0)[:-32] + h, data)
    return data


def lo_export(src, dest, fmt, tmpdir):
    """Convert src with LibreOffice and copy to dest, pinning what varies."""
    out = soffice(src, fmt, tmpdir)
    with open(out, "rb") as fh:
        data = fh.read()
    if dest.endswith(".pdf"):
        data = pin_pdf(data, os.path.basename(dest))
    with open(dest, "wb") as fh:
        fh.write(data)
    os.remove(out)


def fresh_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
