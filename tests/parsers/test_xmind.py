"""An XMind map read as a mind map is: topics as headings, labels as tag lines, notes as their text."""

from __future__ import annotations

import json
import zipfile

from parsers.detect import detect
from parsers.registry import ParseOptions
from parsers.xmind import parse_xmind
from pipeline.rows import content_to_rows


def _topic(title, children=(), labels=(), note=""):
    topic = {"id": title[:8], "class": "topic", "title": title, "children": {"attached": list(children)}}
    if labels:
        topic["labels"] = list(labels)
    if note:
        topic["notes"] = {"plain": {"content": note}}
    return topic


SHEETS = [{"id": "s1", "class": "sheet", "title": "KPR", "rootTopic": _topic("Unio – tiltak 2081", [
    _topic("1.3 Karriereveiledning", [
        _topic("Unio i Nasjonalt forum for karriereveiledning", [_topic("Ansvar: Unio")], ["Nettverk"],
               "Unio er fast medlem av forumet.")]),
    _topic("2.2", [_topic("EVU-undersøkelsen 2081", [_topic("Ansvar: Unio"), _topic("Med: Fafo")], ["Undersøkelse"],
                          "Spørreundersøkelse blant 5 000 medlemmer.")])])}]


def test_an_xmind_maps_topics_are_tiltak_under_their_delmal(tmp_path, matchers):
    # Unio's XMind map (round 55) was an archive of JSON files, read as none.
    path = tmp_path / "Unio KPR 2081.xmind"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.json", json.dumps(SHEETS, ensure_ascii=False))
        z.writestr("metadata.json", "{}")
        z.writestr("manifest.json", '{"file-entries": {}}')
    assert detect(path) == "xmind"
    content = parse_xmind(path, path.name, ParseOptions())
    assert content.title == "Unio – tiltak 2081"
    read = content_to_rows(content, path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("beskrivelse"))
            for r in read.rows] == [
        ("Unio i Nasjonalt forum for karriereveiledning", "1.3 Karriereveiledning", "[Nettverk]", "Unio",
         "Unio er fast medlem av forumet."),
        ("EVU-undersøkelsen 2081", "2.2", "[Undersøkelse]", "Unio", "Spørreundersøkelse blant 5 000 medlemmer.")]
