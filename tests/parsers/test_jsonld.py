"""Structured data in JSON-LD (schema.org) read as one table of the activities its graph describes."""

from __future__ import annotations

import json

from parsers.registry import ParseOptions
from parsers.data_files import parse_json
from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings

GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "NGO", "@id": "#unio", "name": "Unio"},
        {"@type": "DefinedTermSet", "@id": "#mål", "name": "Delmål i strategien", "hasDefinedTerm": [
            {"@type": "DefinedTerm", "@id": "#dm-2.4", "termCode": "2.4", "name": "Etter- og videreutdanning"},
            {"@type": "DefinedTerm", "@id": "#dm-1.4", "termCode": "1.4", "name": "Utdanning og arbeidsliv"}]},
        {"@type": "Course", "@id": "#vu", "name": "Videreutdanning i veiledning for sykepleiere",
         "additionalType": "Kurs", "about": {"@id": "#dm-2.4"}, "provider": {"@id": "#unio"},
         "funder": [{"@type": "Organization", "name": "HK-dir"}, {"@type": "Organization", "name": "KS"}],
         "hasCourseInstance": {"@type": "CourseInstance", "startDate": "2076-01-10", "endDate": "2076-06-20"},
         "description": "Deltidsstudium på 15 studiepoeng; 120 deltakere."},
        {"@type": "Event", "@id": "#konf", "name": "Praksiskonferansen 2076", "startDate": "2076-10-02",
         "eventStatus": "https://schema.org/EventScheduled", "about": "Samarbeid mellom utdanning og arbeidsliv",
         "organizer": {"@id": "#unio"}, "description": "Konferanse om praksis i helseutdanningene."},
        {"@type": "Event", "@id": "#neste", "name": "Praksiskonferansen 2077", "startDate": "2077-10-01",
         "eventStatus": "https://schema.org/EventScheduled", "organizer": {"@id": "#unio"}},
    ],
}


def test_a_schema_org_graph_gives_its_activities_with_their_links_resolved(tmp_path):
    path = tmp_path / "unio-kpr-2076.jsonld"
    path.write_text(json.dumps(GRAPH, ensure_ascii=False), encoding="utf-8")
    (table,) = parse_json(path, path.name, ParseOptions()).tables
    assert table.rows[0] == ("Tiltak", "Type", "Delmål", "Ansvarlig", "Samarbeidspartnere", "Startdato", "Sluttdato",
                             "Status", "Beskrivelse")
    # The organisation and the terms are values, no rows; a course's dates stand in its instance.
    assert table.rows[1] == ("Videreutdanning i veiledning for sykepleiere", "Kurs", "2.4 Etter- og videreutdanning",
                             "Unio", "HK-dir, KS", "2076-01-10", "2076-06-20", "", "Deltidsstudium på 15 studiepoeng; "
                             "120 deltakere.")
    assert [r[0] for r in table.rows[1:]] == ["Videreutdanning i veiledning for sykepleiere", "Praksiskonferansen 2076",
                                              "Praksiskonferansen 2077"]


def test_a_schema_org_graph_s_rows_take_their_delmal_and_next_year_s_event_is_set_aside(tmp_path):
    inbox = tmp_path / "inn"
    inbox.mkdir()
    (inbox / "unio-kpr-2076.jsonld").write_text(json.dumps(GRAPH, ensure_ascii=False), encoding="utf-8")
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2076, cache=False))
    assert [(r["tiltak"], r["delmal"]) for r in read_csv(tmp_path / "ut" / "extracted.csv")] == [
        ("Videreutdanning i veiledning for sykepleiere", "2.4"), ("Praksiskonferansen 2076", "1.4")]
    assert [s.text for d in result.documents for s in d.skipped] == ["Praksiskonferansen 2077"]
