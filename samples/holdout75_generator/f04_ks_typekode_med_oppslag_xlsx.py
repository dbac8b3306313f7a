"""KS: an ordinary Excel list from a KS template where the kind is typed as a code 1–6 and a formula column looks the
code up in a sheet «Koder» (=VLOOKUP), so the kind's words exist only as a formula's cached value; the workbook was
last saved by LibreOffice Calc, which computed and stored those values. The SRY seat is named by the faglig råd's
abbreviation (FRHO). A prize moved to February 2096 is told only in words."""
from __future__ import annotations

import io

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, KURS, RAD, lo_convert_bytes, normalise_zip_bytes, row, sheet_table, xlsx_text

FILENAME = "KS tiltaksrapport 2095.xlsx"
MEMBER = "KS"
FORMAT = ("XLSX written by LibreOffice Calc («Calc Office Open XML») from a workbook made with openpyxl that holds "
          "VLOOKUP formulas without values: Calc computed the formulas and stored their cached values; core dates "
          "fixed and zip timestamps normalised")
SHAPE = ("ordinary Excel list from a KS template: title and a line in rows 1–2, header on row 4 Tiltak / Beskrivelse "
         "/ Delmål / Typekode (1–6) / Type (fylles ut automatisk) / Ansvarlig i KS / Samarbeid; the kind typed only "
         "as the code, the words in the next column come from =VLOOKUP(code; Koder!A:B) (cached values: FoU og "
         "utredning, Kurs og utdanning, Råd, utvalg og nettverk, Arrangement); a second sheet «Koder» with the six "
         "codes; delmål as a plain code; the SRY seat «FRHO – KS' to plasser på arbeidsgiversiden» (FRHO = faglig råd "
         "for helse- og oppvekstfag, said in the description); a prize moved to February 2096 told only in words")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål, Typekode and Type cells, row 11 "
             "'Kompetanseprisen for kommuner 2095' (moved to February 2096), the sheet «Koder»")
SPLIT_FIELDS = ("samarbeidspartnere",)

CODES = [(1, "FoU og utredning"), (2, "Kurs og utdanning"), (3, "Råd, utvalg og nettverk"), (4, "Prosjekt"),
         (5, "Informasjon"), (6, "Arrangement")]

# name, beskrivelse, dm, code, ansvarlig, samarbeid, seed, type
ROWS = [
    ("FRHO – KS' to plasser på arbeidsgiversiden",
     "KS har to av plassene i faglig råd for helse- og oppvekstfag (FRHO). Rådet ga i 2095 råd om ny struktur for "
     "helsearbeiderfaget og fulgte opp lærlingløftet i kommunene.",
     "2.3", 3, "KS Arbeidsgiverpolitikk", "", "M02", RAD),
    ("Lærlingtinget 2095",
     "KS stod for kommunesporet på Lærlingtinget i Trondheim i oktober. 120 kommunale lærebedrifter deltok.",
     "2.3", 6, "KS Utdanning", "Spekter, YS, fylkeskommunene", "J03", ARR),
    ("Digidugnaden i kommunene",
     "Lokale kursholdere i 64 kommuner holdt kurs i grunnleggende digitale ferdigheter for ansatte i helse og "
     "omsorg. 3 100 ansatte fullførte.",
     "2.1", 2, "KS Digitalisering", "Virke, Kompetanseforbundet", "J06", KURS),
    ("Lederutdanning i oppvekst",
     "Videreutdanning på 30 studiepoeng for styrere og rektorer. 240 ledere startet høsten 2095.",
     "2.4", 2, "KS Utdanning", "OsloMet, Nord universitet", None, KURS),
    ("Kommunenettverk for realkompetanse",
     "Nettverk for 30 kommuner som vil vurdere realkompetansen til ansatte uten formell utdanning. Fem samlinger.",
     "2.5", 3, "KS Arbeidsgiverpolitikk", "fylkeskommunene", None, RAD),
    ("Kommunal kompetanserapport 2095",
     "KS samlet tall fra 356 kommuner om hvor mange ansatte som tar etter- og videreutdanning, og hvor mye kommunene "
     "bruker. Rapporten kom i juni.",
     "2.2", 1, "KS Analyse", "", None, FOU),
    ("Kompetanseprisen for kommuner 2095",
     "Prisen deles ut på KS' kommunalpolitiske toppmøte, som er flyttet til februar 2096.",
     "1.4", 6, "KS Utdanning", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2095"
    ws["A1"] = "KS – tiltak i oppfølgingen av kompetansestrategien 2095"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Skriv inn typekode 1–6. Kolonnen Type fylles ut automatisk fra arket Koder."
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Tiltak", "Beskrivelse", "Delmål", "Typekode (1–6)", "Type (fylles ut automatisk)", "Ansvarlig i KS",
            "Samarbeid"]
    body = []
    for i, (n, b, dm, code, ans, sam, *_r) in enumerate(ROWS, 5):
        body.append([n, b, dm, code, f"=VLOOKUP(D{i},Koder!$A$2:$B$7,2,FALSE())", ans, sam])
    sheet_table(ws, 4, head, body, [34, 60, 9, 10, 22, 22, 28], "FCE4D6", size=10)
    for r in range(5, 5 + len(ROWS)):
        ws.cell(row=r, column=3).number_format = "@"
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
    ws.freeze_panes = "A5"
    k = wb.create_sheet("Koder")
    k["A1"], k["B1"] = "Kode", "Type"
    k["A1"].font = k["B1"].font = Font(bold=True)
    k["A1"].fill = k["B1"].fill = PatternFill("solid", fgColor="D9D9D9")
    for code, word in CODES:
        k.append([code, word])
    k.column_dimensions["B"].width = 28
    buf = io.BytesIO()
    wb.save(buf)
    data = lo_convert_bytes(buf.getvalue(), ".xlsx", "xlsx:Calc Office Open XML", "xlsx")
    (out / FILENAME).write_bytes(normalise_zip_bytes(data))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, sam, b)
            for n, b, dm, _c, ans, sam, seed, ty in ROWS if ty]


def text(path) -> str:
    wb = openpyxl.load_workbook(str(path), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for r in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in r))
    return "\n".join(out) + "\n" + xlsx_text(path)
