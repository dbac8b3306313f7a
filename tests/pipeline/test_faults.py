"""Faults: a run that fails or is interrupted changes nothing, and the inbox is never written to.

The README promises that outputs are written to a staging folder and moved into place only when the
run completes, so a failed or interrupted run leaves the previous outputs as they were, and that the
history gains the year only once the outputs are in place.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.batch
import pipeline.outputs.publication
import pipeline.outputs.review_html
import pipeline.outputs.review_xlsx
import pipeline.outputs.staging
from pipeline.batch import EXIT_UNUSABLE, run
from pipeline.cli import app
from tiltak_core.errors import OutputError, TiltakError
from pipeline.history import open_history
from pipeline.outputs.staging import Staging
from pipeline.settings import Settings

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "2018"
SMALL = ("vestland_fk_2018.pdf", "hedmark_fk_2018.pdf", "telemark_fk_2018.docx")
runner = CliRunner()


class Boom(RuntimeError):
    """The crash a test injects."""


def snapshot(folder: Path, own_mtime: bool = True) -> dict[str, tuple]:
    """Every entry under a folder, hidden ones too: kind, bytes and modification time (folders' too, which
    change when anything is created or removed in them, even for a moment). An output folder's own time
    is left out (own_mtime=False): the staging folder is made and removed inside it by design."""
    shot = {".": ("dir", None, folder.stat().st_mtime_ns if own_mtime else None)}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            shot[key] = ("link", os.readlink(path), st.st_mtime_ns)
        elif path.is_dir():
            shot[key] = ("dir", None, st.st_mtime_ns)
        else:
            shot[key] = ("file", path.read_bytes(), st.st_mtime_ns)
    return shot


def make_inbox(tmp_path: Path, names=SMALL) -> Path:
    inbox = tmp_path / "2018"
    inbox.mkdir()
    for name in names:
        shutil.copy(SAMPLES / name, inbox / name)
    return inbox


def settings(inbox: Path, out: Path, history: Path) -> Settings:
    # No cache: every run here must really write (a cached run with unchanged inputs writes nothing).
    return Settings(inbox=inbox, out=out, year=2018, history=history, cache=False, jobs=1)


@pytest.fixture(scope="module")
def earlier_run(tmp_path_factory):
    """One complete run, made once; each test gets its own copy."""
    base = tmp_path_factory.mktemp("earlier")
    inbox = make_inbox(base)
    run(settings(inbox, base / "out", base / "earlier.sqlite"))
    return base


@pytest.fixture
def previous(tmp_path, earlier_run):
    """An output folder holding a complete earlier run, and a history holding only 2017."""
    inbox, out = tmp_path / "2018", tmp_path / "out"
    shutil.copytree(earlier_run / "2018", inbox)
    shutil.copytree(earlier_run / "out", out)
    (out / "notat.txt").write_text("sekretariatets egen fil\n", encoding="utf-8")  # not ours: must stay
    history = tmp_path / "h.sqlite"
    with open_history(history) as h:
        h.import_counts(2017, {"1": 3}, {"1.1": 3})
    return inbox, out, history


def _years(history: Path) -> tuple[int, ...]:
    with open_history(history) as h:
        return h.years()


def _assert_untouched(out: Path, before: dict, history: Path, history_before: bytes) -> None:
    assert snapshot(out, own_mtime=False) == before
    assert not [p.name for p in out.iterdir() if p.name.startswith((".tiltak-staging", ".tiltak-previous"))]
    assert history.read_bytes() == history_before
    assert _years(history) == (2017,)


def _crash_in(monkeypatch, writer: str, exc: BaseException) -> None:
    """Make one writer the run uses write half a file, then fail."""

    def half_then_fail(*args, **kwargs):
        target = args[0]
        if isinstance(target, Staging):  # start_publication(stage, ...): half a Word file in the staging folder
            target = target.file("matrix.docx")
        Path(target).write_bytes(b"PK\x03\x04 half a file")
        raise exc

    if writer in IMPORTED_WHEN_WRITING:
        # Imported inside the run's writing step: patched where it lives.
        monkeypatch.setattr(IMPORTED_WHEN_WRITING[writer], writer, half_then_fail)
    else:
        monkeypatch.setattr(pipeline.batch, writer, half_then_fail)


IMPORTED_WHEN_WRITING = {"start_publication": pipeline.outputs.publication, "write_review_html": pipeline.outputs.review_html,
                         "write_review_xlsx": pipeline.outputs.review_xlsx}
WRITERS = ("write_extracted", "write_review_html", "write_review_xlsx", "write_run_json", "start_publication",
           "freeze_office_file")


# ---------------------------------------------------------------------------- (a) a crash while writing
@pytest.mark.parametrize("writer", WRITERS)
def test_a_crash_while_writing_leaves_the_previous_outputs_and_history(monkeypatch, previous, writer):
    inbox, out, history = previous
    before, history_before = snapshot(out, own_mtime=False), history.read_bytes()
    _crash_in(monkeypatch, writer, Boom("disk on fire"))

    with pytest.raises(Boom):
        run(settings(inbox, out, history))

    _assert_untouched(out, before, history, history_before)


# ---------------------------------------------------------------------------- (b) Ctrl-C
@pytest.mark.parametrize("writer", ("write_review_html", "start_publication"))
def test_ctrl_c_while_writing_leaves_the_previous_outputs_and_history(monkeypatch, previous, writer):
    inbox, out, history = previous
    before, history_before = snapshot(out, own_mtime=False), history.read_bytes()
    _crash_in(monkeypatch, writer, KeyboardInterrupt())

    with pytest.raises(KeyboardInterrupt):
        run(settings(inbox, out, history))

    _assert_untouched(out, before, history, history_before)


def test_ctrl_c_while_moving_outputs_into_place_puts_the_previous_ones_back(monkeypatch, previous):
    """The moves into place are many renames; an interrupt between two of them must not leave a mix."""
    inbox, out, history = previous
    before, history_before = snapshot(out, own_mtime=False), history.read_bytes()
    real_replace, calls = os.replace, []

    def interrupted(src, dst):
        calls.append(dst)
        if len(calls) == 7:  # some outputs are in place by now, others not
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(pipeline.outputs.staging.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(settings(inbox, out, history))

    _assert_untouched(out, before, history, history_before)


def _stage_over_old_outputs(out: Path) -> None:
    """Three old outputs and a file of the user's in `out`; a staging that replaces the three and adds one."""
    out.mkdir()
    for name in ("a.csv", "b.html", "c.xlsx"):
        (out / name).write_text(f"old {name}", encoding="utf-8")
    (out / "mine.txt").write_text("not an output", encoding="utf-8")


