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

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ("lo_2018.docx", "nho_2018.pdf", "ks_2018.pdf", "unio_2018.docx")
runner = CliRunner()



def _run(inbox: Path, out: Path, *args: str):
    return runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(out.parent / "h.sqlite"), *args])


@pytest.fixture()
def inbox(tmp_path, reports) -> Path:
    return reports(tmp_path / "2018", REPORTS)


def _edit(review: Path, target: Path, entries: dict[str, dict[str, str]],
          rows: dict[str, dict[str, str]] | None = None) -> None:
    """Fill in decisions as a reviewer would in Excel: entries by tiltak id, rows by kilde."""
    wb = load_workbook(review)
    for sheet, key, edits in (("Tiltak", "Tiltak-ID", entries), ("Kilderader", "Kilde", rows or {})):
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


def test_a_malformed_decisions_file_is_refused_naming_every_cell(inbox, tmp_path, first_run):
    ids = list(_by_id(first_run))
    bad = {"Delmål (rettet)": ("4.7", "«4.7» er ikke et delmål"),
           "Type (rettet)": ("Seminar", "«Seminar» er ikke en type tiltak"),
           "Kontrollert": ("kanskje", "«kanskje» skal være «ja» eller «nei»"),
           "Slå sammen med": ("tiltak 12", "«tiltak 12» er ikke en tiltak-ID")}
    decisions = tmp_path / "beslutninger.xlsx"
    _edit(first_run / "review.xlsx", decisions,
          {tid: {column: value} for tid, (column, (value, _)) in zip(ids, bad.items())})

    result = _run(inbox, tmp_path / "second", "--decisions", str(decisions))

    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert str(decisions) in output and "4 celle(r) må rettes" in output
    for column, (_, message) in bad.items():
        assert message in output and f"(kolonne «{column}»)" in output
    assert not (tmp_path / "second" / "register.csv").exists()


def test_a_workbook_without_the_decision_sheets_is_refused(inbox, tmp_path):
    first = tmp_path / "first"
    assert _run(inbox, first).exit_code == 0
    result = _run(inbox, tmp_path / "second", "--decisions", str(first / "register.xlsx"))
    assert result.exit_code == 2
    assert "arket «Tiltak» mangler" in result.output


# ---------------------------------------------------------------------------- 5. a decision stays on what it names
@pytest.fixture(scope="module")
def first_run(tmp_path_factory, reports) -> Path:
    """One run over the reports, made once: its review.xlsx is what the reviewers below fill in."""
    base = tmp_path_factory.mktemp("decisions")
    assert _run(reports(base / "2018", REPORTS), base / "first").exit_code == 0
    return base / "first"


def _sheet(path: Path, sheet: str) -> list[dict]:
    ws = load_workbook(path, read_only=True)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _keys(review: Path) -> dict[str, list[str]]:
    """Each tiltak's row keys, as review.xlsx lists them."""
    return {r["Tiltak-ID"]: (r["Radnøkler"] or "").split() for r in _sheet(review, "Tiltak")}


def _kilde_of(review: Path) -> dict[str, str]:
    return {r["Radnøkkel"]: r["Kilde"] for r in _sheet(review, "Kilderader")}


def _reviewed(review: Path) -> dict[str, tuple]:
    return {r["Tiltak-ID"]: (r["Kontrollert"], r["Kommentar"]) for r in _sheet(review, "Tiltak")}


def test_kontrollert_and_comments_never_move_to_rows_split_out_or_merged_in(inbox, tmp_path, first_run):
    first = first_run
    before = _by_id(first)
    keys, kilde = _keys(first / "review.xlsx"), _kilde_of(first / "review.xlsx")
    # Two measures several members report, each checked with a comment and its first row split out
    # (the row whose key names the measure, so the split-out row could take its name).
    kari, ola = [tid for tid, k in keys.items() if len(k) > 1][:2]
    kari_row, ola_row = kilde[min(keys[kari])], kilde[min(keys[ola])]
    singles = [tid for tid, k in keys.items() if len(k) == 1]
    merged_from, merged_into = singles[0], singles[1]
    decisions = inbox.parent / "2018-beslutninger.xlsx"
    _edit(
        first / "review.xlsx",
        decisions,
        {
            kari: {"Kontrollert": "ja", "Kommentar": "sjekket av Kari"},
            ola: {"Kontrollert": "ja", "Kommentar": "sjekket av Ola"},
            merged_from: {"Kontrollert": "ja", "Kommentar": "sjekket av Per", "Slå sammen med": merged_into},
        },
        {kari_row: {"Skill ut": "ja"}, ola_row: {"Skill ut": "ja"}},
    )

    second = tmp_path / "second"
    assert _run(inbox, second).exit_code == 0
    marks = _reviewed(second / "review.xlsx")
    assert marks[kari] == ("ja", "sjekket av Kari") and marks[ola] == ("ja", "sjekket av Ola")
    after = _by_id(second)
    assert len(after) == len(before) + 1  # two split out, one merged away
    split_out = [tid for tid, r in after.items() if r["kilder"] in (kari_row, ola_row)]
    assert len(split_out) == 2 and not set(split_out) & {kari, ola}
    for tid in split_out:
        assert marks[tid] == (None, None), tid  # nobody checked the row on its own
    assert marks[merged_into] == (None, None)  # checked was the tiltak merged in, not this one

    # Given back as it is, the workbook still marks exactly the two checked tiltak as checked.
    shutil.copy(second / "review.xlsx", decisions)
    third = tmp_path / "third"
    assert _run(inbox, third).exit_code == 0
    assert json.loads((third / "run.json").read_text(encoding="utf-8"))["reviewed"] == 2


