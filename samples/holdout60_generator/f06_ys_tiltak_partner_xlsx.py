"""YS: an export where every line is one measure–partner pair, as a contact system lists them: a measure with three
partners fills three lines with the same ID, name, delmål and kind, and the description stands only on its first
line. A column 'År' says which year the line belongs to."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

from .common import ARR, FOU, KURS, RAD, row, save_xlsx, xlsx_text

FILENAME = "YS_tiltak_og_samarbeidspartnere_2080.xlsx"
MEMBER = "YS"
FORMAT = "XLSX (openpyxl), one Excel table (ListObject) with banded rows, zip normalised"
SHAPE = ("one line per measure–partner pair: Tiltak-ID / År / Tiltak / Delmål / Tiltakstype / YS-forbund / "
         "Samarbeidspartner / Partnerens rolle / Beskrivelse; a measure with n partners fills n lines (ID, name, "
         "delmål, kind and union repeated), the description only on the first; a measure without partners has one "
         "line with «–»; year column with 2079 and 2081 lines")
NOT_TRUTH = ("the title, the export line, the header, the repeated lines of a measure (one truth row per Tiltak-ID), "
             "the Partnerens rolle cells, YS-06 'Studiesirkel i arbeidsrett for tillitsvalgte' (År 2079) and YS-07 "
             "'Kompetanseløft for ansatte i flyplasstjenester' (År 2081)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# id, år, name, delmål, type word, forbund, [(partner, rolle)], description, seed, type
ITEMS = [
    ("YS-01", 2080, "YS i Nasjonalt fagskoleråd", "1.4", "Rådsarbeid", "YS sentralt", [],
     "YS' representant la vekt på fagskoletilbud for ansatte i handel, finans og transport.", "M01", RAD),
    ("YS-02", 2080, "Faglig råd for helse- og oppvekstfag – YS-representant", "2.3", "Rådsarbeid", "Delta", [],
     "Deltas representant fulgte opp revisjonen av læreplanen i helsearbeiderfaget.", "M05", RAD),
    ("YS-03", 2080, "Digitalløftet for seniorer", "2.1", "Opplæring", "YS sentralt",
     [("LO", "medeier"), ("Senter for seniorpolitikk", "faglig partner")],
     "Nettbaserte og fysiske kurs i digitale verktøy for arbeidstakere over 55 år; YS-forbundene hadde 640 "
     "deltakere.", "J06", KURS),
    ("YS-04", 2080, "Webinar om fagskolerådets strategi for høyere yrkesfaglig utdanning", "1.4", "Webinar",
     "Parat", [("Nasjonalt fagskoleråd", "innleder")],
     "Parat inviterte tillitsvalgte til et webinar der rådets leder la fram strategien.", None, ARR),
    ("YS-05", 2080, "Utredning av bransjesertifiseringer i handel og kontor", "2.5", "Utredning", "Negotia",
     [("Virke", "referansegruppe"), ("HK-dir", "finansiering"), ("Oxford Research", "utfører")],
     "Utredning av hvordan bransjesertifiseringer kan gi uttelling i fagbrev og fagskoleutdanning.", None, FOU),
    ("YS-06", 2079, "Studiesirkel i arbeidsrett for tillitsvalgte", "3.6", "Opplæring", "YS sentralt",
     [("AOF", "arrangør")], "Gjennomført 2079.", "", None),
    ("YS-07", 2081, "Kompetanseløft for ansatte i flyplasstjenester", "2.4", "Opplæring", "Parat",
     [("Avinor", "partner")], "Starter våren 2081.", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak_partnere"
    ws["A1"] = "YS – tiltak og samarbeidspartnere"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Eksport fra YS' kontaktregister 12.01.2081 – én linje per tiltak og samarbeidspartner"
    ws["A2"].font = Font(italic=True, color="666666")
    hdr = ["Tiltak-ID", "År", "Tiltak", "Delmål", "Tiltakstype", "YS-forbund", "Samarbeidspartner",
           "Partnerens rolle", "Beskrivelse"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    r = 5
    rows = []
    for tid, yr, name, dm, tw, fb, partners, besk, seed, ty in ITEMS:
        lines = partners or [("–", "")]
        for k, (p, rolle) in enumerate(lines):
            vals = [tid, yr, name, dm, tw, fb, p, rolle, besk if k == 0 else None]
            for j, v in enumerate(vals, 1):
                ws.cell(row=r, column=j, value=v).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, fb, ", ".join(p for p, _ in partners), besk))
    tab = Table(displayName="YSTiltak", ref=f"A4:I{r - 1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    for col, w in zip("ABCDEFGHI", [10, 7, 46, 8, 13, 14, 26, 18, 60]):
        ws.column_dimensions[col].width = w
    ws["A4"].fill = PatternFill(None)
    save_xlsx(wb, out / FILENAME, "YS")
    return rows


def text(path) -> str:
    return xlsx_text(path)