def _commit_new_outputs(out: Path) -> None:
    with Staging(out) as stage:
        for name in ("a.csv", "b.html", "c.xlsx", "d.png"):
            stage.file(name).write_text(f"new {name}", encoding="utf-8")


@pytest.mark.parametrize("exc", (KeyboardInterrupt, PermissionError))
def test_staging_is_all_or_nothing_wherever_the_moves_stop(monkeypatch, tmp_path, exc):
    real_replace = os.replace
    counted: list[str] = []
    monkeypatch.setattr(pipeline.outputs.staging.os, "replace", lambda s, d: (counted.append(d), real_replace(s, d)))
    _stage_over_old_outputs(tmp_path / "dry")
    _commit_new_outputs(tmp_path / "dry")
    moves = len(counted)
    assert moves >= 4

    for fail_at in range(1, moves + 1):  # stop at every move in turn
        out = tmp_path / f"out{fail_at}"
        _stage_over_old_outputs(out)
        before = snapshot(out, own_mtime=False)
        calls: list[str] = []

        def failing(src, dst, calls=calls, fail_at=fail_at):
            calls.append(dst)
            if len(calls) == fail_at:
                raise exc("stopped")
            return real_replace(src, dst)

        monkeypatch.setattr(pipeline.outputs.staging.os, "replace", failing)
        with pytest.raises((exc, OutputError)):
            _commit_new_outputs(out)
        assert snapshot(out, own_mtime=False) == before, f"stopped at move {fail_at} of {moves}"


