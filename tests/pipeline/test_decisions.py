"""Reviewers' decisions: an edited review.xlsx changes exactly what it names, sticks across re-runs,
reports what no longer matches and is refused, naming the cell, when it is malformed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv as _csv

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ("lo_2018.docx", "nho_2018.pdf", "ks_2018.pdf", "unio_2018.docx")
runner = CliRunner()



def _run(inbox: Path, out: Path, *args: str):
    return runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(out.parent / "h.sqlite"), *args])


@pytest.fixture()
def inbox(tmp_path) -> Path:
    folder = tmp_path / "2018"
    folder.mkdir()
    for name in REPORTS:
        shutil.copy(ROOT / "samples" / "2018" / name, folder / name)
    return folder


def _edit(review: Path, target: Path, entries: dict[str, dict[str, str]], rows: dict[str, dict[str, str]] = {}) -> None:
    """Fill in decisions as a reviewer would in Excel: entries by tiltak id, rows by kilde."""
    wb = load_workbook(review)
    for sheet, key, edits in (("Tiltak", "Tiltak-ID", entries), ("Kilderader", "Kilde", rows)):
        ws = wb[sheet]
        header = {c.value: c.column for c in ws[1]}
        for r in range(2, ws.max_row + 1):
            for column, value in edits.get(ws.cell(row=r, column=header[key]).value, {}).items():
                ws.cell(row=r, column=header[column], value=value)
    wb.save(target)


def _by_id(out: Path) -> dict[str, dict]:
    return {r["tiltak_id"]: r for r in _csv(out / "register.csv")}


def test_decisions_change_exactly_the_rows_they_name_and_stick(inbox, tmp_path):
    first = tmp_path / "first"
    assert _run(inbox, first).exit_code == 0
    before = _by_id(first)
    rsa = next(r for r in before.values() if "RSA" in r["tiltak"] and ";" in r["rapportert_av"])
    fou = [r for r in before.values() if r["type"] == "FoU" and r["delmal"] == "2.2"]
    corrected, merged_from, merged_into = fou[0], fou[1], fou[2]
    ks_rsa = next(k for k in rsa["kilder"].split("; ") if k.startswith("ks_2018.pdf"))
    decisions = inbox.parent / "2018-beslutninger.xlsx"  # beside the inbox: picked up without --decisions
    _edit(
        first / "review.xlsx",
        decisions,
        {
            corrected["tiltak_id"]: {"Delmål (rettet)": "2.1", "Kommentar": "Handler om digital kompetanse"},
            merged_from["tiltak_id"]: {"Slå sammen med": merged_into["tiltak_id"]},
            rsa["tiltak_id"]: {"Kontrollert": "ja"},
        },
        {ks_rsa: {"Skill ut": "ja"}},
    )

    second = tmp_path / "second"
    result = _run(inbox, second)
    assert result.exit_code == 0, result.output
    after = _by_id(second)

    assert after[corrected["tiltak_id"]]["delmal"] == "2.1" and after[corrected["tiltak_id"]]["omrade"] == "2"
    assert merged_from["tiltak_id"] not in after
    assert set(after[merged_into["tiltak_id"]]["kilder"].split("; ")) == {
        *merged_into["kilder"].split("; "), *merged_from["kilder"].split("; ")
    }
    assert ks_rsa not in after[rsa["tiltak_id"]]["kilder"]
    split = next(r for r in after.values() if r["kilder"] == ks_rsa)
    assert after[rsa["tiltak_id"]]["needs_review"] == "nei"
    # Nothing else moved: every other row is as it was.
    named = {corrected["tiltak_id"], merged_from["tiltak_id"], merged_into["tiltak_id"], rsa["tiltak_id"]}
    untouched = {k: v for k, v in before.items() if k not in named}
    assert {k: after[k] for k in untouched} == untouched
    assert len(after) == len(before)  # one merged away, one split out
    assert split["tiltak_id"] not in before
    report = json.loads((second / "run.json").read_text(encoding="utf-8"))
    assert len(report["decisions"]["applied"]) == 4 and report["decisions"]["stale"] == []

    # The new review.xlsx carries the decisions: given back unchanged, the register stays the same.
    third = tmp_path / "third"
    shutil.copy(second / "review.xlsx", decisions)
    assert _run(inbox, third).exit_code == 0
    assert (third / "register.csv").read_bytes() == (second / "register.csv").read_bytes()


def test_a_decision_that_matches_nothing_is_reported(inbox, tmp_path):
    first = tmp_path / "first"
    assert _run(inbox, first).exit_code == 0
    some = next(iter(_by_id(first)))
    wb = load_workbook(first / "review.xlsx")
    ws = wb["Tiltak"]
    row = ws.max_row + 1
    header = {c.value: c.column for c in ws[1]}
    ws.cell(row=row, column=header["Tiltak-ID"], value="TDEADBEEF")
    ws.cell(row=row, column=header["Kontrollert"], value="ja")
    ws.cell(row=row, column=header["Radnøkler"], value="000000000000")
    decisions = tmp_path / "beslutninger.xlsx"
    wb.save(decisions)
    _edit(decisions, decisions, {some: {"Slå sammen med": "T0000FFFF"}})

    result = _run(inbox, tmp_path / "second", "--decisions", str(decisions))

    assert result.exit_code == 0
    assert "TDEADBEEF finnes ikke lenger" in result.output
    assert "T0000FFFF finnes ikke lenger" in result.output
    stale = json.loads((tmp_path / "second" / "run.json").read_text(encoding="utf-8"))["decisions"]["stale"]
    assert len(stale) == 2 and any(s.startswith(f"Tiltak!A{row}") for s in stale)


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("Delmål (rettet)", "4.7", "«4.7» er ikke et delmål"),
        ("Type (rettet)", "Seminar", "«Seminar» er ikke en type tiltak"),
        ("Kontrollert", "kanskje", "«kanskje» skal være «ja» eller «nei»"),
        ("Slå sammen med", "tiltak 12", "«tiltak 12» er ikke en tiltak-ID"),
    ],
)
def test_a_malformed_decisions_file_is_refused_naming_the_cell(inbox, tmp_path, column, value, message):
    first = tmp_path / "first"
    assert _run(inbox, first).exit_code == 0
    some = next(iter(_by_id(first)))
    decisions = tmp_path / "beslutninger.xlsx"
    _edit(first / "review.xlsx", decisions, {some: {column: value}})

    result = _run(inbox, tmp_path / "second", "--decisions", str(decisions))

    assert result.exit_code == 2
    assert message in result.output and "celle Tiltak!" in result.output and str(decisions) in result.output
    assert not (tmp_path / "second" / "register.csv").exists()


def test_a_workbook_without_the_decision_sheets_is_refused(inbox, tmp_path):
    first = tmp_path / "first"
    assert _run(inbox, first).exit_code == 0
    result = _run(inbox, tmp_path / "second", "--decisions", str(first / "register.xlsx"))
    assert result.exit_code == 2
    assert "arket «Tiltak» mangler" in result.output
