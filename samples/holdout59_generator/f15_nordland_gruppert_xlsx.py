"""Nordland fylkeskommune: one sheet where every measure is a visible summary row (Nr / Tiltak / Delmål /
Tiltakstype / Status) and its details – Beskrivelse, Ansvarlig, Samarbeidspartnere – sit in three grouped rows under
it that are collapsed (outline level 1, hidden), as the county keeps the list short for the political committee.
Only the plus buttons at the left show that there is more."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import FOU, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Nordland fylkeskommune - kompetansetiltak 2079.xlsx"
MEMBER = "Nordland fylkeskommune"
FORMAT = "XLSX (openpyxl), row outline groups collapsed (hidden detail rows), merged value cells, zip normalised"
SHAPE = ("summary rows Nr / Tiltak / Delmål (code) / Tiltakstype (the county's words) / Status, and under each "
         "three collapsed detail rows (outline level 1, hidden) with a label in column B (Beskrivelse / Ansvarlig "
         "/ Samarbeidspartnere) and the value merged over C–E; summary rows above the details; statuses "
         "'Gjennomført 2079', 'Pågår', 'Avsluttet 2078', 'Planlagt 2080'")
NOT_TRUTH = ("the title, the note on row 2, the header, the detail labels, the Status cells, the rows 'Yrkesfagløftet "
             "Helgeland' (Avsluttet 2078) and 'Regional kompetansestrategi for Nordland 2080–2084' (Planlagt 2080) "
             "with their detail rows")

# name, dm, kind, status, beskrivelse, ansvarlig, partnere, seed, type
ITEMS = [
    ("RSA ved Nord universitet – fylkeskommunens plass", "1.4", "Rådsarbeid", "Pågår",
     "Fylkeskommunen er representert i rådet for samarbeid med arbeidslivet ved Nord universitet og har bidratt "
     "til nye videreutdanningstilbud i Helgeland.", "Utdanningsavdelingen", "Nord universitet, NHO Nordland",
     "M02", RAD),
    ("Læreplassgarantien i Nordland", "2.3", "Prosjekt", "Pågår",
     "Alle kvalifiserte søkere fikk tilbud om læreplass eller et likeverdig alternativ; 94 prosent fikk "
     "læreplass.", "Utdanningsavdelingen", "KS Nordland, LO Nordland", "J01", PROSJEKT),
    ("Nordnorsk fagskoleallianse", "1.4", "Nettverk", "Pågår",
     "Fylkeskommunen leder alliansen, som samordner fagskoletilbudene i nord med arbeidslivets behov.",
     "Fagskolen i Nordland", "Troms fylkeskommune, Finnmark fylkeskommune, Fagskolerådet", "J06", RAD),
    ("Yrkesfagløftet Helgeland", "2.3", "Prosjekt", "Avsluttet 2078", "Prosjektet ble avsluttet i desember 2078.",
     "Utdanningsavdelingen", "", "", None),
    ("Utredning av fagskolealliansens utvidelse til Troms og Finnmark", "1.4", "Utredning", "Gjennomført 2079",
     "Utredningen vurderer om alliansen skal få en egen avdeling i Tromsø og Alta.", "Fagskolen i Nordland",
     "Nordlandsforskning", None, FOU),
    ("Kompetanseforum Nordland", "1.2", "Forum", "Pågår",
     "Fylkets eget forum der næringsliv, NAV, kommuner og utdanning møtes fire ganger i året for å samordne "
     "kompetansepolitikken i regionen.", "Næringsavdelingen", "NAV Nordland, KS Nordland, NHO Nordland", None,
     RAD),
    ("Fagbrev på jobb i Nordland", "2.5", "Opplæring", "Gjennomført 2079",
     "Ansatte i kommuner og industri tok fagbrev gjennom jobben; 180 fikk fagbrev.", "Utdanningsavdelingen",
     "Nordland fylkes fiskarlag, Alcoa Mosjøen", None, KURS),
    ("Regional kompetansestrategi for Nordland 2080–2084", "1.2", "Strategi", "Planlagt 2080",
     "Vedtas av fylkestinget i juni 2080.", "Næringsavdelingen", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kompetansetiltak"
    ws["A1"] = "Nordland fylkeskommune – kompetansetiltak 2079"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport til Kompetansepolitisk råd. Trykk + for detaljer."
    ws["A2"].font = Font(italic=True)
    for j, h in enumerate(["Nr", "Tiltak", "Delmål", "Tiltakstype", "Status"], 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00587C")
    ws.sheet_properties.outlinePr.summaryBelow = False
    r = 5
    rows = []
    for i, (name, dm, kind, status, besk, ansv, med, seed, ty) in enumerate(ITEMS, 1):
        for j, v in enumerate([i, name, dm, kind, status], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(bold=True) if j == 2 else Font()
            c.alignment = Alignment(vertical="top", wrap_text=(j == 2))
        r += 1
        for lab, val in (("Beskrivelse", besk), ("Ansvarlig", ansv), ("Samarbeidspartnere", med)):
            ws.cell(row=r, column=2, value=lab).font = Font(italic=True, color="595959")
            ws.cell(row=r, column=3, value=val or "–").alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
            ws.row_dimensions[r].outlineLevel = 1
            ws.row_dimensions[r].hidden = True
            r += 1
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansv, med, besk))
    for col, w in zip("ABCDE", [5, 52, 40, 16, 18]):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, out / FILENAME, "Nordland fylkeskommune")
    return rows


def text(path) -> str:
    return xlsx_text(path)