def test_staging_replaces_every_output_when_nothing_fails(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.csv").write_text("old", encoding="utf-8")
    (out / "mine.txt").write_text("not an output", encoding="utf-8")
    with Staging(out) as stage:
        stage.file("a.csv").write_text("new", encoding="utf-8")
        stage.file("b.html").write_text("new", encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "b.html", "mine.txt"]
    assert (out / "a.csv").read_text(encoding="utf-8") == "new"
    assert [p.name for p in stage.written] == ["a.csv", "b.html"]


# ---------------------------------------------------------------------------- (c) the inbox is only read
def test_the_inbox_is_never_written_to(tmp_path):
    inbox = make_inbox(tmp_path)
    good = (SAMPLES / "hedmark_fk_2018.pdf").read_bytes()
    (inbox / "ks_2018.pdf").write_bytes(good[: len(good) // 2])  # damaged: a truncated PDF
    docx = (SAMPLES / "telemark_fk_2018.docx").read_bytes()
    (inbox / "unio_2018.docx").write_bytes(docx[: len(docx) // 2])  # damaged: a truncated Word file
    shutil.copy(SAMPLES / "vestland_fk_2018.pdf", inbox / "vestland_kopi_2018.pdf")  # a duplicate
    (inbox / "notater.txt").write_text("Husk å purre på NHO.\n", encoding="utf-8")  # plain text
    (inbox / "underkatalog").mkdir()
    shutil.copy(SAMPLES / "nho_2018.pdf", inbox / "underkatalog" / "nho_2018.pdf")
    (inbox / "~$telemark_fk_2018.docx").write_bytes(b"\x00lock")  # Word's lock file
    (inbox / ".tiltakignore").write_text("*.tmp\n", encoding="utf-8")
    os.chmod(inbox / "notater.txt", 0o444)
    before = snapshot(inbox)

    result = run(settings(inbox, tmp_path / "out", tmp_path / "h.sqlite"))

    outcomes = {d.document.source_file: d.outcome for d in result.documents}
    assert outcomes["ks_2018.pdf"] == outcomes["unio_2018.docx"] == "rejected"
    assert outcomes["notater.txt"] == "parsed_no_tiltak"  # a text is read now; a note naming NHO holds no tiltak, as said
    assert outcomes["vestland_kopi_2018.pdf"] == "duplicate"
    assert result.exit_code == 1
    assert snapshot(inbox) == before


def test_the_inbox_is_never_written_to_through_the_cli(tmp_path):
    inbox = make_inbox(tmp_path)
    shutil.copy(SAMPLES / "vestland_fk_2018.pdf", inbox / "kopi.pdf")
    (inbox / "readme.txt").write_text("ikke en rapport", encoding="utf-8")
    before = snapshot(inbox)
    result = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "out"), "--history",
                                 str(tmp_path / "h.sqlite")])
    assert result.exit_code == 1, result.output
    assert snapshot(inbox) == before


# ---------------------------------------------------------------------------- (d) an unwritable output folder
def test_an_output_folder_that_is_a_file_stops_the_run_cleanly(tmp_path):
    inbox = make_inbox(tmp_path, SMALL[:2])
    out = tmp_path / "out"
    out.write_text("a file where the folder should be", encoding="utf-8")
    history = tmp_path / "h.sqlite"

    with pytest.raises(TiltakError) as error:
        run(settings(inbox, out, history))

    assert isinstance(error.value, OutputError)
    assert str(out) in str(error.value) and "--out" in str(error.value)
    assert out.read_text(encoding="utf-8") == "a file where the folder should be"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tiltak")]
    assert not history.exists() or _years(history) == ()


def test_an_output_folder_under_a_file_gives_exit_code_2_and_a_clear_message(tmp_path):
    inbox = make_inbox(tmp_path, SMALL[:2])
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    before = snapshot(tmp_path / "2018")

    result = runner.invoke(app, ["run", str(inbox), "--out", str(blocker / "out"), "--history",
                                 str(tmp_path / "h.sqlite")])

    assert result.exit_code == EXIT_UNUSABLE, result.output
    assert "utdatamappen kan ikke skrives" in result.output and "--out" in result.output
    assert isinstance(result.exception, SystemExit), result.exception  # a message, not a traceback
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be"
    assert snapshot(tmp_path / "2018") == before


def test_a_folder_in_the_way_of_one_output_changes_nothing(tmp_path, previous):
    """review.html is a folder (someone unzipped something there): no output may move, none half-written."""
    inbox, out, history = previous
    (out / "review.html").unlink()
    (out / "review.html").mkdir()
    (out / "review.html" / "kladd.txt").write_text("noe", encoding="utf-8")
    before, history_before = snapshot(out, own_mtime=False), history.read_bytes()

    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018"])

    assert result.exit_code == EXIT_UNUSABLE, result.output
    assert "review.html" in result.output and "står i veien" in result.output
    _assert_untouched(out, before, history, history_before)


# ---------------------------------------------------------------------------- one bad file, whole run
def test_a_word_file_with_a_damaged_zip_directory_is_rejected_and_the_run_goes_on(tmp_path):
    """detect runs while the inbox is listed, outside extract_document's catch-all: a file it fails on would
    stop the whole run (it did: zipfile's NotImplementedError for one damaged byte in the ZIP directory)."""
    inbox = make_inbox(tmp_path, SMALL[:2])
    data = bytearray((SAMPLES / "telemark_fk_2018.docx").read_bytes())
    at = data.index(b"PK\x01\x02")
    data[at + 6 : at + 8] = (148).to_bytes(2, "little")  # "version needed to extract": 14.8
    (inbox / "telemark_fk_2018.docx").write_bytes(bytes(data))

    result = run(settings(inbox, tmp_path / "out", tmp_path / "h.sqlite"))

    assert result.exit_code == 1
    assert [d.document.source_file for d in result.rejected] == ["telemark_fk_2018.docx"]


# ---------------------------------------------------------------------------- 3. a person's edits are kept
def test_an_output_a_person_changed_is_kept_beside_the_new_one(previous):
    import docx
    from openpyxl import load_workbook

    inbox, out, history = previous
    wb = load_workbook(out / "review.xlsx")
    wb["Tiltak"]["R2"] = "ja"  # Kontrollert, then Ctrl+S in the output folder
    wb.save(out / "review.xlsx")
    document = docx.Document(str(out / "matrix.docx"))
    document.add_paragraph("Rettet for hånd av sekretariatet")
    document.save(str(out / "matrix.docx"))
    edited = {name: (out / name).read_bytes() for name in ("review.xlsx", "matrix.docx")}
    untouched = (out / "register.csv").read_bytes()

    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018",
                                 "--no-cache"])

    assert result.exit_code == 0, result.output
    kept = {p.name: p for p in out.iterdir() if "(endret " in p.name}
    assert len(kept) == 2 and all(re.fullmatch(r"(review|matrix) \(endret \d{4}-\d\d-\d\d \d\d\.\d\d\)\.(xlsx|docx)", n)
                                   for n in kept), sorted(kept)
    assert {p.suffix: p.read_bytes() for p in kept.values()} == {".xlsx": edited["review.xlsx"], ".docx": edited["matrix.docx"]}
    assert (out / "review.xlsx").read_bytes() != edited["review.xlsx"] and (out / "matrix.docx").is_file()
    assert (out / "register.csv").read_bytes() == untouched  # unchanged outputs: no copies
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert {k["file"]: k["kept_as"] for k in report["kept_edits"]} == {
        "review.xlsx": next(n for n in kept if n.startswith("review")),
        "matrix.docx": next(n for n in kept if n.startswith("matrix")),
    }
    for name in kept:
        assert name in result.output
    assert str(inbox.resolve().parent / "2018-beslutninger.xlsx") in result.output  # how to use the reviewer's work

    again = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018",
                                "--no-cache"])
    assert again.exit_code == 0 and len([p for p in out.iterdir() if "(endret " in p.name]) == 2  # nothing new to keep


