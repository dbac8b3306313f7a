"""Not a member report: Spekter's internal competence plan for its own staff in 2097, attached by mistake to the mail
that carried Spekter's report. It looks like a list of measures (courses, a study trip, a leadership programme) but
it is an HR plan for next year's staff training, with costs; it gives no truth rows."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .common import sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Kompetanseplan 2097 – medarbeidere i Spekter (intern).xlsx"
MEMBER = None
FORMAT = "XLSX (openpyxl), two sheets, title rows, a SUM formula, wrapped text, frozen header, zip normalised"
SHAPE = ("NOT a member report: Spekter's internal competence plan for its staff in 2097, sent by mistake with the "
         "report: sheet «Plan 2097» with a title, a line «Vedtatt i ledermøtet 9. januar 2097 · Intern», header Tiltak "
         "/ Målgruppe / Når / Ansvarlig / Kostnad (kr) / Status, six staff-training items (negotiation course, Excel "
         "course, first aid, study trip to Copenhagen, plain-language course, a programme for new leaders) and a "
         "SUM row; sheet «Budsjett» with the budget per department; no truth rows")
NOT_TRUTH = "everything (not a member report): both sheets, the title and approval line, the six items and the sums"
SPLIT_FIELDS = ()

ITEMS = [
    ("Kurs i forhandlingsteknikk", "Rådgivere i forhandlingsavdelingen", "Mars 2097", "HR", 45000, "Bestilt"),
    ("Excel for viderekomne", "Alle som arbeider med lønnsstatistikk", "April 2097", "Analyse", 18000, "Planlagt"),
    ("Førstehjelpskurs", "Alle ansatte", "Mai 2097", "HR", 12000, "Planlagt"),
    ("Studietur til København – nordiske arbeidsgiverorganisasjoner", "Ledergruppen", "September 2097",
     "Administrerende direktør", 96000, "Planlagt"),
    ("Skrivekurs: klart språk i høringssvar", "Kommunikasjon og rådgivere", "Oktober 2097", "Kommunikasjon", 22000,
     "Planlagt"),
    ("Program for nye ledere", "Ledere med under to års erfaring", "Hele året", "HR", 60000, "Pågår"),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan 2097"
    ws["A1"] = "Kompetanseplan for medarbeiderne i Spekter 2097"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Vedtatt i ledermøtet 9. januar 2097 · Intern"
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    end = sheet_rows(ws, 4, ["Tiltak", "Målgruppe", "Når", "Ansvarlig", "Kostnad (kr)", "Status"],
                     [list(i) for i in ITEMS], [48, 36, 16, 24, 14, 12], fill="DDEBF7")
    ws.cell(row=end, column=4, value="Sum").font = Font(bold=True)
    ws.cell(row=end, column=5, value=f"=SUM(E5:E{end - 1})").font = Font(bold=True)
    for r in range(5, end + 1):
        ws.cell(row=r, column=5).number_format = "# ##0"
    ws.freeze_panes = "A5"
    b = wb.create_sheet("Budsjett")
    sheet_rows(b, 1, ["Avdeling", "Budsjett 2097 (kr)"],
               [["HR", 117000], ["Analyse", 18000], ["Kommunikasjon", 22000], ["Ledelsen", 96000]], [24, 18])
    b["A7"] = "Sum"
    b["B7"] = "=SUM(B2:B5)"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Spekter HR"))
    return []


def text(path) -> str:
    return xlsx_all_text(path)
