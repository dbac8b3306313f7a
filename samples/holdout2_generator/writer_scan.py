"""A printed report that came back from the scanner: a page laid out in Word (a table ruled only
between rows), exported by LibreOffice, printed to 150 dpi grey, turned a little, speckled, stamped
«MOTTATT» and saved as a PDF of pictures with no text layer.

- scanned_rules: Nordland fylkeskommune; the table has no vertical lines and no Ansvarlig column.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from . import wordml as wm
from .model import Item, Report
from .package import convert, pin_pdf

DPI = 150
STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _page(report: Report) -> bytes:
    rows = report.extra["rows"]
    doc = wm.new_document(report, font="Liberation Serif", size=11, margins=2.2)
    wm.paragraph(doc, [("Nordland fylkeskommune", "b")], size=10, after=14)
    wm.paragraph(doc, [(report.title, "b")], size=14, after=6)
    wm.paragraph(doc, "Fylkeskommunen gir her en kort oversikt over tiltak i 2022 som følger opp Nasjonal "
                      "kompetansepolitisk strategi. Oversikten er behandlet i fylkesrådet.", after=10)
    tbl = wm.table(doc, 4, [1.9, 7.6, 2.7, 4.4], rules="horizontal")
    wm.add_row(tbl, [[(h, "b")] for h in ("Delmål", "Tiltak", "Type", "Samarbeid")], size=10.5)
    for code, it in rows:
        wm.add_row(tbl, [code, it.tiltak, it.shown_type, it.partnere], size=10.5)
    wm.paragraph(doc, "", after=16)
    wm.paragraph(doc, "Bodø, 1. februar 2023", after=2)
    wm.paragraph(doc, "Fylkesråd for utdanning og kompetanse", after=0)
    return convert(wm.docx_bytes(doc), ".docx", "pdf", stem="nordland")


def _raster(pdf: bytes) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "side.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", "1", "-l", "1", str(src),
                        str(Path(tmp) / "side")], check=True, timeout=120)
        made = sorted(Path(tmp).glob("side*.png"))[0]
        return Image.open(made).convert("L").copy()


def _stamp(page: Image.Image) -> Image.Image:
    font = ImageFont.truetype(STAMP_FONT, 26)
    mark = Image.new("L", (330, 96), 0)
    draw = ImageDraw.Draw(mark)
    draw.rectangle((4, 4, 325, 91), outline=255, width=4)
    draw.text((22, 10), "MOTTATT", font=font, fill=255)
    draw.text((22, 50), "03 FEB 2023", font=font, fill=255)
    mark = mark.rotate(9, expand=True, fillcolor=0)
    ink = Image.new("L", mark.size, 95)
    page.paste(ink, (page.width - mark.width - 110, 18), mark)
    return page


def _age(page: Image.Image) -> Image.Image:
    """Turn, blur and speckle the page as a cheap scanner does (a fixed seed: same pixels each build)."""
    page = _stamp(page)
    page = page.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(page, dtype=np.int16)
    rng = np.random.default_rng(2022)
    pixels = pixels + rng.normal(0, 9, pixels.shape).astype(np.int16)
    dots = rng.random(pixels.shape) < 0.0008
    pixels[dots] = 40
    shade = np.linspace(0, 18, pixels.shape[1], dtype=np.int16)[None, :]  # the lid lets light in at one edge
    pixels = np.clip(pixels - shade, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, mode="L")


def write_scanned_rules(report: Report, path: Path) -> list[Item]:
    page = _age(_raster(_page(report)))
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=DPI, quality=72, title=report.title, author="",
              creationDate=report.modified.timetuple(), modDate=report.modified.timetuple())
    path.write_bytes(pin_pdf(out.getvalue(), report.modified))
    return [it.without("ansvarlig", "beskrivelse") for _, it in report.extra["rows"]]
