"""A SQLite database read as its owner reads it: its views, else its tables with their lookups resolved; never
written to."""

from __future__ import annotations

import sqlite3

import pytest

from parsers.database import parse_sqlite
from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.errors import DamagedFile
from tiltak_core.records import Document

SCHEMA = """
CREATE TABLE innstillinger (nokkel TEXT PRIMARY KEY, verdi TEXT);
CREATE TABLE maal (id INTEGER PRIMARY KEY, nummer TEXT, tekst TEXT);
CREATE TABLE avdeling (id INTEGER PRIMARY KEY, navn TEXT);
CREATE TABLE partner (id INTEGER PRIMARY KEY, navn TEXT);
CREATE TABLE tiltak (id INTEGER PRIMARY KEY, navn TEXT, maal_id INTEGER REFERENCES maal(id),
                     avdeling_id INTEGER REFERENCES avdeling(id), beskrivelse TEXT, aar INTEGER);
CREATE TABLE tiltak_partner (tiltak_id INTEGER REFERENCES tiltak(id), partner_id INTEGER REFERENCES partner(id),
                             nr INTEGER);
INSERT INTO innstillinger VALUES ('versjon', '3.1');
INSERT INTO maal VALUES (1, '2.1', 'Digital kompetanse'), (2, '1.3', 'Karriereveiledning');
INSERT INTO avdeling VALUES (1, 'Opplæringsavdelingen'), (2, 'Karrieresenteret');
INSERT INTO partner VALUES (1, 'NAV Vestfold'), (2, 'USN'), (3, 'NHO Vestfold');
INSERT INTO tiltak VALUES (7, 'Digitalt løft for seniorer', 1, 1, 'Kurs i ti kommuner.', 2081),
                          (8, 'Karriereveiledning på arbeidsplassen', 2, 2, 'Veiledere besøkte 40 bedrifter.', 2081);
INSERT INTO tiltak_partner VALUES (7, 2, 2), (7, 1, 1), (8, 3, 1);
"""
VIEW = """CREATE VIEW rapport AS SELECT t.navn AS tiltak, m.nummer AS delmal, a.navn AS ansvarlig, t.beskrivelse
FROM tiltak t JOIN maal m ON m.id = t.maal_id JOIN avdeling a ON a.id = t.avdeling_id WHERE t.aar = 2081"""


def _database(path, view=True):
    with sqlite3.connect(path) as con:
        con.executescript(SCHEMA + (VIEW + ";" if view else ""))
    con.close()
    return path


def test_a_view_is_the_report_its_owner_prepared(tmp_path):
    # Rejected before as a file of an unknown kind: the register's measures stood in its tables and its view.
    path = _database(tmp_path / "vestfold_tiltak_2081.sqlite")
    assert detect(path) == "sqlite"
    content = parse_sqlite(path, path.name, ParseOptions())
    assert [(b.caption, b.rows) for b in content.blocks] == [("rapport", (
        ("tiltak", "delmal", "ansvarlig", "beskrivelse"),
        ("Digitalt løft for seniorer", "2.1", "Opplæringsavdelingen", "Kurs i ti kommuner."),
        ("Karriereveiledning på arbeidsplassen", "1.3", "Karrieresenteret", "Veiledere besøkte 40 bedrifter.")))]


def test_without_a_view_the_table_of_measures_is_read_with_its_lookups_and_links(tmp_path):
    path = _database(tmp_path / "vestfold_tiltak_2081.db", view=False)
    content = parse_sqlite(path, path.name, ParseOptions())
    # The lookup tables (goals, units, partners), the link table and the settings' pairs are no register of their own.
    assert [(b.caption, b.rows) for b in content.blocks] == [("tiltak", (
        ("id", "navn", "maal", "avdeling", "beskrivelse", "aar", "partner"),
        ("7", "Digitalt løft for seniorer", "2.1", "Opplæringsavdelingen", "Kurs i ti kommuner.", "2081", "NAV Vestfold, USN"),
        ("8", "Karriereveiledning på arbeidsplassen", "1.3", "Karrieresenteret", "Veiledere besøkte 40 bedrifter.",
         "2081", "NHO Vestfold")))]


def test_the_measures_are_read_and_the_file_is_left_as_it_was(tmp_path, matchers):
    path = _database(tmp_path / "Vestfold fylkeskommune tiltak 2081.sqlite")
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir()))
    result = extract_document(Document(path, path.name, "sqlite", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Digitalt løft for seniorer", "2.1"), ("Karriereveiledning på arbeidsplassen", "1.3")]
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir())) == before


def test_a_damaged_database_is_refused_with_a_message_saying_what_to_do(tmp_path):
    path = tmp_path / "register.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xff" * 300)
    assert detect(path) == "sqlite"
    with pytest.raises(DamagedFile) as refused:
        parse_sqlite(path, path.name, ParseOptions())
    assert "databasen kan ikke leses" in str(refused.value) and "Excel-eksport" in str(refused.value)


def test_a_view_that_cannot_be_read_is_named_and_the_tables_are_read(tmp_path):
    path = _database(tmp_path / "register.sqlite", view=False)
    with sqlite3.connect(path) as con:
        con.executescript("CREATE TABLE gammel (x TEXT); CREATE VIEW gammel_rapport AS SELECT x FROM gammel; "
                          "DROP TABLE gammel;")
    con.close()
    content = parse_sqlite(path, path.name, ParseOptions())
    assert [b.caption for b in content.blocks] == ["tiltak"]
    assert content.warnings == ("register.sqlite: visningen «gammel_rapport» i databasen kan ikke leses (den viser til "
                                "noe som ikke finnes), og ble hoppet over",)
