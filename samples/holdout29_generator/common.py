"""Shared helpers: fixed dates, zip normalisation, LibreOffice conversion."""
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED = dt.datetime(2050, 1, 15, 9, 0, 0)
FIXED_ZIP = (2050, 1, 15, 9, 0, 0)
FIXED_ISO = "2050-01-15T09:00:00Z"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DELMAL_NAVN = {
    "1.1": "Bedre kunnskap om fremtidens kompetansebehov",
    "1.2": "Regionalt ansvar og samarbeid",
    "1.3": "Karriereveiledning for alle",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i arbeidslivet",
    "2.2": "Mer kunnskap om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Fleksible utdanningstilbud for voksne",
    "2.5": "Dokumentasjon og verdsetting av kompetanse",
    "2.6": "Ledelse og organisasjon for læring",
    "3.1": "Grunnleggende ferdigheter",
    "3.2": "Fag- og yrkesopplæring for voksne",
    "3.3": "Kvalifisering i NAV",
    "3.4": "Norskopplæring og integrering av innvandrere",
    "3.5": "Helhetlig kvalifisering",
    "3.6": "Gjennomføring i videregående opplæring for voksne",
}
OMRADE_NAVN = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Kompetanse for voksne med svak tilknytning til arbeidslivet",
}


def normalise_zip(path):
    """Rewrite a zip-based office file with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            if info.filename in ("docProps/core.xml",):
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>" + FIXED_ISO + r"\g<3>", txt)
                data = txt.encode("utf-8")
            if info.filename == "meta.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<(meta:creation-date|dc:date)>)[^<]*(</)",
                             r"\g<1>2050-01-15T09:00:00\g<3>", txt)
                data = txt.encode("utf-8")
            if info.filename == "settings.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1", txt)
                data = txt.encode("utf-8")
            ni = zipfile.ZipInfo(info.filename, FIXED_ZIP)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            zout.writestr(ni, data)
    os.replace(tmp, path)


def fix_pdf_dates(path):
    """Replace PDF date strings with a fixed date of equal length (offsets stay valid)."""
    with open(path, "rb") as f:
        data = f.read()

    def rep(m):
        old = m.group(2)
        new = b"D:20500115090000"
        new = (new + old[len(new):]) if len(old) >= len(new) else old
        return m.group(1) + b"(" + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate))\s*\(([^)]*)\)", rep, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]*)</xmp:",
                  lambda m: b"<xmp:" + m.group(1) + b">" +
                  (b"2050-01-15T09:00:00" + m.group(2)[19:] if len(m.group(2)) >= 19 else m.group(2)) +
                  b"</xmp:", data)
    with open(path, "wb") as f:
        f.write(data)


def soffice_convert(src, target_ext, filter_spec, out_path):
    """Convert src with LibreOffice into out_path, using a throw-away profile."""
    prof = tempfile.mkdtemp(prefix="h29_lo_profile_")
    outdir = tempfile.mkdtemp(prefix="h29_lo_out_")
    try:
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
               "--convert-to", filter_spec, "--outdir", outdir, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        base = os.path.splitext(os.path.basename(src))[0]
        produced = os.path.join(outdir, base + "." + target_ext)
        shutil.move(produced, out_path)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(outdir, ignore_errors=True)
    if target_ext == "pdf":
        fix_pdf_dates(out_path)
    elif target_ext == "odt":
        normalise_zip(out_path)
