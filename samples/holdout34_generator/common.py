"""Shared helpers: fixed dates, zip normalising, pinned PDF canvas, soffice."""
import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

YEAR = 2054
FIXED = dt.datetime(2055, 1, 20, 9, 30, 0)
ZIP_TIME = (2055, 1, 20, 9, 30, 0)
PDF_DATE = "D:20550120093000+01'00'"

DELMAL = {
    "1.1": "Kompetansebehovsutvalg (KBU)",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfaglige utdanninger",
    "2.4": "Koble kompetansebehov i virksomheter til utdanningstilbydere",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læring i frivillig sektor",
}
HOVED = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement"]


def R(t, s, d, ty, tw, a, p, b):
    """One tiltak: title, seed label, delmål code, canonical type,
    type as the member writes it, ansvarlig, samarbeid, beskrivelse."""
    assert ty in TYPES, ty
    assert d in DELMAL, d
    return dict(t=t, s=s, d=d, ty=ty, tw=tw, a=a, p=p, b=b)


def normalise_zip(path, first=None):
    """Rewrite a zip container with fixed timestamps (reproducible)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if first:
        items.sort(key=lambda it: 0 if it[0] == first else 1)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.external_attr = 0o644 << 16
            zi.compress_type = (zipfile.ZIP_STORED if name == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            z.writestr(zi, data)
    os.replace(tmp, path)


def pin_docx(doc, title, author, created=FIXED):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.comments = ""
    cp.subject = "Kompetansepolitisk råd – rapportering 2054"
    cp.keywords = ""
    cp.category = ""


def pin_xlsx_file(path, created=FIXED):
    """openpyxl stamps 'modified' with now(); fix it inside the zip."""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>%s\2" % stamp, txt)
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>%s\2" % stamp, txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def pinned_canvas_class():
    from reportlab.pdfgen.canvas import Canvas

    class PinnedCanvas(Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self.setDateFormatter(lambda *args: PDF_DATE)
    return PinnedCanvas


def soffice_convert(src, fmt, outdir):
    """Convert with LibreOffice headless into outdir; returns output path."""
    prof = tempfile.mkdtemp(prefix="h34_lo_")
    try:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
             "--convert-to", fmt, "--outdir", outdir, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("soffice produced nothing for " + src)
    return out


def pin_pdf_bytes(path):
    """Overwrite soffice's time stamps in a PDF with pinned ones of the same length."""
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20550120093000", data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  rb"\g<1>2055-01-20T09:30:00", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4))
                  + m.group(5), data)
    data = re.sub(rb"(<xmpMM:DocumentID>uuid:)[0-9a-f-]{36}",
                  rb"\g<1>00000000-0000-4000-8000-000000002054", data)
    blank = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", rb"\g<1>" + b"0" * 32, data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", rb"\g<1>" + digest, blank)
    with open(path, "wb") as f:
        f.write(data)
