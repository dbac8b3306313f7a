"""UHR: an ordinary Excel list with a «Merknad» column that tells the clerk which rows are not measures: one row is
only for information (a new chair in UHR-MNT, «Til orientering – ikke et tiltak»), another was cancelled and is held
next year. The delmål is UHR's short label only (no code): «Samarbeid med arbeidslivet» = 1.4, «Fleksibel etter- og
videreutdanning» = 2.4. UHR's evaluation of the RSA scheme is a trap (about the councils, not a seat)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "UHR_tiltak_KPR_2086.xlsx"
MEMBER = "UHR"
FORMAT = "XLSX (openpyxl), one sheet, wrapped text, a Merknad column with grey italic notes, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, header on row 3 Ansvarlig enhet / Tiltak / Beskrivelse / Delmål / "
         "Virkemiddel / Samarbeid / Merknad; the delmål as UHR's short label without a code («Samarbeid med "
         "arbeidslivet», «Fleksibel etter- og videreutdanning»); UHR's kind words (Fagstrategisk råd, Evaluering, "
         "Nettportal, Studieprogram, Konferanse); a row marked «Til orientering – ikke et tiltak» and a row marked "
         "cancelled, next year; the UHR-FSE seat named «Arbeidslivsdialogen i UHR-Helse og velferd»")
NOT_TRUTH = ("the title, the header, the Delmål, Virkemiddel and Merknad cells, the row 'Ny leder i UHR-MNT' (marked "
             "«Til orientering – ikke et tiltak»), the row 'Karrieresenterkonferansen' (cancelled, held again next "
             "year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

DM = {"1.4": "Samarbeid med arbeidslivet", "2.4": "Fleksibel etter- og videreutdanning"}
ROWS = [
    ("UHR-Helse og velferd", "Arbeidslivsdialogen i UHR-Helse og velferd",
     "Den fagstrategiske enheten har faste dialogmøter med arbeidsgivere og arbeidstakere om de nasjonale "
     "retningslinjene for helse- og sosialfagutdanningene. Tre møter i 2086.", "1.4", "Fagstrategisk råd", "",
     "", "M04", RAD),
    ("UHR-sekretariatet", "Evaluering av RSA-ordningen",
     "NIFU har på oppdrag fra UHR evaluert rådene for samarbeid med arbeidslivet ved 21 institusjoner. Rapporten "
     "viser at rådene fungerer best der arbeidslivet er med på å sette dagsordenen.", "1.4", "Evaluering", "NIFU",
     "", None, FOU),
    ("UHR-sekretariatet", "Portal for fleksible videreutdanninger",
     "Felles nettside der arbeidstakere finner deltids- og nettbaserte videreutdanninger ved alle UH-institusjoner. "
     "Portalen hadde 210 000 besøk.", "2.4", "Nettportal", "HK-dir", "", None, INFO),
    ("UHR-Økonomi og administrasjon", "Erfaringsbasert master i offentlig ledelse",
     "Nytt deltidsprogram utviklet av fire institusjoner i fellesskap, med opptak av 120 studenter i august.",
     "2.4", "Studieprogram", "KS", "", None, KURS),
    ("UHR-Lærerutdanning", "Nasjonal konferanse om praksis i profesjonsutdanningene",
     "Todagers konferanse i Kristiansand for praksisveiledere og faglærere. 450 deltakere.", "1.4", "Konferanse",
     "Universitetet i Agder", "", None, ARR),
    ("UHR-MNT", "Ny leder i UHR-MNT", "Professor Hege Rydland tok over som leder i juni.", "1.4", "", "",
     "Til orientering – ikke et tiltak", "", None),
    ("UHR-sekretariatet", "Karrieresenterkonferansen", "Konferansen for karrieresentrene ved UH-institusjonene.",
     "2.4", "Konferanse", "", "Avlyst i år – holdes igjen neste år", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2086"
    ws["A1"] = "Universitets- og høgskolerådet – tiltak i kompetansepolitikken 2086"
    ws["A1"].font = Font(bold=True, size=14, color="7B2C3F")
    head = ["Ansvarlig enhet", "Tiltak", "Beskrivelse", "Delmål", "Virkemiddel", "Samarbeid", "Merknad"]
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(head, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7B2C3F")
        cell.border = border
    rows = []
    for i, (unit, name, desc, dm, kind, med, merk, seed, ty) in enumerate(ROWS, 4):
        for c, v in enumerate([unit, name, desc, DM[dm] if kind else "", kind, med, merk], 1):
            cell = ws.cell(i, c, v or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
            if c == 7 and v:
                cell.font = Font(italic=True, color="808080")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, unit, med, desc))
    for col, w in zip("ABCDEFG", [22, 34, 56, 26, 17, 20, 26]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 3 + len(ROWS))
    ws.freeze_panes = "A4"
    save_xlsx(wb, out / FILENAME, "Tonje Rud Aamodt")
    return rows


def text(path) -> str:
    return xlsx_text(path)
