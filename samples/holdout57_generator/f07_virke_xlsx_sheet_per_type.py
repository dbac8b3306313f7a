"""Virke: a workbook where the kind of measure is only the name of the sheet the measure stands on."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, INFO, KURS, RAD, normalise_ooxml, row, xlsx_text

FILENAME = "Virke_KPR-rapport_2077.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), six sheets, autofilter, zip normalised"
SHAPE = ("one sheet per kind of measure, named in Virke's words ('Kurs og opplæring', 'Møteplasser', 'Råd og "
         "utvalg', 'Analyser', 'Innspill'), so the type is given only by the sheet tab; each sheet has the columns "
         "Tiltak / Delmål / Ansvarlig / Sammen med / Beskrivelse / Status with an autofilter; delmål as code+words, "
         "code only or words only; a 'Forside' sheet with instructions; one 2076 row and one 2078 row")
NOT_TRUTH = ("the 'Forside' sheet, the header rows, the row 'HR-dagen 2076' (status 'Gjennomført 2076') on "
             "'Møteplasser', the row 'Analyse av lærlingordningen i handelen' (status 'Planlagt 2078') on 'Analyser'")

SHEETS = [
    ("Kurs og opplæring", KURS, [
        ("Digitalt grunnløft i handel og service", "2.1 Digital kompetanse", "Virke", "LO, KS, AOF",
         "Korte nettkurs i digitale grunnferdigheter for ansatte i butikk og service; 1 700 deltakere.",
         "Gjennomført", "J01", "2.1"),
        ("Lederkurs for ideelle virksomheter", "2.4", "Virke Ideell og frivillighet", "VID vitenskapelige "
         "høgskole", "Kurs i kompetanseplanlegging for ledere i ideelle helse- og omsorgsvirksomheter.",
         "Gjennomført", "U", "2.4"),
    ]),
    ("Møteplasser", ARR, [
        ("HR-dagen 2077 om kompetanse", "Koble kompetansebehov og utdanningstilbud", "Virke", "",
         "Heldagskonferanse for HR-ledere om hvordan virksomhetene kan bruke korte utdanningstilbud.",
         "Gjennomført", "U", "2.4"),
        ("HR-dagen 2076", "2.4", "Virke", "", "Fjorårets konferanse.", "Gjennomført 2076", None, None),
    ]),
    ("Råd og utvalg", RAD, [
        ("Nasjonalt fagskoleråd", "Samarbeid mellom utdanning og arbeidsliv", "Virke", "",
         "Virke har én av arbeidsgiverplassene i rådet, som møttes fem ganger i 2077.", "Gjennomført", "M05",
         "1.4"),
    ]),
    ("Analyser", FOU, [
        ("Virkes kompetanseanalyse for varehandelen", "2.2 Kunnskapsgrunnlag", "Virke analyse", "Handelshøyskolen "
         "BI", "Analyse av hvilke kompetanser varehandelen trenger mot 2035.", "Gjennomført", "U", "2.2"),
        ("Analyse av lærlingordningen i handelen", "2.3", "Virke analyse", "", "Planlagt.", "Planlagt 2078",
         None, None),
    ]),
    ("Innspill", INFO, [
        ("Virkes innspill til Nasjonalt fagskoleråds strategi", "1.4", "Virke", "",
         "Skriftlig innspill til rådets strategi om fleksible fagskoletilbud for ansatte i handel.", "Gjennomført",
         "U", "1.4"),
    ]),
]


def build(out) -> list[dict]:
    wb = Workbook()
    fs = wb.active
    fs.title = "Forside"
    fs["A1"] = "Virke – rapportering til Kompetansepolitisk råd 2077"
    fs["A1"].font = Font(bold=True, size=14)
    fs["A3"] = "Tiltakene står på egne faner etter hva slags tiltak det er."
    fs["A4"] = "Kontakt: Virke, avdeling for kompetanse og arbeidsliv."
    rows = []
    head = ["Tiltak", "Delmål", "Ansvarlig", "Sammen med", "Beskrivelse", "Status"]
    for title, typ, items in SHEETS:
        ws = wb.create_sheet(title)
        for i, h in enumerate(head, 1):
            c = ws.cell(row=1, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FCE4D6")
        for r, (name, dm, ansv, med, txt, status, seed, code) in enumerate(items, 2):
            for i, v in enumerate([name, dm, ansv, med or None, txt, status], 1):
                ws.cell(row=r, column=i, value=v).alignment = Alignment(wrap_text=True, vertical="top")
            if seed:
                rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
        ws.auto_filter.ref = f"A1:F{len(items) + 1}"
        for col, w in zip("ABCDEF", [42, 30, 20, 24, 60, 16]):
            ws.column_dimensions[col].width = w
    wb.properties.creator = "Virke"
    wb.properties.created = dt.datetime(2077, 12, 1, 8, 0, 0)
    wb.properties.modified = dt.datetime(2078, 1, 14, 15, 5, 0)
    p = out / FILENAME
    wb.save(str(p))
    normalise_ooxml(p)
    return rows


def text(path) -> str:
    return xlsx_text(path)
