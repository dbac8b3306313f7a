"""The two make targets a newcomer uses: `make demo` (two sample years, with work to review) and
`make run INBOX=…` (tiltak on one's own reports). Run with this Python's environment as the venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from pipeline.outputs.csv_files import read_csv
from pipeline.settings import DEFAULT_AUTHOR

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)


def make(*args: str) -> subprocess.CompletedProcess:
    tool = shutil.which("make")
    if tool is None:
        pytest.skip("make is not installed")
    if not (VENV / "bin" / "tiltak").is_file():
        pytest.skip(f"tiltak is not installed in {VENV} (make .venv/.installed)")
    # -o: the venv is taken as it is, never rebuilt by a test.
    return subprocess.run([tool, "--no-print-directory", "-o", f"{VENV}/.installed", f"VENV={VENV}", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    return make("demo", f"DEMO_OUT={out}"), out


def test_demo_reproduces_the_seeds_2018_publication(demo):
    result, out = demo
    assert result.returncode == 0, result.stdout + result.stderr
    matrix = docx.Document(str(out / "2018" / "matrix.docx"))
    assert [len(t.rows) - 1 for t in matrix.tables] == [46, 59, 24]
    assert matrix.paragraphs[-1].text == "Totalt antall tiltak 129"
    assert matrix.core_properties.author == DEFAULT_AUTHOR
    summary = (out / "2018" / "oppsummering.md").read_text(encoding="utf-8")
    for line in ("| FoU | 35 | 6 | 26 | 3 |", "| Kurs/utdanning | 28 | 7 | 10 | 11 |", "| Råd/utvalg/nettverk | 28 | 21 | 4 | 3 |",
                 "| Prosjekt | 15 | 6 | 5 | 4 |", "| Informasjon | 11 | 4 | 4 | 3 |", "| Arrangement | 12 | 2 | 10 | 0 |"):
        assert line in summary
    assert "Hovedinnsatsområde 1 har fire delmål og 46 tiltak, mens det i 2017 ble rapportert inn 24 tiltak." in summary


def test_demo_leaves_2019_with_work_to_review_and_compared_with_2018(demo):
    result, out = demo
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Åpne {out}/2019/review.html" in result.stdout
    later = out / "2019"
    assert "mens det i 2018 ble rapportert inn 46 tiltak" in (later / "oppsummering.md").read_text(encoding="utf-8")
    flagged = [r for r in read_csv(later / "register.csv") if r["needs_review"] == "ja"]
    reasons = " ".join(r["merknader"] for r in flagged)
    assert "usikker sammenslåing" in reasons  # rows from two reports merged on a score to check
    # Every one of them is on the review page and in the workbook the reviewers fill in.
    page = (later / "review.html").read_text(encoding="utf-8")
    assert "utledet" in page  # types inferred from the text, not given by the report, are marked so
    assert "duplikat" in page  # near-duplicates that were not merged
    import openpyxl

    workbook = openpyxl.load_workbook(later / "review.xlsx", read_only=True)
    cells = {str(v) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    for row in flagged:
        assert row["tiltak_id"] in page and row["tiltak_id"] in cells


def test_make_run_needs_an_inbox():
    result = make("run")
    assert result.returncode != 0
    assert "Oppgi mappen med rapportene: make run INBOX=mappe" in result.stderr


def test_make_run_writes_beside_the_inbox_and_says_the_command(tmp_path):
    inbox = tmp_path / "Mine rapporter" / "2019"
    inbox.mkdir(parents=True)
    shutil.copy(ROOT / "samples" / "2019" / "lo_2019.docx", inbox / "lo.docx")
    history = tmp_path / "historikk.sqlite"
    result = make("run", f"INBOX={inbox}/", f"HISTORY={history}")
    assert result.returncode == 0, result.stdout + result.stderr
    out = tmp_path / "Mine rapporter" / "2019-resultater"
    assert f'run "{inbox}" --out "{out}" --history "{history}"' in result.stdout
    assert (out / "register.xlsx").is_file() and (out / "matrix.docx").is_file()
    # tiltak's exit code shows through make: a rejected file is code 1, "Error 1".
    (inbox / "tom.pdf").write_bytes(b"")
    rejected = make("run", f"INBOX={inbox}", f"OUT={tmp_path / 'ut'}", f"HISTORY={history}")
    assert rejected.returncode != 0 and "Error 1" in rejected.stderr
    assert (tmp_path / "ut" / "run.json").is_file()


def _guides() -> dict[str, str]:
    return {name: (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "BRUKERVEILEDNING.md")}


def test_both_guides_describe_every_file_a_run_writes(demo):
    result, out = demo
    assert result.returncode == 0, result.stdout + result.stderr
    written = sorted(p.name for p in (out / "2019").iterdir() if not p.name.startswith("."))
    for name, text in _guides().items():
        assert [f for f in written if f"`{f}`" not in text] == [], name


def test_both_guides_say_how_to_run_it_and_what_excel_users_open():
    from pipeline.settings import DECISIONS_SUFFIX

    readme, guide = _guides().values()
    assert "BRUKERVEILEDNING.md" in "".join(readme.splitlines()[:4])  # linked from the README's first lines
    for text in (readme, guide):
        assert "make run INBOX=" in text and ".venv/bin/tiltak" in text and "source .venv/bin/activate" in text
        assert "register.xlsx" in text and "UTF-8" in text
    assert "delmål are text" in readme and "delmål tekst" in guide
    assert f"`Rapporter/2020{DECISIONS_SUFFIX}`" in guide  # the exact name the run looks for
