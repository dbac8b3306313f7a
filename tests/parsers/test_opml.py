"""An outliner's OPML export read as a mind map is: nested headings, each bullet's note its text, hashtags tags, a
year's hashtag the year the item is filed under."""

from __future__ import annotations

from parsers.detect import detect
from parsers.opml import parse_opml
from parsers.registry import ParseOptions
from pipeline.other_years import set_aside
from pipeline.rows import content_to_rows

OUTLINE = """<?xml version="1.0"?>
<opml version="2.0"><head><title>Kompetanseforbundet – tiltak 2081</title></head><body>
<outline text="2.4 Koble kompetansebehov til utdanningstilbud">
  <outline text="Veileder for kompetansekartlegging #informasjon" _note="Maler for små bedrifter.">
    <outline text="Ansvar: Kompetanseforbundet" /><outline text="Med: NHO, Virke" />
  </outline>
  <outline text="Kompetanseprisen 2080 #arrangement #2080" _complete="true" _note="Ferdig.">
    <outline text="Ansvar: Kompetanseforbundet" />
  </outline>
</outline></body></opml>"""


def test_an_outliners_bullets_are_tiltak_with_their_notes_and_tags(tmp_path, matchers):
    # Fagskolerådet's Workflowy export (round 55): read as any XML, each outline element a record of attributes.
    path = tmp_path / "Kompetanseforbundet 2081.opml"
    path.write_text(OUTLINE, encoding="utf-8")
    assert detect(path) == "opml"
    content = parse_opml(path, path.name, ParseOptions())
    assert content.title == "Kompetanseforbundet – tiltak 2081"
    read = set_aside(content_to_rows(content, path.name, matchers), content.blocks, path.name, 2081,
                     matchers.catalogue.vocabulary)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"),
             r.get("beskrivelse")) for r in read.rows] == [
        ("Veileder for kompetansekartlegging", "2.4 Koble kompetansebehov til utdanningstilbud", "[informasjon]",
         "Kompetanseforbundet", "NHO, Virke", "Maler for små bedrifter.")]
    assert [s.text for s in read.skipped] == ["Kompetanseprisen 2080"]
