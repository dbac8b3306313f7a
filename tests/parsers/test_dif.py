"""A DIF export (Data Interchange Format, as Calc, Excel and old registers write it) read as the one table it is.
Read before as plain text, its cells came out one a line between «BOT» and «V» markers, and its measures were lost."""

from __future__ import annotations

import pytest

from parsers.detect import detect, name_mismatch
from parsers.dif import parse_dif
from parsers.registry import ParseOptions, parser_for, readable_formats
from tests.interchange_files import dif_bytes
from tiltak_core.errors import DamagedFile

ROWS = [["Tiltak", "Delmål", "Type", "Ansvarlig", "Deltakere", "Godkjent"],
        ["Kystskulen – vaksenopplæring i Øksnes", 3.4, "Kurs/utdanning", "Nordland fylkeskommune", 40118, True],
        ["Råd for «grønn» kompetanse", 1.3, "Råd/utvalg/nettverk", 'Karrieresenteret "Nord"', 12.5, False],
        [None, None, None, None, None, None],
        ["Ærlig talt: fagbrev på jobb", 2.1, "Prosjekt", "", 0, None]]


def test_a_calc_export_in_windows_1252_is_one_table_of_records_with_numbers_as_the_sheet_shows_them(tmp_path):
    path = tmp_path / "Nordland_tiltak_2087.dif"
    path.write_bytes(dif_bytes(ROWS, title="Tiltak 2087"))
    assert b"\xf8" in path.read_bytes()  # «ø» as one byte: Windows-1252, not UTF-8
    assert detect(path) == "dif" and name_mismatch(path, "dif") == ""
    content = parser_for("dif").parse(path, path.name, ParseOptions())
    (table,) = content.blocks
    assert table.rows == (
        ("Tiltak", "Delmål", "Type", "Ansvarlig", "Deltakere", "Godkjent"),
        ("Kystskulen – vaksenopplæring i Øksnes", "3.4", "Kurs/utdanning", "Nordland fylkeskommune", "40118", "SANN"),
        ("Råd for «grønn» kompetanse", "1.3", "Råd/utvalg/nettverk", 'Karrieresenteret "Nord"', "12.5", "USANN"),
        ("Ærlig talt: fagbrev på jobb", "2.1", "Prosjekt", "", "0", ""))
    assert table.records and table.caption == "Tiltak 2087" and content.title == "Tiltak 2087"
    assert "DIF-eksport (DIF)" in readable_formats()


def test_a_utf8_export_with_the_programs_name_as_title_is_captioned_by_its_file(tmp_path):
    # Excel writes «EXCEL» as every export's title; a register on Linux writes UTF-8 and LF, a value indicator for a
    # truth value («0,1» over «TRUE»), a missing value as NA, and a line break inside a quoted string.
    text = ('TABLE\n0,1\n"EXCEL"\nVECTORS\n0,3\n""\nTUPLES\n0,2\n""\nLABEL\n1,0\n"Tiltak"\nDATA\n0,0\n""\n'
            '-1,0\nBOT\n1,0\n"Tiltak"\n1,0\n"Delmål"\n1,0\n"Merknad"\n'
            '-1,0\nBOT\n1,0\n"Lærlingløftet i Åfjord"\n0,1.10\nV\n1,0\n"Første linje\nandre linje"\n'
            '-1,0\nBOT\n1,0\n"Sjekk"\n0,1\nTRUE\n0,0\nNA\n-1,0\nEOD\n')
    path = tmp_path / "trondelag_eksport.dif"
    path.write_text(text, encoding="utf-8")
    assert detect(path) == "dif"
    content = parse_dif(path, path.name, ParseOptions())
    assert content.blocks[0].rows == (("Tiltak", "Delmål", "Merknad"),
                                      ("Lærlingløftet i Åfjord", "1.1", "Første linje\nandre linje"),
                                      ("Sjekk", "SANN", ""))
    assert content.blocks[0].caption == "trondelag_eksport" and content.title == "trondelag eksport"


@pytest.mark.parametrize("cut, why", [
    (lambda data: data[: data.index(b"Kurs/utdanning") + 5], "slutter midt i en celle"),
    (lambda data: data[: data.rindex(b"-1,0")], "slutter midt i dataene (uten EOD på slutten)"),
    (lambda data: data.replace(b"BOT", b"BXT", 1), "ukjent merke"),
    (lambda data: data[: data.index(b"-1,0")] + b"1,0\r\n\"x\"\r\n-1,0\r\nEOD\r\n", "verdier før første rad"),
])
def test_a_damaged_export_says_what_is_wrong_and_to_ask_for_excel_or_csv(tmp_path, cut, why):
    path = tmp_path / "kutta.dif"
    path.write_bytes(cut(dif_bytes(ROWS, title="Tiltak")))
    assert detect(path) == "dif"
    with pytest.raises(DamagedFile) as refused:
        parse_dif(path, path.name, ParseOptions())
    assert refused.value.problem.startswith("DIF-filen er skadet: ") and why in refused.value.problem
    assert "Excel- eller CSV-eksport" in refused.value.fix


def test_a_text_that_only_opens_with_the_word_table_is_no_dif_file(tmp_path):
    path = tmp_path / "notat.txt"
    path.write_text("TABLE\n0,1\n\"x\"\nDette er et notat om tabeller, ikke en eksport.\n", encoding="utf-8")
    assert detect(path) == "text"
