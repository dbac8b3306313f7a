"""reportlab helpers shared by the PDF modules of round 55 (fonts, wrapping, invariant canvases)."""
from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .common import DEJAVU, DEJAVU_B, DEJAVU_I

_DONE = False


def fonts() -> None:
    global _DONE
    if _DONE:
        return
    for name, path in (("DV", DEJAVU), ("DV-B", DEJAVU_B), ("DV-I", DEJAVU_I)):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    _DONE = True


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w).strip()
            if width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def new_canvas(pagesize, title: str, author: str, creator: str, producer: str | None = None):
    from reportlab.pdfgen import canvas
    fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    return c, buf


def draw_lines(c, x: float, y: float, lines: list[str], font: str, size: float, lead: float | None = None) -> float:
    lead = lead or size * 1.3
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


def pdf_text(data: bytes) -> str:
    import pdfplumber
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
    return "\n".join(out)
