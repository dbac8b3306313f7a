"""Shared reportlab plumbing: deterministic documents, running header/footer with "Side N av M",
paragraph styles and tables built from plain strings.

Only the built-in Helvetica is used: it needs no font files and its WinAnsi encoding covers
æøå, en dash, «», the bullet and the superscript one that the reports use.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .model import Report, Stamp

PORTRAIT = A4
LANDSCAPE = landscape(A4)
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


def style(name: str, size: float = 10, leading: float | None = None, font: str = FONT, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, **kw)


BODY = style("body", 10, 14, spaceAfter=7)
SMALL = style("small", 7.5, 9.5, textColor=colors.HexColor("#333333"))
H1 = style("h1", 18, 23, BOLD, spaceAfter=10)
H2 = style("h2", 12.5, 16, BOLD, spaceBefore=10, spaceAfter=6)
H3 = style("h3", 10.5, 14, BOLD, spaceBefore=10, spaceAfter=5)
COVER_TITLE = style("cover_title", 24, 30, BOLD, alignment=TA_CENTER, spaceAfter=16)
COVER_SUB = style("cover_sub", 14, 19, alignment=TA_CENTER, spaceAfter=10)
COVER_META = style("cover_meta", 11, 15, alignment=TA_CENTER, spaceAfter=4)


def para(text: str, st: ParagraphStyle = BODY, **kw) -> Paragraph:
    """A paragraph from plain text (seed texts contain quotes and could contain '&' or '<')."""
    return Paragraph(escape(text), st, **kw)


def bullet(text: str, st: ParagraphStyle, mark: str = "•") -> Paragraph:
    return Paragraph(escape(text), st, bulletText=mark)


def _chrome_canvas(header: str, header_right: str, footer: str, first_page: int, size: float):
    """A canvas class that draws the running header and footer once the page count is known.

    Pages are buffered until save() so that "Side N av M" can name M; pages before first_page
    (the cover) get no chrome, as in the real reports.
    """

    class ChromeCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                if number >= first_page:
                    self._draw(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, size)
            self.setFillColor(colors.HexColor("#444444"))
            if header:
                self.drawString(2 * cm, height - 1.25 * cm, header)
                self.setStrokeColor(colors.HexColor("#999999"))
                self.setLineWidth(0.4)
                self.line(2 * cm, height - 1.4 * cm, width - 2 * cm, height - 1.4 * cm)
            if header_right:
                self.drawRightString(width - 2 * cm, height - 1.25 * cm, header_right)
            if footer:
                self.drawRightString(width - 2 * cm, 1.1 * cm, footer.format(n=number, m=total))
            self.restoreState()

    return ChromeCanvas


def build_pdf(path: Path, report: Report, stamp: Stamp, story: list, *, header: str = "",
              header_right: str = "", footer: str = "Side {n} av {m}", first_chrome_page: int = 1,
              pagesize=PORTRAIT, chrome_size: float = 8) -> None:
    """Build a deterministic PDF: invariant=1 fixes the document id and dates, so equal input
    gives equal bytes (a content-hash cache then sees variants as different files only by stamp)."""
    doc = SimpleDocTemplate(
        str(path), pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
        bottomMargin=2 * cm, title=report.title, author=report.author,
        subject=f"Rapportering til Kompetansepolitisk råd, ref. {stamp.ref}", creator=report.author,
        invariant=1,
    )
    chrome = _chrome_canvas(header, header_right, footer, first_chrome_page, chrome_size)
    doc.build(story, canvasmaker=chrome)


def cell_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
    """Body and header cell styles for a table font size. Orphans allowed: a cell split at a page end
    may leave a single line behind, as Word does (reportlab's default refuses and moves the row)."""
    return (style(f"cell{size}", size, size * 1.22, allowOrphans=1, allowWidows=1),
            style(f"head{size}", size, size * 1.22, BOLD))


def make_table(header: list[str], rows: list[list[str]], widths_cm: list[float], *, ruled: bool,
               size: float = 8.5, pad: float = 3.5, split_in_row: bool = False,
               extra: list | None = None) -> Table:
    """A table of wrapped Paragraph cells with the header repeated on every page.

    ruled: full GRID with a shaded header (the public-sector look); otherwise only a rule under
    the header, as borderless Word tables print. split_in_row lets reportlab break inside a row at
    a page end (Word's "allow row to break across pages"), which parsers must stitch back.
    """
    body, head = cell_styles(size)
    # Cells as one-element lists: reportlab splits a list cell at a page end, a bare Paragraph not reliably.
    data = [[[para(h, head)] for h in header]] + [[[para(c, body)] for c in row] for row in rows]
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    else:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    table = Table(data, colWidths=[w * cm for w in widths_cm], repeatRows=1,
                  splitByRow=0 if split_in_row else 1, splitInRow=1 if split_in_row else 0)
    table.setStyle(TableStyle(cmds + (extra or [])))
    return table


def title_block(report: Report, stamp: Stamp) -> list:
    """Title on the first page (the reports without a separate cover), with the variant's stamp."""
    out = [para(report.title, H1)]
    if report.subtitle:
        out.append(para(report.subtitle, H3))
    out.append(para(f"Dato: {stamp.date_long} – Ref.: {stamp.ref}", SMALL))
    out.append(Spacer(1, 0.5 * cm))
    return out
