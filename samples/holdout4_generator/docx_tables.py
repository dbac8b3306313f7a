"""Word layouts built around tables: each function writes one member's shape of report."""

from __future__ import annotations

from docx.shared import Pt

from .docx_base import add_signature, add_table, new_document, set_cell, shade
from .model import DELMAL_NB, Report, rows_by_delmal


def landscape_table(report: Report, path: str) -> None:
    """Landscape page, header and footer, six columns with a status text per tiltak."""
    doc = new_document(report, landscape=True, font_pt=9.5)
    body = [[r.delmal, r.tiltak, r.desc, r.label, r.ans, r.par] for r in report.rows]
    add_table(doc, report.meta["columns"], body, widths_cm=[1.5, 6.0, 5.6, 3.0, 5.0, 4.6])
    doc.add_paragraph("Kunnskapsdepartementet, februar 2025")
    doc.save(path)


def county_table_nn(report: Report, path: str) -> None:
    """Portrait table in Nynorsk, the delmål as a bare code in the first column."""
    doc = new_document(report)
    body = [[r.delmal, r.tiltak, r.label, r.ans, r.par] for r in report.rows]
    add_table(doc, report.meta["columns"], body, widths_cm=[1.4, 5.8, 2.8, 3.3, 3.7])
    doc.add_paragraph("Skien, 10. februar 2025")
    doc.add_paragraph("Seksjon for kompetanse og karriere, Vestfold og Telemark fylkeskommune")
    doc.save(path)


def county_table_nb(report: Report, path: str) -> None:
    """Landscape; the tiltak first, what was done next, delmål and type further right."""
    doc = new_document(report, landscape=True)
    body = [[r.tiltak, r.desc, r.delmal, r.label, r.ans, r.par] for r in report.rows]
    add_table(doc, report.meta["columns"], body, widths_cm=[5.0, 5.5, 2.0, 3.4, 4.6, 5.2])
    doc.add_paragraph("Kontaktperson: rådgiver for kompetanse, Agder fylkeskommune")
    doc.save(path)


def plain_table(report: Report, path: str) -> None:
    """A short three-column table in a large font, printed and scanned by the member."""
    doc = new_document(report, font_pt=13)
    body = [[r.delmal, r.tiltak, r.par] for r in report.rows]
    add_table(doc, report.meta["columns"], body, widths_cm=[2.2, 8.0, 6.0])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 28. februar 2025 – Akademikerne, sekretariatet")
    doc.save(path)


def headerless_table(report: Report, path: str) -> None:
    """Four columns without a header row: code, tiltak, type (often empty), partners."""
    doc = new_document(report)
    body = [[r.delmal, r.tiltak, r.label, r.par] for r in report.rows]
    add_table(doc, None, body, widths_cm=[1.4, 8.2, 2.2, 4.6])
    doc.add_paragraph("Virke, 12. februar 2025")
    doc.save(path)


def merged_delmal_table(report: Report, path: str) -> None:
    """The delmål written as words in a cell merged down over all its tiltak."""
    doc = new_document(report)
    groups = rows_by_delmal(report.rows)
    body = [["", r.tiltak, r.desc, r.par] for _, group in groups for r in group]
    table = add_table(doc, report.meta["columns"], body, widths_cm=[3.6, 5.0, 5.4, 2.8])
    first = 1
    for code, group in groups:
        last = first + len(group) - 1
        cell = table.cell(first, 0)
        if last > first:
            cell = cell.merge(table.cell(last, 0))
        set_cell(cell, DELMAL_NB[code])
        first = last + 1
    add_signature(doc, report)
    doc.save(path)


def section_row_table(report: Report, path: str) -> None:
    """One table; a shaded full-width row names each delmål before its tiltak."""
    doc = new_document(report)
    columns = report.meta["columns"]
    table = add_table(doc, columns, [[r.tiltak, r.ans, r.par, r.desc]
                                     for _, g in rows_by_delmal(report.rows) for r in g],
                      widths_cm=[5.8, 3.6, 3.4, 4.2])
    index = 1
    for code, group in rows_by_delmal(report.rows):
        row = table.rows[index]
        new_tr = _clone_row_before(table, row)
        merged = new_tr.cells[0].merge(new_tr.cells[len(columns) - 1])
        set_cell(merged, report.meta["section"].format(code=code, text=DELMAL_NB[code]), bold=True)
        shade(merged, "D9E2F3")
        index += len(group) + 1
    doc.add_paragraph("Universitets- og høgskolerådet, Oslo, februar 2025")
    doc.save(path)


def _clone_row_before(table, row):
    """A fresh empty row inserted before `row`, returned as a python-docx row."""
    new = table.add_row()
    row._tr.addprevious(new._tr)
    for cell in new.cells:
        set_cell(cell, "")
    for paragraph in (p for c in new.cells for p in c.paragraphs):
        for run in paragraph.runs:
            run.font.size = Pt(10)
    return table.rows[[r._tr for r in table.rows].index(new._tr)]
