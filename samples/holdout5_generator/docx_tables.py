"""Word reports whose tiltak stand in tables (python-docx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .rows import OMRADE_TITLE, Report


def new_document(author: str, title: str, intro: list[str], size: float = 10) -> Document:
    """A4 document with fixed metadata, a title and the opening paragraphs."""
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    doc.styles["Normal"].font.size = Pt(size)
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.created = props.modified = dt.datetime(2026, 2, 10, 9, 0)
    props.title = title
    doc.add_heading(title, level=1)
    for text in intro:
        doc.add_paragraph(text)
    return doc


def repeat_as_header(row) -> None:
    """Mark a table row as Word's repeated header row (w:tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def grid_table(doc, header: list[str], widths_cm: list[float]):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for cell, text, width in zip(table.rows[0].cells, header, widths_cm):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        cell.width = Cm(width)
    return table


def add_row(table, values: list[str], widths_cm: list[float]):
    cells = table.add_row().cells
    for cell, text, width in zip(cells, values, widths_cm):
        cell.text = text
        cell.width = Cm(width)
    return cells


def fill_table(doc, header: list[str], widths_cm: list[float], values: list[list[str]]):
    """A ruled table with a bold header row and one row per list of cell texts."""
    table = grid_table(doc, header, widths_cm)
    for cells in values:
        add_row(table, cells, widths_cm)
    return table


def build_long_table(report: Report, path: Path) -> None:
    """Ministry style: one ruled table over two pages, header row repeated."""
    doc = new_document(
        "Kunnskapsdepartementet",
        "Regjeringens rapportering til Kompetansepolitisk råd for 2025",
        [
            "Kunnskapsdepartementet sender på vegne av regjeringen oversikt over tiltak som "
            "følger opp Nasjonal kompetansepolitisk strategi. Oversikten omfatter tiltak i regi "
            "av KD, ASD og underliggende etater, og gjelder kalenderåret 2025.",
            "Tiltakene er ordnet etter delmålene i strategien. Kolonnen «Type tiltak» bruker "
            "sekretariatets kategorier så langt det lar seg gjøre.",
            "Departementet gjør oppmerksom på at flere av tiltakene er flerårige, og at det for "
            "enkelte tiltak ikke foreligger resultater før i 2026. Spørsmål om oversikten kan "
            "rettes til avdeling for kompetansepolitikk.",
        ],
        size=11,
    )
    values = [
        [r.delmal, r.tiltak + (f"\n{r.desc}" if r.desc else ""), r.shown("type"), r.ansvarlig, r.partners]
        for r in report.rows
    ]
    header = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
    repeat_as_header(fill_table(doc, header, [1.8, 5.4, 2.5, 2.3, 4.6], values).rows[0])
    doc.add_paragraph("")
    doc.add_paragraph("Oslo, 12. februar 2026 – Kunnskapsdepartementet")
    doc.save(path)


def build_status_table(report: Report, path: Path) -> None:
    """Union style: the tiltak first, then progress, delmål, a comment and partners."""
    doc = new_document(
        "LO Utdanning og kompetanse",
        "LOs tiltaksrapport 2025 – Kompetansepolitisk råd",
        [
            "Landsorganisasjonen i Norge (LO) rapporterer her om arbeidet med oppfølgingen av "
            "kompetansestrategien. Tabellen viser status ved årets slutt.",
        ],
    )
    values = [[r.tiltak, r.shown("status"), r.shown("delmal"), r.desc, r.partners] for r in report.rows]
    header = ["Tiltak", "Status 2025", "Delmål", "Kommentar", "Samarbeid med"]
    fill_table(doc, header, [4.2, 2.6, 3.0, 4.0, 2.8], values)
    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson: rådgiver i LOs avdeling for utdanning og kompetanse.")
    doc.save(path)


def build_row_per_delmal(report: Report, path: Path) -> None:
    """One row per sub-goal, the member's tiltak as bullets inside one cell."""
    doc = new_document(
        "Unio sekretariatet",
        "Unio – rapport om tiltak 2025",
        [
            "Unio er hovedorganisasjon for blant annet lærere, sykepleiere, politi og "
            "forskere. Under følger forbundenes og Unios felles tiltak i 2025, ordnet per delmål.",
        ],
    )
    widths = [6.0, 10.6]
    table = grid_table(doc, ["Delmål i strategien", "Unios tiltak i 2025"], widths)
    codes = sorted({row.delmal for row in report.rows})
    for code in codes:
        cells = add_row(table, [f"{code} {report_delmal_text(report, code)}", ""], widths)
        first = True
        for row in (r for r in report.rows if r.delmal == code):
            para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            para.style = doc.styles["List Bullet"]
            para.add_run(row.tiltak)
            first = False
    doc.save(path)


def report_delmal_text(report: Report, code: str) -> str:
    return next(r.shown("delmal_text") for r in report.rows if r.delmal == code)


def build_area_table(report: Report, path: Path) -> None:
    """Nynorsk county table: a merged row per main area, delmål only as words."""
    doc = new_document(
        "Møre og Romsdal fylkeskommune",
        "Rapportering til Kompetansepolitisk råd 2025",
        [
            "Møre og Romsdal fylkeskommune, utdanningsavdelinga, gjer her greie for tiltak i "
            "2025 som følgjer opp den nasjonale kompetansepolitiske strategien.",
        ],
    )
    widths = [1.1, 4.4, 4.9, 2.6, 3.6]
    table = grid_table(doc, ["Nr.", "Tiltak", "Skildring", "Type tiltak", "Delmål"], widths)
    area = ""
    for number, row in enumerate(report.rows, start=1):
        if row.delmal[0] != area:
            area = row.delmal[0]
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(f"Hovudinnsatsområde {area}: {row.shown('area')}").bold = True
        add_row(table, [f"{number}.", row.tiltak, row.desc, row.shown("type"), row.shown("delmal")], widths)
    doc.save(path)


def build_type_first(report: Report, path: Path) -> None:
    """Type column first, then tiltak, delmål, partners and who is responsible."""
    doc = new_document(
        "Akademikerne",
        "Akademikernes innrapportering for 2025",
        [
            "Akademikerne organiserer arbeidstakere med høyere utdanning. Vi rapporterer "
            "følgende tiltak for 2025 i oppfølgingen av Nasjonal kompetansepolitisk strategi.",
        ],
    )
    values = [[r.shown("type"), r.tiltak, r.delmal, r.partners, r.ansvarlig] for r in report.rows]
    header = ["Type", "Tiltak", "Delmål", "Samarbeidspartnere", "Ansvarlig"]
    fill_table(doc, header, [2.2, 5.6, 1.8, 4.0, 3.0], values)
    doc.add_paragraph("")
    doc.add_paragraph(f"Områdene i strategien: {', '.join(OMRADE_TITLE.values())}.").runs[0].font.size = Pt(9)
    doc.save(path)
