"""PDFs drawn line by line where a test needs each line's font, size and place (slides, page breaks)."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

Line = tuple  # font, size, y from the page's foot, text; and x, where the line does not start at the page's


def draw_pages(path: Path, pages: list[list[Line]], pagesize: tuple[float, float] = A4, x: float = 60) -> Path:
    """Each page's lines drawn at `x` (or their own), one page after another."""
    c = Canvas(str(path), pagesize=pagesize)
    for page in pages:
        for font, size, y, text, *at in page:
            c.setFont(font, size)
            c.drawString(at[0] if at else x, y, text)
        c.showPage()
    c.save()
    return path
