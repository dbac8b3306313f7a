"""A row kept as the year's whose own words point to another year is asked about, not dropped: a description that names
only later years beside a word for planning, or only earlier ones beside a word for ending, and a short name ending in
the coming year with nothing more said; a description merely naming next year, or a sentence as a name, is not. One
stopped for good before the year, or put off past it, is set aside and said."""

from __future__ import annotations

import docx

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

ROWS = [("Lesekurs for voksne", "3.1", "Kurs", "Tre kurs ble holdt i 2070, og to til kommer i 2071.", ""),
        # finished before the year, not stopped: asked (one stopped is set aside, below)
        ("Kartlegging av kompetansebehov", "2.2", "FoU", "Kartleggingen ble fullført i desember 2069.",
         "beskrivelsen sier «fullført» og nevner bare 2069"),
        ("Sertifisering i karriereveiledning", "1.3", "Kurs", "Planlagt oppstart høsten 2071.", "beskrivelsen sier «planlagt» og nevner bare 2071"),
        ("Regionalt kompetanseforum", "1.2", "Forum", "Forumet møttes fire ganger; neste møte er i mars 2071.", ""),
        ("Studieforbundsdagen 2071", "3.6", "Arrangement", "", "navnet nevner 2071, ikke 2070, og raden sier ikke mer"),
        ("Etablere et fagskolenettverk våren 2071 for å samordne tilbudene", "1.4", "Nettverk", "", ""),
        # An event named by last year, nothing else said of a year (round 56's Evernote note): asked.
        ("Lærerløftet-seminaret 2069", "1.4", "Seminar", "Holdt på Gardermoen for 60 lærere.",
         "navnet nevner 2069, ikke 2070, og raden nevner ikke andre år"),
        ("Yrkesmessa 2069", "2.3", "Arrangement", "Messa i 2069 ble fulgt opp med besøk i 2070.", ""),
        ("Handlingsplan for kompetanse 2068-2072", "2.4", "Prosjekt", "Vedtatt i 2068 og fulgt opp med tre tiltak.", ""),
        # A centre that opens, a podcast whose first episode comes, only next year (round 76): asked.
        ("Simuleringssenter for lærlinger", "2.3", "Kurs", "Senteret er vedtatt og åpner i Tromsø høsten 2071.",
         "beskrivelsen sier «åpner» og nevner bare 2071"),
        ("Podkasten Veiledningsrommet", "1.3", "Informasjon", "Podkasten er spilt inn, og første episode kommer i "
         "februar 2071.", "beskrivelsen sier «første episode» og nevner bare 2071"),
        # … but a study whose report comes next year was done in the year.
        ("Utredning om kompetansekontoer", "2.2", "FoU", "Utredningen ble gjort i høst; rapporten kommer i januar 2071.", "")]


def _read(matchers, tmp_path, rows):
    """KS's 2070 report with a table of the rows (tiltak, delmål, type, description), as extracted."""
    d = docx.Document()
    d.add_heading("KS – rapport til Kompetansepolitisk råd for 2070", 1)
    table = d.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Tiltak", "Delmål", "Type", "Beskrivelse"]):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row[:4]):
            cell.text = text
    path = tmp_path / "KS_rapport_2070.docx"
    d.save(path)
    return extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)


def test_a_row_whose_words_name_another_year_is_kept_and_asked_about(matchers, tmp_path):
    # Round 48: «Kompetanseforum Viken» («Forum (avsluttet)», «avviklet i desember 2068») and next year's plans in a
    # 2069 report were counted as the year's measures with nothing asked.
    result = _read(matchers, tmp_path, ROWS)
    assert [r.raw.get("tiltak") for r in result.rows] == [name for name, *_ in ROWS]
    assert [r.raw.doubt.split(":")[0] for r in result.rows] == [said for *_, said in ROWS]


def test_a_row_whose_description_says_it_was_stopped_before_the_year_is_set_aside(matchers, tmp_path):
    # Round 48's «Kompetanseforum Viken» («avviklet i desember 2068» in the 2069 report) was asked about; stopped for
    # good before the year, it was never the year's (round 78: none of 33 rows so worded was), and is set aside.
    result = _read(matchers, tmp_path, [("Kompetanseforum Østfold", "1.2", "Forum (avsluttet)", "Forumet ble avviklet i desember 2069."),
                                        ("Lesekurs for voksne", "3.1", "Kurs", "Tre kurs ble holdt i 2070.")])
    assert [r.raw.get("tiltak") for r in result.rows] == ["Lesekurs for voksne"]
    assert [s.text for s in result.skipped] == ["Kompetanseforum Østfold"]
    assert "avviklet … 2069" in result.skipped[0].reason
