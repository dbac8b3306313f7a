"""Fagskolerådet: an ordinary Excel workbook whose first sheet «Tiltak 2091» holds the year's measures and whose
second sheet «Avsluttet og planlagt» holds a measure that ended and one that is planned, with the same header. Only
the first sheet's rows are 2091 measures; the second sheet's name and its «Merknad» cells say why. Fagskolerådet's kind
words (Felles dag, Portal, Kompetanseheving, Undersøkelse, Pilotprosjekt). Two joint measures are here: the open day and
the EVU portal (named «EVU-portalen – fagskolenes tilbud»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, PROSJEKT, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Fagskolerådet – rapport 2091.xlsx"
MEMBER = "Fagskolerådet"
FORMAT = "XLSX (openpyxl), two sheets with the same header, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel workbook: sheet «Tiltak 2091» with a title in row 1 and the header on row 3 Tiltak / Kort om "
         "tiltaket / Delmål / Tiltakstype / Ansvarlig / Samarbeidspartnere / Merknad, delmål as plain codes, "
         "Fagskolerådet's kind words (Felles dag, Portal, Kompetanseheving, Undersøkelse, Pilotprosjekt); a second "
         "sheet «Avsluttet og planlagt» with the same header holding a conference held every second year (not in "
         "2091) and a network that starts next year, their Merknad cells saying so")
NOT_TRUTH = ("the titles, the headers, the Delmål, Tiltakstype and Merknad cells, the whole sheet «Avsluttet og "
             "planlagt» ('Fagskolekonferansen' – every second year, not held in 2091; 'Nettverk for fagskoleledere' – "
             "starts next year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Kort om tiltaket", "Delmål", "Tiltakstype", "Ansvarlig", "Samarbeidspartnere", "Merknad"]

# name, text, dm, kind, ansvarlig, partners, merknad, seed, type
ROWS = [
    ("Fagskolenes åpne dag 2091",
     "Fagskolene over hele landet holdt åpent 14. oktober. 62 skoler var med, og om lag 9 000 arbeidstakere, "
     "arbeidssøkere og bedrifter besøkte skolene.", "1.4", "Felles dag", "Fagskolerådet",
     "fylkeskommunene, NHO", "Rapporteres også av fylkeskommunene.", "J04", ARR),
    ("EVU-portalen – fagskolenes tilbud",
     "Fagskolerådet har hjulpet fagskolene å legge inn 520 deltidstilbud i den nye portalen for etter- og "
     "videreutdanning.", "2.4", "Portal", "Fagskolerådet", "HK-dir, UHR", "", "J06", INFO),
    ("Pedagogisk kurs for bransjefolk som underviser",
     "Et kurs på 15 studiepoeng for fagfolk fra bransjene som underviser på deltid ved fagskolene. 110 fullførte i "
     "2091.", "2.4", "Kompetanseheving", "Fagskolerådet", "OsloMet", "", None, KURS),
    ("Studentundersøkelse om deltidsstudier",
     "Spørreundersøkelse blant 5 400 deltidsstudenter om hvordan de kombinerer studier og jobb.", "2.2",
     "Undersøkelse", "Fagskolerådet", "NOKUT", "", None, FOU),
    ("Modulbasert fagskoleutdanning i elektrofag",
     "Tre fagskoler prøvde ut en modell der elektrikere kan ta fagskoleutdanning i små moduler på kveldstid. 90 "
     "deltok i 2091.", "2.4", "Pilotprosjekt", "Fagskolen Innlandet", "EL og IT Forbundet, Nelfo", "", None,
     PROSJEKT),
]
OTHER = [
    ("Fagskolekonferansen",
     "Den nasjonale konferansen for fagskolene holdes annethvert år.", "1.4", "Konferanse", "Fagskolerådet", "",
     "Ikke holdt i 2091 – neste konferanse er neste høst."),
    ("Nettverk for fagskoleledere",
     "Et nettverk for rektorer og studieledere om kvalitet i deltidstilbud.", "2.4", "Nettverk", "Fagskolerådet", "",
     "Planlagt – starter opp i februar neste år."),
]


def _sheet(ws, title, items, border):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    for i, vals in enumerate(items, 4):
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
    for col, w in zip("ABCDEFG", [34, 56, 9, 18, 20, 26, 30]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, 3 + len(items))
    ws.freeze_panes = "A4"


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws = wb.active
    ws.title = "Tiltak 2091"
    _sheet(ws, "Fagskolerådet – tiltak i oppfølgingen av kompetansestrategien 2091",
           [r[:7] for r in ROWS], border)
    ws2 = wb.create_sheet("Avsluttet og planlagt")
    _sheet(ws2, "Tiltak som ikke er gjennomført i 2091 (til orientering)", OTHER, border)
    rows = [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt)
            for name, txt, dm, kind, ans, med, _m, seed, ty in ROWS]
    save_xlsx(wb, out / FILENAME, "Fagskolerådet")
    return rows


def text(path) -> str:
    return xlsx_text(path)
