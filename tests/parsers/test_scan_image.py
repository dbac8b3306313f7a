"""A scan on speckled grey paper whose table has only horizontal rules: specks wiped before OCR, the rules
part the rows. The scan is drawn with reportlab, rendered at an office scanner's 150 dpi, put on grey
paper with specks (a fixed seed) and turned a little, as a copier does."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from rapidfuzz import fuzz
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from parsers.registry import ParseOptions
from parsers.scan_image import prepared
from pipeline.extract import CONVERTED, extract_document
from pipeline.match import match_rows
from pipeline.settings import Thresholds
from tiltak_core.records import Document

DPI = 150
HEADER = ("Delmål", "Tiltak", "Type", "Samarbeid")
ROWS = [("1.3", "Regionalt karriereforum for rådgivere i skolene og NAV-kontorene", "Nettverk", "NAV, KS"),
        ("2.5", "Fagbrev på jobb for ansatte i helse og omsorg", "Prosjekt", "Kommunene"),
        ("3.1", "Nettbasert opplæring i grunnleggende ferdigheter for voksne", "Kurs", "Voksenopplæringen"),
        ("3.5", "Digital kompetanse for arbeidssøkere i distriktene", "Kurs", "NAV"),
        ("2.2", "Kartlegging av kompetansebehov i regionens næringsliv", "Analyse", "Næringsforeningen")]


def _report(path):
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=10, leading=12)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12)
    grid = [[Paragraph(c, head) for c in HEADER], *[[Paragraph(c, cell) for c in row] for row in ROWS]]
    table = Table(grid, colWidths=[2 * cm, 7.5 * cm, 2.6 * cm, 3.8 * cm])
    # Rules between the rows only: no grid a table finder could see.
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.7, colors.black),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.7, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Agder fylkeskommune: tiltak i 2022", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16)),
             Spacer(1, 14), Paragraph("Oversikten nedenfor viser fylkeskommunens tiltak.", body), Spacer(1, 10), table,
             Spacer(1, 40), Paragraph("Kristiansand, 1. februar 2023", body)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _speckled(picture: Image.Image, seed: int = 12) -> Image.Image:
    """The page on mottled grey paper with dark specks, turned half a degree."""
    rng = np.random.default_rng(seed)
    ink = np.asarray(picture, dtype=np.float64)
    paper = rng.normal(236, 6, ink.shape)
    page = np.minimum(paper, ink)
    rows, cols = rng.integers(0, ink.shape[0] - 2, 2500), rng.integers(0, ink.shape[1] - 2, 2500)
    for r, c, size, shade in zip(rows, cols, rng.integers(1, 3, 2500), rng.integers(40, 170, 2500)):
        page[r : r + size, c : c + size] = shade
    return Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).rotate(0.5, Image.Resampling.BICUBIC, fillcolor=236)


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speckled")
    _report(folder / "original.pdf")
    document = pdfium.PdfDocument(str(folder / "original.pdf"))
    try:
        picture = document[0].render(scale=DPI / 72, grayscale=True).to_pil().copy()
    finally:
        document.close()
    path = folder / "agder_fk_2022_skannet.pdf"
    _speckled(picture).save(path, "PDF", resolution=DPI)
    return path


@pytest.fixture(scope="module")
def read(tesseract_nor, scan, matchers):
    document = Document(path=scan, source_file=scan.name, format="pdf", sha256="x", size=scan.stat().st_size)
    return extract_document(document, matchers, ParseOptions(), 10**8)


def test_every_row_of_a_speckled_scan_with_only_horizontal_rules_is_read(read, matchers):
    assert read.outcome == CONVERTED and read.skipped == ()
    tiltak = match_rows(list(read.rows), matchers)
    got = [t.row.raw.get("tiltak") for t in tiltak]
    assert len(got) == len(ROWS) and all(fuzz.ratio(g, row[1]) >= 90 for g, row in zip(got, ROWS)), got
    assert [t.delmal.value for t in tiltak] == [row[0] for row in ROWS]
    partners = [t.row.raw.get("samarbeidspartnere") for t in tiltak]
    assert all(fuzz.ratio(p, row[3]) >= 80 for p, row in zip(partners, ROWS)), partners
    # Read with OCR: every row still goes to the reviewers.
    assert all(t.row.raw.confidence < Thresholds().parse for t in tiltak)


def _blot(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int) -> None:
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=0)


def test_lone_specks_go_and_the_full_stop_beside_a_digit_stays():
    page = Image.new("L", (600, 300), 225)  # grey paper
    draw = ImageDraw.Draw(page)
    _blot(draw, 100, 100, 8, 30)  # a digit's stem
    _blot(draw, 112, 124, 6, 6)  # its full stop, 4 pixels away
    _blot(draw, 300, 200, 3, 3)  # specks far from any letter
    _blot(draw, 420, 60, 5, 5)
    out = np.asarray(prepared(page, 300)[0])
    assert out[100:130, 100:108].max() == 0 and out[124:130, 112:118].max() == 0
    assert out[200:203, 300:303].min() == 255 and out[60:65, 420:425].min() == 255
    assert out[0:50, 0:50].min() == 255  # the grey paper is white


def test_a_speck_at_a_rules_end_goes_and_the_rule_is_found():
    page = Image.new("L", (1200, 400), 255)
    draw = ImageDraw.Draw(page)
    _blot(draw, 100, 150, 1000, 3)  # a rule, 1000 px long at 300 dpi
    _blot(draw, 92, 158, 3, 3)  # a speck just off its end
    _blot(draw, 100, 300, 200, 40)  # a block of ink, too short for a rule
    picture, rules = prepared(page, 300)
    out = np.asarray(picture)
    assert out[158:161, 92:95].min() == 255 and out[150:153, 100:1100].max() == 0
    assert rules == (pytest.approx(151 * 72 / 300, abs=0.3),)
