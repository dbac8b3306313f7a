"""Shared helpers: truth rows, deterministic zip packaging, LibreOffice conversion."""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

YEAR = 2056
FIXED_DT = datetime(2057, 2, 14, 9, 30, 0)
FIXED_ZIP_DT = (2057, 2, 14, 9, 30, 0)
FIXED_ISO = "2057-02-14T09:30:00Z"

TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")

TRUTH_HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type",
                "ansvarlig", "samarbeidspartnere", "beskrivelse"]


@dataclass
class T:
    """One truth row (a tiltak as it stands in one file)."""
    tiltak: str
    seed: str
    delmal: str
    type: str
    beskrivelse: str = ""
    ansvarlig: str = ""
    partnere: str = ""
    source_file: str = ""
    member: str = ""

    def __post_init__(self):
        assert self.type in TYPES, self.type
        assert re.fullmatch(r"[123]\.[1-6]", self.delmal), self.delmal


@dataclass
class FileInfo:
    name: str
    member: str          # member name, or a description for non-reports
    shape: str
    rows: list = field(default_factory=list)


def attach(rows, source_file, member):
    for r in rows:
        r.source_file = source_file
        r.member = member
    return rows


def write_truth(out: Path, files: list[FileInfo]):
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(TRUTH_HEADER)
        for f in files:
            for r in f.rows:
                w.writerow([r.source_file, r.member, r.tiltak, r.seed, r.delmal, r.type,
                            r.ansvarlig, r.partnere, r.beskrivelse])


_CORE_DATE_RE = re.compile(
    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)")


def pin_zip(path: Path):
    """Rewrite an OOXML zip with fixed timestamps and pinned core-property dates."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = _CORE_DATE_RE.sub(lambda m: m.group(1) + FIXED_ISO + m.group(3), txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def pin_docx_props(doc, title, author, created=FIXED_DT):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert with headless LibreOffice; returns path of the converted file."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) is required to build the .odt/.rtf/.doc files")
    profile = Path(tempfile.gettempdir()) / "lo_h36"
    with tempfile.TemporaryDirectory() as td:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", fmt, "--outdir", td, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "TZ": "UTC"})
        ext = fmt.split(":")[0]
        produced = Path(td) / (src.stem + "." + ext)
        if not produced.exists():
            raise SystemExit(f"LibreOffice did not produce {produced.name}")
        target = outdir / produced.name
        shutil.move(str(produced), target)
    return target
