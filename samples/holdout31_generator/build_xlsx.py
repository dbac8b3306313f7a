"""Spreadsheets: NHO (blank separator columns, letter codes for the type
with a key sheet, a totals row) and Trøndelag (område rows merged across,
delmål typed as numbers, a summary sheet)."""
from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from .common import AREA_NB, DM_NB, FIXED_DT, fix_zip
from .data_a import NHO
from .data_b import TRONDELAG

BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
TOP = Alignment(wrap_text=True, vertical="top")


def props(wb, author, title):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def nho(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2051"
    ws["A1"] = "NHO – Næringslivets Hovedorganisasjon"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Innrapportering av tiltak til Kompetansepolitisk råd, "
                "rapporteringsår 2051")
    head = ["Delmål", None, "Tiltak", "Beskrivelse", None, "Type (kode)",
            "Ansvarlig", "Samarbeidspartnere"]
    for col, h in enumerate(head, 1):
        if h:
            cell = ws.cell(row=4, column=col, value=h)
            cell.font = BOLD
            cell.fill = GREY
    row = 5
    prev_area = None
    for r in NHO:
        if prev_area and r.delmal[0] != prev_area:
            row += 1                      # empty row between the areas
        prev_area = r.delmal[0]
        vals = [f"{r.delmal} {DM_NB[r.delmal]}", None, r.tiltak,
                r.beskrivelse, None, r.tw, r.ansvarlig, r.partnere]
        for col, v in enumerate(vals, 1):
            if v:
                ws.cell(row=row, column=col, value=v).alignment = TOP
        row += 1
    row += 1
    ws.cell(row=row, column=3, value="Sum antall tiltak").font = BOLD
    ws.cell(row=row, column=6, value=len(NHO)).font = BOLD
    ws.cell(row=row + 2, column=1,
            value="Typekoder: se arket «Koder». Kontakt: Hilde Myrvang, "
                  "NHO Arbeidsliv.")
    for col, wdt in zip("ABCDEFGH", [30, 2, 38, 60, 2, 11, 22, 30]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"
    key = wb.create_sheet("Koder")
    key.append(["Kode", "Type tiltak"])
    key["A1"].font = key["B1"].font = BOLD
    for code, name in (("FU", "Forskning og utvikling (FoU)"),
                       ("KU", "Kurs/utdanning"),
                       ("RN", "Råd, utvalg eller nettverk"),
                       ("PR", "Prosjekt"), ("IN", "Informasjon"),
                       ("AR", "Arrangement")):
        key.append([code, name])
    key.column_dimensions["B"].width = 32
    props(wb, "Hilde Myrvang", "Tiltak 2051")
    path = os.path.join(out, "NHO_tiltak_2051.xlsx")
    wb.save(path)
    fix_zip(path)
    return path


def trondelag(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Trøndelag fylkeskommune – tiltak 2051 (Kompetansepolitisk råd)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Sist oppdatert 27.01.2052"
    ws["A2"].font = Font(italic=True)
    head = ["Nr", "Delmål", "Tiltak", "Type", "Beskrivelse", "Ansvar",
            "Samarbeider med"]
    for col, h in enumerate(head, 1):
        c = ws.cell(row=4, column=col, value=h)
        c.font = BOLD
        c.fill = GREY
    row, n = 5, 0
    fill = PatternFill("solid", fgColor="E2EFDA")
    for area in ("1", "2", "3"):
        ws.cell(row=row, column=1,
                value=f"Innsatsområde {area} – {AREA_NB[area]}").font = BOLD
        ws.cell(row=row, column=1).fill = fill
        ws.merge_cells(start_row=row, start_column=1, end_row=row,
                       end_column=7)
        row += 1
        for r in [x for x in TRONDELAG if x.delmal[0] == area]:
            n += 1
            vals = [n, float(r.delmal), r.tiltak, r.tw, r.beskrivelse,
                    r.ansvarlig, r.partnere or None]
            for col, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(row=row, column=col, value=v).alignment = TOP
            ws.cell(row=row, column=2).number_format = "0.0"
            row += 1
        if area == "3":
            ws.cell(row=row, column=2, value=3.5).number_format = "0.0"
            ws.cell(row=row, column=3, value="Ingen tiltak")
            row += 1
        row += 1                           # blank line after each area
    for col, wdt in zip("ABCDEFG", [5, 8, 42, 16, 60, 26, 40]):
        ws.column_dimensions[col].width = wdt
    summ = wb.create_sheet("Oppsummering")
    summ.append(["Innsatsområde", "Antall tiltak"])
    for area in ("1", "2", "3"):
        summ.append([f"{area} {AREA_NB[area]}",
                     sum(1 for x in TRONDELAG if x.delmal[0] == area)])
    summ.append(["Totalt", len(TRONDELAG)])
    summ["A1"].font = summ["B1"].font = BOLD
    summ.column_dimensions["A"].width = 70
    props(wb, "Trøndelag fylkeskommune", "Tiltak 2051")
    path = os.path.join(out, "Trondelag_fk_tiltak_2051.xlsx")
    wb.save(path)
    fix_zip(path)
    return path


def build(out):
    return [nho(out), trondelag(out)]
