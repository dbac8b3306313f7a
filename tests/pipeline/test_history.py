"""The history of earlier years: a year replaced whole and alone, imports from what the secretariat has."""

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tiltak_core.errors import HistoryError
from pipeline.history import (
    History,
    HistoryRow,
    default_history_path,
    guess_kind,
    read_matrix_docx,
)
from pipeline.outputs.csv_files import write_register
from pipeline.outputs.matrix_docx import write_matrix_docx

REPO = Path(__file__).resolve().parents[2]
COUNTS_2017 = REPO / "samples" / "history" / "2017_antall.csv"
SEED_MATRIX = REPO / "samples" / "generator" / "data" / "vedlegg2_matrix_2018.csv"


@pytest.fixture
def history(tmp_path):
    with History(tmp_path / "h" / "historikk.sqlite") as h:
        yield h


def _row(n: int, delmal: str = "1.2") -> HistoryRow:
    return HistoryRow(f"T{n}", delmal.split(".")[0], delmal, f"Tiltak {n}", "FoU", ("LO", "NHO, avd. Oslo"), ("Fafo",), ("LO",))


def test_store_and_load_keep_every_field_and_the_order(history, register):
    assert history.store(2018, register) == 10
    loaded = history.load(2018)
    assert [r.tiltak for r in loaded] == [e.tiltak for e in register]
    assert loaded[0] == HistoryRow.of(register[0])
    assert loaded[0].rapportert_av == ("Regjeringen", "LO", "NHO")
    assert history.years() == (2018,)
    assert history.load(2016) == []


def test_storing_a_year_replaces_that_year_and_no_other(history):
    history.store(2017, [_row(1), _row(2)])
    history.store(2018, [_row(3), _row(4), _row(5)])
    history.store(2018, [_row(6)])
    assert [r.tiltak_id for r in history.load(2017)] == ["T1", "T2"]
    assert [r.tiltak_id for r in history.load(2018)] == ["T6"]
    history.import_counts(2017, {"1": 5}, {})
    assert history.load(2017) == []  # now held as counts only
    assert [r.tiltak_id for r in history.load(2018)] == ["T6"]


def test_a_failed_store_leaves_the_year_as_it_was(history):
    history.store(2018, [_row(1), _row(2)])
    broken = HistoryRow("T9", "1", "1.2", "Tiltak", "FoU", (object(),))  # not storable: fails mid-transaction
    with pytest.raises(TypeError):
        history.store(2018, [_row(3), broken])
    assert [r.tiltak_id for r in history.load(2018)] == ["T1", "T2"]


def test_a_reopened_history_has_the_years(tmp_path):
    path = tmp_path / "historikk.sqlite"
    with History(path) as h:
        h.store(2018, [_row(1)])
    with History(path) as h:
        assert h.years() == (2018,)
        assert h.describe()[0].tiltak == 1


def test_the_bundled_2017_counts(history, catalogue):
    history.import_counts_csv(COUNTS_2017, 2017)
    counts = history.counts(2017, catalogue)
    assert counts.per_omrade == {"1": 24, "2": 43, "3": 28}
    assert counts.per_delmal == {"1.2": 4, "1.4": 17, "2.1": 11, "2.2": 15, "2.4": 4, "2.5": 1, "2.6": 3}
    assert not counts.complete
    info = history.describe()[0]
    assert (info.year, info.kind, info.tiltak) == (2017, "counts", None)


def test_counts_of_a_stored_register_are_complete(history, register, catalogue):
    history.store(2018, register)
    counts = history.counts(2018, catalogue)
    assert counts.complete and counts.per_omrade == {"1": 4, "2": 4, "3": 2}
    assert counts.per_delmal["1.3"] == 0
    assert history.counts(2019, catalogue) is None


def test_import_register_csv_as_the_run_writes_it(history, tmp_path, entry):
    register = [entry("=HYPERLINK(\"http://x\")", "2.2", "FoU", ("LO",), ("-Fafo", "NHO"), ("LO", "NHO"))]
    path = tmp_path / "register.csv"
    write_register(path, register)
    assert history.import_register_csv(path, 2019) == 1
    (row,) = history.load(2019)
    assert row.tiltak == "=HYPERLINK(\"http://x\")"  # the apostrophe spreadsheet_safe added is taken off
    assert (row.omrade, row.delmal, row.type) == ("2", "2.2", "FoU")
    assert row.samarbeidspartnere == ("-Fafo", "NHO")
    assert row.rapportert_av == ("LO", "NHO")


@pytest.mark.skipif(not SEED_MATRIX.is_file(), reason="the seed's matrix CSV is not in samples/generator/data")
def test_import_the_seed_matrix_csv(history, catalogue):
    assert history.import_matrix(SEED_MATRIX, 2018) == 129
    counts = history.counts(2018, catalogue)
    assert counts.per_omrade == {"1": 46, "2": 59, "3": 24}
    assert counts.per_delmal["1.2"] == 19 and counts.per_delmal["2.2"] == 24
    rows = history.load(2018)
    assert rows[0].samarbeidspartnere == ("KMD", "ASD", "partene", "Kompetanse Norge")
    assert rows[30].ansvarlig == ()  # the seed's RSA row has no ansvarlig


