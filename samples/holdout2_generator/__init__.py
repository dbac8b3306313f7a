"""The second held-out round (reports on 2022), written apart from the tuning: member reports in
shapes and wordings no other round uses, one superseded version, one document that is no report,
and truth.csv, all from one plan (plan.py, items_*.py, measures.py).

build(out) writes every file and the truth; the truth is checked against the plan before it is
written. Needs LibreOffice, poppler's pdftoppm and Chromium."""

from __future__ import annotations

from pathlib import Path

from . import truth
from .plan import reports
from .writer_scan import write_scanned_rules
from .writer_sheet import write_title_block_totals
from .writer_web import write_form_receipt
from .writers_features import write_footnotes_links, write_lines_in_one_cell, write_tracked_changes
from .writers_prose import write_consultation, write_headed_paragraphs, write_letter
from .writers_tables import (write_coded_types, write_cross_columns, write_landscape_middle,
                             write_merged_delmal_odt, write_own_columns, write_table_over_pages)

WRITERS = {
    "table_over_pages": write_table_over_pages, "own_columns": write_own_columns,
    "merged_delmal_odt": write_merged_delmal_odt, "cross_columns": write_cross_columns,
    "coded_types": write_coded_types, "landscape_middle": write_landscape_middle,
    "tracked_changes": write_tracked_changes, "footnotes_links": write_footnotes_links,
    "lines_in_one_cell": write_lines_in_one_cell, "headed_paragraphs": write_headed_paragraphs,
    "letter": write_letter, "consultation": write_consultation, "title_block_totals": write_title_block_totals,
    "form_receipt": write_form_receipt, "scanned_rules": write_scanned_rules,
}
TRUTH_FILE = "truth.csv"
IGNORE = "# Not member reports: the answer key and the notes on this round.\ntruth.csv\nREADME.md\n"


def build(out: Path) -> list[Path]:
    """Write the round into out (created if missing); returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    plan = reports()
    rows, written = [], []
    for report in plan:
        path = out / report.file_name
        printed = WRITERS[report.writer](report, path)
        rows += truth.rows_for(report, printed)
        written.append(path)
    truth.check(plan, rows)
    truth.write(rows, out / TRUTH_FILE)
    (out / ".tiltakignore").write_text(IGNORE, encoding="utf-8")
    return written
