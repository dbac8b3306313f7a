"""The `tiltak` command end to end on the sample rounds: what the secretariat sees and other tools read.

Golden files under tests/golden/<round>/ hold the expected register and extraction; a missing golden
fails. After a deliberate change, write them anew with TILTAK_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv as _csv

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
# Columns whose values are decisions of the program; confidences may move with tuning, the rest may not.
GOLDEN_COLUMNS = {
    "register.csv": ("tiltak_id", "omrade", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere", "rapportert_av", "kilder"),
    "extracted.csv": ("kilde", "member", "page", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere"),
}
runner = CliRunner()



def _run(inbox: Path, out: Path, *args: str):
    return runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(out.parent / "h.sqlite"), *args])


@pytest.fixture(scope="module", params=["2018", "2019"])
def sample_run(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"run{request.param}") / "out"
    result = _run(ROOT / "samples" / request.param, out)
    return request.param, result, out


def test_sample_round_runs_clean(sample_run):
    year, result, out = sample_run
    assert result.exit_code == 0, result.output
    assert "Rapporter" in result.output and "tiltak i registeret" in result.output
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert report["outcomes"].get("rejected", 0) == 0
    assert all(d["member"] for d in report["documents"])
    for name in ("extracted.csv", "register.csv", "review.html", "matrix.docx", "register.xlsx", "oppsummering.md"):
        assert (out / name).is_file(), name
    assert not [p for p in out.iterdir() if p.name.startswith(".tiltak-staging")]


def test_register_has_one_row_per_measure_of_the_truth(sample_run):
    year, _, out = sample_run
    truth = _csv(ROOT / "samples" / year / "truth.csv")
    register = _csv(out / "register.csv")
    assert len(register) == len({t["seed_row"] for t in truth})
    assert list(register[0]) == [
        "tiltak_id", "omrade", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere", "beskrivelse",
        "rapportert_av", "kilder", "confidence", "needs_review", "merknader", "forrige_tiltak_id", "status",
    ]
    extracted = _csv(out / "extracted.csv")
    assert len(extracted) == len(truth)
    # Every extracted row stands in exactly one register row.
    kilder = [k for r in register for k in r["kilder"].split("; ")]
    assert sorted(kilder) == sorted(e["kilde"] for e in extracted)


@pytest.mark.parametrize("name", sorted(GOLDEN_COLUMNS))
def test_outputs_match_the_golden_files(sample_run, name):
    year, _, out = sample_run
    columns = GOLDEN_COLUMNS[name]
    got = [{c: row[c] for c in columns} for row in _csv(out / name)]
    golden = GOLDEN / year / name
    if os.environ.get("TILTAK_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        with open(golden, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns)
            writer.writeheader()
            writer.writerows(got)
    assert golden.is_file(), f"no golden file {golden}; write it with TILTAK_UPDATE_GOLDEN=1 and review it"
    assert got == _csv(golden)


def test_a_rerun_gives_the_same_outputs(sample_run, tmp_path):
    year, _, out = sample_run
    again = tmp_path / "out"
    assert _run(ROOT / "samples" / year, again).exit_code == 0
    # Every output; the run's bookkeeping (.tiltak-state.json, which hashes the history) aside.
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in again.iterdir() if not p.name.startswith("."))
    for name in names:  # every output, the Word and Excel files and the charts too
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_a_damaged_file_is_rejected_and_the_others_still_run(tmp_path):
    inbox = tmp_path / "2018"
    inbox.mkdir()
    for name in ("lo_2018.docx", "nho_2018.pdf", "vestland_fk_2018.pdf"):
        shutil.copy(ROOT / "samples" / "2018" / name, inbox / name)
    good = (inbox / "nho_2018.pdf").read_bytes()
    (inbox / "ks_2018.pdf").write_bytes(good[: len(good) // 3])
    before = {p.name: p.read_bytes() for p in inbox.iterdir()}

    result = _run(inbox, tmp_path / "out")

    assert result.exit_code == 1
    assert "ks_2018.pdf" in result.output and "avvist" in result.output
    report = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    outcomes = {d["file"]: d["outcome"] for d in report["documents"]}
    assert outcomes["ks_2018.pdf"] == "rejected"
    assert {outcomes[n] for n in ("lo_2018.docx", "nho_2018.pdf", "vestland_fk_2018.pdf")} == {"parsed"}
    rejected = next(d for d in report["documents"] if d["file"] == "ks_2018.pdf")
    assert rejected["error"].startswith("ks_2018.pdf: ")
    members = {r["member"] for r in _csv(tmp_path / "out" / "extracted.csv")}
    assert members == {"LO", "NHO", "Vestland fylkeskommune"}
    assert {p.name: p.read_bytes() for p in inbox.iterdir()} == before  # the inbox is never written to


def test_parse_shows_what_one_report_yields():
    result = runner.invoke(app, ["parse", str(ROOT / "samples" / "2018" / "virke_2018.pdf")])
    assert result.exit_code == 0, result.output
    assert "rådsmedlem: Virke" in result.output
    assert "7 tiltak" in result.output


def test_a_bad_catalogue_stops_the_run_with_every_problem(tmp_path):
    bad = tmp_path / "strategi.toml"
    bad.write_text('[strategy]\nname = "x"\n', encoding="utf-8")
    result = _run(ROOT / "samples" / "2018", tmp_path / "out", "--catalogue", str(bad))
    assert result.exit_code == 2
    assert "ingen [[delmal]]-oppføringer" in result.output
    assert not (tmp_path / "out" / "register.csv").exists()


def test_an_encrypted_report_is_rejected_until_the_password_is_given(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    inbox = tmp_path / "2018"
    inbox.mkdir()
    SimpleDocTemplate(str(inbox / "ks_2018.pdf"), pagesize=A4, encrypt="hemmelig").build(
        [Table([["Delmål", "Tiltak", "Type tiltak"], ["2.2", "Rapport om kompetanse", "FoU"]], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")])]
    )
    locked = _run(inbox, tmp_path / "out")
    assert locked.exit_code == 1 and "avvist" in locked.output
    (document,) = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["documents"]
    assert document["error"].startswith("ks_2018.pdf: PDF-en er passordbeskyttet. Kjør på nytt med --password")
    opened = _run(inbox, tmp_path / "out", "--password", "hemmelig")
    assert opened.exit_code == 0, opened.output
    assert [r["tiltak"] for r in _csv(tmp_path / "out" / "extracted.csv")] == ["Rapport om kompetanse"]


def test_an_empty_inbox_says_so(tmp_path):
    inbox = tmp_path / "2020"
    inbox.mkdir()
    result = _run(inbox, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "er tom: det var ingen rapporter å lese" in result.output
    assert "0 tiltak i registeret" in result.output


@pytest.mark.parametrize("command", ["run", "parse"])
def test_a_table_engine_not_offered_is_refused(tmp_path, command):
    """--pdf-tables bogus used to run as auto with exit 0; it is refused before anything is read."""
    report = ROOT / "samples" / "2018" / sorted(os.listdir(ROOT / "samples" / "2018"))[0]
    args = ["run", str(ROOT / "samples" / "2018"), "--out", str(tmp_path / "out")] if command == "run" else ["parse", str(report)]
    result = runner.invoke(app, [*args, "--pdf-tables", "bogus"])
    assert result.exit_code == 2
    assert "bogus" in result.output and "camelot" in result.output
    assert not (tmp_path / "out").exists()
