"""What members do to their files: LibreOffice exports and scans; and pinning the bytes that tools stamp."""

from __future__ import annotations

import calendar
import random
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

ZIP_TIME = (2024, 3, 1, 12, 0, 0)
FIXED_STAMP = "2024-03-01T12:00:00"
# ISO timestamps inside the Office/ODF metadata (core.xml, app.xml, meta.xml, settings).
_ISO = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?")


def fix_zip(path: Path) -> None:
    """Rewrites an OOXML/ODF archive with fixed entry times and metadata stamps, keeping the entry order."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in items:
            if info.filename.endswith(("core.xml", "meta.xml", "app.xml")):
                data = _ISO.sub(lambda m: FIXED_STAMP.encode() + (b"Z" if m.group(0).endswith(b"Z") else b""), data)
            if info.filename == "settings.xml":
                # LibreOffice draws a random revision-save id (Rsid) for every save.
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1000000", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            # ODF wants its mimetype entry first and stored, as LibreOffice wrote it.
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)


def fix_pdf(path: Path) -> None:
    """Pins the dates and the document id LibreOffice writes; same-length substitutions keep the xref valid."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:20240301120000", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", _pin_id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"7" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:\w+Date>)(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})", rb"\g<1>" + FIXED_STAMP.encode(), data)
    path.write_bytes(data)


def _pin_id(match: re.Match[bytes]) -> bytes:
    first, second = match.group(2), match.group(4)
    return match.group(1) + b"7" * len(first) + match.group(3) + b"7" * len(second) + match.group(5)


def soffice(source: Path, target_format: str, out_dir: Path) -> Path:
    """Converts with LibreOffice headless in a profile of its own, as a member's "Save as PDF" does."""
    with tempfile.TemporaryDirectory(prefix="h3lo") as profile, tempfile.TemporaryDirectory(prefix="h3out") as tmp:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", target_format, "--outdir", tmp, str(source)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=240)
        produced = Path(tmp) / f"{source.stem}.{target_format.split(':')[0]}"
        if not produced.exists():
            raise RuntimeError(f"LibreOffice made no {target_format} of {source.name}")
        target = out_dir / produced.name
        shutil.move(str(produced), target)
    if target.suffix == ".pdf":
        fix_pdf(target)
    else:
        fix_zip(target)
    return target


def scan(pdf: Path, target: Path, dpi: int = 150, seed: int = 2023) -> None:
    """Prints the first page and scans it back: a grey image, a little askew and speckled, in a PDF."""
    from PIL import Image, ImageFilter

    with tempfile.TemporaryDirectory(prefix="h3scan") as tmp:
        stem = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True, capture_output=True, timeout=120)
        page = Image.open(f"{stem}.png").convert("L")
        page.load()
    page = page.rotate(-0.7, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    rng = random.Random(seed)
    pixels = page.load()
    width, height = page.size
    for _ in range(width * height // 400):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.choice((90, 140, 200))
    stamp = time.gmtime(calendar.timegm((2024, 3, 1, 12, 0, 0, 0, 0, 0)))
    page.save(target, "PDF", resolution=float(dpi), title="Skannet dokument", creationDate=stamp, modDate=stamp)
