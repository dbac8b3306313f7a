"""Formats old systems still write: a dBase table (.dbf), an OpenOffice.org 1 document (.sxw), a SYLK spreadsheet
(.slk); and a YAML data file. Each was rejected as of unknown kind, or read as plain text, and its measures lost."""

from __future__ import annotations

import struct
import zipfile

import pytest

from parsers.dbase import parse_dbase
from parsers.detect import detect
from parsers.registry import ParseOptions, parser_for
from parsers.data_files import parse_yaml
from tiltak_core.errors import DamagedFile, UnsafeContent


def _dbf(records: list[tuple[bool, tuple[str, ...]]], fields: list[tuple[str, str, int]], driver: int = 0x65) -> bytes:
    """A dBase III table: header, field descriptors, then each record with its deletion mark."""
    header_length = 32 + 32 * len(fields) + 1
    record_length = 1 + sum(width for *_, width in fields)
    out = struct.pack("<BBBBIHH", 0x03, 125, 11, 29, len(records), header_length, record_length)
    out += bytes(17) + bytes([driver]) + bytes(2)
    for name, kind, width in fields:
        out += name.encode("ascii").ljust(11, b"\0") + kind.encode("ascii") + bytes(4) + bytes([width, 0]) + bytes(14)
    out += b"\r"
    for deleted, values in records:
        out += b"*" if deleted else b" "
        for (_, _, width), value in zip(fields, values):
            out += value.encode("cp865").ljust(width)[:width]
    return out + b"\x1a"


FIELDS = [("TILTAK", "C", 60), ("DELMAAL", "C", 5), ("ANSVARLEG", "C", 40), ("DATO", "D", 8)]


def test_a_dbase_table_is_read_in_its_code_page_without_its_deleted_records(tmp_path):
    path = tmp_path / "TFK_TILTAK_2081.DBF"
    path.write_bytes(_dbf([(False, ("Kystskulen - vaksenopplæring", "3.1", "Troms og Finnmark fylkeskommune", "20810301")),
                           (True, ("Kystskulen - dobbel", "3.1", "Troms og Finnmark fylkeskommune", "20810302")),
                           (False, ("Råd for samarbeid med arbeidslivet", "1.4", "Utdanningsetaten", "20810401"))],
                          FIELDS))
    assert detect(path) == "dbase"
    content = parse_dbase(path, path.name, ParseOptions())
    assert content.blocks[0].rows == (
        ("TILTAK", "DELMAAL", "ANSVARLEG", "DATO"),
        ("Kystskulen - vaksenopplæring", "3.1", "Troms og Finnmark fylkeskommune", "2081-03-01"),
        ("Råd for samarbeid med arbeidslivet", "1.4", "Utdanningsetaten", "2081-04-01"))
    assert content.warnings == ("TFK_TILTAK_2081.DBF: 1 post er merket som slettet i tabellen og ble ikke lest",)


def test_a_file_whose_header_disagrees_with_its_length_is_no_dbase_table(tmp_path):
    data = _dbf([(False, ("Kystskulen", "3.1", "TFK", "20810301"))], FIELDS)
    path = tmp_path / "kutta.dbf"
    path.write_bytes(data[:-40])
    assert detect(path) != "dbase"
    with pytest.raises(DamagedFile):
        parse_dbase(path, path.name, ParseOptions())


SXW_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE office:document-content PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">
<office:document-content xmlns:office="http://openoffice.org/2000/office" xmlns:text="http://openoffice.org/2000/text"
 xmlns:table="http://openoffice.org/2000/table" office:class="text" office:version="1.0"><office:body>
<text:h text:level="1">Troms fylkeskommune – tiltak 2081</text:h>
<table:table table:name="Tiltak"><table:table-column table:number-columns-repeated="3"/>{rows}</table:table>
</office:body></office:document-content>"""


MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">
<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest"><manifest:file-entry
 manifest:media-type="application/vnd.sun.xml.writer" manifest:full-path="/"/><manifest:file-entry
 manifest:media-type="text/xml" manifest:full-path="content.xml"/></manifest:manifest>"""


