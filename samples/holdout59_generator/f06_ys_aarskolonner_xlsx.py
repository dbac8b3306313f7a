"""YS: a rolling three-year overview. One row per measure with three year columns 2078 / 2079 / 2080 marked with
symbols from a legend (● aktiv, ✓ avsluttet, ○ planlagt). The reporting year is only in which column is marked: a
row with ● under 2079 ran in 2079, even if it also ran in 2078 or goes on in 2080; a row with only ✓ in 2078 or only
○ in 2080 is not this year's."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, row, save_xlsx, xlsx_text

FILENAME = "YS_tiltaksoversikt_2078-2080.xlsx"
MEMBER = "YS"
FORMAT = "XLSX (openpyxl), two sheets, thin borders, centred symbol cells, zip normalised"
SHAPE = ("rolling three-year list: legend line '● = aktivt i året · ✓ = avsluttet · ○ = planlagt', header Tiltak / "
         "Delmål / Type / Ansvarlig / Samarbeid / Beskrivelse / 2078 / 2079 / 2080; the year a measure belongs to "
         "is only the symbol in the year columns (rows active in 2079 also carry marks for 2078 or 2080); a row "
         "with only ✓ in 2078 and a row with only ○ in 2080; a second sheet 'Notater' with remarks")
NOT_TRUTH = ("the title, the legend, the header, the year-column symbols, the row 'Digitalt grunnkurs for "
             "tillitsvalgte' (only ✓ in 2078), the row 'Kurs i bærekraftig omstilling for ansatte i transport' "
             "(only ○ in 2080), the sheet 'Notater'")

# name, delmål, type word, ansvarlig, samarbeid, text, (2078, 2079, 2080), seed, type
ITEMS = [
    ("YS i Faglig råd for service og samferdsel", "2.3", "Råd", "Parat", "NHO Service og Handel, LO",
     "YS har to medlemmer i det faglige rådet under SRY, som i 2079 fornyet læreplanene i logistikk og "
     "yrkessjåførfaget.", ("●", "●", "○"), "M01", RAD),
    ("Nasjonalt fagskoleråd – YS-representant", "1.4", "Råd", "YS sentralt", "Fagskolerådet, KS, NHO",
     "YS' representant tok opp behovet for flere deltidstilbud i fagskolene for folk i arbeid.", ("", "●", "○"),
     "M05", RAD),
    ("Digitalt grunnkurs for tillitsvalgte", "2.1", "Kurs", "YS sentralt", "", "Fullført våren 2078.",
     ("✓", "", ""), "", None),
    ("Omstillingskonferansen 2079", "2.4", "Konferanse", "YS sentralt", "NHO",
     "YS var medarrangør og ledet sesjonen om kompetanse for ansatte i transport og logistikk.", ("", "●", ""),
     "J03", ARR),
    ("Samling for YS-representanter i faglige råd", "2.3", "Skolering", "YS sentralt", "Parat, Delta",
     "Todagers samling for YS-forbundenes medlemmer i de faglige rådene om rolle, mandat og læreplanarbeid.",
     ("", "●", ""), None, KURS),
    ("YS Arbeidslivsbarometer – tema læring", "2.2", "Undersøkelse", "YS sentralt", "Respons Analyse",
     "Barometeret hadde i 2079 et eget tema om hvem som får delta i opplæring på jobben.", ("●", "●", "○"), None,
     FOU),
    ("Nettsiden «Rett til kompetanse»", "2.4", "Informasjon", "Delta", "YS-forbundene",
     "Ny nettside som forklarer retten til utdanningspermisjon og hvordan man søker om etter- og videreutdanning.",
     ("", "●", ""), None, INFO),
    ("Kurs i bærekraftig omstilling for ansatte i transport", "2.1", "Kurs", "YS Stat", "", "Planlagt fra høsten.",
     ("", "", "○"), "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Oversikt"
    ws["A1"] = "YS – tiltak i kompetansepolitikken 2078–2080"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapport til Kompetansepolitisk råd for 2079. ● = aktivt i året · ✓ = avsluttet · ○ = planlagt"
    head = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Beskrivelse", "2078", "2079", "2080"]
    thin = Side(style="thin", color="A6A6A6")
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFD966" if h == "2079" else "D9E1F2")
    rows = []
    for i, (name, dm, tw, ansv, med, txt, years, seed, ty) in enumerate(ITEMS, 5):
        vals = [name, dm, tw, ansv, med, txt, *years]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v if v != "" else None)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j >= 7 else None)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansv, med, txt))
    for col, w in zip("ABCDEFGHI", [42, 8, 14, 14, 28, 60, 7, 7, 7]):
        ws.column_dimensions[col].width = w
    nt = wb.create_sheet("Notater")
    nt["A1"] = "Notater"
    nt["A2"] = "Listen oppdateres hvert år i januar. Tiltak som bare har ✓ eller ○ er ikke med i årets rapportering."
    nt["A3"] = "Kontakt: YS' fagavdeling"
    save_xlsx(wb, out / FILENAME, "YS")
    return rows


def text(path) -> str:
    return xlsx_text(path)
