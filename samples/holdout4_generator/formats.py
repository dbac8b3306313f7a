"""Formats beyond Word: the KS workbook, LibreOffice conversions and the scanned PDF."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageFilter

from .docx_base import SAVED
from .model import DELMAL_NB, Report


def write_xlsx(report: Report, path: str) -> None:
    """Title line, an empty line, then the header on row 3; delmål as 'code words'."""
    wb = Workbook()
    wb.properties.creator = report.member
    wb.properties.lastModifiedBy = report.member
    wb.properties.created = SAVED
    wb.properties.modified = SAVED
    ws = wb.active
    ws.title = "Tiltak 2024"
    ws["A1"] = report.meta["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(report.meta["columns"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for number, r in enumerate(report.rows, start=1):
        ws.append([number, f"{r.delmal} {DELMAL_NB[r.delmal]}", r.tiltak, r.desc, r.label,
                   r.ans, r.par])
    for letter, width in zip("ABCDEFG", (5, 34, 42, 50, 14, 12, 26)):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes = wb.create_sheet("Merknader")
    notes["A1"] = "Fylt ut av KS, avdeling for arbeidsgiverpolitikk, februar 2025."
    wb.save(path)


def fix_zip_times(path: Path) -> None:
    """Rewrite an Office zip with one fixed timestamp per entry, so reruns give the same bytes."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-02-14T09:30:00Z", data)
            target.writestr(zipfile.ZipInfo(name, date_time=(2025, 2, 14, 9, 30, 0)), data,
                            compress_type=zipfile.ZIP_DEFLATED)


def soffice_convert(sources: list[Path], target: str, outdir: Path) -> None:
    """Convert with LibreOffice in a private profile, so parallel users do not collide."""
    if not sources:
        return
    profile = Path(tempfile.mkdtemp(prefix="holdout4_lo_"))
    try:
        env = dict(os.environ, TZ="UTC")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", target, "--outdir", str(outdir), *map(str, sources)],
            check=True, capture_output=True, timeout=300, env=env,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def scan_pdf(pdf: Path, target: Path) -> None:
    """Render each page to grey pixels, tilt and speckle it, and wrap it as an image-only PDF."""
    with tempfile.TemporaryDirectory(prefix="holdout4_scan_") as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{tmp}/page"],
                       check=True, capture_output=True, timeout=120)
        pages = [_scanner_look(Image.open(p), seed=i)
                 for i, p in enumerate(sorted(Path(tmp).glob("page*.png")))]
    stamp = time.gmtime(1740744000)  # fixed: 2025-02-28 12:00 UTC
    pages[0].save(target, "PDF", resolution=200.0, save_all=True, append_images=pages[1:],
                  title="Skannet dokument", creationDate=stamp, modDate=stamp)


def _scanner_look(page: Image.Image, *, seed: int) -> Image.Image:
    gray = page.convert("L").rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rng = random.Random(2024 + seed)
    pixels = gray.load()
    width, height = gray.size
    for _ in range(width * height // 1500):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.choice((90, 140, 200))
    gray = gray.filter(ImageFilter.GaussianBlur(0.5))
    return gray.point(lambda v: 255 if v > 235 else v)
