"""A booklet printed two pages to a sheet: each sheet cut in its halves, read in the order of the printed numbers."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions

PAGES = {
    1: ["Virke · Kompetanse 2097", "Tiltak i kompetansestrategien"],
    2: ["Forord", "Her er det Virke gjorde i 2097 for å følge opp strategien."],
    3: ["Netthandelsskolen", "Kursrekke i netthandel for ansatte i små butikker; 640 deltakere.",
        "Delmål 2.1 · Kursrekke"],
    4: ["Kontakt", "Virke, Postboks 2900 Solli, 0230 Oslo"],
}


def _booklet(path: Path, sheets: list[tuple[int, int]], numbered: bool = True) -> Path:
    """Sheets of two A5 pages side by side, each with its lines and its page number at the foot."""
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height), invariant=True)
    for pair in sheets:
        for side, number in enumerate(pair):
            left = side * width / 2
            y = height - 60
            for n, line in enumerate(PAGES[number]):
                pdf.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 13 if n == 0 else 10)
                pdf.drawString(left + 40, y, line)
                y -= 22
            if numbered:
                pdf.setFont("Helvetica", 9)
                pdf.drawString(left + width / 4, 30, str(number))
        pdf.showPage()
    pdf.save()
    return path


def _texts(path: Path) -> list[str]:
    content = parse_pdf(path, path.name, ParseOptions())
    return [p.text for p in content.paragraphs]


def test_a_saddle_stitched_booklet_is_read_page_by_page_in_its_printed_order(tmp_path):
    # Word's book fold prints 4|1 on the first sheet and 2|3 on the second: read across, the back cover's lines ran
    # into the title's, and the pages came 4, 1, 2, 3.
    texts = _texts(_booklet(tmp_path / "hefte.pdf", [(4, 1), (2, 3)]))
    assert texts.index("Tiltak i kompetansestrategien") < texts.index("Forord") < texts.index("Netthandelsskolen") \
        < texts.index("Kontakt")
    assert not any("Kontakt" in t and "Virke · Kompetanse" in t for t in texts)
    content = parse_pdf(tmp_path / "hefte.pdf", "hefte.pdf", ParseOptions())
    assert any("hefte trykt med to sider på hvert ark" in w for w in content.warnings)


def test_landscape_pages_whose_numbers_fit_no_imposition_are_read_as_they_stand(tmp_path):
    path = _booklet(tmp_path / "liggende.pdf", [(3, 1), (2, 4)])
    content = parse_pdf(path, path.name, ParseOptions())
    assert not any("hefte" in w for w in content.warnings)
