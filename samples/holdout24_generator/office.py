"""LibreOffice conversions, and the fix-ups that make zip files and converted files the same on every build."""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .pdfcanon import canonical

FIXED_ZIP_TIME = (2045, 2, 20, 9, 0, 0)


def normalise_zip(path: Path, rewrite: dict[str, bytes] | None = None) -> None:
    """Rewrite a ZIP-based file with fixed entry times (the mimetype entry of ODF first and stored)."""
    with zipfile.ZipFile(path) as src:
        items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    if rewrite:
        items = [(name, rewrite.get(name, data)) for name, data in items]
    items.sort(key=lambda item: item[0] != "mimetype")
    with zipfile.ZipFile(path, "w") as out:
        for name, data in items:
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            out.writestr(info, data)


def _fix_pdf(data: bytes, stamp: str) -> bytes:
    """LibreOffice stamps the time and a random file ID, reportlab's invariant mode the year 2000: put the date the
    member made the PDF (`stamp`, YYYYMMDDhhmmss) and an ID from the content, each the length it was."""
    assert re.fullmatch(r"\d{14}", stamp), stamp
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + stamp.encode(), data)
    body = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", b"", data)
    body = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", b"", body)
    digest = hashlib.md5(body).hexdigest().upper().encode()

    def new_id(m: re.Match[bytes]) -> bytes:
        text = m.group(0)
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + digest[: len(h.group(0)) - 2] + b">", text)

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", new_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + digest[: len(m.group(2))], data)
    return data


def stamp_pdf(path: Path, stamp: str) -> None:
    path.write_bytes(_fix_pdf(path.read_bytes(), stamp))


def _fix_odf(path: Path) -> None:
    with zipfile.ZipFile(path) as src:
        settings = src.read("settings.xml")
        meta = src.read("meta.xml")
    settings = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>2044", settings)
    meta = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>", b"<meta:editing-duration>PT41M</meta:editing-duration>",
                  meta)
    normalise_zip(path, {"settings.xml": settings, "meta.xml": meta})


def convert(src: Path, fmt: str, dest: Path, stamp: str = "20450220090000") -> Path:
    """Convert `src` with LibreOffice to `fmt` (pdf, doc, odt, rtf) and write it as `dest`."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is needed to build this round")
    with tempfile.TemporaryDirectory(prefix="holdout24_lo_") as tmp:
        tmpdir = Path(tmp)
        profile = (tmpdir / "profile").as_uri()
        out = tmpdir / "out"
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", fmt,
               "--outdir", str(out), str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        produced = out / (src.stem + "." + fmt)
        if not produced.exists():
            raise SystemExit(f"LibreOffice did not convert {src.name} to {fmt}")
        if fmt == "pdf":
            produced.write_bytes(canonical(produced.read_bytes()))
            stamp_pdf(produced, stamp)
        elif fmt == "odt":
            _fix_odf(produced)
        shutil.copyfile(produced, dest)
    return dest
