"""Builds the held-out round (2021): member reports in shapes and wordings the tuning rounds lack,
and truth.csv written from what each writer printed. Not for tuning: see samples/holdout/README.md.

`build(out_dir)` writes every file of the plan and truth.csv; same bytes on every run.
"""

from __future__ import annotations

from pathlib import Path

from . import docx_prose, docx_tables, pdf_reports, xlsx_report
from .plan import reports
from .truth import check, rows_for, write

__all__ = ["build"]

WRITERS = {
    "two_row_header": docx_tables.two_row_header,
    "form_in_content_control": docx_tables.form_in_content_control,
    "nested_tables": docx_tables.nested_tables,
    "paraphrase_nynorsk": docx_tables.paraphrase_nynorsk,
    "group_rows": docx_tables.group_rows,
    "innsats_pdf": docx_tables.innsats_pdf,
    "merged_area_pdf": docx_tables.merged_area_pdf,
    "odt_roundtrip": docx_tables.odt_roundtrip,
    "direct_bullets": docx_prose.direct_bullets,
    "table_and_text_box": docx_prose.table_and_text_box,
    "blocks_pdf": docx_prose.blocks_pdf,
    "two_columns": pdf_reports.two_columns,
    "scanned_table": pdf_reports.scanned_table,
    "lecture_notes": pdf_reports.lecture_notes,
    "one_sheet_per_area": xlsx_report.one_sheet_per_area,
}
TRUTH_FILE = "truth.csv"
# A run reads every file of an inbox; these two are not reports.
IGNORE_TEXT = ("# Not member reports: the answer key and the notes on this round.\n"
               f"{TRUTH_FILE}\nREADME.md\n")


def build(out_dir: Path) -> list[Path]:
    """Write the round into out_dir and return the document paths in plan order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths, rows = [], []
    for report in reports():
        path = out_dir / report.file_name
        printed = WRITERS[report.writer](report, path)
        rows += rows_for(report, printed)
        paths.append(path)
    check(rows)
    write(rows, out_dir / TRUTH_FILE)
    (out_dir / ".tiltakignore").write_text(IGNORE_TEXT, encoding="utf-8")
    return paths
