"""Years told in words: «i fjor», «neste år» and «i år» against the report's year."""

import pytest

from pipeline.told_years import told_elsewhere


@pytest.mark.parametrize("text, status, doubt", [
    ("Nettverket ble avsluttet i fjor etter tre år.", True, False),
    ("Vart halden i fjor og er ikkje gjenteken i 2083.", True, False),
    ("Tjenesten åpner neste år.", True, False),
    ("Sendes ut over nyttår", True, False),
    # the year's measure going on, or held this year too
    ("Videreført fra i fjor. 400 ansatte tok kurset.", False, False),
    ("Kampanjen videreføres neste år.", False, False),
    ("Gjennomført i fjor og i år.", False, False),
    ("Startet i fjor og fortsetter.", False, False),
    # ended or starting, but the rest speaks of the report's year: asked
    ("Avsluttet i fjor. Evaluert i 2083.", False, True),
    ("Oppstart neste år. I 2083 har det vært planleggingsmøter.", False, True),
    # no year told in words
    ("Konferansen samlet 300 deltakere.", False, False),
])
def test_a_year_told_in_words_places_the_row(matchers, text, status, doubt):
    said, asked = told_elsewhere(text, 2083, matchers.catalogue.vocabulary)
    assert (bool(said), bool(asked)) == (status, doubt)


def test_a_long_remark_is_no_status(matchers):
    remark = "Vi har brukt mye tid i fjor og i starten av dette året på å få på plass avtaler med alle bedriftene i fylket."
    assert told_elsewhere(remark, 2083, matchers.catalogue.vocabulary, remark=True) == ("", "")
