"""The console at any width: the run table fits the terminal by shortening file names in the middle and leaving
out the less important columns, never by breaking a name over two lines; every name stays whole above it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from pipeline.run_table import Column, fit, middle_ellipsis

ROOT = Path(__file__).resolve().parents[2]
LONG_REPORT = "landsorganisasjonen_i_norge_rapport_til_kompetansepolitisk_raad_2018.docx"
LONG_JUNK = "notat_fra_moetet_i_kompetansepolitisk_raad_om_rapporteringen.txt"
BOX = "┏┃┡│└"


def test_middle_ellipsis_keeps_start_and_end():
    assert middle_ellipsis("more_og_romsdal_fk_2018.docx", 40) == "more_og_romsdal_fk_2018.docx"
    short = middle_ellipsis("more_og_romsdal_fk_2018.docx", 16)
    assert cell_len(short) == 16 and short.startswith("more_og") and short.endswith("18.docx") and "…" in short
    assert cell_len(middle_ellipsis("Trøndelag_fylkeskommune_æøå_2018.pdf", 12)) <= 12


def test_narrow_tables_leave_out_the_least_important_columns_first():
    columns = [Column("Fil", 12, 0), Column("Rådsmedlem", 8, 3), Column("Utfall", 10, 1), Column("Merknader", 9, 5)]
    rows = [["x" * 50, "Møre og Romsdal fylkeskommune", "lest", "1"]]
    shown, widths = fit(columns, rows, 40)
    assert [c.header for c in shown] == ["Fil", "Utfall"] or [c.header for c in shown] == ["Fil", "Rådsmedlem", "Utfall"]
    assert sum(widths) + 3 * len(shown) + 1 <= 40
    shown, widths = fit(columns, rows, 200)
    assert len(shown) == 4 and widths[0] == 50


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bredde") / "2018"
    folder.mkdir()
    shutil.copy(ROOT / "samples" / "2018" / "lo_2018.docx", folder / LONG_REPORT)
    (folder / LONG_JUNK).write_text("Et notat, ikke en rapport.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("width", [40, 80, 200])
def test_the_run_table_fits_the_terminal_and_names_stay_whole(inbox, width, tmp_path):
    # Cache, outputs and history shared by the widths: the report is read and the outputs written once, and a
    # run with nothing new prints the same table.
    out = inbox.parent / "ut"
    env = {**os.environ, "COLUMNS": str(width), "LINES": "50"}
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(inbox), "--out", str(out), "--history",
         str(inbox.parent / "h.sqlite"), "--cache-dir", str(inbox.parent / "cache")],
        capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # the note is rejected: exit code 1
    output = result.stdout + result.stderr
    table = [line for line in result.stdout.splitlines() if line[:1] in BOX]
    assert len(table) >= 6
    for line in table:
        assert cell_len(line) <= width, line
    # Every name whole where a user reads it: the progress lines above the table and run.json.
    for name in (LONG_REPORT, LONG_JUNK):
        assert any(name in line for line in output.splitlines()), name
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {d["file"] for d in report["documents"]} == {LONG_REPORT, LONG_JUNK}
    rows = "\n".join(table)
    if width >= 200:
        assert LONG_REPORT in rows and "…" not in rows and "Merknader" in rows
    else:
        assert "…" in rows and str(out / "run.json") in " ".join(result.stdout.split())
