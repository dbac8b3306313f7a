"""Faults: a run that fails or is interrupted changes nothing, and the inbox is never written to.

The README promises that outputs are written to a staging folder and moved into place only when the
run completes, so a failed or interrupted run leaves the previous outputs as they were, and that the
history gains the year only once the outputs are in place.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.batch
import pipeline.outputs.publication
import pipeline.outputs.staging
from pipeline.batch import EXIT_UNUSABLE, run
from pipeline.cli import app
from tiltak_core.errors import OutputError, TiltakError
from pipeline.history import open_history
from pipeline.outputs.staging import Staging
from pipeline.settings import Settings

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
        if isinstance(target, Staging):  # write_publication(stage, ...): half a Word file in the staging folder
            target = target.file("matrix.docx")
        Path(target).write_bytes(b"PK\x03\x04 half a file")
        raise exc

    if writer == "write_publication":
        # Imported inside run() by some versions, at the top of pipeline.batch by others.
        monkeypatch.setattr(pipeline.outputs.publication, writer, half_then_fail)
    monkeypatch.setattr(pipeline.batch, writer, half_then_fail, raising=writer != "write_publication")


WRITERS = ("write_extracted", "write_review_html", "write_review_xlsx", "write_run_json", "write_publication",
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
@pytest.mark.parametrize("writer", ("write_review_html", "write_publication"))
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

        def failing(src, dst):
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
    assert outcomes["ks_2018.pdf"] == outcomes["unio_2018.docx"] == outcomes["notater.txt"] == "rejected"
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
