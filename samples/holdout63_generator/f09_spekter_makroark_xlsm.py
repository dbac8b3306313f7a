"""Spekter: the member's own reporting workbook, kept as a macro-enabled file (.xlsm) because the template once
carried a macro for numbering rows. The file is an ordinary list on the sheet «Tiltak»; two internal columns (an
internal comment and a budget figure) are hidden before sending but still in the file, and a guidance sheet
explains Spekter's own kind words, offered as a drop-down (data validation). Year words are in the text: one measure
is «videreført fra i fjor» (a 2083 measure), one day «ble arrangert i fjor», one programme has «oppstart neste
år»."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from .common import ARR, INFO, KURS, PROSJEKT, RAD, normalise_ooxml, row, xlsx_text

FILENAME = "Spekter rapportering kompetansetiltak 2083.xlsm"
MEMBER = "Spekter"
FORMAT = ("XLSM: Excel macro-enabled workbook (workbook part typed application/vnd.ms-excel.sheet.macroEnabled.main+xml, "
          "no VBA project left), written with openpyxl; two hidden columns, a data-validation drop-down; zip "
          "normalised")
SHAPE = ("member's own reporting workbook: sheet «Veiledning» (how to fill in, and the list of Spekter's kind words), "
         "sheet «Tiltak» with title rows and header on row 4 Løpenr. / Tiltakets navn / Delmål (nr.) / Tiltakstype "
         "Spekter / Ansvarlig enhet / Samarbeidspartnere / Kort om tiltaket / Intern kommentar / Budsjett (kr); "
         "columns H–I hidden; the kind chosen from a drop-down of Spekter's words (Representasjon i råd, Nettjeneste, "
         "E-læring, Prosjekt, Konferanse, Arrangement, Lederutvikling); year only in the text («videreført fra i "
         "fjor», «ble arrangert i fjor», «oppstart neste år»)")
NOT_TRUTH = ("the sheet «Veiledning», the title rows, the header, the Løpenr., Delmål and Tiltakstype cells, the hidden "
             "columns H–I (internal comments and budget), row 7 'Nasjonal simuleringsdag' (held last year, not "
             "repeated), row 10 'Lederprogram for avdelingsledere' (starts next year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

KINDS = ["Representasjon i råd", "Nettjeneste", "E-læring", "Prosjekt", "Konferanse", "Arrangement",
         "Lederutvikling"]

# name, dm, kind, ansvar, med, text, internal comment, budget, seed, type
ROWS = [
    ("Faglig råd for helse- og oppvekstfag", "2.3", "Representasjon i råd", "Spekter Helse", "",
     "Spekter har én av arbeidsgiverplassene i rådet og la vekt på flere læreplasser i sykehusene for "
     "helsesekretærer og ambulansearbeidere.", "Ny vara fra mai", None, "M02", RAD),
    ("Nasjonalt fagskoleråd", "1.4", "Representasjon i råd", "Spekter Helse", "",
     "Spekter representerer arbeidsgiverne i helseforetakene. Rådet behandlet forslag om nye fagskoletilbud i "
     "psykisk helsearbeid.", "", None, "M04", RAD),
    ("Praksisbanken – sykehusenes praksisplasser", "1.4", "Nettjeneste", "Spekter Helse", "KS, UHR, HK-dir",
     "Helseforetakene legger nå alle praksisplasser for sykepleie- og helsefagstudenter inn i Praksisbanken. 3 100 "
     "plasser var registrert ved årsskiftet.", "Tall fra HK-dir 5.1.", 250000, "J01", INFO),
    ("Nasjonal simuleringsdag", "2.1", "Arrangement", "Spekter Helse", "Helse Bergen",
     "Ble arrangert i fjor og er ikke gjentatt i 2083.", "Tas ut neste år?", None, "", None),
    ("E-læringspakke i digital kompetanse for sykehusansatte", "2.1", "E-læring", "Spekter Helse",
     "Helse Sør-Øst, Sykehuspartner",
     "Seks korte moduler om journalsystem, personvern og digitale pasientmøter; 14 000 ansatte har fullført minst "
     "én modul. Videreført fra i fjor.", "", 480000, None, KURS),
    ("Lærlingløft for helsesekretærer", "2.3", "Prosjekt", "Helse Midt-Norge", "Trøndelag fylkeskommune",
     "Prosjektet har doblet antallet lærlinger i helsesekretærfaget i helseforetakene i Midt-Norge, til 38.",
     "Sjekk tall med HR", 120000, None, PROSJEKT),
    ("Lederprogram for avdelingsledere", "2.4", "Lederutvikling", "Spekter", "Handelshøyskolen BI",
     "Oppstart neste år. Innholdet utvikles sammen med BI.", "", None, "", None),
    ("Arbeidsgiverkonferansen om kompetanse 2083", "2.4", "Konferanse", "Spekter", "",
     "Konferanse for HR-ledere i Spekter-virksomhetene om strategisk kompetanseplanlegging; 260 deltakere.",
     "Evaluering sendt ut", 90000, None, ARR),
]


def _macro_enabled(data: bytes) -> bytes:
    return data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")


def build(out) -> list[dict]:
    import datetime as dt
    wb = openpyxl.Workbook()
    g = wb.active
    g.title = "Veiledning"
    g["A1"] = "Slik fyller du ut"
    g["A1"].font = Font(size=13, bold=True)
    g["A3"] = "Ett tiltak per rad på arket «Tiltak». Velg tiltakstype fra nedtrekkslisten."
    g["A4"] = "Delmål oppgis med nummer fra Nasjonal kompetansepolitisk strategi (1.1–3.6)."
    g["A5"] = "Kolonnene Intern kommentar og Budsjett skjules før rapporten sendes."
    g["A7"] = "Tiltakstyper i Spekter"
    g["A7"].font = Font(bold=True)
    for i, k in enumerate(KINDS):
        g.cell(row=8 + i, column=1, value=k)
    g.column_dimensions["A"].width = 80
    ws = wb.create_sheet("Tiltak")
    wb.active = 1
    ws["A1"] = "Spekter – tiltak innen kompetanse og utdanning 2083"
    ws["A1"].font = Font(size=14, bold=True, color="00557F")
    ws["A2"] = "Versjon til Kompetansepolitisk råd"
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Løpenr.", "Tiltakets navn", "Delmål (nr.)", "Tiltakstype Spekter", "Ansvarlig enhet",
            "Samarbeidspartnere", "Kort om tiltaket", "Intern kommentar", "Budsjett (kr)"]
    thin = Side(style="thin", color="8EA9DB")
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00557F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    dv = DataValidation(type="list", formula1=f"=Veiledning!$A$8:$A${7 + len(KINDS)}", allow_blank=True)
    ws.add_data_validation(dv)
    rows = []
    for k, (name, dm, kind, ans, med, txt, com, bud, seed, ty) in enumerate(ROWS):
        r = 5 + k
        for i, v in enumerate([k + 1, name, dm, kind, ans, med or None, txt, com or None, bud], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if i == 9 and v is not None:
                c.number_format = "# ##0"
        dv.add(f"D{r}")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    for col, w in zip("ABCDEFGHI", [8, 38, 11, 20, 18, 26, 60, 22, 14]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["H"].hidden = True
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "C5"
    wb.properties.creator = "Eirik Nygaard"
    wb.properties.lastModifiedBy = "Eirik Nygaard"
    wb.properties.created = dt.datetime(2084, 1, 13, 8, 0, 0)
    wb.properties.modified = dt.datetime(2084, 1, 16, 10, 20, 0)
    wb.save(str(out / FILENAME))
    normalise_ooxml(out / FILENAME, extra={"[Content_Types].xml": _macro_enabled})
    return rows


def text(path) -> str:
    return xlsx_text(path)
