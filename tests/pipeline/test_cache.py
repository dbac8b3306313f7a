"""The document and run caches: they delete only their own entries in a folder marked as theirs, hold data
that cannot run code, and a damaged entry is read again, never believed."""

from __future__ import annotations

import csv
import os
import pickle
import shutil
import stat
from pathlib import Path

import pytest

from pipeline.batch import run
from pipeline.cache import PARSING_ENTRY, PARSING_PACKAGES, open_cache
from pipeline.codehash import PROJECT, code_fingerprint, library_versions, project_root
from pipeline.settings import Settings

REPORTS = ("lo_2018.docx", "telemark_fk_2018.docx")


@pytest.fixture()
def inbox(tmp_path, reports) -> Path:
    return reports(tmp_path / "2018", REPORTS)


@pytest.fixture(scope="module")
def first(tmp_path_factory, reports) -> Path:
    """One run with a cache, made once under the widest umask (nothing the cache makes may follow it)."""
    base = tmp_path_factory.mktemp("first")
    folder = reports(base / "2018", REPORTS)
    old = os.umask(0)
    try:
        run(_settings(folder, base, base / "delt" / "cache"))
    finally:
        os.umask(old)
    return base


@pytest.fixture()
def cache(first, tmp_path) -> Path:
    """A copy of the first run's cache, for a test to damage."""
    shutil.copytree(first / "delt" / "cache", tmp_path / "cache")
    return tmp_path / "cache"


def _settings(inbox: Path, tmp_path: Path, cache: Path, out: str = "out", **kw) -> Settings:
    return Settings(inbox=inbox, out=tmp_path / out, history=tmp_path / "h.sqlite", cache_dir=cache, jobs=1, **kw)


def _register(out: Path) -> list[dict]:
    with open(out / "register.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file() and p.parent != cache)


def _tree(folder: Path) -> dict[str, bytes | None]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None) for p in folder.rglob("*")}


# ---------------------------------------------------------------------------- 1. only what it created
def test_a_cache_dir_on_a_folder_of_other_things_deletes_nothing(inbox, tmp_path):
    """--cache-dir ~/.cache or --cache-dir . in a home folder: every folder in it belongs to someone else."""
    home = tmp_path / "home"
    for name in ("Dokumenter", "fontconfig", "2017"):
        (home / name).mkdir(parents=True)
        (home / name / "viktig.txt").write_text(f"{name}\n", encoding="utf-8")
    before = _tree(home)

    result = run(_settings(inbox, tmp_path, home))

    assert _tree(home) == before  # not a file added, changed or removed
    assert result.exit_code == 0 and len(result.register) == 15
    assert any("hurtigbuffer" in n and str(home) in n for n in result.notes), result.notes


def test_the_cache_removes_only_its_own_old_entries(inbox, tmp_path, cache):
    (marker,) = [p for p in cache.iterdir() if p.is_file()]
    assert "tiltak" in marker.read_text(encoding="utf-8")
    documents = next(p for p in cache.iterdir() if p.is_dir() and any(p.rglob("*.json")) and p.name != "kjoringer")
    stale = documents / ("0" * 20)  # entries of an older program version
    (stale / "ab").mkdir(parents=True)
    (stale / "ab" / "x.json").write_text("{}", encoding="utf-8")
    foreign = cache / "noe annet"
    foreign.mkdir()
    (foreign / "fil.txt").write_text("ikke tiltak sitt\n", encoding="utf-8")
    odd = documents / "ikke-et-fingeravtrykk"
    odd.mkdir()

    run(_settings(inbox, tmp_path, cache))

    assert not stale.exists()
    assert (foreign / "fil.txt").read_text(encoding="utf-8") == "ikke tiltak sitt\n" and odd.is_dir()


def test_the_run_cache_lives_inside_the_cache_folder(first):
    assert [p.name for p in (first / "delt").iterdir()] == ["cache"]
    assert any((first / "delt" / "cache" / "kjoringer").glob("*.json"))


# ---------------------------------------------------------------------------- 11.1 no code in the cache
def test_cache_folders_are_private_and_entries_are_json(first):
    cache = first / "delt" / "cache"
    folders = [cache, *(p for p in cache.rglob("*") if p.is_dir())]
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {oct(0o700)}
    files = _entries(cache)
    assert files and all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in files)
    assert all(p.suffix == ".json" for p in files)


class _Planted:
    """A pickle that runs code when loaded: what anyone who can write to a pickle cache can plant."""

    def __init__(self, flag: Path) -> None:
        self.flag = flag

    def __reduce__(self):
        return (Path.write_text, (self.flag, "kode kjørt"))


def test_a_planted_entry_runs_no_code_and_is_read_again(inbox, tmp_path, first, cache):
    flag = tmp_path / "kjort.txt"
    for entry in _entries(cache):
        entry.write_bytes(pickle.dumps(_Planted(flag)))

    again = run(_settings(inbox, tmp_path, cache))

    assert not flag.exists()
    assert _register(tmp_path / "out") == _register(first / "out")
    assert again.exit_code == 0


