"""A Scribus layout is read as its text frames, page by page and top to bottom: a name split over runs of several
fonts is one paragraph, a heading style's paragraph a heading, and each frame's measure a tiltak with its lines."""

from __future__ import annotations

from parsers.detect import detect
from parsers.registry import ParseOptions
from parsers.scribus import parse_scribus
from pipeline.rows import content_to_rows


def _frame(y: float, x: float, paragraphs: list[tuple[list[str], str]]) -> str:
    story = "".join("".join(f'<ITEXT CH="{run}"/>' for run in runs) + f'<para PARENT="{style}"/>'
                    for runs, style in paragraphs)
    return (f'<PAGEOBJECT XPOS="{x}" YPOS="{y}" OwnPage="0" PTYPE="4"><StoryText><DefaultStyle/>{story}'
            "</StoryText></PAGEOBJECT>")


LAYOUT = ('<?xml version="1.0" encoding="UTF-8"?><SCRIBUSUTF8NEW Version="1.5.8"><DOCUMENT ANZPAGES="1"><PAGE NUM="0"/>'
          '<PAGEOBJECT XPOS="460" YPOS="40" OwnPage="0" PTYPE="2" PFILE="logo.png"/>'
          + _frame(440, 140, [(["Samisk ", "karriere", "veiledning for voksne"], "Tiltak overskrift"),
                              (["Delmål:", " 1.3", " · ", "Type:", " Kurs"], "Fakta"),
                              (["Ansvar:", " Sametinget"], "Fakta"),
                              (["Kurs for rådgivere i samiske områder."], "Brødtekst")])
          + _frame(80, 140, [(["Sámediggi – Sametinget"], "Tittel"), (["Kompetanse 2081"], "Tittel")])
          + "</DOCUMENT></SCRIBUSUTF8NEW>")


def test_a_scribus_brochures_frames_are_read_top_to_bottom_and_give_the_measure(tmp_path, matchers):
    path = tmp_path / "Sametinget_KPR2081_brosjyre.sla"
    path.write_text(LAYOUT, encoding="utf-8")
    assert detect(path) == "scribus"
    content = parse_scribus(path, path.name, ParseOptions())
    assert [(b.text, b.kind) for b in content.blocks][:3] == [
        ("Sámediggi – Sametinget", "heading"), ("Kompetanse 2081", "heading"),
        ("Samisk karriereveiledning for voksne", "heading")]
    read = content_to_rows(content, path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Samisk karriereveiledning for voksne", "1.3", "Kurs", "Sametinget")]
