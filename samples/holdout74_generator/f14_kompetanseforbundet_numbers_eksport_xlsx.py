"""Kompetanseforbundet: a Numbers document exported to Excel on a Mac («Eksporter til → Excel» with the summary sheet
on): the first sheet «Eksportsammendrag» holds Numbers' note about the export and a small table that maps the Numbers
sheet and table names to the worksheet names; the measures are on the worksheet «Ark 1 - Tiltak 2094» (Numbers sheet
«Ark 1», table «Tiltak 2094»), in Helvetica Neue, with the header in row 1 and no title. The FSR seat is an observer
seat. A certification scheme postponed to the autumn of 2095 is told only in words."""
from __future__ import annotations

import io

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import _CORE_DATE, ARR, INFO, KURS, RAD, repackage, row, xlsx_text

FILENAME = "Kompetanseforbundet tiltak 2094.xlsx"
MEMBER = "Kompetanseforbundet"
FORMAT = ("XLSX shaped like Apple Numbers' «Eksporter til → Excel» with the summary sheet: written with openpyxl, "
          "then repackaged without docProps/app.xml; two sheets «Eksportsammendrag» and «Ark 1 - Tiltak 2094», "
          "Helvetica Neue; fixed zip timestamps")
SHAPE = ("Numbers export: sheet «Eksportsammendrag» (Numbers' note that each table became a worksheet, and a table "
         "Numbers-arknavn / Numbers-tabellnavn / Excel-regnearknavn with one row «Ark 1 | Tiltak 2094 | Ark 1 - "
         "Tiltak 2094»), then the worksheet «Ark 1 - Tiltak 2094» with the header in row 1 Navn / Om tiltaket / "
         "Delmål / Hva slags / Hvem / Partnere and no title; delmål as a plain code; Kompetanseforbundet's kind words "
         "(Observatørplass, Videreutdanning, Fagsamling, Nettkurs, Podkast, Sertifisering); the FSR seat "
         "«Observatørplass i Nasjonalt fagskoleråd»; a certification scheme postponed to the autumn of 2095 told only "
         "in words")
NOT_TRUTH = ("the sheet «Eksportsammendrag», the header, the Delmål and Hva slags cells, row 7 'Sertifiseringsordning "
             "for karriereveiledere' (postponed to the autumn of 2095)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Navn", "Om tiltaket", "Delmål", "Hva slags", "Hvem", "Partnere"]
KF = "Kompetanseforbundet"
# name, om, dm, slags, hvem, partnere, seed, type
ROWS = [
    ("Observatørplass i Nasjonalt fagskoleråd",
     "Kompetanseforbundet har observatørstatus i rådet og møtte på tre av fire møter. Vi tok opp veiledning av voksne "
     "fagskolestudenter.", "2.4", "Observatørplass", KF, "", "M04", RAD),
    ("Veilederløftet",
     "Kompetanseforbundet har det faglige ansvaret for den felles videreutdanningen i karriereveiledning. Første kull "
     "på 110 veiledere fullførte høstsemesteret.", "1.3", "Videreutdanning", KF,
     "VOFO, Høgskulen på Vestlandet, fylkeskommunene", "J04", KURS),
    ("Fagsamling om karriereveiledning for seniorer",
     "Fagsamling i Oslo i april for 90 veiledere om veiledning av arbeidstakere over 55 år.", "1.3", "Fagsamling", KF,
     "Senter for seniorpolitikk", None, ARR),
    ("Nettkurs for nye veiledere i voksenopplæringen",
     "Nettkurs i fire moduler om veiledning av voksne innvandrere. 210 deltakere.", "3.4", "Nettkurs", KF, "", None,
     KURS),
    ("Podkasten «Voksne som lærer»",
     "Ti episoder om voksnes læring i frivilligheten og på jobben. 18 000 avspillinger.", "3.6", "Podkast", KF, "",
     None, INFO),
    ("Sertifiseringsordning for karriereveiledere",
     "Ordningen er utsatt til høsten 2095.", "1.3", "Sertifisering", KF, "", "", None),
]
NOTE = ("Dette dokumentet ble eksportert fra Numbers. Hver tabell ble konvertert til et Excel-regneark. Alle andre "
        "objekter på hvert Numbers-ark ble plassert på separate regneark. Vær oppmerksom på at formelberegninger kan "
        "være annerledes i Excel.")


def build(out) -> list[dict]:
    import datetime as _dt
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Eksportsammendrag"
    hn = "Helvetica Neue"
    sm["A1"] = NOTE
    sm["A1"].font = Font(name=hn, size=10)
    sm["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    sm.merge_cells("A1:C1")
    sm.row_dimensions[1].height = 60
    for i, h in enumerate(["Numbers-arknavn", "Numbers-tabellnavn", "Excel-regnearknavn"], 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(name=hn, size=10, bold=True)
    for i, v in enumerate(["Ark 1", "Tiltak 2094", "Ark 1 - Tiltak 2094"], 1):
        sm.cell(row=4, column=i, value=v).font = Font(name=hn, size=10)
    for col, w in zip("ABC", [28, 28, 28]):
        sm.column_dimensions[col].width = w
    ws = wb.create_sheet("Ark 1 - Tiltak 2094")
    thin = Side(style="thin", color="A5A5A5")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(name=hn, size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="DBDBDB")
        c.border = border
    rows = []
    for k, (name, om, dm, slags, hvem, med, seed, ty) in enumerate(ROWS, 2):
        vals = [name, om, dm, slags, hvem, med]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=k, column=i, value=v if v != "" else None)
            c.font = Font(name=hn, size=10)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, med, om))
    for col, w in zip("ABCDEF", [34, 58, 8, 16, 20, 32]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Sigrid Vold"
    wb.properties.lastModifiedBy = "Sigrid Vold"
    wb.properties.created = _dt.datetime(2095, 1, 16, 14, 2, 11)
    wb.properties.modified = _dt.datetime(2095, 1, 16, 14, 2, 11)
    buf = io.BytesIO()
    wb.save(buf)
    core = {"docProps/core.xml": lambda d: _CORE_DATE.sub(rb"\g<1>2095-01-16T14:02:11Z\g<3>", d)}
    (out / FILENAME).write_bytes(repackage(buf.getvalue(), drop=("docProps/app.xml",), patch=core))
    return rows


def text(path) -> str:
    return xlsx_text(path)
