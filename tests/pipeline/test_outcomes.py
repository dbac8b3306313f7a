"""Never a quiet zero: a report without tiltak or with unread rows is no «lest»; a document that is no member
report is rejected and counted nowhere; the console gives one line per file and tells each problem once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _no_tiltak(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("NHO – rapportering til Kompetansepolitisk råd 2020", style="Title")
    d.add_paragraph("NHO har i 2020 arbeidet bredt med kompetanse, men har ikke satt opp tiltakene i en tabell.")
    d.save(path)
    return path


def _rows_unread(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("YS – rapportering til Kompetansepolitisk råd 2020", style="Title")
    t = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("Delmål", "Tiltak", "Ansvarlig"), ("2.1", "Kurs i digitale verktøy", "YS"),
                             ("2.2", "", "YS"), ("3.3", "Kurs om inkludering", "YS")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    other = d.add_table(rows=2, cols=2)
    for r, row in enumerate([("Kontaktperson", "Telefon"), ("Kari Nordmann", "12345678")]):
        for c, text in enumerate(row):
            other.cell(r, c).text = text
    d.save(path)
    return path


@pytest.fixture(scope="module")
def problem_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("problems")
    inbox = base / "2020"
    inbox.mkdir()
    for name in ("lo_2020.docx", "forelesningsnotater_kompetanse.pdf", "kommuneplan_samfunnsdel_2020.docx"):
        shutil.copy(ROOT / "samples" / "2020" / name, inbox / name)
    _no_tiltak(inbox / "nho_2020.docx")
    _rows_unread(inbox / "ys_2020.docx")
    out = base / "out"
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(base / "h.sqlite"),
                                 "--no-cache", "--jobs", "1"])
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return result, report, out


def test_a_report_without_tiltak_and_one_with_unread_rows_are_not_read_quietly(problem_run):
    result, report, _ = problem_run
    docs = {d["file"]: d for d in report["documents"]}
    assert docs["nho_2020.docx"]["outcome"] == "parsed_no_tiltak"
    assert docs["nho_2020.docx"]["utfall"] == "lest, men fant ingen tiltak"
    unread = docs["ys_2020.docx"]
    assert unread["outcome"] == "parsed_rows_skipped" and unread["utfall"] == "lest, 3 rader ikke lest"
    assert [(s["kilde"], s["reason"]) for s in unread["skipped_rows"]] == [
        ("ys_2020.docx#t1-r3", "raden har ingen tekst i tiltakskolonnen"),
        ("ys_2020.docx#t2-r1", "tabellen har ingen kolonne som kan leses som tiltak"),
        ("ys_2020.docx#t2-r2", "tabellen har ingen kolonne som kan leses som tiltak"),
    ]
    assert unread["rows"] == 2 and unread["needs_attention"]
    assert result.exit_code == 1


def test_documents_that_are_no_member_report_are_rejected_and_counted_nowhere(problem_run):
    _, report, out = problem_run
    docs = {d["file"]: d for d in report["documents"]}
    for name in ("forelesningsnotater_kompetanse.pdf", "kommuneplan_samfunnsdel_2020.docx"):
        assert docs[name]["outcome"] == "rejected" and docs[name]["rejection"]["kind"] == "not_a_report"
        assert docs[name]["error"].startswith(f"{name}: ikke en rapport til Kompetansepolitisk råd")
    assert {r["source_file"] for r in read_csv(out / "extracted.csv")} == {"lo_2020.docx", "ys_2020.docx"}


def test_problem_files_stand_first_in_run_json_the_console_and_review_html(problem_run):
    result, report, out = problem_run
    files = [d["file"] for d in report["documents"]]
    assert files[-1] == "lo_2020.docx" and all(d["needs_attention"] for d in report["documents"][:-1])
    table = result.output[result.output.index("Rapporter"):]
    # The run table may shorten a name in the middle on a narrow terminal, but always keeps its start.
    assert table.index("nho_") < table.index("lo_20")
    html = (out / "review.html").read_text(encoding="utf-8")
    assert html.index("Filer som må sjekkes (4)") < html.index("Sikkerhetsskala")
    assert "ys_2020.docx#t1-r3" in html and "raden har ingen tekst i tiltakskolonnen" in html


def test_the_console_tells_each_problem_once(problem_run):
    result, report, _ = problem_run
    for d in report["documents"]:
        for text in [d["error"], *d["warnings"]]:
            if text:
                assert result.output.count(text[:60]) <= 1, text
    assert "4 fil(er) må sjekkes" in result.output
