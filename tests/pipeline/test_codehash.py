"""The program's digest is remembered against its files' sizes and times, and only while that is safe."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from pipeline import codehash
from pipeline.codehash import MEMO_FILE, PROJECT, code_fingerprint, project_root

HOUR_AGO = time.time() - 3600


def _settled(root: Path) -> None:
    """Files as an installed program's are: last changed well before the run."""
    for path in root.rglob("*"):
        os.utime(path, (HOUR_AGO, HOUR_AGO))


@pytest.fixture
def program(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "program"
    for package in PROJECT:
        shutil.copytree(project_root() / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    _settled(root)
    monkeypatch.setattr(codehash, "_remembered", {})  # each test starts as a new process would
    return root


def _key(root: Path, memo: Path | None) -> str:
    return code_fingerprint(("parsers",), ("pipeline.work",), root, memo)


def _must_not_compute(monkeypatch) -> None:
    def refuse(*_):
        raise AssertionError("hashed the files again")
    monkeypatch.setattr(codehash, "_compute", refuse)


def test_a_new_run_takes_the_digest_from_the_memo_without_reading_the_code(program, tmp_path, monkeypatch):
    memo = tmp_path / "cache"
    memo.mkdir()
    first = _key(program, memo)
    assert (memo / MEMO_FILE).is_file()
    monkeypatch.setattr(codehash, "_remembered", {})
    _must_not_compute(monkeypatch)
    assert _key(program, memo) == first


def test_a_changed_file_is_hashed_again_and_changes_the_digest(program, tmp_path, monkeypatch):
    memo = tmp_path / "cache"
    memo.mkdir()
    first = _key(program, memo)
    with open(program / "parsers" / "docx.py", "a", encoding="utf-8") as f:
        f.write("\n# a fix\n")
    _settled(program)
    monkeypatch.setattr(codehash, "_remembered", {})
    assert _key(program, memo) != first


def test_a_file_changed_just_now_is_never_judged_by_its_time(program):
    # Same size and the same time, as two quick writes get from a coarse clock: only the bytes can tell.
    work = program / "pipeline" / "work.py"
    now = time.time_ns()
    os.utime(work, ns=(now, now))
    first = _key(program, None)
    work.write_text(work.read_text(encoding="utf-8").replace("import", "IMPORT", 1), encoding="utf-8")
    os.utime(work, ns=(now, now))
    assert _key(program, None) != first


def test_installing_a_library_is_seen_through_its_folder(program, tmp_path, monkeypatch):
    site = tmp_path / "site-packages"
    site.mkdir()
    os.utime(site, (HOUR_AGO, HOUR_AGO))
    monkeypatch.syspath_prepend(str(site))
    memo = tmp_path / "cache"
    memo.mkdir()
    _key(program, memo)
    os.utime(site, None)  # pip added or replaced a distribution here
    monkeypatch.setattr(codehash, "_remembered", {})
    calls = []
    real = codehash._compute
    monkeypatch.setattr(codehash, "_compute", lambda *a: calls.append(a) or real(*a))
    _key(program, memo)
    assert calls


def test_a_damaged_memo_costs_time_not_a_wrong_digest(program, tmp_path, monkeypatch):
    memo = tmp_path / "cache"
    memo.mkdir()
    first = _key(program, memo)
    (memo / MEMO_FILE).write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(codehash, "_remembered", {})
    assert _key(program, memo) == first
    assert _key(program, None) == first
