"""Rebuilds realistic member reports of a reporting round from the secretariat's consolidated matrix.

`build_round(2018, out_dir)` writes one report per council member (PDF or DOCX, each in the shape
that member used) plus truth.csv (named in .tiltakignore, so a run leaves it out), which says which seed row every report line is. `variant` > 0
gives the same reports with another date and reference number: different bytes, same tiltak and
the same truth, for scaled inboxes that a content-hash cache cannot short-circuit.

`build_round(2019, out_dir)` writes the invented 2019 round (plan_2019): measures no matrix holds, in
report shapes 2018 never used; its truth.csv names each measure by the plan's id ("M01" …).

`build_round(2020, out_dir)` writes the 2020 round (plan_2020): reports as members really write them
(any column name, any layout), older versions of reports and documents that are no member report;
it needs LibreOffice, which exports two of its PDFs from Word files.
"""

from __future__ import annotations

from pathlib import Path

from . import plan_2018, plan_2019, plan_2020
from .docx_writer import WRITERS as DOCX_WRITERS
from .docx_writer_2019 import WRITERS as DOCX_WRITERS_2019
from .docx_writer_2020 import WRITERS as DOCX_WRITERS_2020
from .model import make_stamp
from .pdf_writer import WRITERS as PDF_WRITERS
from .pdf_writer_2019 import WRITERS as PDF_WRITERS_2019
from .pdf_writer_2020 import WRITERS as PDF_WRITERS_2020
from .scan_writer import WRITERS as SCAN_WRITERS
from .truth import check_truth, rows_for, write_truth
from .xlsx_writer_2020 import WRITERS as XLSX_WRITERS

__all__ = ["build_round", "PLANS"]

PLANS = {plan_2018.YEAR: plan_2018, plan_2019.YEAR: plan_2019, plan_2020.YEAR: plan_2020}
WRITERS = {**PDF_WRITERS, **DOCX_WRITERS, **PDF_WRITERS_2019, **DOCX_WRITERS_2019, **DOCX_WRITERS_2020,
           **PDF_WRITERS_2020, **SCAN_WRITERS, **XLSX_WRITERS}
TRUTH_FILE = "truth.csv"
# The run reads every file of an inbox; this keeps the answer key out of it.
IGNORE_FILE = ".tiltakignore"
IGNORE_TEXT = f"# Not a member report: the answer key the benchmark compares the run with.\n{TRUTH_FILE}\n"


def build_round(year: int, out_dir: Path, variant: int = 0) -> list[Path]:
    """Write the round's reports and truth.csv into out_dir; return the report paths in plan order."""
    if year not in PLANS:
        raise ValueError(f"no plan for {year}; available: {sorted(PLANS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths, truth = [], []
    plan = PLANS[year]
    for report in plan.reports():
        path = out_dir / report.file_name
        written = WRITERS[report.key](report, make_stamp(report, variant), path)
        truth += rows_for(report, written)
        paths.append(path)
    # A plan may bring its own check (2019 has no seed matrix; its measures are the plan's own).
    getattr(plan, "check_truth", check_truth)(truth)
    write_truth(truth, out_dir / TRUTH_FILE)
    (out_dir / IGNORE_FILE).write_text(IGNORE_TEXT, encoding="utf-8")
    return paths