# ---------------------------------------------------------------------------- 6. history and outputs agree
def test_a_history_that_cannot_be_written_leaves_the_outputs_as_they_were(monkeypatch, previous):
    import sqlite3

    import pipeline.history

    inbox, out, history = previous
    before, history_before = snapshot(out, own_mtime=False), history.read_bytes()
    real_connect = sqlite3.connect

    def read_only(*args, **kwargs):  # what SQLite does with a file it may only read
        db = real_connect(*args, **kwargs)
        db.execute("PRAGMA query_only = ON")
        return db

    monkeypatch.setattr(pipeline.history.sqlite3, "connect", read_only)
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018",
                                 "--no-cache"])

    assert result.exit_code == EXIT_UNUSABLE, result.output
    assert str(history) in result.output and isinstance(result.exception, SystemExit)
    _assert_untouched(out, before, history, history_before)


# ---------------------------------------------------------------------------- 11.4 disk full, damaged history
def test_a_full_disk_stops_the_run_with_exit_2_and_changes_nothing(monkeypatch, previous):
    import errno

    inbox, out, history = previous
    before, history_before = snapshot(out, own_mtime=False), history.read_bytes()

    def full(path, *args, **kwargs):
        Path(path).write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(pipeline.batch, "write_register", full)
    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018",
                                 "--no-cache"])

    assert result.exit_code == EXIT_UNUSABLE and isinstance(result.exception, SystemExit), result.output
    assert "disken er full" in result.output and str(out) in result.output
    _assert_untouched(out, before, history, history_before)


