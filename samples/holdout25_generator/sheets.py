"""KS's workbook: a cover sheet, one sheet per area with a title above the header, a count row, a contacts sheet."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from . import content_a as A
from .model import Report
from .util import pin_core_modified, pin_zip, when

AREA_TITLES = {
    "1": ("Område 1", "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet"),
    "2": ("Område 2", "Hovedinnsatsområde 2 – Læring i arbeidslivet"),
    "3": ("Område 3", "Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet"),
}


def ks(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-25 11:17")
    wb = Workbook()
    props = wb.properties
    props.creator = "KS"
    props.lastModifiedBy = "KS"
    props.title = "KS tiltak 2045"
    props.created = when("2046-01-15 08:00")
    props.modified = saved
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")

    cover = wb.active
    cover.title = "Forside"
    cover["A1"] = "KS – Kommunesektorens organisasjon"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "Rapportering til Kompetansepolitisk råd"
    cover["A4"] = "Rapporteringsår"
    cover["B4"] = "2045"
    cover["A5"] = "Levert"
    cover["B5"] = "25.02.2046"
    cover["A7"] = "Tiltakene står på arkene «Område 1», «Område 2» og «Område 3». Kontaktpersoner: eget ark."
    cover.column_dimensions["A"].width = 28
    cover.column_dimensions["B"].width = 20

    headers = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse / status 2045"]
    widths = [9, 48, 20, 14, 34, 60]
    for key, (sheet_name, title) in AREA_TITLES.items():
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color="1F4E79")
        ws.merge_cells("A1:F1")
        for col, (head, width) in enumerate(zip(headers, widths), start=1):
            cell = ws.cell(row=3, column=col, value=head)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = head_fill
            cell.border = box
            cell.alignment = wrap
            ws.column_dimensions[cell.column_letter].width = width
        rows = [x for x in A.KS if x.extra["sheet"] == key]
        for i, row in enumerate(rows, start=4):
            values = [row.delmal, row.tiltak, row.type, row.ansvarlig, row.partnere, row.beskrivelse]
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=i, column=col, value=value)
                cell.border = box
                cell.alignment = wrap
                if col == 1:
                    cell.number_format = "@"
            ws.row_dimensions[i].height = 45
        total = 4 + len(rows) + 1
        ws.cell(row=total, column=1, value="Sum")
        ws.cell(row=total, column=2, value=f"{len(rows)} tiltak")
        ws.cell(row=total, column=1).font = Font(italic=True)
        ws.cell(row=total, column=2).font = Font(italic=True)
        ws.freeze_panes = "A4"

    contacts = wb.create_sheet("Kontaktpersoner")
    for i, (a, b, c) in enumerate([("Navn", "Rolle", "E-post"),
                                   ("Hilde Moen", "Spesialrådgiver, utdanning", "hilde.moen@ks.no"),
                                   ("Per Arne Lid", "Fagleder, arbeidsgiverpolitikk", "per.arne.lid@ks.no")],
                                  start=1):
        contacts.cell(row=i, column=1, value=a)
        contacts.cell(row=i, column=2, value=b)
        contacts.cell(row=i, column=3, value=c)
    name = "KS_tiltak_2045.xlsx"
    path = out / name
    wb.save(path)
    pin_zip(path, saved, {"docProps/core.xml": pin_core_modified(saved)})
    return Report(name, "KS", "Workbook: cover sheet, one sheet per area (merged title row, header on row 3, a "
                  "«Sum» row under the tiltak), a contacts sheet", A.KS)
