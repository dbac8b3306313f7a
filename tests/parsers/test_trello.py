"""A Trello board's JSON export is read as the board shows it: each open card a row of its name, its list, its
labels and custom fields by name, and its description; ids are never words, and a card without a label has no
delmål of the card above."""

from __future__ import annotations

import json

from parsers.registry import ParseOptions
from parsers.data_files import parse_json
from pipeline.other_years import set_aside
from pipeline.rows import content_to_rows

TYPE_FIELD, KURS, NETTVERK = "a1" * 12, "b2" * 12, "c3" * 12
BOARD = {
    "id": "f" * 24, "name": "KPR-rapportering 2081", "desc": "", "closed": False,
    "labelNames": {"green": "DM 2.4"},
    "lists": [{"id": "1" * 24, "name": "Gjennomført 2081", "closed": False, "pos": 2},
              {"id": "2" * 24, "name": "Avsluttet 2080", "closed": False, "pos": 3},
              {"id": "3" * 24, "name": "Gammelt", "closed": True, "pos": 1}],
    "labels": [{"id": "4" * 24, "name": "DM 2.4", "color": "green"}, {"id": "5" * 24, "name": "Viktig", "color": "red"}],
    "customFields": [
        {"id": TYPE_FIELD, "name": "Type tiltak", "type": "list",
         "options": [{"id": KURS, "value": {"text": "Kurs"}}, {"id": NETTVERK, "value": {"text": "Nettverk"}}]},
        {"id": "d4" * 12, "name": "Ansvarlig", "type": "text"}],
    "cards": [
        {"id": "6" * 24, "name": "Bransjeprogram for handel", "idList": "1" * 24, "closed": False, "pos": 1,
         "idLabels": ["4" * 24, "5" * 24], "desc": "Kurs for ansatte i butikk.",
         "customFieldItems": [{"idCustomField": TYPE_FIELD, "idValue": KURS},
                              {"idCustomField": "d4" * 12, "value": {"text": "Virke Handel"}}]},
        {"id": "7" * 24, "name": "Send rapporten innen 31. januar", "idList": "1" * 24, "closed": False, "pos": 2,
         "idLabels": [], "desc": "Rutine.", "customFieldItems": []},
        {"id": "8" * 24, "name": "Undersøkelse om lærlinger", "idList": "2" * 24, "closed": False, "pos": 1,
         "idLabels": ["4" * 24], "desc": "", "customFieldItems": [{"idCustomField": TYPE_FIELD, "idValue": NETTVERK}]},
        {"id": "9" * 24, "name": "Webinar – avlyst", "idList": "1" * 24, "closed": True, "pos": 3, "idLabels": []},
        {"id": "0" * 24, "name": "Kort i arkivert liste", "idList": "3" * 24, "closed": False, "pos": 1, "idLabels": []}],
    "actions": [{"type": "commentCard", "data": {"text": "Husk tallene", "card": {"id": "6" * 24}}}],
    "checklists": [], "members": [],
}


def test_a_trello_boards_cards_are_rows_of_their_list_labels_and_fields_by_name(tmp_path, matchers):
    path = tmp_path / "xQk3aB9z - virke-kpr-2081.json"
    path.write_text(json.dumps(BOARD, ensure_ascii=False), encoding="utf-8")
    content = parse_json(path, path.name, ParseOptions())
    assert content.warnings == ("2 arkiverte kort (eller kort i arkiverte lister) er ikke lest",)
    assert content.tables[0].rows == (
        ("Navn", "Status", "Etiketter", "Type tiltak", "Ansvarlig", "Beskrivelse"),
        ("Bransjeprogram for handel", "Gjennomført 2081", "DM 2.4; Viktig", "Kurs", "Virke Handel",
         "Kurs for ansatte i butikk."),
        ("Send rapporten innen 31. januar", "Gjennomført 2081", "", "", "", "Rutine."),
        ("Undersøkelse om lærlinger", "Avsluttet 2080", "DM 2.4", "Nettverk", "", ""))
    read = set_aside(content_to_rows(content, path.name, matchers), content.blocks, path.name, 2081,
                     matchers.catalogue.vocabulary)
    # the list «Avsluttet 2080» sets its card aside; the routine card has no delmål, not the one above's
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in read.rows] == [
        ("Bransjeprogram for handel", "DM 2.4; Viktig", "Kurs"), ("Send rapporten innen 31. januar", "", "")]
    assert [s.text for s in read.skipped] == ["Undersøkelse om lærlinger"]
