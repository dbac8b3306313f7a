"""Vestland fylkeskommune (Nynorsk): a participation matrix. The measures are the column heads; under each head a
block of labelled rows gives Delmål / Type tiltak / Ansvarleg / Partnarar / Skildring / Status, and under that the
municipalities are rows with «x» where the municipality took part. A column for a 2079 measure stands among them."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .common import ARR, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Vestland fylkeskommune – deltaking i kompetansetiltak 2080.xlsx"
MEMBER = "Vestland fylkeskommune"
FORMAT = "XLSX (openpyxl), Nynorsk, frozen first column and head rows, wrap, fills, zip normalised"
SHAPE = ("participation matrix: column A holds labels, each measure is a column (head row 4); rows 5–10 under the "
         "head give Delmål / Type tiltak / Ansvarleg / Partnarar / Skildring / Status; from row 12 one row per "
         "municipality (Bergen, Voss, Sunnfjord, Stord, Stad, Høyanger, Kinn) with «x» where it took part; a column "
         "'Vaksenopplæringsløftet' with Status «Avslutta 2079»")
NOT_TRUTH = ("the title, the note, the labels in column A, the municipality rows and their ticks, the Delmål, Type "
             "tiltak and Status cells, the column 'Vaksenopplæringsløftet' (Avslutta 2079)")
SPLIT_FIELDS = ("samarbeidspartnere",)

KOMMUNAR = ["Bergen", "Voss", "Sunnfjord", "Stord", "Stad", "Høyanger", "Kinn"]
# name, delmål, type word, ansvar, partnarar, skildring, status, ticks (indexes), seed, type
COLS = [
    ("Nasjonalt fagskuleråd – fylkeskommunane sin plass", "1.4", "Rådsarbeid", "Fylkesdirektør opplæring og "
     "kompetanse", "", "Vestland har plassen til fylkeskommunane i rådet og la vekt på fagskuletilbod i "
     "distrikta.", "Gjennomført", [], "M01", RAD),
    ("Nasjonalt forum for karriererettleiing", "1.3", "Rådsarbeid", "Karriere Vestland", "",
     "Karriere Vestland representerte dei regionale karrieresentra i forumet.", "Gjennomført", [], "M04", RAD),
    ("Kompetansebroen Vestland", "2.4", "Utviklingsprosjekt", "Seksjon for fagskule", "NHO Vestland, "
     "Fagskolen Vestland", "Korte fagskulemodular i automasjon og havbruk utvikla saman med 30 bedrifter i "
     "fylket.", "Pågår", [0, 2, 3, 6], "J01", PROSJEKT),
    ("Opplæring i Realkompetanseportalen for rettleiarar", "2.5", "Opplæring", "Karriere Vestland",
     "vaksenopplæringa i kommunane", "Fire kursdagar for rettleiarar i kommunane om korleis dei hjelper vaksne "
     "å bruke portalen.", "Gjennomført", [0, 1, 2, 4, 5], None, KURS),
    ("Karrieredagane i Sogn", "1.3", "Samling", "Karriere Vestland", "Høyanger kommune, Sogn vgs",
     "To dagar med stands, rettleiing og føredrag for vaksne som vil byte yrke.", "Gjennomført", [5, 6], None,
     ARR),
    ("Vaksenopplæringsløftet", "3.1", "Prosjekt", "Seksjon for vaksenopplæring", "", "Avslutta.", "Avslutta 2079",
     [0, 3], "", None),
]
LABELS = ["Delmål", "Type tiltak", "Ansvarleg", "Partnarar", "Skildring", "Status"]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltaking"
    ws["A1"] = "Kompetansetiltak 2080 – kva kommunar deltok?"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vestland fylkeskommune. Kvar kolonne er eitt tiltak. x = kommunen deltok."
    ws["A4"] = "Tiltak"
    ws["A4"].font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, lab in enumerate(LABELS, 5):
        ws.cell(row=i, column=1, value=lab).font = Font(bold=True, italic=True)
    ws.cell(row=11, column=1, value="Kommune").font = Font(bold=True)
    for i, k in enumerate(KOMMUNAR, 12):
        ws.cell(row=i, column=1, value=k)
    rows = []
    for j, (name, dm, tw, ans, med, sk, st, ticks, seed, ty) in enumerate(COLS, 2):
        c = ws.cell(row=4, column=j, value=name)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DCE6F1")
        c.alignment = wrap
        for i, v in enumerate([dm, tw, ans, med or "–", sk, st], 5):
            ws.cell(row=i, column=j, value=v).alignment = wrap
        for t in ticks:
            ws.cell(row=12 + t, column=j, value="x").alignment = Alignment(horizontal="center")
        ws.column_dimensions[get_column_letter(j)].width = 30
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, sk))
    ws.column_dimensions["A"].width = 14
    ws.row_dimensions[4].height = 45
    ws.row_dimensions[9].height = 90
    ws.freeze_panes = "B5"
    save_xlsx(wb, out / FILENAME, "Vestland fylkeskommune")
    return rows


def text(path) -> str:
    return xlsx_text(path)
