"""The publication set of a run: summary report drafts, Vedlegg 2, the workbook and the charts."""

from __future__ import annotations

from normalise.matchers import Matchers

from ..history import History
from tiltak_core.records import RegisterEntry
from ..summary import summarise
from .charts import write_delmal_chart, write_samarbeid_chart
from .matrix_docx import write_matrix_docx
from .oppsummering import write_oppsummering
from .register_xlsx import write_register_xlsx
from .staging import Staging

PUBLICATION = ("delmal.png", "delmal.svg", "samarbeid.png", "matrix.docx", "register.xlsx", "oppsummering.md",
               "oppsummering.docx")


def write_publication(stage: Staging, register: list[RegisterEntry], matchers: Matchers, year: int,
                      history: History | None) -> list[str]:
    """Write the publication files into the staging folder, compared with year-1 from the history; return warnings.

    The history is only read here: the run stores this year once every output is in place."""
    catalogue = matchers.catalogue
    notes: list[str] = []
    previous = previous_rows = None
    if history is None:
        notes.append(f"ingen historikk: oppsummeringen sammenligner ikke med {year - 1}")
    else:
        previous = history.counts(year - 1, catalogue)
        previous_rows = history.load(year - 1) or None
        if previous is None:
            notes.append(f"ingen tall for {year - 1} i historikken: oppsummeringen sammenligner ikke "
                         f"(legg dem til med: tiltak history import FIL --year {year - 1})")
        elif not previous.complete:
            notes.append(f"for {year - 1} finnes bare noen antall: delmål uten tall sammenlignes ikke")
    summary = summarise(register, catalogue, matchers.orgs, year, previous, previous_rows)

    write_delmal_chart(stage.file("delmal.png"), stage.file("delmal.svg"), summary, catalogue)
    write_samarbeid_chart(stage.file("samarbeid.png"), summary)
    write_matrix_docx(stage.file("matrix.docx"), register, catalogue, year)
    write_register_xlsx(stage.file("register.xlsx"), register, summary, catalogue)
    assert stage.path is not None
    write_oppsummering(stage.file("oppsummering.md"), stage.file("oppsummering.docx"), summary, catalogue, stage.path)
    return notes
