"""Shapes held-out round 54 showed the reader after its first look."""

from __future__ import annotations

from parsers.text import markdown_blocks
from parsers.content import Content
from pipeline.rows import content_to_rows


def test_a_status_line_among_a_headings_labelled_lines_is_neither_its_title_nor_lost(matchers):
    # «Status: Pågår» over «Delmål: 2.1» under a heading became the tiltak's name, the heading's own lost.
    _, blocks = markdown_blocks("# Plan\n\n## Sertifisering for kuldeteknikk\n\nStatus: Pågår\n\nDelmål: 2.1\n\n"
                                "Tre kurs i nye kuldemedier.\n\n## Bransjeskule\n\n[kurs]\n\nStatus: Ferdig\n\n"
                                "Delmål: 2.4\n\nAnsvarleg: Fagforbundet Teknikk\n\nTekst her.\n")
    read = content_to_rows(Content(blocks=tuple(blocks)), "teknikk.md", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), dict(r.extra).get("Status")) for r in read.rows] == [
        ("Sertifisering for kuldeteknikk", "2.1", "", "Pågår"), ("Bransjeskule", "2.4", "[kurs]", "Ferdig")]

