"""KS' workbook: a guidance sheet, a sheet per hovedinnsatsområde with title rows and a count row, a contact sheet."""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from .model import Report
from .office import normalise_zip

TITLES = {
    "1": "Hovedinnsatsområde 1 – Gode valg for den enkelte og samfunnet",
    "2": "Hovedinnsatsområde 2 – Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet",
}
HEADER = ["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeid med", "Omtale"]


def ks_workbook(report: Report, path: Path) -> Path:
    wb = Workbook()
    guide = wb.active
    guide.title = "Veiledning"
    for i, line in enumerate([
        "KS – rapportering til Kompetansepolitisk råd for 2044",
        "",
        "Arkene «Område 1», «Område 2» og «Område 3» inneholder KS' tiltak for hvert hovedinnsatsområde.",
        "Delmål er oppgitt med nummer fra strategien. Typene følger sekretariatets seks kategorier.",
        "Arket «Kontakt» har kontaktpersoner for hvert tiltak.",
    ], start=1):
        guide.cell(i, 1, line)
    guide["A1"].font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 100
    fill = PatternFill("solid", fgColor="D9E1F2")
    for area in "123":
        ws = wb.create_sheet(f"Område {area}")
        ws["A1"] = "KS – tiltak 2044"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = TITLES[area]
        ws["A2"].font = Font(italic=True)
        for col, label in enumerate(HEADER, start=1):
            cell = ws.cell(4, col, label)
            cell.font = Font(bold=True)
            cell.fill = fill
        r = 5
        rows = [row for row in report.rows if row.delmal[0] == area]
        for row in rows:
            # Area 2's sheet was typed by someone whose Excel kept the delmål as numbers.
            delmal: object = float(row.delmal_text) if area == "2" else row.delmal_text
            for col, value in enumerate([delmal, row.tiltak, row.type_text, row.ansvarlig, row.partnere,
                                         row.beskrivelse], start=1):
                cell = ws.cell(r, col, value)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if area == "2":
                ws.cell(r, 1).number_format = "0.0"
            r += 1
        ws.cell(r + 1, 1, f"Antall tiltak: {len(rows)}").font = Font(italic=True)
        for col, width in zip("ABCDEF", [9, 48, 20, 14, 28, 60]):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A5"
    contact = wb.create_sheet("Kontakt")
    contact.append(["Område", "Kontaktperson", "E-post"])
    contact.append(["1", "Lise Haugen", "lise.haugen@ks.example"])
    contact.append(["2", "Per Ovesen", "per.ovesen@ks.example"])
    contact.append(["3", "Lise Haugen", "lise.haugen@ks.example"])
    wb.properties.creator = "KS"
    wb.properties.lastModifiedBy = "KS"
    wb.properties.title = "Rapportering KPR 2044"
    wb.properties.created = dt.datetime(2045, 2, 3, 9, 0)
    wb.properties.modified = dt.datetime(2045, 2, 15, 11, 30)
    wb.save(str(path))
    # openpyxl stamps the time of saving as the last-modified date; put back the date KS saved it.
    with zipfile.ZipFile(path) as z:
        core = z.read("docProps/core.xml")
    core = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2045-02-15T11:30:00Z", core)
    normalise_zip(path, {"docProps/core.xml": core})
    return path
