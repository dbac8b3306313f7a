"""Excel reports: NHO (title block, group rows) and UHR (two-row header, delmål by name,
summary table under the data)."""
import math
import os
from collections import Counter

from openpyxl import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import DELMAL, HOVED, FIXED, pin_xlsx_file
from .data_a import NHO
from .data_b import UHR

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _fit_rows(ws, first, last):
    """Estimate row heights for wrapped text (openpyxl cannot autofit)."""
    for r in range(first, last + 1):
        lines = 1
        for c in ws[r]:
            if (isinstance(c.value, str) and not c.value.startswith("Hovedområde ")
                    and c.column_letter in ws.column_dimensions):
                w = ws.column_dimensions[c.column_letter].width or 10
                lines = max(lines, math.ceil(len(c.value) * 1.05 / max(w - 1, 1)))
        ws.row_dimensions[r].height = 15 * lines + 2
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _props(wb, title, creator):
    wb.properties.title = title
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def write_nho(out):
    name = "NHO_tiltak_2054.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2054"
    ws["A1"] = "NHO – rapportering av tiltak til Kompetansepolitisk råd 2054"
    ws["A1"].font = Font(bold=True, size=14, color="003A70")
    ws["A2"] = "Innsendt 15.01.2055 av Avdeling for kompetanse og inkludering"
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["Delmål", "Tiltakets navn", "Hva slags tiltak", "Hvem i NHO", "Partnere",
             "Status/beskrivelse"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="003A70")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    last = None
    for x in NHO:
        ho = x["d"][0]
        if ho != last:
            ws.cell(row=r, column=1, value=f"Hovedområde {ho} – {HOVED[ho]}")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DCE6F1")
            r += 1
            last = ho
        vals = [f"{x['d']} {DELMAL[x['d']]}", x["t"], x["tw"], x["a"], x["p"] or None, x["b"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    for col, w in zip("ABCDEF", [30, 38, 18, 28, 28, 70]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    _fit_rows(ws, 5, r - 1)
    ws2 = wb.create_sheet("Forklaring")
    notes = [
        "Forklaring til kolonnene",
        "Delmål: nummer og kortnavn fra Nasjonal kompetansepolitisk strategi.",
        "Hva slags tiltak: NHOs egen betegnelse.",
        "Hvem i NHO: avdeling, landsforening eller regionkontor som har hovedansvaret.",
        "Tallene gjelder kalenderåret 2054 dersom ikke annet er oppgitt.",
    ]
    for i, n in enumerate(notes, 1):
        ws2.cell(row=i, column=1, value=n).font = Font(bold=(i == 1))
    ws2.column_dimensions["A"].width = 90
    _props(wb, "NHO tiltak 2054", "NHO")
    path = os.path.join(out, name)
    wb.save(path)
    pin_xlsx_file(path)
    return dict(file=name, member="NHO", rows=NHO,
                shape="xlsx; title block above header in row 4, merged hovedområde group rows, "
                      "types in NHO's own words, notes sheet")


def write_uhr(out):
    name = "UHR_rapport_KPR_2054.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport 2054"
    ws["A1"] = "Universitets- og høgskolerådet (UHR)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapport til Kompetansepolitisk råd – rapporteringsår 2054"
    ws["A3"] = "Dato: 16.01.2055"
    top = ["Tiltak", "Plassering i strategien", None, "Kategori", "Ansvar", "Samarbeid", "Omtale"]
    for i, h in enumerate(top, 1):
        if h:
            ws.cell(row=5, column=i, value=h)
    ws.cell(row=6, column=2, value="Hovedområde")
    ws.cell(row=6, column=3, value="Delmål")
    ws.merge_cells("B5:C5")
    for col in "ADEFG":
        ws.merge_cells(f"{col}5:{col}6")
    for rr in (5, 6):
        for i in range(1, 8):
            c = ws.cell(row=rr, column=i)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 7
    for x in UHR:
        ho = x["d"][0]
        vals = [x["t"], HOVED[ho], DELMAL[x["d"]], x["tw"], x["a"], x["p"] or None, x["b"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antall tiltak per hovedområde").font = Font(bold=True)
    r += 1
    cnt = Counter(x["d"][0] for x in UHR)
    for ho in sorted(HOVED):
        ws.cell(row=r, column=1, value=f"{ho} {HOVED[ho]}")
        ws.cell(row=r, column=2, value=cnt.get(ho, 0))
        r += 1
    ws.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    ws.cell(row=r, column=2, value=len(UHR)).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [40, 26, 32, 14, 22, 30, 64]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B7"
    _fit_rows(ws, 7, 6 + len(UHR))
    _props(wb, "UHR rapport 2054", "UHR")
    path = os.path.join(out, name)
    wb.save(path)
    pin_xlsx_file(path)
    return dict(file=name, member="UHR", rows=UHR,
                shape="xlsx; two-row merged header (Plassering i strategien → Hovedområde/Delmål), "
                      "delmål given by name only, count-per-hovedområde table below the data")