def test_import_a_matrix_docx_as_we_write_it(history, register, catalogue, tmp_path, entry):
    unplaced = entry("Tiltak uten delmål", "", "Prosjekt", ("KS",), (), ("KS",))
    path = tmp_path / "matrix.docx"
    write_matrix_docx(path, register + [unplaced], catalogue, 2018)
    assert history.import_matrix(path, 2018) == 11
    rows = history.load(2018)
    assert [(r.delmal, r.tiltak, r.type, r.ansvarlig) for r in rows[:10]] == [
        (e.delmal, e.tiltak, e.type, e.ansvarlig) for e in register
    ]
    assert rows[0].samarbeidspartnere == ("KMD", "ASD", "LO", "NHO")
    assert (rows[-1].delmal, rows[-1].omrade, rows[-1].tiltak) == ("", "", "Tiltak uten delmål")


def test_a_word_file_without_a_matrix_is_refused(tmp_path):
    import docx

    path = tmp_path / "brev.docx"
    document = docx.Document()
    document.add_paragraph("Hei")
    document.save(str(path))
    with pytest.raises(HistoryError, match="brev.docx: ingen tabell med kolonnene Delmål"):
        read_matrix_docx(path, 2018)


@pytest.mark.parametrize(
    "text, message",
    [
        ("scope,key,count\nomrade,1,24\nomrade,2,mange\n", r"antall.csv, rad 3: antallet 'mange' er ikke et helt tall"),
        ("scope,key,count\nfylke,1,2\n", r"antall.csv, rad 2: scope 'fylke' må være omrade eller delmal"),
        ("scope,key,count\ndelmal,12,2\n", r"antall.csv, rad 2: '12' er ikke en gyldig nøkkel for delmal"),
        ("scope,key,count\nomrade,1,2\nomrade,1,3\n", r"antall.csv, rad 3: omrade 1 er oppgitt to ganger"),
        ("scope;key\nomrade;1\n", r"antall.csv: ikke en fil med antall \(scope,key,count\): kolonnen\(e\) count mangler"),
    ],
)
def test_malformed_counts_files_are_named_with_their_row(history, tmp_path, text, message):
    path = tmp_path / "antall.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HistoryError, match=message):
        history.import_counts_csv(path, 2017)
    assert history.years() == ()


def test_malformed_matrix_and_register_rows_are_named(history, tmp_path):
    matrix = tmp_path / "matrise.csv"
    matrix.write_text("delmal,tiltak,type,ansvarlig,samarbeidspartnere\n1.2,A,FoU,LO,\nto,B,FoU,LO,\n", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"matrise.csv, rad 3: delmål 'to' er ikke en kode som 1.2"):
        history.import_matrix(matrix, 2016)
    register = tmp_path / "register.csv"
    register.write_text("tiltak_id,delmal,tiltak\nT1,1.2,A\n", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"register.csv: ikke en register.csv: kolonnen\(e\) omrade, type, ansvarlig"):
        history.import_register_csv(register, 2016)


def test_excel_csv_with_semicolons_and_bom_is_read(history, tmp_path, catalogue):
    path = tmp_path / "antall.csv"
    path.write_bytes("scope;key;count\r\nomrade;1;7\r\ndelmal;1.2;3\r\n".encode("utf-8-sig"))
    history.import_file(path, 2016)
    assert history.counts(2016, catalogue).per_delmal == {"1.2": 3}


def test_files_that_are_not_a_history_are_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(HistoryError, match="junk.sqlite: er ikke en tiltak-historikk"):
        History(junk)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE x (a)")
    with pytest.raises(HistoryError, match="other.sqlite: denne SQLite-filen er ikke en tiltak-historikk"):
        History(other)


def test_a_history_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "historikk.sqlite"
    History(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(HistoryError, match="nyere tiltak"):
        History(path)


def test_guess_kind(tmp_path, register, catalogue):
    files = {"a.csv": "scope,key,count\n", "b.csv": "tiltak_id,omrade,delmal\n", "c.csv": "row,delmal,tiltak,type\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    write_matrix_docx(tmp_path / "m.docx", register, catalogue)
    assert [guess_kind(tmp_path / n) for n in ("a.csv", "b.csv", "c.csv", "m.docx")] == ["counts", "register", "matrix", "matrix"]
    (tmp_path / "d.csv").write_text("navn,alder\n", encoding="utf-8")
    with pytest.raises(HistoryError, match="oppgi --kind register|matrix|counts"):
        guess_kind(tmp_path / "d.csv")


def test_default_path_is_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_history_path() == tmp_path / "tiltak" / "historikk.sqlite"


def test_cli_import_and_list(tmp_path):
    path = tmp_path / "historikk.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["history", "import", str(COUNTS_2017), "--year", "2017", "--history", str(path)])
    assert result.exit_code == 0, result.output
    assert "antall per område og delmål" in result.output
    result = runner.invoke(app, ["history", "list", "--history", str(path)])
    assert result.exit_code == 0 and "2017" in result.output and "bare antall" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("scope,key,count\nomrade,1,x\n", encoding="utf-8")
    result = runner.invoke(app, ["history", "import", str(bad), "--year", "2016", "--history", str(path)])
    assert result.exit_code == 2 and "rad 2" in result.output
