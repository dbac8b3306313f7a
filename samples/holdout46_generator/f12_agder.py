"""12 Agder fylkeskommune: XLSX. Measures table with internal IDs, delmål as
'DM1.3', type as a numeric code (1–6) explained only on a separate 'Koder'
sheet, and budget/spent columns with a total row."""
import os

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

from .common import T, FileResult, save_xlsx, TYPES

FILENAME = "12_Agder_fk_kompetansetiltak_2066.xlsx"
MEMBER = "Agder fylkeskommune"

TYPE_CODE = {t: i for i, t in enumerate(TYPES, start=1)}

ITEMS = [
    ("AGD-01", "Nasjonalt karriereveiledningsforum",
     "Agder fylkeskommune er representert i forumet ved leder for Karriere Agder.",
     "Karriere Agder", "", 0, 0,
     T("Nasjonalt karriereveiledningsforum", "M06", "1.3", "Råd/utvalg/nettverk")),
    ("AGD-02", "Karriereveilederkonferansen 2066",
     "Nasjonal konferanse for karriereveiledere i Kristiansand 6.–7. mai, arrangert sammen med "
     "Vestland fylkeskommune og Kompetanse Norge. 380 deltakere.",
     "Karriere Agder", "Vestland fylkeskommune, Kompetanse Norge", 450000, 431200,
     T("Karriereveilederkonferansen 2066", "J03", "1.3", "Arrangement")),
    ("AGD-03", "Regional karrieresamling for rådgivere",
     "Samling for rådgivere i ungdomsskole og videregående skole i Agder om arbeidslivets "
     "kompetansebehov i regionen.",
     "Karriere Agder", "NAV Agder", 120000, 98500,
     T("Regional karrieresamling for rådgivere", "U1201", "1.3", "Arrangement")),
    ("AGD-04", "Agder kompetanseforum",
     "Regionalt partnerskap som følger opp den regionale kompetansestrategien og samordner "
     "kompetanseaktørene i Agder.",
     "Seksjon for kompetanse", "NAV Agder, Universitetet i Agder, LO Agder, NHO Agder", 80000, 64000,
     T("Agder kompetanseforum", "U1202", "1.2", "Råd/utvalg/nettverk")),
    ("AGD-05", "Fagbrev på jobb i Agder",
     "Tilbud om fagbrev for voksne ansatte gjennom praksiskandidatordningen og modulstrukturert "
     "opplæring. 145 deltakere.",
     "Fagopplæringen", "Opplæringskontorene i Agder", 2300000, 2412000,
     T("Fagbrev på jobb i Agder", "U1203", "3.1", "Prosjekt")),
]


def build(out_dir: str) -> FileResult:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2066"
    ws["A1"] = "Agder fylkeskommune – kompetansetiltak 2066"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportering til Kompetansepolitisk råd. Typekoder og delmål: se arket «Koder»."
    hdr = ["ID", "Tiltak", "Beskrivelse", "DM", "Type", "Ansvarlig", "Partnere",
           "Budsjett 2066 (kr)", "Forbruk (kr)"]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill = Font(bold=True), fill
    rows = []
    for i, (iid, name, desc, ansv, partn, bud, spent, truth) in enumerate(ITEMS, start=5):
        vals = [iid, name, desc, "DM" + truth.delmal, TYPE_CODE[truth.type], ansv, partn,
                bud or None, spent or None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (8, 9):
                c.number_format = "# ##0"
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
        rows.append(truth)
    tot = 5 + len(ITEMS)
    ws.cell(row=tot, column=2, value="Sum").font = Font(bold=True)
    ws.cell(row=tot, column=8, value=sum(x[5] for x in ITEMS)).number_format = "# ##0"
    ws.cell(row=tot, column=9, value=sum(x[6] for x in ITEMS)).number_format = "# ##0"
    for col, w in zip("ABCDEFGHI", [9, 34, 60, 7, 6, 20, 34, 16, 14]):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("Koder")
    ks["A1"] = "Type"
    ks["A1"].font = Font(bold=True)
    for code, name in enumerate(TYPES, start=1):
        ks.cell(row=1 + code, column=1, value=code)
        ks.cell(row=1 + code, column=2, value=name)
    ks["D1"] = "DM = delmål i Nasjonal kompetansepolitisk strategi (f.eks. DM1.3 = delmål 1.3)"
    ks.column_dimensions["B"].width = 22
    save_xlsx(wb, os.path.join(out_dir, FILENAME), "Agder fylkeskommune", "Kompetansetiltak 2066")
    return FileResult(FILENAME, MEMBER, "XLSX (openpyxl, two sheets)",
                      "Measures table with internal IDs, 'DM1.3' delmål codes, numeric type codes "
                      "explained only on a separate 'Koder' sheet, budget/spent columns and a sum row", rows)
