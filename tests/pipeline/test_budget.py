"""Every document is read in a worker process under a time and a memory budget: one that needs more is
rejected as too heavy to read, its worker replaced, and the batch goes on."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import pipeline.extract
from pipeline.batch import run
from pipeline.settings import Limits, Settings

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "2018"


class _Heavy:
    """A parser that needs more than any budget for the file it is given, and reads the others as they are."""

    def __init__(self, real, how):
        self.real, self.how = real, how

    def parse(self, path, source_file, options):
        if source_file.startswith("a_"):
            self.how()
        return self.real.parse(path, source_file, options)


def _hang():
    time.sleep(600)


def _swell():
    grown = [bytearray(64 * 2**20) for _ in range(32)]  # 2 GB, far over the budget of the test
    return len(grown)


def _die():
    os._exit(3)


@pytest.mark.parametrize("how, words", ((_hang, "sekunder"), (_swell, "minne"), (_die, "stoppet uventet")))
def test_a_document_over_its_budget_is_rejected_and_the_batch_goes_on(tmp_path, monkeypatch, reports, how, words):
    inbox = reports(tmp_path / "2018", ("telemark_fk_2018.docx", "vestfold_fk_2018.docx"))
    shutil.copy(SAMPLES / "lo_2018.docx", inbox / "a_lo_2018.docx")  # first: its worker must be replaced
    real = pipeline.extract.parser_for
    monkeypatch.setattr(pipeline.extract, "parser_for", lambda fmt: _Heavy(real(fmt), how))
    # Only the hanging case gets a short clock, and one that a loaded machine reading a real report keeps
    # well within: a swelling worker must be stopped by its memory cap, not by the time it takes to swell.
    limits = Limits(document_seconds=10 if how is _hang else 300, document_memory=512 * 2**20)

    result = run(Settings(inbox=inbox, out=tmp_path / "out", history=tmp_path / "h.sqlite", cache=False, jobs=1,
                          limits=limits))

    outcomes = {d.document.source_file: d for d in result.documents}
    heavy = outcomes["a_lo_2018.docx"]
    assert heavy.outcome == "rejected" and words in heavy.error, heavy.error
    if how is not _die:
        assert heavy.rejection.kind == "too_heavy" and "for tung å lese" in heavy.error
    assert heavy.rejection.fix
    assert outcomes["telemark_fk_2018.docx"].outcome == outcomes["vestfold_fk_2018.docx"].outcome == "parsed"
    assert result.exit_code == 1
