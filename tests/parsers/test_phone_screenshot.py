"""A phone's screenshot of a note (dark mode, large type, round bullets), read with OCR: each bullet one item, its
wrapped lines one paragraph, its closing «Dm 1.4» its delmål."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tests.conftest import require
from tiltak_core.records import Document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
# A notes app wraps each item at the screen's width; the lines as it wraps them.
NOTE = [
    ("title", "Akademikerne – KPR 2071"),
    ("heading", "Råd og utvalg"),
    ("item", ["RSA ved NTNU og UiB: Tekna", "og Econa har plass i", "arbeidslivsrådene, fire møter", "hver. Dm 1.4"]),
    ("item", ["NRT – Nasjonalt råd for", "teknologisk utdanning: Tekna", "er arbeidslivsrepresentant.", "Dm 1.4"]),
    ("heading", "Egne tiltak"),
    ("item", ["Seniorkurs «Karriere etter", "55»: fire kurs i Oslo og", "Bergen. Dm 1.3"]),
]


def _screenshot(path: Path) -> Path:
    # 1179 px wide as an iPhone's, white type on black, 48 px body text: at a page's scale, display-sized lines.
    require(FONT.exists() and BOLD.exists(), "fonts-dejavu-core is not installed")
    require(shutil.which("tesseract") is not None, "tesseract is not installed")
    body, bold, title = (ImageFont.truetype(str(FONT), 48), ImageFont.truetype(str(BOLD), 56),
                         ImageFont.truetype(str(BOLD), 70))
    picture = Image.new("RGB", (1179, 1900), "black")
    draw = ImageDraw.Draw(picture)
    y = 60
    for kind, said in NOTE:
        if kind == "item":
            draw.text((70, y), "•", fill="white", font=body)
            for line in said:
                draw.text((130, y), line, fill="white", font=body)
                y += 64
            y += 20
        else:
            y += 30
            draw.text((70, y), said, fill="white", font=title if kind == "title" else bold)
            y += 100
    picture.save(path)
    return path


def test_a_dark_phone_screenshot_of_a_note_gives_one_measure_per_bullet(tmp_path, matchers):
    # Before, the gutters a large font leaves by chance became a table of three columns, the bullets were read as
    # «« » and the lines of one item fell apart (OCR sizes each line by its own letters): no tiltak.
    path = _screenshot(tmp_path / "IMG_4411.PNG")
    assert detect(path) == "image"
    result = extract_document(Document(path, path.name, "image", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    read = [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows]
    assert [(name.split()[0], delmal) for name, delmal in read] == [("RSA", "1.4"), ("NRT", "1.4"), ("Seniorkurs", "1.3")]
    assert "fire møter hver" in result.rows[0].raw.get("beskrivelse")
