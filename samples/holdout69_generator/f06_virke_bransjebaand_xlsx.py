"""Virke: an ordinary Excel list grouped by Virke's sectors: merged coloured band rows («Handel», «Kunnskap og
kultur», «Tjenesteyting og arbeidsliv») between the measures. Delmål as «Delmål 2.1: digital kompetanse», partners
separated by « / ». The FSR seat named «Nasjonalt fagskoleråd – Virkes plass». The trap is a second, paid stage of the
joint course that Virke offers its own members alone, right under it. One row is to be set up next autumn."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Virke tiltak KPR 2089.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), one sheet, merged fill-coloured band rows, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list grouped by Virke's sectors with merged coloured band rows («Handel», «Kunnskap og "
         "kultur», «Tjenesteyting og arbeidsliv») between the measures; header Tiltak / Beskrivelse / Delmål / "
         "Tiltakstype / Ansvarlig i Virke / Partnere; delmål as «Delmål 2.1: digital kompetanse»; partners separated "
         "by « / »; Virke's kind words (Rådsplass, Undersøkelse, Nettkurs, Påbyggingskurs, Frokostmøter); a row "
         "whose measure is set up next autumn")
NOT_TRUTH = ("the title, the header, the three band rows, the Delmål and Tiltakstype cells, the row 'Nettverk for "
             "HR-ledere i kulturlivet' (set up in the autumn of 2090), the sheet's note row")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Tiltakstype", "Ansvarlig i Virke", "Partnere"]
GROUPS = [
    ("Handel", [
        ("Læringsvaneundersøkelsen 2089 – handel",
         "Virke sto for utvalget av 700 handelsvirksomheter og skrev kapitlet om handel i rapporten.",
         "Delmål 2.2: kunnskap om læring i arbeidslivet", "Undersøkelse", "Virke Handel", "NHO / YS / Fafo", "J03",
         "2.2", FOU),
        ("Digital grunnmur",
         "Virke har vært med på å lage nettkurset og har spredt det til butikkansatte. 4 100 fullførte "
         "kurset i 2089.", "Delmål 2.1: digital kompetanse", "Nettkurs", "Virke Handel",
         "Fagskolerådet / UHR", "J05", "2.1", KURS),
        ("Digital grunnmur 2 – påbygging for varehandelen",
         "Et påbyggingskurs om netthandel og lager for dem som har fullført Digital grunnmur. Påbyggingen er "
         "Virkes eget betalingskurs og er ikke en del av Digital grunnmur.", "Delmål 2.1: digital kompetanse",
         "Påbyggingskurs", "Virke Kompetanse", "", None, "2.1", KURS),
    ]),
    ("Kunnskap og kultur", [
        ("Nasjonalt fagskoleråd – Virkes plass",
         "Virke har hatt plassen for private arbeidsgivere i rådet og deltatt på fire møter.",
         "Delmål 2.4: relevant etter- og videreutdanning", "Rådsplass", "Virke Kunnskap og kultur", "", "M04",
         "2.4", RAD),
        ("Nettverk for HR-ledere i kulturlivet",
         "Nettverket etableres høsten 2090.", "Delmål 2.2: kunnskap om læring i arbeidslivet", "Nettverk",
         "Virke Kunnskap og kultur", "", "", "", None),
    ]),
    ("Tjenesteyting og arbeidsliv", [
        ("Frokostmøter om kompetanseplaner",
         "Fem frokostmøter for ledere i små tjenestebedrifter om hvordan de kan lage en enkel kompetanseplan. 340 "
         "deltakere.", "Delmål 2.4: relevant etter- og videreutdanning", "Frokostmøter", "Virke Arbeidsliv",
         "Kompetanse Norge", None, "2.4", ARR),
    ]),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Virkes tiltak i 2089 – til Kompetansepolitisk råd"
    ws["A1"].font = Font(size=14, bold=True)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFD966")
    rows = []
    r = 4
    for band, items in GROUPS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="C00000")
        r += 1
        for name, desc, dmt, kind, ans, med, seed, dm, ty in items:
            for k, v in enumerate([name, desc, dmt, kind, ans, med], 1):
                c = ws.cell(row=r, column=k, value=v or None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med.replace(" / ", ", "), desc))
            r += 1
    ws.cell(row=r + 1, column=1, value="Fylt ut av Virke Kompetanse, januar 2090").font = Font(italic=True, size=8)
    for col, w in zip("ABCDEF", [36, 58, 30, 16, 24, 26]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    fit_row_heights(ws, 4, r - 1)
    save_xlsx(wb, out / FILENAME, "Virke Kompetanse")
    return rows


def text(path) -> str:
    return xlsx_text(path)
