"""The history of earlier years: a year replaced whole and alone, imports from what the secretariat has."""

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tiltak_core.errors import HistoryError
from pipeline.history import History, HistoryRow, default_history_path
from pipeline.history_files import (
    guess_kind,
    import_counts_csv,
    import_file,
    import_matrix,
    import_register_csv,
    read_matrix_docx,
)
from pipeline.outputs.csv_files import write_register
from pipeline.outputs.matrix_docx import write_matrix_docx

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

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
    import_counts_csv(history, COUNTS_2017, 2017)
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
    assert import_register_csv(history, path, 2019) == 1
    (row,) = history.load(2019)
    assert row.tiltak == "=HYPERLINK(\"http://x\")"  # the apostrophe spreadsheet_safe added is taken off
    assert (row.omrade, row.delmal, row.type) == ("2", "2.2", "FoU")
    assert row.samarbeidspartnere == ("-Fafo", "NHO")
    assert row.rapportert_av == ("LO", "NHO")


@pytest.mark.skipif(not SEED_MATRIX.is_file(), reason="the seed's matrix CSV is not in samples/generator/data")
def test_import_the_seed_matrix_csv(history, catalogue):
    assert import_matrix(history, SEED_MATRIX, 2018) == 129
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
    assert import_matrix(history, path, 2018) == 11
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
        import_counts_csv(history, path, 2017)
    assert history.years() == ()


def test_malformed_matrix_and_register_rows_are_named(history, tmp_path):
    matrix = tmp_path / "matrise.csv"
    matrix.write_text("delmal,tiltak,type,ansvarlig,samarbeidspartnere\n1.2,A,FoU,LO,\nto,B,FoU,LO,\n", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"matrise.csv, rad 3: delmål 'to' er ikke en kode som 1.2"):
        import_matrix(history, matrix, 2016)
    register = tmp_path / "register.csv"
    register.write_text("tiltak_id,delmal,tiltak\nT1,1.2,A\n", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"register.csv: ikke en register.csv: kolonnen\(e\) omrade, type, ansvarlig"):
        import_register_csv(history, register, 2016)


def test_excel_csv_with_semicolons_and_bom_is_read(history, tmp_path, catalogue, matchers):
    path = tmp_path / "antall.csv"
    path.write_bytes("scope;key;count\r\nomrade;1;7\r\ndelmal;1.2;3\r\n".encode("utf-8-sig"))
    import_file(history, path, 2016, matchers.orgs)
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


# ---------------------------------------------------------------------------- 6. the history never changes silently
SAMPLES_2018 = REPO / "samples" / "2018"


def _inbox(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_bytes((SAMPLES_2018 / name).read_bytes())
    return folder


def _run(inbox: Path, out: Path, history: Path, *args: str):
    return CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018",
                                    "--no-cache", "--jobs", "1", *args])


def test_only_the_rounds_run_stores_the_year(tmp_path):
    path = tmp_path / "h.sqlite"
    real = _inbox(tmp_path / "2018", "lo_2018.docx", "telemark_fk_2018.docx")
    first = _run(real, tmp_path / "out", path)
    assert first.exit_code == 0, first.output
    with History(path) as h:
        stored = h.load(2018)
    assert len(stored) == 15

    trial = _inbox(tmp_path / "prøve", "telemark_fk_2018.docx")
    tried = _run(trial, tmp_path / "kladd", path)
    assert tried.exit_code == 0, tried.output
    assert "lagret ikke" in tried.output and "--lagre-historikk" in tried.output and str(real.resolve()) in tried.output
    with History(path) as h:
        assert h.load(2018) == stored

    again = _run(real, tmp_path / "out2", path)  # the round's own inbox: stored again, saying what it replaced
    assert again.exit_code == 0 and "erstattet" in again.output and "15 tiltak" in again.output

    forced = _run(trial, tmp_path / "kladd", path, "--lagre-historikk")
    assert forced.exit_code == 0 and "erstattet" in forced.output
    with History(path) as h:
        assert len(h.load(2018)) == 1
    listing = CliRunner().invoke(app, ["history", "list", "--history", str(path)])
    assert str(trial.resolve()) in listing.output and "2018" in listing.output


def test_an_imported_year_is_not_replaced_by_a_run_without_asking(tmp_path):
    path = tmp_path / "h.sqlite"
    with History(path) as h:
        import_matrix(h, SEED_MATRIX, 2018)
    result = _run(_inbox(tmp_path / "2018", "telemark_fk_2018.docx"), tmp_path / "out", path)
    assert result.exit_code == 0 and "lagret ikke" in result.output
    with History(path) as h:
        assert len(h.load(2018)) == 129


def test_history_import_refuses_one_members_report_as_a_year(tmp_path):
    path = tmp_path / "h.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["history", "import", str(SAMPLES_2018 / "lo_2018.docx"), "--year", "2018",
                                 "--history", str(path)])
    assert result.exit_code == 2 and "--delvis" in result.output and "LO" in result.output
    with History(path) as h:
        assert h.years() == ()
    partial = runner.invoke(app, ["history", "import", str(SAMPLES_2018 / "lo_2018.docx"), "--year", "2018",
                                  "--history", str(path), "--delvis"])
    assert partial.exit_code == 0, partial.output
    with History(path) as h:
        (info,) = h.describe()
    assert info.partial and info.tiltak == 14
    listing = runner.invoke(app, ["history", "list", "--history", str(path)])
    assert "delvis" in listing.output
    whole = runner.invoke(app, ["history", "import", str(SEED_MATRIX), "--year", "2018", "--history", str(path)])
    assert whole.exit_code == 0 and "erstattet" in whole.output and "14 tiltak" in whole.output


def test_a_register_from_one_members_report_is_refused_too(tmp_path, entry, matchers):
    register = [entry(f"Tiltak {n}", "1.2", "FoU", ("LO",), (), ("LO",)) for n in range(6)]
    csv_path = tmp_path / "register.csv"
    write_register(csv_path, register)
    with History(tmp_path / "h.sqlite") as h, pytest.raises(HistoryError, match="--delvis"):
        import_file(h, csv_path, 2018, matchers.orgs)


def test_a_damaged_history_is_refused_with_a_clear_message(tmp_path, register):
    path = tmp_path / "h.sqlite"
    with History(path) as h:
        h.store(2017, register * 40)
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 3 * page] = b"\xa5" * page  # one page of the tiltak table overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(HistoryError, match="skadet") as error:
        with History(path) as h:
            h.load(2017)
    assert str(path) in str(error.value)