def test_a_damaged_history_stops_the_run_with_exit_2_and_changes_nothing(previous):
    inbox, out, history = previous
    with open_history(history) as h:
        h.import_counts(2016, {str(n): n for n in range(1, 400)}, {})  # enough for a page of its own
    data = bytearray(history.read_bytes())
    data[3 * 4096 : 4 * 4096] = b"\xa5" * 4096
    history.write_bytes(bytes(data))
    before = snapshot(out, own_mtime=False)

    result = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(history), "--year", "2018",
                                 "--no-cache"])

    assert result.exit_code == EXIT_UNUSABLE and isinstance(result.exception, SystemExit), result.output
    assert "skadet" in result.output and str(history) in result.output
    assert snapshot(out, own_mtime=False) == before


# ---------------------------------------------------------------------------- 7. one run at a time, nothing left behind
SLOW_PARSE = """
import sys, time
import pipeline.extract as extract
begun = sys.argv[1]
class Slow:
    def parse(self, *args, **kwargs):
        open(begun, "w").close()  # parsing has begun
        time.sleep(60)
extract.parser_for = lambda fmt: Slow()
from pipeline.entry import main
sys.argv = ["tiltak", *sys.argv[2:]]
main()
"""


def _cli(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, text=True)


def _wait_for(path: Path, proc: subprocess.Popen) -> None:
    for _ in range(600):
        if path.exists() or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert path.exists(), proc.communicate()


def _stop(proc: subprocess.Popen, signum: int) -> tuple[int, str, list[int]]:
    """Send the run a signal and let it end: its exit code, what it wrote to stderr, and the processes it
    started that outlived it by five seconds (killed then, so no test leaves one behind)."""
    import psutil

    family = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
    proc.send_signal(signum)
    proc.wait(timeout=120)
    for _ in range(100):
        if not _alive(family):
            break
        time.sleep(0.05)
    survivors = _alive(family)
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    _, err = proc.communicate()  # the survivors held its pipes open until now
    return proc.returncode, err, survivors


