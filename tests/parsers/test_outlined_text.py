"""A PDF whose type was converted to outlines (a design program's «convert text to curves»): no text layer and no
picture, only curves. Its pages are read with OCR, as a scan's are; before, the run said «ingen tekst»."""

from __future__ import annotations

from pathlib import Path

from matplotlib.font_manager import FontProperties
from matplotlib.path import Path as Curve
from matplotlib.textpath import TextPath
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.match import match_rows
from tiltak_core.records import Document

LINES = [(16, "YS – tiltak 2071"),
         (12, "Kurs i digital kompetanse for tillitsvalgte"), (10, "Delmål: 2.1"), (10, "Type: Kurs"),
         (10, "Ansvar: YS"),
         (12, "Nettverk for karriereveiledere"), (10, "Delmål: 1.3"), (10, "Type: Nettverk"), (10, "Ansvar: YS Stat")]


def _outlined_pdf(path: Path) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 80
    for size, text in LINES:
        outline, at = page.beginPath(), (0.0, 0.0)
        for points, code in TextPath((70, y), text, size=size, prop=FontProperties(family="DejaVu Sans")).iter_segments():
            if code == Curve.MOVETO:
                outline.moveTo(*points)
            elif code == Curve.LINETO:
                outline.lineTo(*points)
            elif code == Curve.CURVE3:  # a quadratic curve, as the cubic that draws it
                (cx, cy), (ex, ey) = points[:2], points[2:]
                outline.curveTo(at[0] + 2 * (cx - at[0]) / 3, at[1] + 2 * (cy - at[1]) / 3,
                                ex + 2 * (cx - ex) / 3, ey + 2 * (cy - ey) / 3, ex, ey)
            elif code == Curve.CURVE4:
                outline.curveTo(*points)
            elif code == Curve.CLOSEPOLY:
                outline.close()
            if code != Curve.CLOSEPOLY:
                at = (points[-2], points[-1])
        page.drawPath(outline, stroke=0, fill=1)
        y -= size * 3.5
    page.save()
    return path


def test_a_pdf_whose_text_is_drawn_as_outlines_is_read_with_ocr(tesseract_nor, matchers, tmp_path):
    path = _outlined_pdf(tmp_path / "YS_tiltak_2071.pdf")
    result = extract_document(Document(path, path.name, "pdf", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    # OCR of small type loses the colon after «Delmål» and the full stop in «2.1»: the form's other labels give the
    # colon back, and the catalogue the code.
    assert [(t.row.raw.get("tiltak"), t.delmal.value) for t in match_rows(list(result.rows), matchers)] == [
        ("Kurs i digital kompetanse for tillitsvalgte", "2.1"), ("Nettverk for karriereveiledere", "1.3")]
    assert any("OCR" in w for w in result.warnings)
