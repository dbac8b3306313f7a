"""The publication set of a run: summary report drafts, Vedlegg 2, the workbook and the charts.

The charts and the summary drafts (which show the charts) take longest; they are written in a forked
process started before any other output, while this one writes the review files, Vedlegg 2 and the
workbook: on two cores that hides matplotlib's drawing.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Sequence

from normalise.catalogue import Catalogue
from normalise.matchers import Matchers

from ..flow import flow
from ..period import throughout
from ..history import History, HistoryRow
from tiltak_core.records import RegisterEntry, Tiltak
from ..summary import Summary, summarise
from .staging import Staging

PUBLICATION = ("delmal.png", "delmal.svg", "samarbeid.png", "matrix.docx", "register.xlsx", "oppsummering.md",
               "oppsummering.docx")


class Publication:
    """The publication files being written into a staging folder: the charts and summary drafts in a forked
    process from the start, the rest by `finish`. Left by an error, the forked process is ended."""

    def __init__(self, stage: Staging, register: list[RegisterEntry], catalogue: Catalogue, year: int,
                 summary: Summary, notes: list[str]) -> None:
        assert stage.path is not None
        self.stage, self.register, self.catalogue, self.year = stage, register, catalogue, year
        self.summary, self.notes = summary, notes
        self.helper = _fork(_write_charts_and_summary, stage.path, summary, catalogue)

    def finish(self) -> list[str]:
        """Vedlegg 2 and the workbook written here, the charts and drafts waited for; returns the warnings."""
        # Imported here, as each output's library is only needed when it is written.
        from .matrix_docx import write_matrix_docx
        from .register_xlsx import write_register_xlsx

        write_matrix_docx(self.stage.file("matrix.docx"), self.register, self.catalogue, self.year)
        write_register_xlsx(self.stage.file("register.xlsx"), self.register, self.summary, self.catalogue)
        helper, self.helper = self.helper, None
        if helper is not None:
            helper.join()
        if helper is None or helper.exitcode != 0:
            # Not forked, or the fork failed: written here, where a failure raises its own error.
            assert self.stage.path is not None
            _write_charts_and_summary(self.stage.path, self.summary, self.catalogue)
        return self.notes

    def __enter__(self) -> Publication:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.helper is not None:  # left before finish: nothing it writes is wanted
            self.helper.kill()
            self.helper.join()


def start_publication(stage: Staging, register: list[RegisterEntry], matchers: Matchers, year: int,
                      history: History | None, ended: Sequence[Tiltak] = ()) -> Publication:
    """Start writing the publication files into the staging folder, compared with year-1 from the history.

    The history is only read here: the run stores this year once every output is in place."""
    catalogue = matchers.catalogue
    notes: list[str] = []
    previous = previous_rows = None
    # Each year's register is read once: last year's serves the comparison, the flow and the period list.
    held = {year - 1: history.register(year - 1) if history is not None else None}
    if history is None:
        notes.append(f"ingen historikk: oppsummeringen sammenligner ikke med {year - 1}")
    else:
        previous = history.counts(year - 1, catalogue)
        last = held[year - 1]
        previous_rows = (last[0] if last else None) or None
        if previous is None:
            notes.append(f"ingen tall for {year - 1} i historikken: oppsummeringen sammenligner ikke "
                         f"(legg dem til med: tiltak history import FIL --year {year - 1})")
        elif not previous.complete:
            notes.append(f"for {year - 1} finnes bare noen antall: delmål uten tall sammenlignes ikke")
    def whole_register(y: int) -> list[HistoryRow] | None:
        if y not in held:
            held[y] = history.register(y) if history is not None else None
        found = held[y]
        return found[0] if found and found[1] else None

    known = history is not None and whole_register(year - 1) is not None
    moves = flow(year, register, ended, previous_rows or [], known, catalogue)

    summary = summarise(register, catalogue, matchers.orgs, year, previous, previous_rows, flow=moves,
                        throughout=throughout(year, catalogue.period, register, whole_register))
    return Publication(stage, register, catalogue, year, summary, notes)


def write_publication(stage: Staging, register: list[RegisterEntry], matchers: Matchers, year: int,
                      history: History | None, ended: Sequence[Tiltak] = ()) -> list[str]:
    """Write the publication files into the staging folder (see start_publication); return warnings."""
    with start_publication(stage, register, matchers, year, history, ended) as publication:
        return publication.finish()


def _write_charts_and_summary(folder: Path, summary: Summary, catalogue: Catalogue) -> None:
    from .charts import write_delmal_chart, write_samarbeid_chart
    from .oppsummering import write_oppsummering

    write_delmal_chart(folder / "delmal.png", folder / "delmal.svg", summary, catalogue)
    write_samarbeid_chart(folder / "samarbeid.png", summary)
    write_oppsummering(folder / "oppsummering.md", folder / "oppsummering.docx", summary, catalogue, folder)


def _quietly(target, *args) -> None:
    """In the forked process: a failure is its exit code only (the run writes it again and reports it)."""
    try:
        target(*args)
    except BaseException:  # noqa: BLE001 -- whatever it was recurs, and is reported, in the run's own process
        os._exit(1)


def _fork(target, *args) -> multiprocessing.process.BaseProcess | None:
    """target(*args) started in a forked process, or None where there is no fork (or it fails)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:
        process = multiprocessing.get_context("fork").Process(target=_quietly, args=(target, *args), daemon=True)
        process.start()
    except OSError:
        return None
    return process
