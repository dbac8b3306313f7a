"""Excel workbooks: NHO (one column per measure) and Nordland (two sheets,
type as a number code explained on a notes sheet)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .common import FIXED_DT, normalise_zip

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _props(wb: Workbook, creator: str, title: str) -> None:
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def build_nho(m: dict, out: Path) -> Path:
    wb = Workbook()
    _props(wb, "NHO", "NHO tiltak 2050")
    ws = wb.active
    ws.title = "Rapport 2050"
    ws["A1"] = "NHOs rapportering til Kompetansepolitisk råd – 2050"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Utfylt av: NHO Kompetanse og samfunn, 12.01.2051"
    ws["A2"].font = Font(italic=True, size=9)
    labels = ["Navn på tiltak", "Delmål i strategien", "Kategori", "Eier",
              "Partnere", "Kort om tiltaket"]
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for i, lab in enumerate(labels):
        c = ws.cell(row=5 + i, column=1, value=lab)
        c.font = Font(bold=True)
        c.fill = head_fill
        c.border = BOX
        c.alignment = WRAP
    n = len(m["rows"])
    for j in range(n + 1):                       # one spare column, left empty
        col = 2 + j
        c = ws.cell(row=4, column=col, value=f"Tiltak {j + 1}")
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = 30
        vals = [""] * 6
        if j < n:
            _k, dm, _t, name, ans, partners, desc, raw = m["rows"][j]
            vals = [name, f"dm {dm}", raw, ans, partners, desc]
        for i, v in enumerate(vals):
            c = ws.cell(row=5 + i, column=col, value=v or None)
            c.border = BOX
            c.alignment = WRAP
    ws.column_dimensions["A"].width = 22
    ws.row_dimensions[10].height = 90
    ws["A12"] = "Merk: NHO har ingen tiltak under hovedinnsatsområde 3 i år."
    ws["A12"].font = Font(italic=True)
    ws["A13"] = "Kontakt: Marius Lunde, NHO Kompetanse og samfunn"
    ws.freeze_panes = "B5"
    path = out / m["file"]
    wb.save(path)
    normalise_zip(path)
    return path


NORDLAND_KEY = [(1, "FoU/utredning"), (2, "Kurs og utdanning"),
                (3, "Råd, utvalg og nettverk"), (4, "Prosjekt"), (5, "Informasjon"),
                (6, "Arrangement/samling")]
BUDGET = [450000, 120000, 1300000, 2750000, 85000]


def build_nordland(m: dict, out: Path) -> Path:
    wb = Workbook()
    _props(wb, "Nordland fylkeskommune", "Tiltak 2050")
    info = wb.active
    info.title = "Les meg"
    info["A1"] = "Nordland fylkeskommune – tiltaksrapportering 2050"
    info["A1"].font = Font(bold=True, size=13)
    info["A3"] = "Typekoder brukt i arket «Tiltak»:"
    info["A3"].font = Font(bold=True)
    for i, (code, text) in enumerate(NORDLAND_KEY):
        info.cell(row=4 + i, column=1, value=code)
        info.cell(row=4 + i, column=2, value=text)
    info["A11"] = ("Arket er fylt ut av seksjon for utdanning og kompetanse. "
                   "Budsjettall er foreløpige.")
    info["A12"] = "Kontakt: Hilde Johansen, rådgiver"
    info.column_dimensions["B"].width = 28

    ws = wb.create_sheet("Tiltak")
    ws["A1"] = "Tiltak 2050"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Beløp i hele kroner. Typekode: se arket «Les meg»."
    ws["A2"].font = Font(italic=True, size=9)
    header = ["Løpenr", "Innsatsområde/delmål", "Tiltak", "Typekode",
              "Ansvarlig enhet", "Samarbeidspartnere", "Beskrivelse",
              "Budsjett 2050 (kr)"]
    widths = [8, 20, 36, 10, 24, 34, 48, 16]
    for j, (h, w) in enumerate(zip(header, widths), 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 5
    last_area = None
    for nr, (row, budget) in enumerate(zip(m["rows"], BUDGET), 1):
        _k, dm, _t, name, ans, partners, desc, raw = row
        if last_area is not None and dm[0] != last_area:
            r += 1                                 # blank row between areas
        last_area = dm[0]
        vals = [nr, f"Område {dm[0]} / {dm}", name, int(raw), ans, partners or None,
                desc, budget]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=8).number_format = "# ##0"
        r += 1
    r += 1
    ws.cell(row=r, column=7, value="Sum").font = Font(bold=True)
    ws.cell(row=r, column=8, value=sum(BUDGET)).number_format = "# ##0"
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{r - 2}"
    wb.active = 1
    path = out / m["file"]
    wb.save(path)
    normalise_zip(path)
    return path
