"""Parallel and incremental runs: the same register however many workers, only new reports re-read,
and a run over unchanged inputs leaves the outputs as they are."""

from __future__ import annotations

import functools
import shutil
import time
from pathlib import Path

import pytest

from pipeline.batch import run
from pipeline.settings import Settings
from pipeline.workers import Budget, run_all

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ("lo_2018.docx", "nho_2018.pdf", "ks_2018.pdf", "vofo_2018.pdf", "hedmark_fk_2018.pdf")


@pytest.fixture()
def inbox(tmp_path, reports) -> Path:
    return reports(tmp_path / "2018", REPORTS)


def _settings(inbox: Path, tmp_path: Path, out: str, **kw) -> Settings:
    return Settings(inbox=inbox, out=tmp_path / out, history=tmp_path / f"{out}.sqlite", cache_dir=tmp_path / "cache", **kw)


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def test_parallel_and_sequential_runs_write_the_same(inbox, tmp_path):
    one = run(_settings(inbox, tmp_path, "one", jobs=1, cache=False))
    two = run(_settings(inbox, tmp_path, "two", jobs=2, cache=False))
    assert [d.document.source_file for d in two.documents] == sorted(REPORTS)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert len(one.register) == len(two.register) > 0


def test_a_rerun_reads_only_the_report_that_changed(inbox, tmp_path):
    seen: list[tuple[str, bool]] = []

    def progress(processed, n, total):
        seen.append((processed.result.document.source_file, processed.cached))

    first = run(_settings(inbox, tmp_path, "out", jobs=2), progress)
    assert not any(cached for _, cached in seen)
    # NHO sends a corrected report: same name, other bytes (the same report as another member's file).
    shutil.copy(ROOT / "samples" / "2019" / "nho_2019.pdf", inbox / "nho_2018.pdf")
    seen.clear()
    second = run(_settings(inbox, tmp_path, "out", jobs=2), progress)
    assert sorted(name for name, cached in seen if not cached) == ["nho_2018.pdf"]
    assert {d.document.source_file for d in second.documents} == set(REPORTS)
    assert second.outputs and first.register != second.register
    # With --no-cache every report is read again.
    seen.clear()
    run(_settings(inbox, tmp_path, "out", jobs=1, cache=False), progress)
    assert not any(cached for _, cached in seen) and len(seen) == len(REPORTS)


def test_unchanged_inputs_leave_the_outputs_alone_unless_one_was_touched(inbox, tmp_path):
    settings = _settings(inbox, tmp_path, "out", jobs=1)
    first = run(settings)
    before = _outputs(tmp_path / "out")
    again = run(settings)
    assert again.outputs == () and "ingen endringer" in again.notes[-1]
    assert _outputs(tmp_path / "out") == before
    assert len(again.register) == len(first.register)
    # A reviewer overwrote register.csv: the run writes the outputs again, and keeps the reviewer's version.
    (tmp_path / "out" / "register.csv").write_text("rotet til\n", encoding="utf-8")
    third = run(settings)
    assert "register.csv" in third.outputs
    now = _outputs(tmp_path / "out")
    (kept,) = [name for name in now if name.startswith("register (endret ")]
    assert now.pop(kept) == b"rotet til\n" and dict(third.kept_edits) == {"register.csv": kept}
    assert {k: v for k, v in now.items() if k != "run.json"} == {k: v for k, v in before.items() if k != "run.json"}
    # New thresholds are a new input.
    from pipeline.settings import Thresholds

    fourth = run(_settings(inbox, tmp_path, "out", jobs=1, thresholds=Thresholds(delmal=0.99)))
    assert fourth.outputs


def test_an_output_folder_inside_the_inbox_is_refused(inbox, tmp_path):
    from tiltak_core.errors import OutputError

    with pytest.raises(OutputError, match="ligger inne i innboksen"):
        run(Settings(inbox=inbox, out=inbox / "ut", history=tmp_path / "h.sqlite"))
    assert not (inbox / "ut").exists()


def _slow_square(n: int) -> int:
    time.sleep(0.2)
    return n * n


def test_steps_taken_while_the_workers_read_leave_every_result_in_place():
    """The main process imports the output writers while a worker reads: in order, and no result is lost."""
    taken: list[int] = []
    results: dict[int, object] = {}
    run_all(list(range(5)), _slow_square, 1, Budget(60), results.__setitem__, lambda n, why: results.__setitem__(n, why),
            meanwhile=[functools.partial(taken.append, k) for k in range(3)])
    assert results == {n: n * n for n in range(5)}
    assert taken and taken == list(range(len(taken)))
