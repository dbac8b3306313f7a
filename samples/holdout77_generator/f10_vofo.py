"""VOFO: an ordinary Excel list sent with its detail columns grouped and collapsed. Columns C–F (Delmål, Tiltaksform,
Ansvarlig, Samarbeid) form a column outline group at level 1 that is hidden, with the collapse button on column G, so
the sheet opens showing only the name, the description and the number of participants. A course for course leaders
that was shut down at the end of 2096 is told only in words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.properties import Outline

from .common import ARR, FOU, KURS, PROSJEKT, RAD, WHEN, repack, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "VOFO tiltaksliste 2097.xlsx"
MEMBER = "VOFO"
FORMAT = ("XLSX (openpyxl), one sheet with a column outline: columns C–F grouped at outline level 1 and hidden, "
          "collapsed=\"1\" on column G, outlineLevelCol 1, summary to the right; wrapped text, frozen header, zip "
          "normalised")
SHAPE = ("ordinary Excel list whose detail columns are grouped and collapsed: title in row 1, a line in row 2 "
         "«Detaljkolonnene er gruppert og skjult for utskrift», header on row 3 Tiltak / Beskrivelse / Delmål / "
         "Tiltaksform / Ansvarlig / Samarbeid / Deltakere; columns C–F are hidden in a collapsed group, so only the "
         "name, the description and the number of participants show; delmål as a plain code; VOFO's kind words "
         "(Forumplass, Prosjekt, Studiesirkel, Temadag, Kartlegging); the NFK seat «VOFO i Nasjonalt forum for "
         "karriereveiledning»; a course shut down at the end of 2096 told only in words")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål and Tiltaksform cells, the Deltakere numbers, "
             "the row 'Nettkurs for kursledere' (shut down at the end of 2096)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, beskrivelse, delmål, form, ansvarlig, samarbeid, deltakere, seed, type
ROWS = [
    ("VOFO i Nasjonalt forum for karriereveiledning",
     "VOFO representerer studieforbundene i forumet og la i 2097 fram et notat om veiledning av voksne som tar kurs "
     "i frivillig sektor.", "1.3", "Forumplass", "VOFO", "", None, "M01", RAD),
    ("Språkløypa i studieforbundene",
     "Studieforbundene holdt korte norskkurs på arbeidsplassene som del av Språkløypa. Frivillige språkmentorer "
     "fulgte opp deltakerne mellom kursdagene.", "3.4", "Prosjekt", "VOFO",
     "KS, Studieforbundet Folkeuniversitetet", 1450, "J05", PROSJEKT),
    ("Studiesirkler i grunnleggende digitale ferdigheter",
     "Studiesirkler på biblioteker og i lag og foreninger for voksne som trenger hjelp med digitale tjenester.",
     "3.6", "Studiesirkel", "Studieforbundet AOF Norge", "NAV, bibliotekene", 2300, None, KURS),
    ("Frivillighetens læringsdag",
     "Temadag 21. september med åpne kurs i 120 lag og foreninger over hele landet.", "3.6", "Temadag", "VOFO",
     "Frivillighet Norge", 5200, None, ARR),
    ("Kartlegging av kursdeltakere med kort utdanning",
     "NIFU kartla hvor mange av studieforbundenes deltakere som har grunnskole som høyeste utdanning, og hva som "
     "fikk dem til å melde seg på.", "3.6", "Kartlegging", "VOFO", "NIFU", None, None, FOU),
    ("Nettkurs for kursledere",
     "Kurset ble lagt ned ved utgangen av 2096 og er erstattet av regionale samlinger.", "3.6", "Nettkurs", "VOFO",
     "", None, "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2097"
    ws["A1"] = "VOFO – tiltak i kompetansestrategien 2097"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Detaljkolonnene er gruppert og skjult for utskrift."
    ws["A2"].font = Font(name="Calibri", size=9, color="7F7F7F")
    head = ["Tiltak", "Beskrivelse", "Delmål", "Tiltaksform", "Ansvarlig", "Samarbeid", "Deltakere"]
    body = [[n, b, dm, f, a, s, d if d is not None else ""] for n, b, dm, f, a, s, d, *_r in ROWS]
    sheet_rows(ws, 3, head, body, [40, 66, 9, 14, 24, 30, 11], fill="E2EFDA")
    ws.column_dimensions.group("C", "F", hidden=True, outline_level=1)
    ws.column_dimensions["G"].collapsed = True
    ws.sheet_properties.outlinePr = Outline(summaryBelow=True, summaryRight=True)
    ws.freeze_panes = "A4"
    data = xlsx_bytes(wb, "Marte Lund")

    def level(x: bytes) -> bytes:          # openpyxl forgets the outline level of the columns
        new = x.replace(b'<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>',
                        b'<sheetFormatPr baseColWidth="8" defaultRowHeight="15" outlineLevelCol="1"/>')
        assert new != x
        return new
    (out / FILENAME).write_bytes(repack(data, iso=WHEN.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                        patch={"xl/worksheets/sheet1.xml": level}))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, b) for n, b, dm, _f, a, s, _d, seed, ty in ROWS if ty]


def text(path) -> str:
    return xlsx_all_text(path)
