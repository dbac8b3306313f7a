"""Fagskolerådet: the measures kept in a SharePoint list, exported with «Eksporter til Excel» and saved as a workbook.
The sheet is named «owssvr» and holds one Excel table «Table_owssvr» with the list's own columns and SharePoint's
system columns at the end (Endret, Endret av, Elementtype, Bane). Multi-value lookup columns keep SharePoint's «;#»
separators («NHO;#Virke;#HK-dir»). A Status column exists, but the year shows in the description («gikk våren i
fjor», «skal etableres neste år»)."""
from __future__ import annotations

import datetime as _dt

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Fagskolerådet – KPR-tiltak (eksport fra SharePoint).xlsx"
MEMBER = "Fagskolerådet"
FORMAT = ("XLSX (openpyxl) shaped like SharePoint's «Eksporter til Excel»: sheet 'owssvr', one Excel table "
          "'Table_owssvr', date-time cells, zip normalised")
SHAPE = ("SharePoint list export: the header on row 1 with the list's columns Tittel / Strategimål / Kategori / Eier / "
         "Samarbeid / Beskrivelse / Status and SharePoint's system columns Endret / Endret av / Elementtype / Bane; "
         "partners as a multi-value lookup joined by «;#» («NHO;#Virke;#HK-dir»); Strategimål as a choice value «2.4 "
         "Etter- og videreutdanning»; Fagskolerådet's kind words (Rådsarbeid, Nettsted, Arrangement, Kurs, "
         "Kartlegging, Kampanje, Nettverk); two items outside 2084 by their description (with Status Fullført / "
         "Planlagt)")
NOT_TRUTH = ("the header, the Strategimål, Kategori and Status cells, the system columns Endret / Endret av / "
             "Elementtype / Bane, the item 'Fagskolekampanjen «Velg fagskole»' (ran last spring), the item 'Nettverk "
             "for studentombud' (to be set up next year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tittel", "Strategimål", "Kategori", "Eier", "Samarbeid", "Beskrivelse", "Status", "Endret", "Endret av",
        "Elementtype", "Bane"]
PATH = "sites/Fagskoleradet/Lists/KPR-tiltak"
# name, strategimål, kategori, eier, partners, text, status, changed, by, seed, dm, type
ROWS = [
    ("Rådsmøtene i Nasjonalt fagskoleråd", "2.4 Etter- og videreutdanning", "Rådsarbeid", "Fagskolerådet", [],
     "Fagskolerådet har to plasser i Nasjonalt fagskoleråd. Rådet ga i 2084 innspill til ny modell for finansiering "
     "av korte emner og til kvalitetskrav for nettbaserte fagskoletilbud.", "Pågår",
     _dt.datetime(2084, 12, 2, 14, 11), "Kjersti Dahl", "M06", "2.4", RAD),
    ("Fagskolenes tilbud i Kompetanseveien", "2.4 Etter- og videreutdanning", "Nettsted", "Fagskolerådet", ["NHO", "Virke", "HK-dir"],
     "Fagskolene har lagt inn 410 korte tilbud i den felles portalen. Fagskolerådet har sørget for at alle "
     "tilbudene har samme beskrivelse av opptak, pris og omfang.", "Pågår", _dt.datetime(2085, 1, 8, 9, 40),
     "Kjersti Dahl", "J01", "2.4", INFO),
    ("Fagskoledagen 2084", "2.3 Yrkesfag og karriereveier", "Arrangement", "Fagskolerådet",
     ["Utdanningsdirektoratet", "Fylkeskommunene"],
     "Åpen dag på 52 fagskoler 12. mars, der elever i videregående fikk prøve utstyr og møte studenter. Om lag 6 000 "
     "besøkende.", "Fullført", _dt.datetime(2084, 3, 20, 11, 5), "Ola Brekken", None, "2.3", ARR),
    ("Kurs i nettpedagogikk for fagskolelærere", "2.4 Etter- og videreutdanning", "Kurs", "Fagskolerådet",
     ["HK-dir", "NTNU"],
     "Nettkurs over åtte uker for lærere som skal undervise i nettbaserte og samlingsbaserte fagskoletilbud. 210 "
     "lærere fullførte.", "Fullført", _dt.datetime(2084, 11, 29, 15, 2), "Ola Brekken", None, "2.4", KURS),
    ("Kartlegging av praksis i fagskoleutdanningene", "1.4 Samarbeid med arbeidslivet", "Kartlegging",
     "Fagskolerådet", ["NIFU"],
     "Undersøkelse blant fagskoler og bedrifter om hvordan praksis organiseres og hva bedriftene mener om "
     "studentene. Rapporten ble publisert i oktober.", "Fullført", _dt.datetime(2084, 10, 17, 8, 55), "Kjersti Dahl",
     None, "1.4", FOU),
    ("Fagskolekampanjen «Velg fagskole»", "2.3 Yrkesfag og karriereveier", "Kampanje", "Fagskolerådet", [],
     "Kampanjen gikk våren i fjor og er ikke gjentatt.", "Fullført", _dt.datetime(2083, 6, 2, 10, 0),
     "Ola Brekken", "", "", None),
    ("Nettverk for studentombud", "1.4 Samarbeid med arbeidslivet", "Nettverk", "Fagskolerådet", [],
     "Nettverket skal etableres neste år.", "Planlagt", _dt.datetime(2084, 12, 14, 13, 30), "Kjersti Dahl", "", "",
     None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "owssvr"
    ws.append(HEAD)
    rows = []
    for name, sm, kat, eier, med, txt, status, changed, by, seed, dm, ty in ROWS:
        ws.append([name, sm, kat, eier, ";#".join(med) or None, txt, status, changed, by, "Element", PATH])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, ", ".join(med), txt))
    n = len(ROWS) + 1
    for r in range(2, n + 1):
        ws.cell(r, 8).number_format = "dd.mm.yyyy hh:mm"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    tab = Table(displayName="Table_owssvr", ref=f"A1:K{n}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    for col, w in zip("ABCDEFGHIJK", [38, 28, 14, 14, 26, 60, 10, 16, 14, 11, 36]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 2, n)
    save_xlsx(wb, out / FILENAME, "Kjersti Dahl")
    return rows


def text(path) -> str:
    return xlsx_text(path)