# ---------------------------------------------------------------------------- 4. workbooks known by content
def test_a_review_workbook_in_the_inbox_is_never_read_as_a_report(inbox, tmp_path, first_run):
    first = first_run
    shutil.copy(first / "review.xlsx", inbox / "review.xlsx")
    shutil.copy(first / "review.xlsx", inbox / "lo_2018_kommentarer.xlsx")

    result = _run(inbox, tmp_path / "second")

    report = json.loads((tmp_path / "second" / "run.json").read_text(encoding="utf-8"))
    documents = {d["file"]: d for d in report["documents"]}
    for name in ("review.xlsx", "lo_2018_kommentarer.xlsx"):
        assert documents[name]["outcome"] == "review_workbook" and documents[name]["rows"] == 0
        assert name in result.output
    assert report["extracted_rows"] == json.loads((first / "run.json").read_text(encoding="utf-8"))["extracted_rows"]
    assert "--decisions" in result.output and str(inbox.parent / "2018-beslutninger.xlsx") in result.output
    assert result.exit_code == 1  # the reviewers' work lies unused: announced in the exit code too


def test_a_decisions_workbook_named_so_in_the_inbox_is_applied(inbox, tmp_path, first_run):
    first = first_run
    some = next(iter(_by_id(first)))
    _edit(first / "review.xlsx", inbox / "beslutninger.xlsx", {some: {"Delmål (rettet)": "3.6"}})

    result = _run(inbox, tmp_path / "second")

    assert result.exit_code == 0, result.output
    assert _by_id(tmp_path / "second")[some]["delmal"] == "3.6"
    report = json.loads((tmp_path / "second" / "run.json").read_text(encoding="utf-8"))
    assert report["decisions"]["file"] == str(inbox / "beslutninger.xlsx")
    assert {d["file"]: d["outcome"] for d in report["documents"]}["beslutninger.xlsx"] == "decisions"


def test_a_workbook_given_with_decisions_from_inside_the_inbox_is_applied_not_read(inbox, tmp_path, first_run):
    first = first_run
    some = next(iter(_by_id(first)))
    _edit(first / "review.xlsx", inbox / "fra_kari.xlsx", {some: {"Type (rettet)": "FoU"}})

    result = _run(inbox, tmp_path / "second", "--decisions", str(inbox / "fra_kari.xlsx"))

    assert result.exit_code == 0, result.output
    assert _by_id(tmp_path / "second")[some]["type"] == "FoU"
    report = json.loads((tmp_path / "second" / "run.json").read_text(encoding="utf-8"))
    assert {d["file"]: d["outcome"] for d in report["documents"]}["fra_kari.xlsx"] == "decisions"


def _about(review: Path) -> str:
    return " ".join(str(r[0]) for r in load_workbook(review, read_only=True)["Om"].iter_rows(values_only=True) if r[0])


def test_the_om_sheet_names_the_file_the_next_run_reads(inbox, tmp_path, first_run):
    # No decisions yet: the file beside the inbox, which the next run looks for.
    beside = (first_run.parent / "2018-beslutninger.xlsx").resolve()
    assert f"«{beside.name}» i mappen {beside.parent}" in _about(first_run / "review.xlsx")
    # Decisions read from the inbox: that file, which the next run reads again.
    some = next(iter(_by_id(first_run)))
    _edit(first_run / "review.xlsx", inbox / "beslutninger.xlsx", {some: {"Kontrollert": "ja"}})
    assert _run(inbox, tmp_path / "second").exit_code == 0
    assert f"«beslutninger.xlsx» i mappen {inbox.resolve()}" in _about(tmp_path / "second" / "review.xlsx")
