"""A scanned report: a table drawn with reportlab, rendered to grey pixels and saved as a PDF of pictures.

Only faint grey rules run between the rows (a scanner or a copier loses them), the cells are narrow so
the header's words nearly touch, and in one delmål cell the comma of «1,3» is so light that OCR drops it.
Rendering and saving are deterministic (pdfium at a fixed resolution, Pillow with fixed dates).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Table, TableStyle
from xml.sax.saxutils import escape

from . import pdf_common as pc
from .model import Item, Report, Stamp

SCAN_DPI = 200
FAINT = colors.HexColor("#D4D4D4")
HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
FADED = "1.3"  # the delmål whose comma the scan loses


def _delmal_cell(code: str, faded: bool) -> str:
    first, second = code.split(".")
    comma = '<font color="#E6E6E6">,</font>' if faded else ","
    return f"{first}{comma}{second}"


def write_scan(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    body, head = pc.cell_styles(10)
    data = [[Paragraph(h, head) for h in HEADER]]
    for it in report.items:
        cells = [_delmal_cell(it.delmal, it.delmal == FADED), escape(it.tiltak), escape(it.shown_type),
                 escape(it.ansvarlig), escape(it.samarbeidspartnere)]
        data.append([Paragraph(c, body) for c in cells])
    table = Table(data, colWidths=[w * cm for w in (1.45, 6.0, 2.6, 3.1, 3.85)])
    # Only faint rules between the rows, no vertical lines: no grid for a table finder to see.
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, FAINT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = pc.title_block(report, stamp) + [
        pc.para("Fylkeskommunen rapporterer her sine tiltak for 2020. Skjemaet er fylt ut for hånd og skannet. "
                + stamp.sentence()),
        table,
    ]
    with tempfile.TemporaryDirectory(prefix="tiltak-scan-") as tmp:
        drawn = Path(tmp) / "drawn.pdf"
        pc.build_pdf(drawn, report, stamp, story, footer="")
        pictures = _render(drawn)
    when = time.struct_time((stamp.day.year, stamp.day.month, stamp.day.day, 9, 0, 0, 0, 1, 0))
    pictures[0].save(path, "PDF", resolution=SCAN_DPI, save_all=True, append_images=pictures[1:],
                     title="", creationDate=when, modDate=when)
    return list(report.items)


def _render(pdf: Path) -> list:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[i].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().copy() for i in range(len(document))]
    finally:
        document.close()


WRITERS = {"2020_scan": write_scan}