def _cells(*texts):
    return "<table:table-row>" + "".join(f"<table:table-cell><text:p>{t}</text:p></table:table-cell>" for t in texts) + \
        "</table:table-row>"


def test_an_openoffice_1_document_naming_its_dtd_plainly_is_converted_and_read(soffice, tmp_path):
    path = tmp_path / "Troms_tiltak_2081.sxw"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.sun.xml.writer")
        z.writestr("content.xml", SXW_CONTENT.format(rows=_cells("Tiltak", "Delmål", "Type") +
                                                      _cells("Kystskolen i Tromsø", "2.4", "Kurs")))
        z.writestr("META-INF/manifest.xml", MANIFEST)
    assert detect(path) == "sxw"
    content = parser_for("sxw").parse(path, path.name, ParseOptions())
    assert [b.rows for b in content.blocks if hasattr(b, "rows")] == [
        (("Tiltak", "Delmål", "Type"), ("Kystskolen i Tromsø", "2.4", "Kurs"))]


def test_an_openoffice_1_document_with_entities_is_refused(tmp_path):
    path = tmp_path / "lur.sxw"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.sun.xml.writer")
        z.writestr("content.xml", SXW_CONTENT.replace('"office.dtd">', '"office.dtd" [<!ENTITY x SYSTEM '
                                                      '"file:///etc/passwd">]>').format(rows=_cells("&x;", "", "")))
    with pytest.raises(UnsafeContent):
        parser_for("sxw").parse(path, path.name, ParseOptions())


def test_a_sylk_spreadsheet_is_converted_and_read(soffice, tmp_path):
    cells = [("Tiltak", "Delmål"), ("Lærlingløftet i Troms", "1.3"), ("Kystskolen", "2.4")]
    records = [f'C;Y{y};X{x};K"{v}"' for y, row in enumerate(cells, 1) for x, v in enumerate(row, 1)]
    path = tmp_path / "tfk_aktiviteter_2081.slk"
    path.write_text("ID;PTFK;N;E\n" + "\n".join(records) + "\nE\n", encoding="utf-8")
    assert detect(path) == "slk"
    content = parser_for("slk").parse(path, path.name, ParseOptions())
    assert [b.rows for b in content.blocks if hasattr(b, "rows")][0][:3] == (
        ("Tiltak", "Delmål"), ("Lærlingløftet i Troms", "1.3"), ("Kystskolen", "2.4"))


def test_a_yaml_data_file_is_read_as_an_export_with_its_codes_as_written(tmp_path):
    path = tmp_path / "tiltak-2081.yml"
    path.write_text("aar: 2081\ntiltak:\n  - tittel: Lærlingløftet\n    delmaal: 1.3\n    samarbeid: [NAV, KS]\n"
                    "  - tittel: Kystskolen\n    delmaal: \"2.10\"\n    start: 2081-03-01\n", encoding="utf-8")
    assert detect(path) == "yaml"
    content = parse_yaml(path, path.name, ParseOptions())
    assert [b.rows for b in content.blocks if hasattr(b, "rows")] == [(
        ("tittel", "delmaal", "samarbeid", "start"), ("Lærlingløftet", "1.3", "NAV, KS", ""),
        ("Kystskolen", "2.10", "", "2081-03-01"))]


def test_a_yaml_file_built_of_aliases_is_refused_and_a_broken_one_is_damaged(tmp_path):
    bomb = tmp_path / "bombe.yaml"
    bomb.write_text("a: &a [x, x]\n" + "".join(f"b{n}: &b{n} [*a, *a]\n" for n in range(60)), encoding="utf-8")
    with pytest.raises(UnsafeContent):
        parse_yaml(bomb, bomb.name, ParseOptions())
    broken = tmp_path / "brukket.yaml"
    broken.write_text("tiltak: [Lærlingløftet\n  - x: : :\n", encoding="utf-8")
    with pytest.raises(DamagedFile):
        parse_yaml(broken, broken.name, ParseOptions())
