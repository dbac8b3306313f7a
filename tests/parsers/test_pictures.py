"""A Word report whose table was pasted in as a picture (a screenshot): its text holds no tiltak, so the picture
is read with OCR, and every row read from it is sent to review."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Cm
from PIL import Image, ImageDraw, ImageFont

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.match import match_rows
from pipeline.settings import Thresholds
from tests.conftest import require
from tiltak_core.records import Document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ROWS = [("Tiltak", "Delmål", "Type", "Ansvarlig"),
        ("Kurs i digital kompetanse for tillitsvalgte", "2.1", "Kurs", "YS"),
        ("Nettverk for karriereveiledere", "1.3", "Nettverk", "YS Stat"),
        ("Konferanse om realkompetanse", "2.5", "Konferanse", "YS")]
WIDTHS = (700, 130, 220, 200)


def _screenshot(path: Path) -> Path:
    # A table as a case system or Excel shows it on screen: ruled cells, 20 px type, at screen resolution.
    require(FONT.exists(), "fonts-dejavu-core is not installed")
    font = ImageFont.truetype(str(FONT), 20)
    width, height = sum(WIDTHS) + 1, 44 * len(ROWS) + 1
    picture = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    for r, row in enumerate(ROWS):
        x = 0
        for w, text in zip(WIDTHS, row):
            draw.rectangle((x, r * 44, x + w, r * 44 + 44), outline="black", fill="#dddddd" if r == 0 else None)
            draw.text((x + 8, r * 44 + 11), text, fill="black", font=font)
            x += w
    picture.save(path)
    return path


def _report(tmp_path: Path, with_logo: bool = True) -> Path:
    d = docx.Document()
    d.add_heading("YS – rapportering til Kompetansepolitisk råd 2071", 1)
    d.add_paragraph("Tiltakene våre står i tabellen under, limt inn fra saksbehandlingssystemet.")
    if with_logo:
        logo = tmp_path / "logo.png"
        Image.new("RGB", (180, 60), "navy").save(logo)
        d.add_picture(str(logo), width=Cm(3))
    d.add_picture(str(_screenshot(tmp_path / "tabell.png")), width=Cm(16))
    d.add_paragraph("Med vennlig hilsen YS")
    path = tmp_path / "YS_rapport_2071.docx"
    d.save(path)
    return path


def test_a_table_pasted_as_a_picture_is_read_with_ocr_and_each_row_sent_to_review(tesseract_nor, matchers, tmp_path):
    path = _report(tmp_path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    matched = match_rows(list(result.rows), matchers)
    # OCR of screen-sized type drops the full stop of «2.1»: the code is recovered from the catalogue, and doubted.
    assert [(t.row.raw.get("tiltak"), t.delmal.value) for t in matched] == [(r[0], r[1]) for r in ROWS[1:]]
    assert any("lest med OCR" in w for w in result.warnings)
    assert all(t.row.raw.confidence < Thresholds().parse for t in matched)


def test_a_report_whose_text_holds_its_tiltak_has_its_pictures_left_alone(tesseract_nor, matchers, tmp_path):
    path = _report(tmp_path)
    d = docx.Document(str(path))
    table = d.add_table(rows=0, cols=2)
    for row in (("Tiltak", "Delmål"), ("Seminar om lærlinger i staten", "2.3")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Seminar om lærlinger i staten"]
    assert not any("OCR" in w for w in result.warnings)
