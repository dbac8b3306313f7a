"""An open booklet scanned on a dark bed: cut to its paper, split at the fold, each page read on its own."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from parsers.content import Paragraph as ReadParagraph
from parsers.ocr import parse_image
from parsers.registry import ParseOptions
from parsers.scan_sheets import fold_cut, paper_box, sheets

TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
LEFT = ("Lærlingløftet i helse", "Unio har arbeidet for flere læreplasser i helsefagene i kommunene.")
RIGHT = ("Kompetansedagen", "Konferanse om livslang læring for tillitsvalgte i offentlig sektor i Oslo.")
DPI = 150


def _bed(width, height):
    return np.full((height, width), 40, dtype=np.uint8)


def test_paper_on_a_dark_bed_is_cut_out_and_a_spread_split_at_its_shadow():
    grey = _bed(1000, 600)
    grey[50:550, 100:900] = 235  # the open booklet
    grey[50:550, 490:510] = 120  # the fold's shadow
    assert paper_box(grey) == (100, 50, 900, 550)
    paper = grey[50:550, 100:900]
    assert fold_cut(paper) == (390, 410)
    left, right = sheets(Image.fromarray(grey))
    assert left.size == (390, 500) and right.size == (390, 500)


def test_a_single_page_or_paper_to_the_edges_is_left_as_it_is():
    page = np.full((800, 560), 240, dtype=np.uint8)
    assert paper_box(page) is None and fold_cut(page) is None
    # A landscape page with a white gap between two text columns has no shadow: not a spread.
    wide = np.full((560, 800), 240, dtype=np.uint8)
    wide[100:460, 80:380] = 30
    wide[100:460, 420:720] = 30
    assert fold_cut(wide) is None
    assert [s.size for s in sheets(Image.fromarray(wide))] == [(800, 560)]
    # A screenshot of a wide table: its ruled line near the middle is no fold, and its halves would be no pages.
    table = np.full((180, 1250), 245, dtype=np.uint8)
    table[:, 699:701] = 0
    assert fold_cut(table) is None
    spread = np.full((600, 900), 245, dtype=np.uint8)
    spread[:, 449:451] = 0  # a spread's thin rule, narrower than a fold's shadow
    assert fold_cut(spread) is None


def _pages(tmp_path):
    pdf = tmp_path / "hefte.pdf"
    story = [Paragraph(LEFT[0], TITLE), Spacer(1, 6), Paragraph(LEFT[1], BODY), PageBreak(),
             Paragraph(RIGHT[0], TITLE), Spacer(1, 6), Paragraph(RIGHT[1], BODY)]
    SimpleDocTemplate(str(pdf), pagesize=A5).build(story)
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[i].render(scale=DPI / 72, grayscale=True).to_pil().copy() for i in range(len(document))]
    finally:
        document.close()


def _spread(left, right):
    """The two pages side by side on a dark bed, a shadow darkening towards the fold."""
    margin = 60
    bed = Image.new("L", (left.width + right.width + 2 * margin, left.height + 2 * margin), 35)
    bed.paste(left, (margin, margin))
    bed.paste(right, (margin + left.width, margin))
    draw = ImageDraw.Draw(bed)
    fold = margin + left.width
    for dx in range(-24, 25):
        shade = 90 + 6 * abs(dx)
        draw.line([(fold + dx, margin), (fold + dx, margin + left.height - 1)], fill=min(shade, 255))
    return bed


@pytest.mark.long
def test_an_open_booklet_is_read_page_by_page_never_across_the_fold(tesseract_nor, tmp_path):
    path = tmp_path / "brosjyre.png"
    _spread(*_pages(tmp_path)).save(path, dpi=(DPI, DPI))
    content = parse_image(path, path.name, ParseOptions())
    texts = [b.text for b in content.blocks if isinstance(b, ReadParagraph)]
    assert not content.tables
    assert content.pages == 2
    left, right = " ".join(LEFT), " ".join(RIGHT)
    # Every paragraph stands on one page: none mixes the left page's words with the right page's.
    for text in texts:
        words = set(text.lower().split())
        assert not (words & set(left.lower().split()) - {"i", "for"} and words & set(right.lower().split()) - {"i", "for"})
    order = [t for t in texts if t.startswith(("Lærlingløftet", "Kompetansedagen"))]
    assert order == ["Lærlingløftet i helse", "Kompetansedagen"]
