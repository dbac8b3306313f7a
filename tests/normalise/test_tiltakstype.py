"""Type matching: written types and their synonyms, and types inferred from the tiltak text."""

import pytest


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("FoU", "FoU"),
        ("Forskning og utvikling", "FoU"),
        ("Forsking og utvikling", "FoU"),
        ("Utredning", "FoU"),
        ("Kurs", "Kurs/utdanning"),
        ("Opplæring", "Kurs/utdanning"),
        ("Kurs/ utdanning", "Kurs/utdanning"),
        ("Råd/utvalg/ nettverk", "Råd/utvalg/nettverk"),
        ("Råd/utval/nettverk", "Råd/utvalg/nettverk"),
        ("Arbeidsgruppe", "Råd/utvalg/nettverk"),
        ("Prosjekter", "Prosjekt"),
        ("Kampanje", "Informasjon"),
        ("Konferanse", "Arrangement"),
        ("Seminar", "Arrangement"),
    ],
)
def test_written_type_and_synonyms(matchers, raw, expected):
    m = matchers.types.match(raw, "")
    assert m.value == expected and not m.inferred and m.confidence >= 0.85


@pytest.mark.parametrize(
    "tiltak, expected",
    [
        ("Forskningsrapport om etter- og videreutdanning blant sykepleiere", "FoU"),
        ("Seminar om kompetanse i klyngesamarbeid", "Arrangement"),
        ("Kurs i grunnleggende digitale ferdigheter for tillitsvalgte", "Kurs/utdanning"),
        ("Informasjonskampanje i sosiale medier om yrkesfag", "Informasjon"),
    ],
)
def test_type_inferred_from_text_is_marked_and_lower(matchers, tiltak, expected):
    m = matchers.types.match("", tiltak)
    assert m.value == expected and m.inferred
    assert 0 < m.confidence <= 0.7


def test_unknown_written_type_falls_back_to_inference(matchers):
    m = matchers.types.match("Annet", "Konferanse om lærlinger")
    assert m.value == "Arrangement" and m.inferred and "Annet" in m.evidence
