"""The held-out round's PDFs drawn with reportlab (invariant: same bytes on every build).

- two_columns: a newsletter page in two text columns under a full-width title, items run on from
  column to column, prose before and after them (YS).
- scanned_table: a Nynorsk table page rendered at 200 dpi, turned a little, speckled and saved as an
  image-only PDF, as a scanner gives it (Troms og Finnmark).
- lecture_notes: unrelated lecture notes with section numbers like delmål (no report; no truth rows).
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from .model import Item, Report

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
SCAN_SEED = 2021


def _fonts() -> tuple[str, str]:
    if "HoldSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("HoldSans", DEJAVU + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("HoldSans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))
    return "HoldSans", "HoldSans-Bold"


def _style(name: str, font: str, size: float, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=kw.pop("leading", size * 1.3), **kw)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _meta(doc, report: Report) -> None:
    doc.title, doc.author, doc.subject, doc.creator = report.title, report.author, "", "Microsoft Word"


# ------------------------------------------------------------------ YS: two columns
def two_columns(report: Report, path: Path) -> list[Item]:
    regular, bold = _fonts()
    body = _style("body", regular, 9, alignment=TA_JUSTIFY, spaceAfter=5)
    head = _style("head", bold, 10, spaceBefore=6, spaceAfter=3, textColor=colors.HexColor("#1F4E79"))
    title = _style("title", bold, 20, leading=24, spaceAfter=4, textColor=colors.HexColor("#1F4E79"))
    ingress = _style("ingress", regular, 10.5, leading=14)
    item_style = _style("item", regular, 9, leftIndent=9, firstLineIndent=-9, spaceAfter=4)
    extra = report.extra

    w, h = A4
    margin, gutter, top_h = 1.8 * cm, 0.8 * cm, 3.6 * cm
    col_w = (w - 2 * margin - gutter) / 2
    col_h1 = h - 2 * margin - top_h
    first = PageTemplate("first", [
        Frame(margin, h - margin - top_h, w - 2 * margin, top_h, id="top", showBoundary=0),
        Frame(margin, margin, col_w, col_h1, id="c1"),
        Frame(margin + col_w + gutter, margin, col_w, col_h1, id="c2")])
    later = PageTemplate("later", [
        Frame(margin, margin, col_w, h - 2 * margin, id="l1"),
        Frame(margin + col_w + gutter, margin, col_w, h - 2 * margin, id="l2")])
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[first, later], invariant=1)
    _meta(doc, report)

    story = [Paragraph(_esc(report.title), title), Paragraph(_esc(extra["ingress"]), ingress),
             NextPageTemplate("later"), FrameBreak()]
    story += [Paragraph(_esc(p), body) for p in extra["prose_before"]]
    story.append(Paragraph("Tiltak i 2021", head))
    current = None
    for it in report.items:
        if it.delmal != current:
            current = it.delmal
            story.append(Paragraph(f"Delmål {it.delmal}", _style("dm", bold, 9, spaceBefore=4)))
        story.append(Paragraph(f"\u25aa {_esc(it.tiltak)}. Type: {_esc(it.shown_type)}.", item_style))
    story.append(Paragraph("Veien videre", head))
    story += [Paragraph(_esc(p), body) for p in extra["prose_after"]]
    doc.build(story)
    return [it.without("ansvarlig", "partnere") for it in report.items]


# ------------------------------------------------------------------ Troms og Finnmark: a scan
def _table_page(report: Report, path: Path) -> None:
    """The page before it was printed and scanned (Helvetica, a ruled table)."""
    extra = report.extra
    base = _style("b", "Helvetica", 10.5, leading=14)
    cell = _style("c", "Helvetica", 10, leading=12.5)
    head = _style("h", "Helvetica-Bold", 10, leading=12.5)
    rows = [[Paragraph(t, head) for t in ("Delmål", "Tiltak", "Type", "Ansvarleg", "Samarbeids-<br/>partnarar")]]
    rows += [[Paragraph(it.delmal, cell), Paragraph(_esc(it.tiltak), cell), Paragraph(_esc(it.shown_type), cell),
              Paragraph(_esc(it.ansvarlig), cell), Paragraph(_esc(it.partnere), cell)] for it in report.items]
    table = Table(rows, colWidths=[1.5 * cm, 6.2 * cm, 2.4 * cm, 3.3 * cm, 3.4 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = [Paragraph("Troms og Finnmark fylkeskommune", _style("t0", "Helvetica-Bold", 15, leading=19)),
             Paragraph("Romsa ja Finnmárkku fylkkasuohkan", base), Spacer(1, 14),
             Paragraph(_esc(report.title), _style("t1", "Helvetica-Bold", 12.5, leading=16)), Spacer(1, 8),
             Paragraph(_esc(extra["intro"]), base), Spacer(1, 12), table, Spacer(1, 18),
             Paragraph("Med helsing", base), Paragraph("Fylkesdirektør for utdanning og kompetanse", base)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                      bottomMargin=2 * cm, invariant=1).build(story)


def _scanner(png: Path) -> bytes:
    """A page as a sheet-feed scanner returns it: turned by a fraction of a degree, greyish paper,
    speckles, soft edges; JPEG."""
    page = Image.open(png).convert("L")
    page = page.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rng = np.random.default_rng(SCAN_SEED)
    pixels = np.asarray(page, dtype=np.float32) * 0.93 + 8
    pixels += rng.normal(0.0, 9.0, pixels.shape)
    specks = rng.random(pixels.shape) < 0.0007
    pixels[specks] = 40
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=55, optimize=False)
    return out.getvalue()


def scanned_table(report: Report, path: Path) -> list[Item]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "side.pdf"
        _table_page(report, source)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(source),
                        str(Path(tmp) / "side")], check=True, timeout=120)
        jpeg = _scanner(Path(tmp) / "side.png")
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle("")  # a scanner names nothing
    pdf.setAuthor("")
    pdf.setCreator("Skanner – Canon iR-ADV C5535")
    pdf.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return list(report.items)


# ------------------------------------------------------------------ not a report
def lecture_notes(report: Report, path: Path) -> list[Item]:
    base = _style("b", "Times-Roman", 11, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = _style("h1", "Times-Bold", 14, leading=18, spaceBefore=10, spaceAfter=4)
    h2 = _style("h2", "Times-Bold", 12, leading=16, spaceBefore=6, spaceAfter=3)
    bullet = _style("li", "Times-Roman", 11, leading=15, leftIndent=14, firstLineIndent=-10)
    story = [Paragraph(_esc(report.title), _style("t", "Times-Bold", 17, leading=22)),
             Paragraph("Forelesning 4 – Utdanningspolitikk og arbeidsliv (EVU-emne, 10 studiepoeng)", base)]
    for heading, level, paragraphs, points in report.extra["sections"]:
        story.append(Paragraph(_esc(heading), h1 if level == 1 else h2))
        story += [Paragraph(_esc(p), base) for p in paragraphs]
        story += [Paragraph("– " + _esc(p), bullet) for p in points]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, invariant=1)
    _meta(doc, report)
    doc.build(story)
    return []
