"""NHO's workbook: an instructions sheet, one sheet per hovedinnsatsområde with the header in row 4,
delmål stored as numbers, and a hidden sheet of lists for the type drop-down."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from . import data

SHEETS = [
    ("1 Gode valg", "1", "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet"),
    ("2 Læring i arbeidslivet", "2", "Hovedinnsatsområde 2 – Læring i arbeidslivet"),
    ("3 Svak tilknytning", "3", "Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet"),
]
HEADER = ["Delmål", "Aktivitet", "Hva innebærer aktiviteten", "Hvem i NHO-fellesskapet", "Med hvem",
          "Kategori"]
# NHO typed one delmål as text (with a trailing space) instead of a number
AS_TEXT = {"S09"}


def nho(path: Path) -> None:
    wb = Workbook()
    wb.properties.creator = "NHO"
    wb.properties.lastModifiedBy = "NHO Kompetanse"
    wb.properties.title = "NHO tiltak 2026"
    wb.properties.created = dt.datetime(2027, 1, 18, 9, 0)
    wb.properties.modified = dt.datetime(2027, 1, 30, 12, 44)

    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="003A70")

    ws = wb.active
    ws.title = "Veiledning"
    lines = [
        ("Rapportering til Kompetansepolitisk råd – NHO-fellesskapet 2026", True),
        ("", False),
        ("Slik fyller du ut:", True),
        ("1. Bruk ett ark per hovedinnsatsområde i strategien.", False),
        ("2. Skriv delmålets nummer i kolonne A (f.eks. 2.3).", False),
        ("3. Velg kategori fra nedtrekkslisten eller skriv med egne ord.", False),
        ("4. Landsforeningene sender innspill til NHO Kompetanse innen 15. januar.", False),
        ("", False),
        ("Kontakt: NHO Kompetanse, avdeling for kompetanse og inkludering.", False),
    ]
    for i, (t, b) in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=t).font = Font(bold=b, size=14 if i == 1 else 11)
    ws.column_dimensions["A"].width = 90

    lists = wb.create_sheet("Lister")
    for i, t in enumerate(["FoU", "Kurs/utdanning", "Råd/utvalg", "Prosjekt", "Informasjon",
                           "Arrangement", "Kampanje", "Analyse", "Utvalg"], start=1):
        lists.cell(row=i, column=1, value=t)
    lists.sheet_state = "hidden"

    by_area: dict[str, list] = {"1": [], "2": [], "3": []}
    for r in data.NHO:
        by_area[r["dm"][0]].append(r)

    for title, area, long in SHEETS:
        s = wb.create_sheet(title, index=len(wb.sheetnames) - 1)
        s["A1"] = long
        s["A1"].font = Font(bold=True, size=13, color="003A70")
        s["A2"] = "NHO-fellesskapets tiltak i 2026"
        s["A2"].font = Font(italic=True, color="595959")
        for j, h in enumerate(HEADER, start=1):
            c = s.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = head_fill
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = box
        dv = DataValidation(type="list", formula1="=Lister!$A$1:$A$9", allow_blank=True,
                            showErrorMessage=False)
        s.add_data_validation(dv)
        for i, r in enumerate(by_area[area], start=5):
            dm = f"{r['dm']} " if r["sid"] in AS_TEXT else float(r["dm"])
            vals = [dm, r["tiltak"], r["desc"], r["ansv"], r["partners"] or None, r["type_txt"]]
            for j, v in enumerate(vals, start=1):
                c = s.cell(row=i, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
            s.cell(row=i, column=1).number_format = "0.0"
            s.cell(row=i, column=1).alignment = Alignment(horizontal="center", vertical="top")
            dv.add(f"F{i}")
        for col, w in zip("ABCDEF", [8, 38, 60, 24, 30, 14]):
            s.column_dimensions[col].width = w
        s.freeze_panes = "A5"
    wb.active = 0
    wb.save(path)
