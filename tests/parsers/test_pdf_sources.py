"""The pdfium page source gives what the pdfminer one gave, block for block, on every sample PDF and on
every sample Word report exported to PDF by LibreOffice (as members' PDFs are made); and what pdfium
sees of a page (rotation, crop box, forms) is placed as pdfplumber places it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsers import pdf_pdfium, pdf_pdfminer
from parsers.pdf_reader import read_text_pdf
from parsers.registry import ParseOptions

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDFS = sorted(ROOT.glob("samples/20*/*.pdf"))


def _differences(path: Path) -> list[str]:
    options = ParseOptions()
    new = read_text_pdf(path, path.name, options, "pdfium")
    old = read_text_pdf(path, path.name, options, "pdfminer")
    found = [f"{path.name}: {field}" for field in ("pages", "title", "warnings") if getattr(new, field) != getattr(old, field)]
    if len(new.blocks) != len(old.blocks):
        found.append(f"{path.name}: {len(new.blocks)} blocks, not {len(old.blocks)}")
    found += [f"{path.name}: {a!r} != {b!r}" for a, b in zip(new.blocks, old.blocks) if a != b]
    return found


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_sample_pdf_reads_the_same_through_pdfium(path):
    assert _differences(path) == []


def test_libreoffice_exports_read_the_same_through_pdfium(exported_pdfs):
    assert [d for path in exported_pdfs.values() for d in _differences(path)] == []


def _both(path: Path):
    document = pdf_pdfium.open_document(path, path.name, None)
    try:
        new = next(pdf_pdfium.pages(document, path.name))
    finally:
        document.close()
    with open(path, "rb") as stream:
        old = next(pdf_pdfminer.pages(pdf_pdfminer.open_document(stream, path.name, None), path.name))
    return new, old


def _edges(page) -> list[tuple]:
    return sorted((e["orientation"], round(e["x0"], 1), round(e["top"], 1), round(e["x1"], 1), round(e["bottom"], 1))
                  for e in page.edges)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_rotated_page_words_and_lines_sit_where_pdfplumber_puts_them(tmp_path, rotation):
    path = tmp_path / f"rotated{rotation}.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setPageRotation(rotation)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 700, "Vannrett tekst")
    canvas.line(50, 650, 300, 650)
    canvas.rect(60, 500, 100, 50)
    canvas.saveState()
    canvas.translate(300, 300)
    canvas.rotate(90)
    canvas.drawString(0, 0, "Loddrett tekst")
    canvas.restoreState()
    canvas.beginForm("skjema")
    canvas.line(10, 10, 10, 100)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(20, 20, "I skjema")
    canvas.endForm()
    canvas.saveState()
    canvas.translate(200, 100)
    canvas.doForm("skjema")
    canvas.restoreState()
    canvas.save()
    new, old = _both(path)
    assert (round(new.width), round(new.height)) == (round(old.width), round(old.height))
    assert _edges(new) == _edges(old)
    words = lambda page: sorted((w.text, round(w.x0, 1), round(w.x1, 1), w.bold) for w in page.words)  # noqa: E731
    assert words(new) == words(old)
    assert all(abs(a.yc - b.yc) <= 1.0 for a, b in zip(sorted(new.words, key=lambda w: w.text),
                                                        sorted(old.words, key=lambda w: w.text)))


def test_crop_box_is_the_page_pdfium_reads(tmp_path):
    # pdfplumber measures from the media box and keeps what lies outside the crop box; the page
    # as displayed starts at the crop box and shows only what is inside it.
    path = tmp_path / "cropped.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 700, "Synlig")
    canvas.drawString(100, 40, "Utenfor")
    canvas.setCropBox((20, 100, 500, 800))
    canvas.save()
    new, old = _both(path)
    assert (new.width, new.height) == pytest.approx((480, 700))
    assert [w.text for w in new.words] == ["Synlig"]
    assert {w.text for w in old.words} == {"Synlig", "Utenfor"}
    mine, theirs = new.words[0], next(w for w in old.words if w.text == "Synlig")
    assert (mine.x0 + 20, mine.top + (842 - 800)) == pytest.approx((theirs.x0, theirs.top), abs=0.5)


def test_a_filled_in_form_fields_values_are_read_where_they_stand(tmp_path):
    # Held-out round 47: YS's filled-in reporting form kept every answer in its form fields; the page's text was only
    # the labels («Navn på tiltaket»), and five labels were read as tiltak with nothing said.
    path = tmp_path / "skjema.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 700, "Navn på tiltaket")
    canvas.acroForm.textfield(name="navn", value="Kurs i digital kompetanse for tillitsvalgte", x=200, y=692, width=300,
                              height=18, fontSize=10, borderWidth=0)
    canvas.drawString(60, 670, "Delmål")
    canvas.acroForm.textfield(name="delmal", value="2.1", x=200, y=662, width=60, height=18, fontSize=10, borderWidth=0)
    canvas.save()
    content = read_text_pdf(path, path.name, ParseOptions())
    text = " ".join(str(b) for b in content.blocks)
    assert "Kurs i digital kompetanse for tillitsvalgte" in text and "2.1" in text
    (page,) = list(pdf_pdfium.pages(pdf_pdfium.open_document(path, path.name, None), path.name))
    label = next(w for w in page.words if w.text == "Navn")
    value = next(w for w in page.words if w.text == "Kurs")
    assert abs(label.yc - value.yc) <= 3.0 and value.x0 > 190  # on the label's line, in the field
