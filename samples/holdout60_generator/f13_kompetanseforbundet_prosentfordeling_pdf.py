"""Kompetanseforbundet: a spreadsheet printed to PDF by LibreOffice Calc. Each measure is spread over several delmål
as percentages (how much of the effort goes to each); the delmål of the measure is the column with the largest
share. A Status column marks a 2079 and a 2081 row."""
from __future__ import annotations

import math

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, INFO, KURS, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "Kompetanseforbundet fordeling på delmål 2080.pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, borders, "
          "percent cells, page footer; dates and /ID fixed")
SHAPE = ("printed sheet: title, a note «Andel av innsatsen fordelt på delmål», header Nr / Tiltak / Form / Ansvar / "
         "Partnere / Kort om / Status, then one percent column per delmål used (1.2 / 1.3 / 2.4 / 2.5 / 3.1) with "
         "the measure's effort split over them (e.g. 60 % / 40 %), a Sum column; the delmål is the largest share; "
         "Status 'Avsluttet 2079' and 'Oppstart 2081' rows")
NOT_TRUTH = ("the title, the note, the header, the Nr, Status, percent and Sum cells, the rows 'Veiledningsdagen 2079' "
             "(Avsluttet 2079) and 'Karriereveiledning i bedrift – pilot' (Oppstart 2081), the footer")

DM_COLS = ["1.2", "1.3", "2.4", "2.5", "3.1"]
# name, form, ansvar, partners, text, status, shares, main delmål, seed, type
ITEMS = [
    ("Nasjonalt forum for karriereveiledning", "Nettverk", "Fagsjef veiledning", "",
     "Forbundet møtte i forumet og la fram erfaringer fra veiledning av voksne i bedrift.", "Løpende",
     {"1.3": 1.0}, "1.3", "M04", RAD),
    ("Realkompetanseportalen", "Digital tjeneste", "Fagsjef realkompetanse", "HK-dir, UHR",
     "Forbundet skrev veiledningstekstene i portalen og testet den med 40 voksne søkere.", "Løpende",
     {"2.5": 0.8, "3.1": 0.2}, "2.5", "J04", INFO),
    ("Regionalt karriereforum Innlandet", "Nettverk", "Regionkontor Innlandet",
     "Innlandet fylkeskommune, NAV Innlandet",
     "Et regionalt forum for veiledere i karrieresenter, NAV og bedrifter, bygd opp etter mønster av det "
     "nasjonale forumet.", "Løpende", {"1.2": 0.6, "1.3": 0.4}, "1.2", None, RAD),
    ("Kurs i voksenpedagogikk for bedriftsinterne instruktører", "Kurs", "Kursavdelingen", "",
     "Seks kurs på to dager for instruktører som lærer opp kolleger; 110 deltakere.", "Gjennomført",
     {"2.4": 0.7, "3.1": 0.3}, "2.4", None, KURS),
    ("Kompetanseprisen 2080", "Arrangement", "Generalsekretær", "NHO",
     "Prisutdeling og seminar i Oslo der tre virksomheter ble hedret for læring i arbeidslivet.", "Gjennomført",
     {"2.4": 1.0}, "2.4", None, ARR),
    ("Veiledningsdagen 2079", "Arrangement", "Fagsjef veiledning", "", "Avholdt i november 2079.",
     "Avsluttet 2079", {"1.3": 1.0}, "1.3", "", None),
    ("Karriereveiledning i bedrift – pilot", "Prosjekt", "Fagsjef veiledning", "NAV", "Planlegges.",
     "Oppstart 2081", {"1.3": 0.5, "2.4": 0.5}, "1.3", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Fordeling"
    ws["A1"] = "Kompetanseforbundet – tiltak 2080 fordelt på delmål"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Andel av innsatsen fordelt på delmål i strategien (summerer til 100 %)"
    ws["A2"].font = Font(italic=True)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = ["Nr", "Tiltak", "Form", "Ansvar", "Partnere", "Kort om", "Status"] + DM_COLS + ["Sum"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if j > 7 else None)
    rows = []
    for i, (name, form, ans, med, txt, st, shares, dm, seed, ty) in enumerate(ITEMS, 5):
        vals = [i - 4, name, form, ans, med, txt, st] + [shares.get(k) for k in DM_COLS] + [f"=SUM(H{i}:L{i})"]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j >= 8:
                c.number_format = "0 %"
        widths = [5, 30, 13, 18, 22, 44, 13]
        lines = max(math.ceil(len(str(v or "")) * 1.15 / w) for v, w in zip(vals, widths))
        ws.row_dimensions[i].height = 15 * max(lines, 1) + 4
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    ws.row_dimensions[4].height = 20
    for col, w in zip("ABCDEFGHIJKLM", [5, 30, 13, 18, 22, 44, 13, 7, 7, 7, 7, 7, 7]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Kompetanseforbundet – rapport til Kompetansepolitisk råd"
    ws.oddFooter.right.text = "Side &P av &N"
    xlsx_to_pdf(wb, out / FILENAME, "Kompetanseforbundet")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
