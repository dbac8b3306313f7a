"""Not a member report: the registration list for a workshop day, exported from a sign-up system to Excel. It names
members, a joint measure («Yrkesfagdagen 2089»), a council and workshop titles that read like measures, but it reports
nothing."""
from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.styles import Font, PatternFill

from .common import save_xlsx, xlsx_text

FILENAME = "Påmeldte arbeidsverksted Yrkesfagdagen 2089.xlsx"
MEMBER = None
FORMAT = ("XLSX (openpyxl) shaped like a sign-up system's export: sheet «Påmeldinger» with a header row, date-time "
          "cells, an autofilter, a second sheet «Verksteder» with capacity numbers; zip normalised")
SHAPE = ("NOT a member report: the registration list for the planning workshop after Yrkesfagdagen 2089 – columns "
         "Påmeldt / Navn / Organisasjon / E-post / Verksted / Allergier / Kommentar, where the workshop titles "
         "(«Erfaringer fra Yrkesfagdagen 2089», «Læreplasser i faglige råd», «Karrieresjekk 50+ i skolen») and "
         "the organisations (YS, NHO Vestland, LO i Vestland, Vestland fylkeskommune) read like measures and "
         "members; a sheet with the workshops' rooms and capacity; no truth rows")
NOT_TRUTH = "everything (not a member report): both sheets, their headers, the registrations and the workshop list"

PEOPLE = [
    (dt.datetime(2089, 11, 2, 9, 14), "Kari Nordbø", "Vestland fylkeskommune", "kari.nordbo@vlfk.example",
     "Erfaringer fra Yrkesfagdagen 2089", "", ""),
    (dt.datetime(2089, 11, 2, 10, 3), "Per Ivar Lunde", "NHO Vestland", "pil@nho.example",
     "Erfaringer fra Yrkesfagdagen 2089", "Gluten", ""),
    (dt.datetime(2089, 11, 3, 13, 45), "Hilde Sæbø", "YS", "hilde.sabo@ys.example", "Læreplasser i faglige råd", "",
     "Kommer litt seinare"),
    (dt.datetime(2089, 11, 4, 8, 30), "Arne Kvamme", "LO i Vestland", "arne.kvamme@lo.example",
     "Læreplasser i faglige råd", "", ""),
    (dt.datetime(2089, 11, 6, 15, 2), "Sunniva Lid", "Karriere Vestland", "sunniva.lid@vlfk.example",
     "Karrieresjekk 50+ i skolen", "Laktose", ""),
    (dt.datetime(2089, 11, 7, 11, 21), "Jon Egil Hauge", "Parat", "jeh@parat.example",
     "Erfaringer fra Yrkesfagdagen 2089", "", "Treng parkering"),
]
WORKSHOPS = [("Erfaringer fra Yrkesfagdagen 2089", "Sal A", 40), ("Læreplasser i faglige råd", "Møterom 2", 20),
             ("Karrieresjekk 50+ i skolen", "Møterom 3", 20)]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Påmeldinger"
    head = ["Påmeldt", "Navn", "Organisasjon", "E-post", "Verksted", "Allergier", "Kommentar"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    for p in PEOPLE:
        ws.append([v if v != "" else None for v in p])
    for r in range(2, len(PEOPLE) + 2):
        ws.cell(row=r, column=1).number_format = "dd.mm.yyyy hh:mm"
    ws.auto_filter.ref = f"A1:G{len(PEOPLE) + 1}"
    for col, w in zip("ABCDEFG", [17, 18, 24, 28, 34, 12, 22]):
        ws.column_dimensions[col].width = w
    w2 = wb.create_sheet("Verksteder")
    w2.append(["Verksted", "Rom", "Plasser"])
    for x in WORKSHOPS:
        w2.append(list(x))
    save_xlsx(wb, out / FILENAME, "Påmeldingssystem")
    return []


def text(path) -> str:
    return xlsx_text(path)