def test_a_cache_folder_others_can_write_to_is_not_used(inbox, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    result = run(_settings(inbox, tmp_path, cache))
    assert list(cache.iterdir()) == []
    assert any(str(cache) in n and "chmod" in n for n in result.notes), result.notes
    assert len(result.register) == 15
    cache.chmod(0o770)  # group members are others too
    assert open_cache(_settings(inbox, tmp_path, cache))[0] is None


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_cache_folder_of_another_user_is_not_used(inbox, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    os.chown(cache, 54321, 54321)
    folder, note = open_cache(_settings(inbox, tmp_path, cache))
    assert folder is None and str(cache) in note and "eier" in note
    assert list(cache.iterdir()) == []


# ---------------------------------------------------------------------------- 8. damaged entries
def _flip_letter(path: Path, word: bytes) -> bool:
    data = path.read_bytes()
    at = data.find(word)
    if at < 0:
        return False
    path.write_bytes(data[:at] + word[:1].swapcase() + data[at + 1 :])
    return True


def test_a_flipped_letter_in_an_entry_is_noticed_and_the_document_read_again(inbox, tmp_path, first, cache):
    flipped = [e for e in _entries(cache) if _flip_letter(e, b"Tariff")]
    assert flipped

    again = run(_settings(inbox, tmp_path, cache))

    assert _register(tmp_path / "out") == _register(first / "out")
    assert any("hurtigbuffer" in n and "på nytt" in n for n in again.notes), again.notes


@pytest.mark.parametrize("contents", ((b"[1, 2, 3]", b'{"payload": "null"}'), (b"\x80\x04K\x07.", b"")))
def test_an_entry_of_the_wrong_kind_is_dropped_not_a_crash(inbox, tmp_path, first, cache, contents):
    entries = _entries(cache)
    for entry, content in zip(entries, contents * len(entries)):
        entry.write_bytes(content)

    again = run(_settings(inbox, tmp_path, cache))

    assert again.exit_code == 0
    assert _register(tmp_path / "out") == _register(first / "out")


# ---------------------------------------------------------------------------- keys that cannot go stale
@pytest.fixture(scope="module")
def program_copy(tmp_path_factory) -> Path:
    """The project's packages, copied, for tests to change; each test takes a copy of its own."""
    base = tmp_path_factory.mktemp("program")
    for package in PROJECT:
        shutil.copytree(project_root() / package, base / package, ignore=shutil.ignore_patterns("__pycache__"))
    return base


def _key(root: Path) -> str:
    return code_fingerprint(PARSING_PACKAGES, (PARSING_ENTRY,), root)


@pytest.mark.parametrize("change", ["new parser module", "changed parser", "changed vocabulary", "new pipeline module"])
def test_a_change_to_the_code_that_reads_a_document_changes_the_cache_key(program_copy, tmp_path, change):
    root = tmp_path / "program"
    shutil.copytree(program_copy, root)
    before = _key(root)
    if change == "new parser module":
        (root / "parsers" / "odt.py").write_text('"""Reads OpenDocument text."""\n', encoding="utf-8")
    elif change == "changed parser":
        with open(root / "parsers" / "docx.py", "a", encoding="utf-8") as f:
            f.write("\n# a fix\n")
    elif change == "changed vocabulary":
        with open(root / "normalise" / "vocabulary.toml", "a", encoding="utf-8") as f:
            f.write("\n# a new word\n")
    else:
        # Nobody lists it: the stage runner reaches it through extract's imports.
        (root / "pipeline" / "cells.py").write_text("WIDTH = 3\n", encoding="utf-8")
        extract = root / "pipeline" / "extract.py"
        extract.write_text(extract.read_text(encoding="utf-8") + "\nfrom .cells import WIDTH  # noqa: E402\n",
                           encoding="utf-8")
        before = _key(root)
        (root / "pipeline" / "cells.py").write_text("WIDTH = 4\n", encoding="utf-8")
    assert _key(root) != before


def test_a_change_to_what_only_writes_outputs_keeps_the_cached_documents(program_copy, tmp_path):
    root = tmp_path / "program"
    shutil.copytree(program_copy, root)
    before = _key(root)
    with open(root / "pipeline" / "outputs" / "review_html.py", "a", encoding="utf-8") as f:
        f.write("\n# another colour\n")
    assert _key(root) == before


def test_the_cache_key_covers_the_installed_parsing_libraries():
    root = project_root()
    files = {path.stem: path for path in (root / "parsers").glob("*.py")}
    versions = library_versions({f"parsers.{name}": path for name, path in files.items()})
    assert {"pdfplumber", "camelot-py", "python-docx", "openpyxl", "pypdfium2"} <= set(versions)
