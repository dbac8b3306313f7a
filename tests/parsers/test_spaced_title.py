"""A title set in large type with its words spaced wide (a scan's text layer, a designer's tracking): a title, not the
header of a borderless table. Read as a table (round 51's Trøndelag and Unio scans), the measure under it was lost."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.content import Paragraph
from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions


def test_a_title_whose_word_spaces_pass_for_column_gaps_is_read_as_a_title(tmp_path):
    path = tmp_path / "Trondelag_2071.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("Helvetica", 14)  # a scan's text layer knows no bold
    x, starts = 72.0, []
    for word in ("DigiTrøndelag", "– digitale", "ferdigheter", "i små", "bedrifter"):
        page.drawString(x, 700, word)
        starts.append(x)
        x += page.stringWidth(word, "Helvetica", 14) + 14  # a space a full em wide
    # The tags under it happen to start where the title's second and third words do.
    page.setFont("Helvetica", 10)
    for at, tag in zip(starts, ("Strategimål 2.1", "Kursrekke")):
        page.drawString(at, 684, tag)
    page.drawString(72, 672, "Ansvar: Seksjon for kompetanse")
    page.drawString(72, 652, "Korte, praktiske kurs i digital drift og datasikkerhet for små bedrifter.")
    page.save()
    content = parse_pdf(path, path.name, ParseOptions())
    assert not content.tables
    texts = [b.text for b in content.blocks if isinstance(b, Paragraph)]
    assert "DigiTrøndelag – digitale ferdigheter i små bedrifter" in texts
