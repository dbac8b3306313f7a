"""Virke: an ordinary Excel list. Title in row 1, header on row 3: Virkes bidrag / Beskrivelse / Delmål nr. /
Bidragstype / Eier i Virke / Partnere utenfor Virke / Status. Delmål as a code with a short word («2.2 –
kunnskapsgrunnlag»), partners one per line in the cell, Virke's own kind words. The Status column says in words
whether a row belongs to 2088 («Gjennomført», «Pågår») or not («Avsluttet i fjor», «Kommer neste år»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Virke KPR-rapport 2088.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), one sheet, wrapped text, autofilter, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, header on row 3 Virkes bidrag / Beskrivelse / Delmål nr. / "
         "Bidragstype / Eier i Virke / Partnere utenfor Virke / Status; delmål as code with a short word («2.2 – "
         "kunnskapsgrunnlag»); Virke's kind words (Plass i råd, Analyse, Utviklingsarbeid, Nettkurs, Frokostmøte); "
         "partners one per line in the cell; a Status column in words: «Gjennomført», «Pågår», and for two rows "
         "outside 2088 «Avsluttet i fjor» and «Kommer neste år»")
NOT_TRUTH = ("the title, the header, the Delmål nr., Bidragstype and Status cells, the row 'Lederutviklingsprogram i "
             "HR' (Avsluttet i fjor), the row 'Bransjenettverk for logistikk' (Kommer neste år), the note under the "
             "table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Virkes bidrag", "Beskrivelse", "Delmål nr.", "Bidragstype", "Eier i Virke", "Partnere utenfor Virke",
        "Status"]

# name, text, delmål text, kind, eier, partners, status, seed, dm, type
ROWS = [
    ("Nasjonalt fagskoleråd",
     "Virke har en av arbeidsgiverplassene i Nasjonalt fagskoleråd og var med på fire møter. Virke la vekt på korte "
     "fagskoletilbud i handel og logistikk.", "2.4 – relevant EVU", "Plass i råd", "Kompetansepolitisk avdeling", [],
     "Gjennomført", "M05", "2.4", RAD),
    ("Arbeidslivsrådet ved Universitetet i Sørøst-Norge",
     "Virke sitter i rådet for samarbeid med arbeidslivet (RSA) ved USN og var med på å lage en plan for praksis i "
     "økonomi- og administrasjonsstudiene.", "1.4 – utdanning og arbeidsliv", "Plass i råd", "Virke Sør", [],
     "Gjennomført", "M06", "1.4", RAD),
    ("Læringsbarometeret",
     "Virke hadde ansvaret for utvalget av private tjenestebedrifter i den felles undersøkelsen om læring i "
     "arbeidslivet. 1 200 virksomheter i handel og tjenesteyting svarte.", "2.2 – kunnskapsgrunnlag", "Analyse",
     "Virke Analyse", ["KS", "YS", "Fafo"], "Gjennomført", "J03", "2.2", FOU),
    ("Validering i praksis – varehandel",
     "Virke prøvde ut metoden for å dokumentere kompetanse ervervet i arbeidslivet i 14 butikkjeder. 230 ansatte "
     "fikk kompetansebevis.", "2.5 – dokumentere kompetanse", "Utviklingsarbeid", "Virke Handel",
     ["Kompetanseforbundet", "UHR"], "Pågår", "J06", "2.5", PROSJEKT),
    ("Nettkurs i sirkulær handel",
     "Gratis nettkurs for ansatte i varehandelen om reparasjon, gjenbruk og sirkulær økonomi, utviklet med "
     "fagskolene. 2 700 fullførte.", "2.4 – relevant EVU", "Nettkurs", "Virke Handel", ["Fagskolen Oslo"],
     "Gjennomført", None, "2.4", KURS),
    ("Frokostmøte om seniorer og læring",
     "Frokostmøte med 180 deltakere om hvordan virksomheter kan legge til rette for læring for ansatte over 60 år.",
     "2.2 – kunnskapsgrunnlag", "Frokostmøte", "Virke Arbeidsgiverpolitikk", ["Senter for seniorpolitikk"],
     "Gjennomført", None, "2.2", ARR),
    ("Lederutviklingsprogram i HR",
     "Program for HR-ledere i små virksomheter med fire samlinger.", "2.4 – relevant EVU", "Program",
     "Virke Arbeidsgiverpolitikk", ["BI"], "Avsluttet i fjor", "", "", None),
    ("Bransjenettverk for logistikk",
     "Nettverk for logistikkbedrifter om rekruttering av fagarbeidere.", "2.3 – yrkesfag", "Nettverk", "Virke Handel",
     [], "Kommer neste år", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Virke 2088"
    ws["A1"] = "Virkes bidrag til kompetansestrategien – rapport for 2088"
    ws["A1"].font = Font(bold=True, size=14, color="7B2C5F")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="F2E1EC")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, txt, dmt, kind, eier, med, status, seed, dm, ty) in enumerate(ROWS, 4):
        for j, v in enumerate([name, txt, dmt, kind, eier, "\n".join(med), status], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, ", ".join(med), txt))
    last = 3 + len(ROWS)
    ws.cell(last + 2, 1, "Rader med status «Avsluttet i fjor» og «Kommer neste år» er tatt med til orientering.")
    ws.cell(last + 2, 1).font = Font(italic=True, size=9, color="595959")
    for col, w in zip("ABCDEFG", [30, 58, 22, 16, 24, 24, 16]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, last)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:G{last}"
    save_xlsx(wb, out / FILENAME, "Virke")
    return rows


def text(path) -> str:
    return xlsx_text(path)
