"""After a build: every truth row's tiltak (and description) must stand in the built file's text.

Text is taken with plain libraries (python-docx, openpyxl, pypdfium2) and LibreOffice for .doc/.odt/.rtf; never with
the program under test. Whitespace is ignored; the scan has no text layer and is only checked for that."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from .model import Report
from .office import convert


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]

    def walk(tables) -> None:  # type: ignore[no-untyped-def]
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)

    walk(doc.tables)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _xlsx_text(path: Path) -> str:
    wb = load_workbook(str(path), read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    wb.close()
    return "\n".join(parts)


def text_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_text(path)
    if suffix == ".pdf":
        return _pdf_text(path)
    if suffix == ".xlsx":
        return _xlsx_text(path)
    with tempfile.TemporaryDirectory(prefix="holdout24_check_") as tmp:
        back = convert(path, "docx", Path(tmp) / (path.stem + ".docx"))
        return _docx_text(back)


def _norm(text: str) -> str:
    """Without whitespace: a PDF's line breaks fall anywhere, and pdfium gives a hyphen at a line's end as U+FFFE."""
    text = text.replace("\ufffe", "-")
    return re.sub(r"\s+", "", text)


def check(reports: list[Report], out: Path) -> list[str]:
    problems = []
    for report in reports:
        path = out / report.filename
        if not path.exists():
            problems.append(f"{report.filename}: not built")
            continue
        text = _norm(text_of(path))
        if "skannet" in report.filename:
            if text:
                problems.append(f"{report.filename}: the scan has a text layer")
            continue
        if not report.truth:
            continue
        for row in report.rows:
            fields = [("tiltak", row.tiltak), ("beskrivelse", row.beskrivelse)]
            if not report.filename.startswith("LO_"):  # the letter names partners inside its sentences
                fields += [("ansvarlig", row.ansvarlig), ("samarbeidspartnere", row.partnere)]
            for what, value in fields:
                if value and _norm(value) not in text:
                    problems.append(f"{report.filename}: {what} not found: {value!r}")
    return problems