def test_a_second_run_on_the_same_folder_stops_with_a_clear_message(tmp_path):
    inbox = make_inbox(tmp_path, SMALL[:2])
    started = tmp_path / "begun"
    first = _cli(SLOW_PARSE, str(started), "run", str(inbox), "--out", str(tmp_path / "out"), "--history",
                 str(tmp_path / "h.sqlite"), "--jobs", "1")
    try:
        _wait_for(started, first)
        second = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "out"), "--history",
                                     str(tmp_path / "other.sqlite")])
        third = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "out3"), "--history",
                                    str(tmp_path / "h.sqlite")])
    finally:
        _stop(first, signal.SIGKILL)
    for result, busy in ((second, tmp_path / "out"), (third, tmp_path / "h.sqlite")):
        assert result.exit_code == EXIT_UNUSABLE and isinstance(result.exception, SystemExit), result.output
        assert "en annen kjøring" in result.output and str(busy) in result.output
    assert not (tmp_path / "out3").exists()


def _alive(pids: list[int]) -> list[int]:
    import psutil

    return [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]


def test_workers_die_with_a_killed_run_and_the_next_run_clears_its_litter(tmp_path):
    inbox = make_inbox(tmp_path, SMALL[:2])
    out = tmp_path / "out"
    started = tmp_path / "begun"
    proc = _cli(SLOW_PARSE, str(started), "run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                "--jobs", "2")
    _wait_for(started, proc)
    (out / ".tiltak-staging-left").mkdir(parents=True, exist_ok=True)  # as a run killed while writing leaves it
    code, _, survivors = _stop(proc, signal.SIGKILL)
    assert code == -signal.SIGKILL and survivors == []

    result = run(settings(inbox, out, tmp_path / "h.sqlite"))
    assert result.exit_code == 0
    assert not [p.name for p in out.iterdir() if p.name.startswith(".tiltak-staging")]


# ---------------------------------------------------------------------------- 7. a kill inside the commit
KILL_AT_MOVE = """
import os, signal, sys
from pathlib import Path
out, kill_at = Path(sys.argv[1]), int(sys.argv[2])
real, seen = os.replace, [0]
def replace(src, dst):
    if Path(src).parent == out or Path(dst).parent == out:
        seen[0] += 1
        if seen[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst)
os.replace = os.rename = replace
if kill_at < 0:  # in the history's commit, once every output is in place
    import pipeline.history
    real_commit = pipeline.history.History.commit
    def commit(self, *args):
        os.kill(os.getpid(), signal.SIGKILL)
    pipeline.history.History.commit = commit
from pipeline.outputs.staging import Staging
from pipeline.history import History, HistoryRow
with History(Path(sys.argv[3])) as history:
    with Staging(out) as stage:
        for name in ("a.csv", "b.html", "c.xlsx", "d.png"):
            stage.file(name).write_text("new " + name, encoding="utf-8")
        stage.commit(history.storing(2018, [HistoryRow("T1", "1", "1.1", "nytt", "FoU")], "tiltak run", "/innboks"))
print("moves", seen[0])
"""


def _old_or_new(out: Path, history: Path) -> str:
    from pipeline.outputs.staging import recover

    recover(out)
    files = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir() if not p.name.startswith(".")}
    old = {"a.csv": "old a.csv", "b.html": "old b.html", "c.xlsx": "old c.xlsx", "mine.txt": "not an output"}
    new = {"a.csv": "new a.csv", "b.html": "new b.html", "c.xlsx": "new c.xlsx", "d.png": "new d.png",
           "mine.txt": "not an output"}
    assert files in (old, new), files
    assert [p.name for p in out.iterdir() if p.name.startswith(".tiltak-") and p.name != ".tiltak-state.json"] == []
    with open_history(history) as h:
        assert (h.years() == (2018,)) == (files == new), "the history and the outputs disagree"
    return "new" if files == new else "old"


