"""Making files come out the same on every build: zip members with one date, document dates pinned,
and LibreOffice (which members use to make their PDFs and ODTs) run with a private profile."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

ZIP_TIME = (2023, 2, 14, 9, 0, 0)
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def rezip(data: bytes, path: Path | BinaryIO, swap: dict[str, bytes] | None = None) -> None:
    """Write the zip package `data` to path (or a binary stream) with fixed member dates; members in
    `swap` get new bytes. ODF's mimetype stays first and uncompressed."""
    swap = swap or {}
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w") as dst:
        names = [i.filename for i in src.infolist()]
        names.sort(key=lambda n: n != "mimetype")
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, swap.get(name, src.read(name)))


def w3c(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


_OOXML_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def pin_ooxml(data: bytes, path: Path, created: datetime, modified: datetime) -> None:
    """An OOXML package (as openpyxl or LibreOffice wrote it) with its core dates set."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        core = z.read("docProps/core.xml")
    stamps = {b"created": w3c(created).encode(), b"modified": w3c(modified).encode()}
    core = _OOXML_DATES.sub(lambda m: m.group(1) + stamps[m.group(2)] + m.group(3), core)
    rezip(data, path, {"docProps/core.xml": core})


def pin_odf(data: bytes, path: Path, created: datetime, modified: datetime) -> None:
    """An ODF package with its meta dates, editing time and revision-save id fixed."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        meta = z.read("meta.xml").decode()
    meta = re.sub(r"<meta:creation-date>[^<]*<", f"<meta:creation-date>{w3c(created)[:-1]}<", meta)
    meta = re.sub(r"<dc:date>[^<]*<", f"<dc:date>{w3c(modified)[:-1]}<", meta)
    meta = re.sub(r"<meta:editing-duration>[^<]*<", "<meta:editing-duration>PT2H14M<", meta)
    meta = re.sub(r"<meta:editing-cycles>[^<]*<", "<meta:editing-cycles>6<", meta)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        settings = z.read("settings.xml")
    # LibreOffice draws fresh random revision-save ids (Rsid, RsidRoot) on every save.
    settings = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>424242", settings)
    rezip(data, path, {"meta.xml": meta.encode(), "settings.xml": settings})


_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}")


def pin_pdf(data: bytes, when: datetime) -> bytes:
    """Dates, document ids and checksums replaced by fixed values of the same length, so the
    cross-reference offsets stay right (the time-zone suffix a writer adds is kept as it is)."""
    stamp = when.strftime("D:%Y%m%d%H%M%S").encode()
    data = _PDF_DATE.sub(lambda m: m.group(1) + stamp, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"7" * 32 + b">", data)
    return re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"7" * 32, data)


def soffice(src: Path, target: str, out_dir: Path) -> Path:
    """Convert src with LibreOffice into out_dir; target as --convert-to takes it ("pdf", "odt")."""
    profile = out_dir / ".lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(out_dir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    made = out_dir / f"{src.stem}.{target.split(':')[0]}"
    if not made.exists():
        raise RuntimeError(f"LibreOffice made no {target} of {src.name}")
    return made


def convert(data: bytes, suffix: str, target: str, stem: str = "dokument") -> bytes:
    """The bytes LibreOffice writes when it converts a file (given as bytes with its suffix)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}{suffix}"
        src.write_bytes(data)
        out = Path(tmp) / "ut"
        out.mkdir()
        return soffice(src, target, out).read_bytes()


def chromium_pdf(html: str, when: datetime) -> bytes:
    """Print an HTML page to PDF with headless Chromium, as a browser's "Skriv ut – Lagre som PDF"."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        raise RuntimeError("Chromium is needed to print the web-form receipt")
    with tempfile.TemporaryDirectory() as tmp:
        page, pdf = Path(tmp) / "kvittering.html", Path(tmp) / "kvittering.pdf"
        page.write_text(html, encoding="utf-8")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profil", f"--print-to-pdf={pdf}", page.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        return pin_pdf(pdf.read_bytes(), when)
