"""Shapes held-out round 57 showed the reader after its first look."""

from __future__ import annotations

from pathlib import Path

from parsers.content import Content, Paragraph, TableBlock
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.rows import content_to_rows
from tiltak_core.records import Document


def _extracted(path: Path, matchers):
    return extract_document(Document(path, path.name, path.suffix.lstrip("."), "x", path.stat().st_size), matchers,
                            ParseOptions(), 10**8)


def test_a_word_report_printed_with_its_markup_is_read_without_the_balloons(tmp_path, matchers):
    # Akademikerne's PDF (round 57), printed with «All markup»: the comment and deletion balloons in the shaded pane
    # ran into the lines beside them, and every tiltak was lost, quietly.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "Akademikerne rapport KPR 2081 (med markering).pdf"
    c = Canvas(str(path), pagesize=A4)
    width, height = A4
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(395, 0, width - 395, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, height - 60, "Akademikernes rapport til Kompetansepolitisk råd – 2081")
    y = height - 110
    for n, (title, particulars, who, text, balloon) in enumerate((
            ("Akademikernes representant i KBU", "Delmål 1.1 – rådsarbeid", "Ansvar: Akademikerne",
             "Akademikerne deltok i alle møtene i utvalget.", "Slettet: 3. Lønnsundersøkelsen 2080"),
            ("Rapport om videreutdanning i privat sektor", "Delmål 2.2 – utredning", "Ansvar: Akademikerne Med: Fafo",
             "Rapporten viser at akademikere i privat sektor får mindre videreutdanning.",
             "Kommentar [KH1]: Nytt tiltak lagt inn etter møtet i desember.")), 1):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, f"{n}. {title}")
        c.setFont("Helvetica", 10)
        for k, line in enumerate((particulars, who, text), 1):
            c.drawString(64, y - 14 * k, line)
        c.rect(405, y - 30, 180, 34, stroke=1, fill=0)
        c.drawString(410, y - 10, balloon[:40])
        c.drawString(410, y - 22, balloon[40:])
        y -= 90
    c.showPage()
    c.save()
    result = _extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Akademikernes representant i KBU", "Delmål 1.1", "rådsarbeid"),
        ("Rapport om videreutdanning i privat sektor", "Delmål 2.2", "utredning")]
    assert any("kommentarer og sporede endringer i margen" in w for w in result.warnings)


def test_a_heading_said_again_in_another_language_under_it_stays_the_title(matchers):
    # Sametinget's report (round 57): each block's Norwegian heading, a North Sámi subtitle, then «Strategimål: …».
    # The subtitle was read as the tiltak.
    blocks = [Paragraph(1, 1, "Sametingets rapport til Kompetansepolitisk råd 2081", "heading", 1)]
    for n, (title, sami, code, text) in enumerate((
            ("Samisk karriereveiledning i Finnmark", "Sámegielat karrierabagadus Finnmárkkus", "1.3",
             "Prosjektet gir veiledning på nordsamisk ved karrieresenteret i Karasjok."),
            ("Kartlegging av kompetansebehov i reindriften", "Boazodoalu gealbodárbbuid kárten", "2.2",
             "Samisk høgskole kartla hvilken kompetanse reindriftsutøvere trenger.")), 1):
        line = 10 * n
        blocks += [Paragraph(1, line, title, "heading", 2), Paragraph(1, line + 1, sami),
                   Paragraph(1, line + 2, f"Strategimål: {code}"), Paragraph(1, line + 3, text)]
    # One so set without its labels is a tiltak all the same, its delmål not given (asked, not passed over).
    blocks += [Paragraph(1, 40, "Kompetansepluss i samiske områder", "heading", 2),
               Paragraph(1, 41, "Gealbolasáhus sámi guovlluin"),
               Paragraph(1, 42, "Kursene i grunnleggende ferdigheter for voksne i reindrift er en del av ordningen.")]
    read = content_to_rows(Content(blocks=tuple(blocks)), "sametinget.pdf", matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("Samisk karriereveiledning i Finnmark", "1.3"), ("Kartlegging av kompetansebehov i reindriften", "2.2"),
        ("Kompetansepluss i samiske områder", "")]
