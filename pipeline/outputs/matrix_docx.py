"""matrix.docx: Vedlegg 2 of the secretariat's summary, every tiltak in a table per hovedinnsatsområde."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Protocol, Sequence

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Row

from normalise.catalogue import Catalogue

from ..summary import Row
from .word import new_document

TITLE = "Vedlegg 2: Matrise over de innrapporterte tiltakene"
HEADERS = ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Antall totalt")
NO_TILTAK = "Ingen tiltak rapportert"
UNPLACED = "Tiltak uten delmål (bør kontrolleres)"
# Landscape A4 less 2 cm margins is 25.7 cm; the tiltak text gets the most room, as in the seed.
WIDTHS_CM = (5.2, 7.1, 3.4, 3.6, 4.5, 1.9)
HEADER_FILL = "D9D9D9"


class MatrixRow(Row, Protocol):
    """What the matrix shows of a tiltak: what the summary reads, and its wording."""

    @property
    def tiltak(self) -> str: ...


def _row_flags(row: _Row, *tags: str) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    for tag in tags:
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        tr_pr.append(element)


def _repeat_as_header(row: _Row) -> None:
    """Mark the row w:tblHeader, so Word and LibreOffice repeat it at the top of every page."""
    _row_flags(row, "w:cantSplit", "w:tblHeader")


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _new_table(document: docx.document.Document) -> Table:
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS_CM):
        column.width = Cm(width)  # the grid, which LibreOffice reads
    header = table.rows[0]
    for cell, text, width in zip(header.cells, HEADERS, WIDTHS_CM):
        cell.width = Cm(width)  # the cell widths, which Word reads
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, HEADER_FILL)
    _repeat_as_header(header)
    return table


def _add_row(table: Table, values: Sequence[str], italic: bool = False) -> list:
    """The new row's cells (Table.cell would rebuild the whole grid on every call). Table.add_row gives each
    cell its column's width from the grid already; only italic is marked, upright being the default."""
    row = table.add_row()
    _row_flags(row, "w:cantSplit")  # a tiltak is read whole, never half on the next page
    cells = row.cells
    for cell, text in zip(cells, values):
        if text:
            run = cell.paragraphs[0].add_run(text)
            if italic:
                run.italic = True
    return cells


def _merge_down(first: list, last: list, column: int) -> None:
    """One cell over the group's rows (w:vMerge); the text stays in the first."""
    if first is not last:
        first[column].merge(last[column])


def _fill_delmal(table: Table, code: str, text: str, rows: Sequence[MatrixRow]) -> None:
    """The delmål's rows, its Delmål and Antall cells merged over them as in the seed's matrix."""
    if rows:
        added = [_add_row(table, ["", r.tiltak, r.type, ", ".join(r.ansvarlig), ", ".join(r.samarbeidspartnere), ""])
                 for r in rows]
    else:
        # A delmål nobody reported on keeps its place, so the gap is seen.
        added = [_add_row(table, ["", NO_TILTAK, "", "", "", ""], italic=True)]
    first, last = added[0], added[-1]
    paragraph = first[0].paragraphs[0]
    if code:
        paragraph.add_run(code).bold = True
        paragraph.add_run(" ")
    paragraph.add_run(text)
    first[5].paragraphs[0].add_run(str(len(rows)))
    _merge_down(first, last, 0)
    _merge_down(first, last, 5)


def _group(entries: Iterable[MatrixRow]) -> dict[str, list[MatrixRow]]:
    groups: dict[str, list[MatrixRow]] = {}
    for e in entries:
        groups.setdefault(e.delmal, []).append(e)
    return groups


def build_matrix(entries: Sequence[MatrixRow], catalogue: Catalogue, year: int | None = None) -> docx.document.Document:
    document = new_document(landscape=True, margin_cm=2, size_pt=9)
    document.styles["Normal"].paragraph_format.space_after = Pt(2)
    document.add_heading(TITLE, level=1)
    if year:
        document.add_paragraph(f"Tiltak rapportert for {year}")
    groups = _group(entries)
    for omrade in catalogue.omrader:
        document.add_heading(f"Hovedinnsatsområde {omrade.id}: {omrade.name}", level=2)
        table = _new_table(document)
        for d in (d for d in catalogue.delmal if d.omrade == omrade.id):
            _fill_delmal(table, d.code, d.text, groups.pop(d.code, []))
        document.add_paragraph()
    if groups:
        # Rows whose delmål is unknown or not in this catalogue: shown apart, and counted in the total.
        document.add_heading(UNPLACED, level=2)
        table = _new_table(document)
        for code, rows in groups.items():
            _fill_delmal(table, code, "" if code else "Ukjent delmål", rows)
        document.add_paragraph()
    total = document.add_paragraph()
    total.add_run(f"Totalt antall tiltak {len(entries)}").bold = True
    return document


def write_matrix_docx(path: Path, entries: Sequence[MatrixRow], catalogue: Catalogue, year: int | None = None) -> None:
    build_matrix(entries, catalogue, year).save(str(path))
