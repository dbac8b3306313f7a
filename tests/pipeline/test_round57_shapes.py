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
