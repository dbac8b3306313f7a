"""Vestland fylkeskommune: an ordinary Nynorsk Excel list whose delmål column holds only the county's own Nynorsk
paraphrase, never a code («Karriererettleiing for alle» = 1.3, «Samarbeid mellom utdanningane og arbeidslivet» = 1.4,
«Regionalt ansvar for kompetansepolitikken» = 1.2, «Vaksne utan fullført vidaregåande opplæring» = 3.1). The county's
kind words (Forumplass, Nettverk, Open dag, Partnarskap, Medlemskap, Opplæringstilbod, Messe). The NFK seat and the
trap – the county's own regional forum – are adjacent. One row is outside 2091 («vart ikkje halden i 2091»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Vestland fylkeskommune – tiltak 2091.xlsx"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("XLSX (openpyxl), Nynorsk, one sheet, title and a line above the header, wrapped text, frozen header, zip "
          "normalised")
SHAPE = ("ordinary Nynorsk Excel list: title and a line in rows 1–2, header on row 3 Tiltak / Kva vart gjort / Delmål "
         "/ Type tiltak / Ansvarleg / Partnarar; the delmål only as the county's own Nynorsk paraphrase, no codes "
         "(«Karriererettleiing for alle» = 1.3, «Samarbeid mellom utdanningane og arbeidslivet» = 1.4, «Regionalt "
         "ansvar for kompetansepolitikken» = 1.2, «Vaksne utan fullført vidaregåande opplæring» = 3.1); the county's "
         "kind words (Forumplass, Nettverk, Open dag, Partnarskap, Medlemskap, Opplæringstilbod, Messe); the NFK seat "
         "named «Nasjonalt forum for karriererettleiing – fylkeskommunane sin plass», the RSA seat «Rådet for "
         "samarbeid med arbeidslivet ved Høgskulen på Vestlandet»; one row outside 2091 told only in the text")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål and Type tiltak cells, row 10 'Yrkesmessa i "
             "Førde' (not held in 2091, next in the autumn next year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Kva vart gjort", "Delmål", "Type tiltak", "Ansvarleg", "Partnarar"]
K13 = "Karriererettleiing for alle"
K14 = "Samarbeid mellom utdanningane og arbeidslivet"
K12 = "Regionalt ansvar for kompetansepolitikken"
K31 = "Vaksne utan fullført vidaregåande opplæring"

# name, text, goal words, kind, ansvarleg, partnarar, seed, dm, type
ROWS = [
    ("Nasjonalt forum for karriererettleiing – fylkeskommunane sin plass",
     "Vestland har plassen for fylkeskommunane i forumet i 2091 og la fram erfaringane frå karrieresentra med "
     "rettleiing på arbeidsplassen.", K13, "Forumplass", "Karriere Vestland", "", "M01", "1.3", RAD),
    ("Regionalt forum for karriererettleiing i Vestland",
     "Eit forum for rettleiarar i skule, Nav, høgskular og kommunar, med tre samlingar i 2091. Forumet er "
     "fylkeskommunen sitt eige og ikkje ein del av det nasjonale forumet.", K13, "Nettverk", "Karriere Vestland",
     "Nav Vestland, Høgskulen på Vestlandet", None, "1.3", RAD),
    ("Fagskulane si opne dag 2091",
     "Fagskulen Vestland heldt ope på sju stader i oktober, og 1 700 vaksne og bedrifter kom innom.", K14,
     "Open dag", "Fagskulen Vestland", "Fagskolerådet, NHO Vestland", "J04", "1.4", ARR),
    ("Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet",
     "Fylkeskommunen har ein av plassane i rådet. Rådet drøfta i 2091 nye vidareutdanningstilbod i havbruk og "
     "helse.", K14, "Medlemskap", "Avdeling for strategisk utvikling", "", "M04", "1.4", RAD),
    ("Kompetanseforum Vestland",
     "Partnarskapet mellom fylkeskommunen, partane i arbeidslivet, Nav og utdanningane møttest fire gonger og "
     "vedtok ein ny regional kompetansestrategi.", K12, "Partnarskap", "Avdeling for strategisk utvikling",
     "LO Vestland, NHO Vestland, KS Vest, Nav Vestland, Høgskulen på Vestlandet", None, "1.2", RAD),
    ("Fagbrev for vaksne i Sunnfjord",
     "Modulstrukturert opplæring i helsearbeidarfaget og industrimekanikarfaget for vaksne, med 140 deltakarar.", K31,
     "Opplæringstilbod", "Opplæring og kompetanse", "Nav Vestland, kommunane i Sunnfjord", None, "3.1", KURS),
    ("Yrkesmessa i Førde",
     "Messa vart ikkje halden i 2091. Neste messe er til hausten neste år.", K14, "Messe",
     "Opplæring og kompetanse", "", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Vestland fylkeskommune – tiltak i kompetansestrategien 2091"
    ws["A1"].font = Font(bold=True, size=13, color="1F4E78")
    ws["A2"] = "Rapport til Kompetansepolitisk råd, fylt ut av avdeling for strategisk utvikling"
    ws["A2"].font = Font(size=9, italic=True)
    thin = Side(style="thin", color="7F7F7F")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, txt, goal, kind, ans, med, seed, dm, ty) in enumerate(ROWS, 4):
        for j, v in enumerate([name, txt, goal, kind, ans, med], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    for col, w in zip("ABCDEF", [36, 58, 30, 16, 26, 34]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, 3 + len(ROWS))
    ws.freeze_panes = "A4"
    save_xlsx(wb, out / FILENAME, "Avdeling for strategisk utvikling")
    return rows


def text(path) -> str:
    return xlsx_text(path)
