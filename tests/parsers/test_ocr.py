"""Scanned PDFs and images read with Tesseract: pages drawn with reportlab, rendered to pixels, OCR'd back."""

from __future__ import annotations

import sys
import tempfile
import time

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image
from rapidfuzz import fuzz
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import parsers  # noqa: F401  (fills the registry)
from pipeline.settings import Thresholds
from parsers.ocr import parse_image
from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions, parser_for
from tiltak_core.errors import DamagedFile, TooHeavy, ToolMissing
from pipeline.extract import CONVERTED, extract_document
from tiltak_core.records import Document

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12)
HEADER = ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig")
PAGE1 = [("2.2", "Forstudie om avkastning av kompetanseinvesteringer", "FoU", "KD"),
         ("2.3", "Yrkesfagenes år med kampanje i skolene", "Informasjon", "LO"),
         ("3.1", "Kurs i grunnleggende ferdigheter for ansatte", "Kurs", "NHO")]
PAGE2 = [("3.6", "Studieforbund tilbyr norskopplæring for frivillige", "Kurs", "Vofo"),
         ("4.1", "Bransjeprogram for industri og bygg", "Program", "KD")]
SCAN_DPI = 200  # what an office scanner typically makes


def _table(rows):
    t = Table([[Paragraph(c, CELL) for c in row] for row in (HEADER, *rows)], colWidths=[2.4 * cm, 8 * cm, 3 * cm, 2.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _report(path):
    story = [Paragraph("Rapportering 2018 – Landsorganisasjonen", TITLE), Spacer(1, 12),
             Paragraph("Her er tiltakene våre for året som gikk.", BODY), Spacer(1, 12), _table(PAGE1),
             PageBreak(), Paragraph("Flere tiltak fra LO i 2018.", BODY), Spacer(1, 12), _table(PAGE2)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _pictures(pdf_path, dpi=SCAN_DPI):
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return [document[i].render(scale=dpi / 72, grayscale=True).to_pil().copy() for i in range(len(document))]
    finally:
        document.close()


def _scan(pictures, path, dpi=SCAN_DPI):
    """A PDF of nothing but pictures: what a scanner without OCR makes."""
    # Copies: Pillow leaves the encoder settings of one save on appended frames, which breaks the next.
    pictures = [p.copy() for p in pictures]
    pictures[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pictures[1:])
    return path


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ocr")
    return folder, _pictures(_report(folder / "original.pdf"))


@pytest.fixture(scope="module")
def scanned_pdf(drawn):
    folder, pictures = drawn
    return _scan(pictures, folder / "lo_2018.pdf")


@pytest.fixture(scope="module")
def ocr_content(tesseract_nor, scanned_pdf):
    return parse_pdf(scanned_pdf, "lo_2018.pdf", ParseOptions())


def _alike(got, expected, least=90):
    return fuzz.ratio(got or "", expected) >= least


def _assert_rows(table, expected):
    assert len(table.rows) == len(expected) + 1 and len(table.rows[0]) == 4
    assert all(_alike(g, e) for g, e in zip(table.rows[0], HEADER))
    for got, want in zip(table.rows[1:], expected):
        assert _alike(got[1], want[1]), (got, want)
        assert _alike(got[3], want[3], 60), (got, want)


# ---------------------------------------------------------------------------------------------
# Scanned PDF


def test_scanned_pdf_has_no_text_of_its_own(scanned_pdf):
    with pdfplumber.open(scanned_pdf) as pdf:
        assert all(not page.extract_words() and page.images for page in pdf.pages)


def test_scanned_pdf_is_read_with_ocr(ocr_content):
    assert ocr_content.converted_from == "skannet PDF, lest med OCR (Tesseract)"
    assert ocr_content.pages == 2
    assert _alike(ocr_content.title, "Rapportering 2018 – Landsorganisasjonen")
    first, second = ocr_content.tables
    assert (first.page, second.page) == (1, 2)
    _assert_rows(first, PAGE1)
    _assert_rows(second, PAGE2)


def test_the_grid_drawn_only_in_pixels_is_found_by_camelot(ocr_content):
    # pdfplumber sees no lines in an OCR'd scan; a ruled table means camelot read the pixels.
    assert all(t.ruled and t.confidence >= 0.9 for t in ocr_content.tables)
    assert [t.rows[1][0] for t in ocr_content.tables] == ["2.2", "3.6"]


def test_scanned_pdf_outcome_is_converted_with_its_rows(tesseract_nor, scanned_pdf, matchers):
    document = Document(path=scanned_pdf, source_file="lo_2018.pdf", format="pdf", sha256="x",
                        size=scanned_pdf.stat().st_size)
    result = extract_document(document, matchers, ParseOptions(), 10**8)
    assert result.outcome == CONVERTED and result.converted_from == "skannet PDF, lest med OCR (Tesseract)"
    texts = [dict(r.raw.fields)["tiltak"] for r in result.rows]
    expected = [row[1] for row in PAGE1 + PAGE2]
    assert len(texts) == len(expected) and all(_alike(t, e) for t, e in zip(texts, expected)), texts
    # OCR misreads now and then: every row it gave goes to the reviewers.
    assert all(r.raw.confidence < Thresholds().parse for r in result.rows)


def test_a_page_the_scanner_turned_is_set_straight_and_every_row_read_once(tesseract_nor, drawn, tmp_path):
    # Turned by under a degree, the grid's rules no longer run level: read as they are, they cut slivers
    # (every row twice) and miss rules (two rows as one, a column lost).
    folder, pictures = drawn
    turned = [p.rotate(-0.7, resample=Image.Resampling.BICUBIC, fillcolor=255) for p in pictures]
    content = parse_pdf(_scan(turned, tmp_path / "skjev.pdf"), "skjev.pdf", ParseOptions())
    first, second = content.tables
    assert first.ruled and second.ruled
    _assert_rows(first, PAGE1)
    _assert_rows(second, PAGE2)


def test_the_angle_of_a_turned_page_is_found(drawn):
    from parsers.deskew import skew_angle

    _, pictures = drawn
    assert skew_angle(pictures[0]) == 0.0
    assert skew_angle(pictures[0].rotate(1.2, fillcolor=255)) == pytest.approx(-1.2, abs=0.1)


def test_blank_scan_says_ocr_found_nothing(tesseract_nor, tmp_path):
    blank = _scan([Image.new("L", (1654, 2339), 255)], tmp_path / "blank.pdf")
    content = parse_pdf(blank, "blank.pdf", ParseOptions())
    assert content.blocks == () and content.converted_from
    assert content.warnings == ("OCR fant ingen tekst i den skannede PDF-en; sjekk at skanningen er lesbar",)


def test_ocr_leaves_no_temporary_files(tesseract_nor, drawn, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _, pictures = drawn
    parse_pdf(_scan(pictures[1:], tmp_path / "side2.pdf"), "side2.pdf", ParseOptions())
    assert list(scratch.iterdir()) == []


def test_a_text_pdf_with_one_scanned_page_warns_about_that_page(drawn, tmp_path):
    """Only a PDF without any text is OCR'd; a scanned page among text pages is named in a warning."""
    folder, pictures = drawn
    text_page = folder / "original.pdf"
    scan = _scan(pictures[1:], tmp_path / "skann.pdf")
    mixed = pdfium.PdfDocument.new()
    for part in (text_page, scan):
        src = pdfium.PdfDocument(str(part))
        mixed.import_pages(src, pages=[0])
        src.close()
    mixed.save(str(tmp_path / "blandet.pdf"))
    mixed.close()
    content = parse_pdf(tmp_path / "blandet.pdf", "blandet.pdf", ParseOptions())
    assert not content.converted_from
    assert any(w.startswith("side 2 er skannet uten tekst og ble ikke lest") for w in content.warnings)


# ---------------------------------------------------------------------------------------------
# Images


def test_png_of_a_page(tesseract_nor, drawn, tmp_path):
    _, pictures = drawn
    png = tmp_path / "lo_2018.png"
    pictures[0].save(png, dpi=(SCAN_DPI, SCAN_DPI))
    content = parse_image(png, png.name, ParseOptions())
    assert content.converted_from == "bilde, lest med OCR (Tesseract)" and content.pages == 1
    (table,) = content.tables
    _assert_rows(table, PAGE1)


def test_jpeg_without_a_resolution_and_a_two_page_tiff(tesseract_nor, drawn, tmp_path):
    _, pictures = drawn
    jpeg = tmp_path / "side.jpg"
    pictures[1].convert("RGB").save(jpeg, quality=85)  # no dpi: the size of A4 is assumed
    (table,) = parse_image(jpeg, jpeg.name, ParseOptions()).tables
    _assert_rows(table, PAGE2)
    tiff = tmp_path / "rapport.tiff"
    pages = [p.copy() for p in pictures]
    pages[0].save(tiff, save_all=True, append_images=pages[1:], dpi=(SCAN_DPI, SCAN_DPI), compression="tiff_lzw")
    content = parse_image(tiff, tiff.name, ParseOptions())
    assert content.pages == 2 and [t.page for t in content.tables] == [1, 2]


def test_broken_image_is_damaged(tesseract_nor, drawn, tmp_path):
    _, pictures = drawn
    png = tmp_path / "hel.png"
    pictures[0].save(png)
    cut = tmp_path / "avkortet.png"
    cut.write_bytes(png.read_bytes()[:5000])
    with pytest.raises(DamagedFile, match="avkortet.png: bildet kan ikke leses"):
        parse_image(cut, cut.name, ParseOptions())


def test_registered_for_images():
    assert parser_for("image").parse is parse_image


# ---------------------------------------------------------------------------------------------
# Tesseract missing or too slow (fake tools: these run everywhere)


# A child process that hangs (found without PATH, which these tests empty).
SLEEP = f'"{sys.executable}" -c "import time; time.sleep(30)"'


def test_without_tesseract_a_scan_is_a_missing_tool(scanned_pdf, tmp_path, monkeypatch):
    empty = tmp_path / "tom-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(ToolMissing) as err:
        parse_pdf(scanned_pdf, "lo_2018.pdf", ParseOptions())
    assert str(err.value) == (
        "lo_2018.pdf: PDF-en er skannet og har ingen tekst, og Tesseract med norsk språkdata er ikke installert. "
        "Installer tesseract-ocr og tesseract-ocr-nor, eller be om en PDF med tekst"
    )


def test_without_tesseract_an_image_is_a_missing_tool(drawn, tmp_path, monkeypatch):
    _, pictures = drawn
    png = tmp_path / "lo.png"
    pictures[0].save(png)
    empty = tmp_path / "tom-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(ToolMissing, match=r"lo.png: filen er et bilde, som bare kan leses med OCR, og Tesseract med "
                                          r"norsk språkdata er ikke installert\. Installer tesseract-ocr"):
        parse_image(png, png.name, ParseOptions())


def test_tesseract_without_norwegian_is_a_missing_tool(scanned_pdf, monkeypatch, fake_tool):
    script = 'if [ "$1" = "--list-langs" ]; then printf "List of available languages (2):\\neng\\nosd\\n"; fi\n'
    monkeypatch.setenv("PATH", str(fake_tool("tesseract", script)))
    with pytest.raises(ToolMissing, match="Tesseract med norsk språkdata er ikke installert"):
        parse_pdf(scanned_pdf, "lo_2018.pdf", ParseOptions())


def test_a_page_tesseract_is_too_slow_on_is_stopped(scanned_pdf, monkeypatch, fake_tool):
    script = f'if [ "$1" = "--list-langs" ]; then printf "nor\\n"; exit 0; fi\n{SLEEP}\n'
    monkeypatch.setenv("PATH", str(fake_tool("tesseract", script)))
    started = time.perf_counter()
    with pytest.raises(TooHeavy, match="for tung å lese: Tesseract brukte mer enn 0.5 sekunder på side 1"):
        parse_pdf(scanned_pdf, "lo_2018.pdf", ParseOptions(ocr_page_timeout=0.5))
    assert time.perf_counter() - started < 10


def test_a_page_scanned_a_quarter_turned_is_turned_upright_before_it_is_read(tesseract_nor, drawn):
    # Round 46's Sametinget: a landscape table scanned on its side gave no row. Tesseract's orientation detection says
    # how far to turn it; the page is read upright, as the one scanned straight.
    folder, pictures = drawn
    turned = _scan([pictures[0].rotate(90, expand=True, fillcolor=255)], folder / "sametinget_2018.pdf")
    content = parse_pdf(turned, "sametinget_2018.pdf", ParseOptions())
    (table,) = content.tables
    _assert_rows(table, PAGE1)
