"""A website's news feed (Atom or RSS) is read as a report of its entries: each entry's title over its fact box and
categories, then its words; a WordPress export, RSS of posts with their fields, stays an XML export."""

from __future__ import annotations

from parsers.detect import detect
from parsers.feed import parse_feed
from parsers.registry import ParseOptions
from pipeline.other_years import set_aside
from pipeline.rows import content_to_rows

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>Studieforbundet – nyheter merket rapport-2081</title>
  <entry>
    <title>Over 400 deltok på lesekursene i år</title>
    <category scheme="https://eksempel.no/kategori/strategi" term="delmal-3-4" label="Grunnleggende ferdigheter"/>
    <category scheme="https://eksempel.no/kategori/tiltakstype" term="kurs" label="Kurs"/>
    <category scheme="https://eksempel.no/tag" term="rapport-2081"/>
    <summary>Kursene samlet over 400 voksne.</summary>
    <content type="html">&lt;p&gt;Kursene samlet over 400 voksne.&lt;/p&gt;&lt;p&gt;De ble holdt i ti kommuner.&lt;/p&gt;
&lt;aside&gt;&lt;h4&gt;Fakta&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Tiltak: Lesekurs for voksne&lt;/li&gt;&lt;li&gt;Ansvarlig: Studieforbundet&lt;/li&gt;
&lt;li&gt;Samarbeid: Bibliotekene&lt;/li&gt;&lt;/ul&gt;&lt;/aside&gt;</content>
  </entry>
  <entry>
    <title>Ledig stilling: rådgiver</title>
    <category scheme="https://eksempel.no/tag" term="rapport-2081"/>
    <summary>Vi søker en rådgiver.</summary>
  </entry>
</feed>"""

WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>VOFO</title></channel></rss>"""


def test_an_atom_feeds_entry_gives_the_measure_its_fact_box_names_with_the_categories_delmal_and_type(tmp_path, matchers):
    path = tmp_path / "aktuelt_rapport-2081.xml"
    path.write_text(ATOM, encoding="utf-8")
    assert detect(path) == "feed"
    content = parse_feed(path, path.name, ParseOptions())
    texts = [b.text for b in content.blocks]
    # the tag every entry carries is left out; the slug «delmal-3-4» is read as the code it was made from
    assert "delmal: 3.4 Grunnleggende ferdigheter" in texts and not any("rapport-2081" in t for t in texts[1:])
    assert texts.count("Kursene samlet over 400 voksne.") == 1  # the article's lead is its summary again
    read = set_aside(content_to_rows(content, path.name, matchers), content.blocks, path.name, 2081,
                     matchers.catalogue.vocabulary)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"))
            for r in read.rows] == [("Lesekurs for voksne", "3.4 Grunnleggende ferdigheter", "Kurs", "Studieforbundet",
                                     "Bibliotekene")]


def test_a_wordpress_export_is_rss_but_stays_an_xml_export(tmp_path):
    path = tmp_path / "vofo.WordPress.xml"
    path.write_text(WXR, encoding="utf-8")
    assert detect(path) == "xml"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:kpr="https://eksempel.no/kpr"><channel><title>Tiltak 2081</title>
<item><title>Lesekurs for voksne</title><link>https://eksempel.no/1</link><pubDate>Mon, 01 Dec 2081 10:00:00 GMT</pubDate>
<kpr:delmal>3.4</kpr:delmal><kpr:ansvarlig>Studieforbundet</kpr:ansvarlig>
<description>Kurs i lesing for voksne i ti kommuner.</description></item></channel></rss>"""


def test_a_feeds_own_fields_in_a_namespace_of_its_own_are_read_not_lost(tmp_path, matchers):
    path = tmp_path / "tiltak-2081.rss"
    path.write_text(RSS, encoding="utf-8")
    assert detect(path) == "feed"
    content = parse_feed(path, path.name, ParseOptions())
    texts = [b.text for b in content.blocks]
    assert "delmal: 3.4" in texts and "ansvarlig: Studieforbundet" in texts and not any("GMT" in t for t in texts)
