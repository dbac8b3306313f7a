"""Spekter: a measures list where the year is given only by real date cells (Start / Slutt, shown dd.mm.yyyy): a row
that ended 31.12.2079 and a row that starts 01.02.2081 stand among the 2080 rows with nothing else to mark them.
The health regions taking part are X columns."""
from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import FOU, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Spekter tiltaksliste 2080.xlsx"
MEMBER = "Spekter"
FORMAT = "XLSX (openpyxl), date cells with dd.mm.yyyy format, autofilter, centred X columns, zip normalised"
SHAPE = ("one sheet: title, a line «Liste over tiltak med varighet», header Tiltak / Beskrivelse / Delmål («Delmål "
         "2.3») / Virkemiddel (Spekter's words) / Ansvarlig / Partnere / Start / Slutt / Helse Nord / Helse "
         "Midt-Norge / Helse Vest / Helse Sør-Øst; the reporting year is only in the date cells (a row with Slutt "
         "31.12.2079 and one with Start 01.02.2081); region columns with X")
NOT_TRUTH = ("the title and the line under it, the header, the date cells and the X cells, the rows 'Simuleringskurs "
             "for akuttmottakene' (Slutt 31.12.2079) and 'Felles kompetanseportal for helseforetakene' (Start "
             "01.02.2081)")

D = dt.datetime
# name, text, delmål, virkemiddel, ansvar, partners, start, slutt, regions(N,M,V,S), seed, type
ITEMS = [
    ("UHR-Helse og velferd – Spekters observatørplass", "Spekter møter som observatør i den fagstrategiske "
     "enheten og tok opp behovet for flere praksisplasser i sykepleierutdanningen.", "1.4", "Rådsdeltakelse",
     "Spekter", "", D(2078, 1, 1), D(2081, 12, 31), "", "M03", RAD),
    ("Faglig råd for helse- og oppvekstfag – Spekters plass", "Spekter representerer helseforetakene som "
     "arbeidsgivere i rådet under SRY.", "2.3", "Rådsdeltakelse", "Spekter", "", D(2080, 1, 1), D(2083, 12, 31),
     "", "M05", RAD),
    ("Kompetansebarometeret for offentlig sektor – helseforetakene", "Spekter sto for helseforetaksdelen av "
     "undersøkelsen, med svar fra 4 800 ledere og ansatte.", "2.2", "Kunnskapsgrunnlag", "Spekter",
     "KS, Unio, Fafo", D(2080, 2, 1), D(2080, 11, 30), "NMVS", "J05", FOU),
    ("Dybdestudie etter Kompetansebarometeret i tre helseforetak", "Oppfølgende intervjustudie i tre helseforetak "
     "om hvorfor ansatte ikke tar videreutdanning; Spekters eget prosjekt.", "2.2", "Kunnskapsgrunnlag",
     "Spekter", "Helse Nord RHF, Nordlandsforskning", D(2080, 9, 1), D(2081, 3, 31), "N", None, FOU),
    ("Lærlingløftet i helseforetakene", "Helseforetakene tok inn 40 prosent flere lærlinger i helsefagarbeider- "
     "og ambulansefaget ved hjelp av felles rekruttering.", "2.3", "Utviklingsprosjekt", "Helse Midt-Norge RHF",
     "fylkeskommunene", D(2080, 1, 1), D(2081, 6, 30), "MV", None, PROSJEKT),
    ("Introduksjonsprogram for sykepleiere utdannet i utlandet", "Kurs i norsk helsevesen, fagspråk og "
     "legemiddelhåndtering før autorisasjon; 130 deltakere.", "2.6", "Opplæring", "Helse Sør-Øst RHF",
     "Helsedirektoratet", D(2080, 3, 1), D(2080, 12, 31), "S", None, KURS),
    ("Simuleringskurs for akuttmottakene", "Simuleringstrening i team.", "2.4", "Opplæring", "Helse Vest RHF", "",
     D(2078, 3, 1), D(2079, 12, 31), "V", "", None),
    ("Felles kompetanseportal for helseforetakene", "Portal for kurs og sertifiseringer.", "2.1",
     "Digitalt verktøy", "Spekter", "de fire RHF-ene", D(2081, 2, 1), D(2082, 12, 31), "NMVS", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Spekter – kompetansetiltak"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Liste over tiltak med varighet (oppdatert januar 2081)"
    hdr = ["Tiltak", "Beskrivelse", "Delmål", "Virkemiddel", "Ansvarlig", "Partnere", "Start", "Slutt",
           "Helse Nord", "Helse Midt-Norge", "Helse Vest", "Helse Sør-Øst"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00594F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for i, (name, txt, dm, vm, ans, med, s, e, reg, seed, ty) in enumerate(ITEMS, 5):
        vals = [name, txt, f"Delmål {dm}", vm, ans, med, s, e] + ["X" if k in reg else None for k in "NMVS"]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j > 8 else None)
            if j in (7, 8):
                c.number_format = "dd.mm.yyyy"
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    ws.auto_filter.ref = f"A4:L{4 + len(ITEMS)}"
    for col, w in zip("ABCDEFGHIJKL", [44, 60, 11, 18, 20, 28, 11, 11, 8, 8, 8, 8]):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, out / FILENAME, "Spekter")
    return rows


def text(path) -> str:
    return xlsx_text(path)
