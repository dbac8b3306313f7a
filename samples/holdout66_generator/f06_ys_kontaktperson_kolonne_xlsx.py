"""YS: an ordinary Excel list whose first column is the responsible union, followed by the measure, the text, a
«Kontaktperson» column with names and phone numbers (people, not partners) and only then the external partners.
The goal is a code after YS's own words («Yrkesfag (2.3)»), the kind YS's own (Rådsmedlem, Skolebesøk og kampanje,
Spørreundersøkelse, Rådgivningstjeneste, Kursdag). A counselling service started the year before and run all of
2086 is a 2086 measure; a course last held in the autumn of the previous year is not."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "YS rapportering KPR 2086.xlsx"
MEMBER = "YS"
FORMAT = "XLSX (openpyxl), one sheet, wrapped text, autofilter, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title and a line in rows 1–2, header on row 3 Forbund/enhet / Tiltak / Hva og "
         "resultat / Kontaktperson / Eksterne samarbeidspartnere / Mål i strategien / Tiltaksform; the Kontaktperson "
         "column holds YS people with phone numbers (not partners); the goal as YS's words with the code in "
         "brackets («Yrkesfag (2.3)»); YS's kind words (Rådsmedlem, Skolebesøk og kampanje, Spørreundersøkelse, "
         "Rådgivningstjeneste, Kursdag); a service «startet året før» that ran all of 2086; a course last held the "
         "autumn before")
NOT_TRUTH = ("the title and the line under it, the header, the Kontaktperson cells, the Mål i strategien and "
             "Tiltaksform cells, the row 'Kurs i lønnsforhandling og kompetanse' (last held in the autumn of the "
             "previous year, not repeated)")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Negotia", "Faglig råd for salg, service og reiseliv",
     "Negotia har YS' plass i det faglige rådet. Rådet arbeidet med ny læreplan i reiselivsfaget og med flere "
     "læreplasser i butikk.", "Siri Lunde, 917 44 210", "", "Yrkesfag (2.3)", "Rådsmedlem", "M03", RAD),
    ("Parat", "Nasjonalt fagskoleråd – YS-representanten",
     "Parat har representert YS i rådet og deltok på alle møtene. Vi tok opp behovet for fagskoletilbud i "
     "eiendomsforvaltning.", "Håkon Brevik, 928 10 377", "", "Fagskole og EVU (2.4)", "Rådsmedlem", "M06", RAD),
    ("YS-sekretariatet", "Yrkesfagløftet 2086 – skolebesøk fra YS-forbundene",
     "Tillitsvalgte fra seks YS-forbund besøkte 85 ungdomsskoler i kampanjeuka og fortalte om karriereveier etter "
     "fagbrev.", "Siri Lunde, 917 44 210", "Virke, Vestland fylkeskommune", "Yrkesfag (2.3)",
     "Skolebesøk og kampanje", "J02", INFO),
    ("YS-sekretariatet", "Kompetansebarometeret 2086 – arbeidstakerutvalget",
     "YS har ansvaret for utvalget av arbeidstakere i den felles undersøkelsen. 6 000 svarte i oktober; "
     "resultatene viser at deltidsansatte får minst opplæring.", "Mats Granli, 905 63 118",
     "Akademikerne, Opinion", "Læring i arbeidslivet (2.2)", "Spørreundersøkelse", "J05", FOU),
    ("Delta", "Seniorveiledning i Delta",
     "Tilbudet om karriereveiledning for medlemmer over 55 år ble startet året før og har gått for fullt hele "
     "året. 720 medlemmer har hatt samtaler.", "Eva Tangen, 934 02 551", "Karrieresenteret i Agder",
     "Karriereveiledning (1.3)", "Rådgivningstjeneste", None, INFO),
    ("Finansforbundet", "Kursdag om bærekraftig finans",
     "Kursdag for tillitsvalgte og ansatte i bank og forsikring om nye krav til bærekraftsrapportering. 260 "
     "deltok.", "Mats Granli, 905 63 118", "Finans Norge", "Digital og grønn omstilling (2.1)", "Kursdag", None,
     KURS),
    ("YS-sekretariatet", "Kurs i lønnsforhandling og kompetanse",
     "Gjennomført sist i fjor høst; ikke gjentatt i år.", "Eva Tangen, 934 02 551", "", "Fagskole og EVU (2.4)",
     "Kursdag", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "YS – rapportering til Kompetansepolitisk råd for 2086"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fylt ut av YS-sekretariatet med innspill fra forbundene."
    head = ["Forbund/enhet", "Tiltak", "Hva og resultat", "Kontaktperson", "Eksterne samarbeidspartnere",
            "Mål i strategien", "Tiltaksform"]
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(head, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = []
    for i, (unit, name, desc, kontakt, med, mal, form, seed, ty) in enumerate(ROWS, 4):
        for c, v in enumerate([unit, name, desc, kontakt, med, mal, form], 1):
            cell = ws.cell(i, c, v or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
        if ty:
            dm = mal[mal.index("(") + 1:-1]
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, unit, med, desc))
    for col, w in zip("ABCDEFG", [16, 32, 52, 20, 26, 22, 18]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 3 + len(ROWS))
    ws.auto_filter.ref = f"A3:G{3 + len(ROWS)}"
    ws.freeze_panes = "A4"
    save_xlsx(wb, out / FILENAME, "Mats Granli")
    return rows


def text(path) -> str:
    return xlsx_text(path)
