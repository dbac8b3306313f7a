"""Possible duplicates and overrides in review.xlsx: the doubts the run flags, a reviewer's one-cell answer
(slå sammen / hold adskilt), a tiltak's wording and ansvarlig rewritten; the next run applies them and
the workbook it writes carries them on."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv

runner = CliRunner()
REPORTS = {
    "lo": [("1.1", "LO deltar i Kompetansebehovsutvalget", "Råd/utvalg/nettverk"),
           ("2.1", "Kurs i digitale verktøy for tillitsvalgte, utviklet sammen med YS", "Kurs")],
    "nho": [("1.1", "NHO har fast plass i KBU", "")],
    "ys": [("1.1", "Arbeidet i KBU følges tett av YS", ""),
           ("2.1", "Nettkurs om personvern for verneombud i samarbeid med LO", "Kurs")],
}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inbox") / "2020"
    folder.mkdir()
    for member, rows in REPORTS.items():
        document = docx.Document()
        document.add_heading(f"Rapport fra {member.upper()}", 1)
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Delmål", "Tiltak", "Type tiltak")):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        document.save(folder / f"{member}_2020.docx")
    return folder


def _run(inbox: Path, out: Path, *args: str):
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(out.parent / "h.sqlite"), *args])
    assert result.exit_code == 0, result.output
    return result


def _register(out: Path) -> dict[str, dict]:
    return {r["tiltak"]: r for r in read_csv(out / "register.csv")}


def _sheet(path: Path, name: str) -> list[dict]:
    ws = load_workbook(path)[name]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]


def _edit(path: Path, target: Path, sheet: str, match, values: dict) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    header = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        row = {h: ws.cell(row=r, column=c).value for h, c in header.items()}
        if match(row):
            for column, value in values.items():
                ws.cell(row=r, column=header[column], value=value)
    wb.save(target)


def test_doubts_are_flagged_and_listed_as_possible_duplicates(inbox, tmp_path):
    out = tmp_path / "out"
    _run(inbox, out)
    register = _register(out)
    council = register["Kompetansebehovsutvalget (KBU)"]
    assert (council["ansvarlig"], council["rapportert_av"]) == ("Regjeringen", "LO; NHO")
    mention = register["Arbeidet i KBU følges tett av YS"]
    # Names the council without saying it takes part: flagged, with the council's row as the candidate; the
    # council's row, which lacks YS, may be missing a member and names the mention in turn.
    assert mention["needs_review"] == "ja" and f"mulig samme tiltak som {council['tiltak_id']}" in mention["merknader"]
    assert council["needs_review"] == "ja" and f"mulig samme tiltak som {mention['tiltak_id']}" in council["merknader"]
    lo, ys = register["Kurs i digitale verktøy for tillitsvalgte, utviklet sammen med YS"], \
        register["Nettkurs om personvern for verneombud i samarbeid med LO"]
    # A near miss resting on joint evidence: both flagged, each naming the other.
    assert f"mulig samme tiltak som {ys['tiltak_id']}" in lo["merknader"]
    assert f"mulig samme tiltak som {lo['tiltak_id']}" in ys["merknader"]

    pairs = _sheet(out / "review.xlsx", "Mulige duplikater")
    listed = {(p["Tiltak-ID"], p["Mulig samme som"]) for p in pairs}
    assert (mention["tiltak_id"], council["tiltak_id"]) in listed
    assert {(lo["tiltak_id"], ys["tiltak_id"]), (ys["tiltak_id"], lo["tiltak_id"])} & listed
    assert all(p["Bør kontrolleres"] == "ja" and not p["Beslutning"] for p in pairs)


def test_reviewers_answers_and_overrides_are_applied_and_carried_on(inbox, tmp_path):
    first = tmp_path / "first"
    _run(inbox, first)
    before = _register(first)
    council = before["Kompetansebehovsutvalget (KBU)"]["tiltak_id"]
    mention = before["Arbeidet i KBU følges tett av YS"]["tiltak_id"]
    lo = before["Kurs i digitale verktøy for tillitsvalgte, utviklet sammen med YS"]["tiltak_id"]
    decisions = tmp_path / "beslutninger.xlsx"
    _edit(first / "review.xlsx", decisions, "Mulige duplikater",
          lambda r: r["Tiltak-ID"] == mention, {"Beslutning": "slå sammen"})
    _edit(decisions, decisions, "Mulige duplikater",
          lambda r: lo in (r["Tiltak-ID"], r["Mulig samme som"]), {"Beslutning": "hold adskilt"})
    _edit(decisions, decisions, "Tiltak", lambda r: r["Tiltak-ID"] == council,
          {"Tiltak (rettet)": "Kompetansebehovsutvalget", "Ansvarlig (rettet)": "KD"})

    second = tmp_path / "second"
    _run(inbox, second, "--decisions", str(decisions))
    after = {r["tiltak_id"]: r for r in _register(second).values()}
    assert mention not in after
    kbu = after[council]
    assert (kbu["tiltak"], kbu["ansvarlig"], kbu["rapportert_av"]) == ("Kompetansebehovsutvalget", "KD", "LO; NHO; YS")
    assert "KD" not in kbu["samarbeidspartnere"].split(", ")
    kept_apart = [r for r in after.values() if r["delmal"] == "2.1"]
    assert len(kept_apart) == 2 and all(r["needs_review"] == "nei" for r in kept_apart)

    # The workbook the second run wrote, given back as it is, gives the same register again.
    third = tmp_path / "third"
    shutil.copy(second / "review.xlsx", decisions)
    _run(inbox, third, "--decisions", str(decisions))
    assert (third / "register.csv").read_bytes() == (second / "register.csv").read_bytes()
    pairs = _sheet(decisions, "Mulige duplikater")
    assert {p["Beslutning"] for p in pairs} == {"slå sammen", "hold adskilt"}


def test_an_answer_that_is_neither_is_refused_naming_the_cell(inbox, tmp_path):
    first = tmp_path / "first"
    _run(inbox, first)
    decisions = tmp_path / "beslutninger.xlsx"
    _edit(first / "review.xlsx", decisions, "Mulige duplikater", lambda r: True, {"Beslutning": "kanskje"})
    result = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "second"), "--history",
                                 str(tmp_path / "h.sqlite"), "--decisions", str(decisions)])
    assert result.exit_code == 2
    assert "celle Mulige duplikater!E2" in result.output and "«slå sammen» eller «hold adskilt»" in result.output
