"""The reports that are Word tables: the government's, NHO's two versions, UHR's sideways table, Vestland's
Nynorsk table, Trøndelag's merged table and Spekter's area-only table (the last two leave here as DOCX;
__main__ converts what must be converted)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .docbase import header_row, new_document, save, set_text, shade, widths
from .model import Report

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def regjeringen(report: Report, path: Path) -> Path:
    doc = new_document("Kunnskapsdepartementet", "Rapportering til Kompetansepolitisk råd 2044",
                       dt.datetime(2045, 2, 12, 14, 5), landscape=True)
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2044", level=1)
    doc.add_paragraph(
        "Rapporteringen er utarbeidet av Kunnskapsdepartementet på vegne av regjeringen, i samarbeid med "
        "Arbeids- og inkluderingsdepartementet (ASD), Kommunal- og distriktsdepartementet (KDD) og Nærings- og "
        "fiskeridepartementet (NFD). Tabellen viser tiltak som ble gjennomført eller videreført i 2044, ordnet etter "
        "strategiens delmål.")
    labels = ["Delmål", "Tiltak", "Kategori", "Ansvarlig departement/etat", "Involverte aktører", "Status 2044"]
    table = doc.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    header_row(table, labels)
    area = ""
    for row in report.rows:
        if row.delmal[0] != area:
            area = row.delmal[0]
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_text(merged, AREAS[area], bold=True, size=9.5)
            shade(merged, "F2F2F2")
        cells = table.add_row().cells
        for cell, text in zip(cells, [row.delmal_text, row.tiltak, row.type_text, row.ansvarlig, row.partnere,
                                      row.beskrivelse]):
            set_text(cell, text, size=9)
    widths(table, [1.6, 5.5, 2.8, 3.2, 5.0, 7.6])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson i KD: seniorrådgiver Ingrid Aas, Kompetansepolitisk avdeling.")
    return save(doc, path)


def nho(report: Report, path: Path, final: bool) -> Path:
    saved = dt.datetime(2045, 2, 10, 16, 40) if final else dt.datetime(2045, 1, 27, 11, 2)
    doc = new_document("NHO Kompetanse og inkludering", "NHOs tiltak 2044", saved)
    if not final:
        p = doc.add_paragraph()
        r = p.add_run("UTKAST – ikke til publisering (versjon 0.3, 27.01.2045)")
        r.bold = True
        r.font.size = Pt(11)
    doc.add_heading("NHOs oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i 2044", level=1)
    if final:
        doc.add_paragraph("Endelig versjon, godkjent av NHOs direktør for kompetanse og inkludering 10.02.2045.")
    doc.add_paragraph(
        "NHO-fellesskapet har i 2044 arbeidet med kompetansepolitikken både gjennom faste råd og utvalg, i egne "
        "prosjekter og sammen med LO og myndighetene. Oversikten under følger strategiens nummerering.")
    labels = ["Nr. i strategien", "Tiltak", "Hva ble gjort i 2044", "Art", "Ansvarlig", "Partnere"]
    table = doc.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    header_row(table, labels, fill="FCE4D6")
    for row in report.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, [row.delmal_text, row.tiltak, row.beskrivelse, row.type_text, row.ansvarlig,
                                      row.partnere]):
            set_text(cell, text, size=9)
    widths(table, [1.5, 3.6, 5.0, 2.4, 2.3, 2.2])
    if not final:
        doc.add_paragraph("Til Kari: kan du sjekke tallene for Inkluderingsløftet før vi sender?")
    return save(doc, path)


def uhr(report: Report, path: Path) -> Path:
    doc = new_document("Universitets- og høgskolerådet", "UHR – rapportering 2044", dt.datetime(2045, 2, 17, 9, 30),
                       landscape=True)
    doc.add_heading("Universitets- og høgskolerådet (UHR)", level=1)
    doc.add_paragraph("Innspill til Kompetansepolitisk råd: UHRs tiltak i 2044")
    doc.add_paragraph(
        "UHR er fra 2043 medlem av Kompetansepolitisk råd. Vi har samlet våre tiltak i én tabell der hvert tiltak "
        "står i en egen kolonne.")
    labels = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Om tiltaket"]
    table = doc.add_table(rows=len(labels), cols=len(report.rows) + 1)
    table.style = "Table Grid"
    for i, label in enumerate(labels):
        set_text(table.cell(i, 0), label, bold=True, size=9)
        shade(table.cell(i, 0), "E2EFDA")
    for j, row in enumerate(report.rows, start=1):
        values = [row.tiltak, row.delmal_text, row.type_text, row.ansvarlig, row.partnere, row.beskrivelse]
        for i, text in enumerate(values):
            set_text(table.cell(i, j), text, bold=(i == 0), size=9)
    widths(table, [2.8] + [4.6] * len(report.rows))
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 17. februar 2045")
    return save(doc, path)


def vestland(report: Report, path: Path) -> Path:
    doc = new_document("Vestland fylkeskommune", "Rapportering til Kompetansepolitisk råd 2044",
                       dt.datetime(2045, 2, 14, 13, 15), landscape=True)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Vestland fylkeskommune · Avdeling for innovasjon og næringsutvikling").italic = True
    doc.add_heading("Tiltak i 2044 – oppfølging av Nasjonal kompetansepolitisk strategi", level=1)
    doc.add_paragraph(
        "Vestland fylkeskommune rapporterer her tiltak som fylkeskommunen har ansvar for eller tek del i. Tiltaka er "
        "ordna etter dei delmåla i strategien som dei først og fremst høyrer til.")
    labels = ["Delmål", "Tiltak", "Kva slag tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring"]
    table = doc.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    header_row(table, labels, fill="DDEBF7")
    for row in report.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, [row.delmal_text, row.tiltak, row.type_text, row.ansvarlig, row.partnere,
                                      row.beskrivelse]):
            set_text(cell, text, size=9)
    widths(table, [3.4, 5.2, 2.2, 3.2, 4.2, 7.4])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: rådgjevar Sigrid Helle, sigrid.helle@vlfk.example")
    return save(doc, path)


def trondelag(report: Report, path: Path) -> Path:
    doc = new_document("Trøndelag fylkeskommune", "KPR 2044", dt.datetime(2045, 2, 19, 10, 45))
    doc.add_heading("Trøndelag fylkeskommune – rapport til Kompetansepolitisk råd 2044", level=1)
    doc.add_paragraph(
        "Fylkeskommunen har i 2044 fulgt opp strategien gjennom regional planlegging, karriereveiledning og opplæring "
        "av voksne. Tiltakstype er oppgitt i parentes.")
    labels = ["Innsatsområde", "Tiltak (type)", "Ansvar og samarbeid", "Hva er gjort i 2044"]
    table = doc.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    header_row(table, labels, fill="FFF2CC")
    groups: list[tuple[str, int, int]] = []
    for row in report.rows:
        cells = table.add_row().cells
        index = len(table.rows) - 1
        if groups and groups[-1][0] == row.delmal_text:
            groups[-1] = (row.delmal_text, groups[-1][1], index)
        else:
            groups.append((row.delmal_text, index, index))
        set_text(cells[1], f"{row.tiltak} ({row.type_text})", size=9)
        set_text(cells[2], f"Ansvarlig: {row.ansvarlig}. Partnere: {row.partnere}.", size=9)
        set_text(cells[3], row.beskrivelse, size=9)
    for text, first, last in groups:
        cell = table.cell(first, 0)
        if last > first:
            cell = cell.merge(table.cell(last, 0))
        set_text(cell, text, bold=True, size=9)
    widths(table, [3.4, 4.8, 4.4, 4.4])
    return save(doc, path)


def spekter(report: Report, path: Path) -> Path:
    doc = new_document("Spekter", "Spekters tiltak 2044", dt.datetime(2045, 2, 18, 15, 20), landscape=True)
    doc.add_heading("Spekters tiltak 2044 – oppfølging av Nasjonal kompetansepolitisk strategi", level=1)
    doc.add_paragraph(
        "Spekter har ikke plassert tiltakene på enkeltdelmål, bare på strategiens tre hovedinnsatsområder. "
        "Sekretariatet står fritt til å plassere dem nærmere.")
    labels = ["Område", "Tiltak", "Ansvar", "I samarbeid med", "Beskrivelse"]
    table = doc.add_table(rows=1, cols=len(labels))
    table.style = "Table Grid"
    header_row(table, labels, fill="E4DFEC")
    for row in report.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, [f"Område {row.delmal_text}", row.tiltak, row.ansvarlig, row.partnere,
                                      row.beskrivelse]):
            set_text(cell, text, size=9)
    widths(table, [2.0, 6.5, 2.6, 4.6, 9.0])
    return save(doc, path)
