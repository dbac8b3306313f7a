"""Read generated files back as plain text (used by --verify)."""
import html
import os
import re
import subprocess
import tempfile
import zipfile

from .common import LO_PROFILE


def _lo_text(path):
    with tempfile.TemporaryDirectory(prefix="h42rb_") as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        base = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(tmp, base + ".txt"), encoding="utf-8-sig") as fh:
            return fh.read()


def _pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        txt = "\n".join((p.extract_text() or "") for p in pdf.pages)
        if len(txt.strip()) > 40:
            return txt
        out = []
        with tempfile.TemporaryDirectory(prefix="h42ocr_") as tmp:
            for i, p in enumerate(pdf.pages):
                png = os.path.join(tmp, "p%d.png" % i)
                p.to_image(resolution=300).original.save(png)
                r = subprocess.run(["tesseract", png, "stdout", "-l", "nor"], check=True,
                                   capture_output=True, text=True)
                out.append(r.stdout)
        return "\n".join(out)


def _docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def _xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    return "\n".join(parts)


def _ods_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    paras = re.findall(r"<text:p[^>]*>(.*?)</text:p>", xml, flags=re.S)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paras)


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        return _pdf_text(path)
    if ext == ".docx":
        return _docx_text(path)
    if ext == ".xlsx":
        return _xlsx_text(path)
    if ext == ".ods":
        return _ods_text(path)
    return _lo_text(path)  # .doc, .rtf, .odt


def words(s):
    return re.findall(r"\w+", s.lower())
