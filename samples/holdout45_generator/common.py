"""Helpers for byte-stable output."""
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED_ZIP_DT = (2066, 1, 15, 9, 0, 0)
FIXED_ISO = "2066-01-15T09:00:00Z"
FIXED_PDF_DATE = b"D:20660115090000"


def normalize_zip(path):
    """Rewrite a zip container (docx/xlsx/odt/ods) with fixed timestamps and core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_office_pdf(path):
    """Make a LibreOffice-exported PDF byte-stable: same-length replacement of dates, /ID and uuids."""
    data = open(path, "rb").read()
    data = re.sub(rb"D:\d{14}", FIXED_PDF_DATE, data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", b"2066-01-15T09:00:00", data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0).replace(b"/ID", b"/@@")).replace(b"/@@", b"/ID"),
                  data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    open(path, "wb").write(data)


def soffice_convert(src, fmt, outdir):
    """Run LibreOffice headless conversion with a private profile. Returns output path."""
    profile = os.path.join(tempfile.gettempdir(), "h45_lo_profile")
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError(f"soffice did not produce {out}")
    return out


def to_pdf_via_soffice(src, dest):
    with tempfile.TemporaryDirectory() as td:
        out = soffice_convert(src, "pdf", td)
        shutil.copyfile(out, dest)
    fix_office_pdf(dest)


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
    return "".join(out)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
