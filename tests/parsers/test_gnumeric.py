"""A Gnumeric workbook (gzipped XML) read as an Excel workbook is: each visible sheet a table named for it, numbers as
the sheet shows them, merged cells as in Excel. It was refused before as binary data of an unknown kind."""

from __future__ import annotations

import gzip

import pytest

from parsers.content import COVERED
from parsers.detect import detect
from parsers.gnumeric import parse_gnumeric
from parsers.registry import ParseOptions, parser_for
from tests.interchange_files import gnumeric_bytes, gnumeric_cell, gnumeric_sheet
from tiltak_core.errors import DamagedFile, TooLarge, UnsafeContent

MEASURES = [["Agder fylkeskommune – tiltak 2087", None, None, None],
            ["Tiltak", "Delmål", "Type", "Deltakere"],
            ["Fagbrev på jobb i Lindesnes", 3.4, "Kurs/utdanning", 40118],
            ["Karriereveiledning for voksne", 1.3, "Informasjon", 212.5],
            ["Utgått rad", 9.9, "Skjult", 1],
            ["Bransjeprogram for industrien", 2.1, "Prosjekt", None]]
# Gnumeric's own date format on a serial, a fixed two decimals on a delmål typed as 2.1.
FORMATS = ('<gnm:StyleRegion startCol="3" startRow="6" endCol="3" endRow="6"><gnm:Style Format="dd.mm.yyyy"/>'
           '</gnm:StyleRegion><gnm:StyleRegion startCol="1" startRow="6" endCol="1" endRow="6">'
           '<gnm:Style Format="0.00"/></gnm:StyleRegion>')


def _workbook(compress: bool = True) -> bytes:
    tiltak = gnumeric_sheet("Tiltak 2087", MEASURES, merged=["A1:D1", "C6:C7"], hidden_rows=[4], styles=FORMATS,
                            extra_cells=[gnumeric_cell(6, 0, "Studieforbund i Agder"), gnumeric_cell(6, 1, 2.1),
                                         gnumeric_cell(5, 3, "=D3*2"),
                                         '        <gnm:Cell Row="6" Col="3" ValueType="40" Value="67512">=D3+27394'
                                         '</gnm:Cell>'])
    hidden = gnumeric_sheet("Gammelt", [["Tiltak", "Delmål"], ["Fjorårets tiltak", 1.1]], hidden=True)
    partners = gnumeric_sheet("Samarbeid", [["Partner", "Andel"], ["NAV Agder", 0.25], ["UiA", True]])
    return gnumeric_bytes([("Tiltak 2087", tiltak), ("Gammelt", hidden), ("Samarbeid", partners)],
                          title="Agder – rapport til Kompetansepolitisk råd", compress=compress)


def test_a_gzipped_gnumeric_workbook_gives_each_visible_sheet_as_its_table(tmp_path):
    path = tmp_path / "Agder tiltak 2087.gnumeric"
    path.write_bytes(_workbook())
    assert path.read_bytes()[:2] == b"\x1f\x8b"
    assert detect(path) == "gnumeric"
    content = parser_for("gnumeric").parse(path, path.name, ParseOptions())
    assert [(b.index, b.caption) for b in content.blocks] == [(1, "Tiltak 2087"), (3, "Samarbeid")]
    assert content.blocks[0].rows == (
        ("Agder fylkeskommune – tiltak 2087", "", "", ""),  # merged across: the title once, in its first column
        ("Tiltak", "Delmål", "Type", "Deltakere"),
        ("Fagbrev på jobb i Lindesnes", "3.4", "Kurs/utdanning", "40118"),
        ("Karriereveiledning for voksne", "1.3", "Informasjon", "212.5"),
        # the hidden row left out; a formula with no value stored empty; the «Type» merged over two rows covers the
        # cell under it; a date and a two-decimal number as their formats show them
        ("Bransjeprogram for industrien", "2.1", "Prosjekt", ""),
        ("Studieforbund i Agder", "2.10", COVERED, "2084-11-01"),
    )
    assert content.blocks[1].rows == (("Partner", "Andel"), ("NAV Agder", "0.25"), ("UiA", "SANN"))
    assert content.title == "Agder – rapport til Kompetansepolitisk råd"
    assert content.warnings == ("Agder tiltak 2087.gnumeric: 1 celle med formel har ingen lagret verdi i Gnumeric-filen "
                                "og ble lest som tom; åpne filen i Gnumeric og lagre den som Excel (XLSX) for å få "
                                "verdiene med",)


def test_a_workbook_saved_without_gzip_is_read_the_same(tmp_path):
    path = tmp_path / "agder.gnumeric"
    path.write_bytes(_workbook(compress=False))
    assert detect(path) == "gnumeric"
    assert parse_gnumeric(path, path.name, ParseOptions()).blocks[0].rows[2] == (
        "Fagbrev på jobb i Lindesnes", "3.4", "Kurs/utdanning", "40118")


def test_a_workbook_that_unpacks_past_the_limit_is_refused_before_it_fills_memory(tmp_path):
    path = tmp_path / "bombe.gnumeric"
    padding = "<!--" + " " * (3 * 2**20) + "-->"
    path.write_bytes(gzip.compress(_workbook(compress=False).replace(b"<gnm:Sheets>", padding.encode() + b"<gnm:Sheets>")))
    assert path.stat().st_size < 2**16
    with pytest.raises(TooLarge) as refused:
        parse_gnumeric(path, path.name, ParseOptions(max_unpacked_bytes=2**20))
    assert "Gnumeric-filen pakkes ut til mer enn 1 MB" in refused.value.problem


def test_a_cut_off_workbook_is_damaged_with_a_norwegian_message(tmp_path):
    path = tmp_path / "kutta.gnumeric"
    data = _workbook()
    path.write_bytes(data[: len(data) // 2])
    assert detect(path) == "gnumeric"
    with pytest.raises(DamagedFile) as refused:
        parse_gnumeric(path, path.name, ParseOptions())
    assert refused.value.problem == "Gnumeric-filen er skadet (den pakkede filen er avkuttet eller ødelagt)"
    assert "lagre den som Excel (XLSX)" in refused.value.fix


def test_a_workbook_declaring_entities_is_refused(tmp_path):
    path = tmp_path / "lur.gnumeric"
    xml = _workbook(compress=False).replace(
        b"<gnm:Workbook", b'<!DOCTYPE gnm:Workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<gnm:Workbook', 1)
    path.write_bytes(gzip.compress(xml.replace(b"Fagbrev p", b"&x;Fagbrev p")))
    with pytest.raises(UnsafeContent):
        parse_gnumeric(path, path.name, ParseOptions())


def test_another_gzipped_file_is_of_no_kind_read(tmp_path):
    path = tmp_path / "logg.gz"
    path.write_bytes(gzip.compress(b"2087-01-01 server started\n" * 50))
    assert detect(path) == "unknown"
