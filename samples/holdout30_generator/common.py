"""Shared helpers for the held-out round 29 generator (reporting year 2050)."""
from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

YEAR = 2050
FIXED_DT = dt.datetime(2051, 1, 14, 9, 30, 0)
FIXED_ZIP_DT = (2051, 1, 14, 9, 30, 0)
FIXED_STRUCT = time.struct_time((2051, 1, 14, 9, 30, 0, 5, 14, 0))
LO_PROFILE = "file:///tmp/lo_h30"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

DELMAL = {
    "1.1": "Kompetansebehovsutvalg",
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

OMRADE = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement")

TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]


def write_truth(path: Path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(TRUTH_HEADER)
        for r in rows:
            w.writerow([r[k] for k in TRUTH_HEADER])


def fix_docx_props(doc, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""


_DATE_PATTERNS = [
    (re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)"),
     rb"\g<1>2051-01-14T09:30:00Z\g<2>"),
    (re.compile(rb"(<meta:creation-date>)[^<]*(</meta:creation-date>)"),
     rb"\g<1>2051-01-14T09:30:00\g<2>"),
    (re.compile(rb"(<dc:date>)[^<]*(</dc:date>)"),
     rb"\g<1>2051-01-14T09:30:00\g<2>"),
    (re.compile(rb"(<meta:print-date>)[^<]*(</meta:print-date>)"),
     rb"\g<1>2051-01-14T09:30:00\g<2>"),
    (re.compile(rb"<meta:editing-duration>[^<]*</meta:editing-duration>"),
     rb"<meta:editing-duration>PT5M</meta:editing-duration>"),
    (re.compile(rb'<meta:generator>[^<]*</meta:generator>'),
     rb"<meta:generator>LibreOffice</meta:generator>"),
]


def normalise_zip(path: Path) -> None:
    """Rewrite an Office zip so entry times and property dates are fixed."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            if info.filename == "settings.xml":
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>2050", data)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                for pat, rep in _DATE_PATTERNS:
                    data = pat.sub(rep, data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


_PDF_DATE = re.compile(rb"D:\d{14}([+\-Z][0-9']*)?")
_XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)"
                       rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def fix_pdf_dates(path: Path) -> None:
    """Same-length rewrite of dates in a LibreOffice PDF (xref stays valid)."""
    data = path.read_bytes()

    def _pdf(m: re.Match) -> bytes:
        s = m.group(0)
        rep = b"D:20510114093000" + s[16:]
        return rep[:len(s)]

    data = _PDF_DATE.sub(_pdf, data)
    data = _XMP_DATE.sub(rb"\g<1>2051-01-14T09:30:00", data)
    # uuid-like document ids in XMP and the trailer /ID: keep length, fix value
    data = re.sub(rb"uuid:[0-9a-f\-]{36}",
                  b"uuid:00000000-0000-4000-8000-000000002050", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: (m.group(1) + b"A" * len(m.group(2)) + m.group(3)
                             + b"A" * len(m.group(4)) + m.group(5)), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    path.write_bytes(data)


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert src with LibreOffice; returns the produced file."""
    with tempfile.TemporaryDirectory() as td:
        cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
               "--convert-to", fmt, "--outdir", td, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        ext = fmt.split(":")[0]
        produced = Path(td) / (src.stem + "." + ext)
        if not produced.exists():
            raise RuntimeError(f"LibreOffice produced nothing for {src} -> {fmt}")
        target = outdir / produced.name
        shutil.move(str(produced), target)
    return target
