"""Shared fixtures: the built-in catalogue's matchers, loaded once per test session."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from normalise.matchers import Matchers
from parsers import tools

# CI draws the same examples every run, so an unrelated commit cannot turn it red; locally they vary.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files marked `long` first, in their own order, then the rest. The workers take a file at a time
    (--dist loadfile): a file of tens of seconds begun last keeps one core busy after the other is done."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)  # a stable sort keeps every other order


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real history, cache or fault log (platformdirs follows XDG_*)."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the fault log


@pytest.fixture(scope="session")
def matchers() -> Matchers:
    return Matchers.load()


@pytest.fixture(scope="session")
def catalogue(matchers):
    return matchers.catalogue


def word_table_report(path, heading: str, rows):
    """A Word report of a heading and one table of `rows` (its first row the header), saved at `path`."""
    import docx

    report = docx.Document()
    report.add_heading(heading, 1)
    table = report.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    report.save(path)
    return path


def require(present: bool, reason: str) -> None:
    """Skip a test that needs a system tool it lacks, except on CI, where a missing tool fails it."""
    if present:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: this test may not be skipped)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def soffice() -> str:
    found = tools.which("soffice", "libreoffice")
    require(found is not None, "LibreOffice (soffice) is not installed")
    return found