def test_a_kill_at_any_instant_of_the_commit_is_finished_or_undone_by_the_next_start(tmp_path):
    dry = tmp_path / "dry"
    _stage_over_old_outputs(dry)
    done = subprocess.run([sys.executable, "-c", KILL_AT_MOVE, str(dry), "0", str(tmp_path / "dry.sqlite")],
                          capture_output=True, text=True, cwd=ROOT)
    moves = int(done.stdout.split()[-1])
    assert moves >= 5, done.stderr
    seen = []
    for kill_at in (*range(1, moves + 1), -1):
        out, history = tmp_path / f"out{kill_at}", tmp_path / f"h{kill_at}.sqlite"
        _stage_over_old_outputs(out)
        killed = subprocess.run([sys.executable, "-c", KILL_AT_MOVE, str(out), str(kill_at), str(history)],
                                capture_output=True, text=True, cwd=ROOT)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        seen.append(_old_or_new(out, history))
    assert seen[0] == "old"


# ---------------------------------------------------------------------------- 11.4 Ctrl-C at any moment
# Ctrl-C as an interactive shell delivers it, whatever this test runs under: a suite started in the
# background (`make test &`) hands its children SIGINT ignored, and tiltak's entry point, not run here, is
# what installs Python's handler over that.
CTRL_C_AT_MOVE = KILL_AT_MOVE.replace("signal.SIGKILL)\n    return", "signal.SIGINT)\n    return").replace(
    "import os, signal, sys\n", "import os, signal, sys\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n", 1)


def _one_line_and_130(proc: subprocess.CompletedProcess | tuple) -> None:
    code, err = proc
    assert code == 130, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "Avbrutt" in err, err


def test_ctrl_c_at_any_moment_ends_with_one_line_and_exit_130(tmp_path):
    inbox = make_inbox(tmp_path, SMALL[:2])
    args = ["run", str(inbox), "--out", str(tmp_path / "out"), "--history", str(tmp_path / "h.sqlite")]
    # As the installed `tiltak` script runs: its entry point found (the flag; before it, a few milliseconds of
    # Python's own start-up), then the program's libraries load.
    entry = ("import pathlib, sys; from pipeline.entry import main; pathlib.Path(sys.argv[1]).touch(); "
             "sys.argv = ['tiltak', *sys.argv[2:]]; main()")
    for delay in (0.0, 0.3, 1.0):  # while the program's libraries load, and later
        up = tmp_path / f"up{delay}"
        proc = _cli(entry, str(up), *args)
        _wait_for(up, proc)
        time.sleep(delay)
        code, err, survivors = _stop(proc, signal.SIGINT)
        if code != 0:  # 0: the run was over before the signal came
            _one_line_and_130((code, err))
        assert survivors == []
    started = tmp_path / "begun"
    # While the workers parse: not from the cache the runs above may have filled before their signal came.
    proc = _cli(SLOW_PARSE, str(started), *args, "--jobs", "2", "--no-cache")
    _wait_for(started, proc)
    code, err, survivors = _stop(proc, signal.SIGINT)
    _one_line_and_130((code, err))
    assert survivors == []
    assert not (tmp_path / "out").exists() or not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".tiltak-s")]


def test_ctrl_c_inside_the_commit_waits_for_it_to_finish(tmp_path):
    out, history = tmp_path / "out", tmp_path / "h.sqlite"
    _stage_over_old_outputs(out)
    stopped = subprocess.run([sys.executable, "-c", CTRL_C_AT_MOVE, str(out), "3", str(history)],
                             capture_output=True, text=True, cwd=ROOT)
    assert stopped.returncode != 0 and "KeyboardInterrupt" in stopped.stderr  # raised once the commit was done
    assert _old_or_new(out, history) == "new"
