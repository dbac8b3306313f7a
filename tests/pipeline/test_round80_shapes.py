"""Shapes round 80 showed the reader, each read as the member meant it."""

from __future__ import annotations


def test_a_table_with_two_measures_to_a_row_gives_each_its_row(tmp_path, matchers):
    # UHR set two measures side by side to fit its overview on one page: only the left one of each row was read.
    from tests.pipeline.reading import extracted, word_table

    path = word_table(tmp_path / "uhr.docx", [
        ("Tiltak", "Delmål", "Form", "Tiltak", "Delmål", "Form"),
        ("UHR-Helse og sosial", "1.4", "Fagstrategisk enhet", "Seminar for nye medlemmer i RSA-rådene", "1.4", "Seminar"),
        ("Felles emnekatalog for korte kurs", "2.4", "Nettjeneste", "Kartlegging av praksis i profesjonsutdanningene",
         "1.4", "Kartlegging"),
        ("Nettverk for karriereveiledere", "1.3", "Nettverk", "", "", "")],
        before="Oversikten har to tiltak på hver linje.", title="UHR – rapport til Kompetansepolitisk råd 2087")
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in extracted(path, matchers).rows] == [
        ("UHR-Helse og sosial", "1.4", "Fagstrategisk enhet"), ("Seminar for nye medlemmer i RSA-rådene", "1.4", "Seminar"),
        ("Felles emnekatalog for korte kurs", "2.4", "Nettjeneste"),
        ("Kartlegging av praksis i profesjonsutdanningene", "1.4", "Kartlegging"),
        ("Nettverk for karriereveiledere", "1.3", "Nettverk")]
