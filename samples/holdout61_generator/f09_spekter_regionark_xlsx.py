"""Spekter: a workbook with one sheet for Spekter's own work and one sheet per regional health authority. The
joint Helsefagløftet is on the central sheet and again on three regional sheets with the region's own figures –
one measure, reported four times in the file. Each sheet has its own title row and the same columns; Status tells
a 2080 and a 2082 row apart."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Spekter kompetansetiltak 2081 per region.xlsx"
MEMBER = "Spekter"
FORMAT = "XLSX (openpyxl), five sheets with the same layout, tab colours, zip normalised"
SHAPE = ("one sheet per organisation level: 'Spekter sentralt', 'Helse Nord', 'Helse Midt-Norge', 'Helse Vest', "
         "'Helse Sør-Øst', each with a title row «Kompetansetiltak 2081 – …» and the columns Tiltak / Delmål / "
         "Type / Ansvarlig / Partnere / Beskrivelse / Status; the joint measure appears on the central sheet and "
         "again on three regional sheets with regional figures (one truth row, from the central sheet); own words "
         "for type (Rådsarbeid, Opplæring, Utdanning, Pilot, Kampanje, Analyse)")
NOT_TRUTH = ("the titles and headers, the Status cells, the regional repeats of 'Helsefagløftet' on 'Helse Nord', "
             "'Helse Midt-Norge' and 'Helse Vest' (the same measure as on 'Spekter sentralt'), 'Lederkurs i "
             "kompetanseplanlegging' (Avsluttet 2080) and 'Simuleringssenter for akuttmedisin' (Planlagt 2082)")
SPLIT_FIELDS = ("samarbeidspartnere",)

SP = "Spekter, avdeling for arbeidsgiverpolitikk"
# sheet, tab colour, [(name, dm, type word, ansvarlig, partners, text, status, seed, type)]; seed "" = not truth,
# "rep" = a regional repeat of a measure already counted
SHEETS = [
    ("Spekter sentralt", "1F4E79", [
        ("Kompetansebehovsutvalget", "1.1", "Rådsarbeid", SP, "",
         "Spekter har én av arbeidsgiverplassene i utvalget og bidro med tall om bemanningsbehovet i sykehusene.",
         "Pågår", "M03", RAD),
        ("UHR-Helse og velferd", "1.4", "Rådsarbeid", SP, "",
         "Spekter deltar i UHRs fagstrategiske enhet for helse- og velferdsutdanningene og tok opp behovet for "
         "flere praksisplasser.", "Pågår", "M06", RAD),
        ("Helsefagløftet", "3.1", "Opplæring", "Spekter", "KS, de regionale helseforetakene",
         "Spekter samordner sykehusenes del av løftet: ufaglærte ansatte tar fagbrev som helsefagarbeider mens de "
         "er i jobb. 380 sykehusansatte deltok i 2081.", "Pågår", "J05", KURS),
        ("Lederkurs i kompetanseplanlegging", "2.4", "Opplæring", SP, "", "Siste kull fullførte i juni 2080.",
         "Avsluttet 2080", "", None),
    ]),
    ("Helse Nord", "70AD47", [
        ("Helsefagløftet", "3.1", "Opplæring", "Helse Nord RHF", "UNN, Nordlandssykehuset",
         "95 ansatte i Helse Nord deltok, de fleste i Finnmark.", "Pågår", "rep", None),
        ("Spesialsykepleierutdanning i turnus", "1.4", "Utdanning", "Helse Nord RHF",
         "UiT Norges arktiske universitet",
         "Sykepleiere tar videreutdanning i intensiv- og operasjonssykepleie i kombinerte stillinger; 46 studenter "
         "i 2081.", "Pågår", None, KURS),
    ]),
    ("Helse Midt-Norge", "FFC000", [
        ("Helsefagløftet", "3.1", "Opplæring", "Helse Midt-Norge RHF", "St. Olavs hospital",
         "68 ansatte deltok i Helse Midt-Norge.", "Pågår", "rep", None),
        ("Digitale læringsstier for helsefagarbeidere", "2.1", "Pilot", "Helse Midt-Norge RHF", "Hemit",
         "Pilot ved fire sykehus der helsefagarbeidere følger korte digitale læringsstier i arbeidstiden; 520 "
         "deltakere.", "Pågår", None, PROSJEKT),
    ]),
    ("Helse Vest", "C00000", [
        ("Rekrutteringskampanjen «Bli helsefagarbeider i Vest»", "2.3", "Kampanje", "Helse Vest RHF",
         "Vestland fylkeskommune, Rogaland fylkeskommune",
         "Kampanje i sosiale medier og på ungdomsskoler; søkningen til helse- og oppvekstfag økte med 30 prosent.",
         "Gjennomført", None, INFO),
        ("Helsefagløftet", "3.1", "Opplæring", "Helse Vest RHF", "Helse Bergen, Helse Stavanger",
         "112 ansatte i Helse Vest deltok.", "Pågår", "rep", None),
    ]),
    ("Helse Sør-Øst", "7030A0", [
        ("Kompetanseanalyse for Helse Sør-Øst", "2.2", "Analyse", "Helse Sør-Øst RHF", "Oslo Economics",
         "Regional analyse av behovet for spesialsykepleiere og bioingeniører fram mot 2090.", "Gjennomført", None,
         FOU),
        ("Simuleringssenter for akuttmedisin", "2.4", "Utdanning", "Helse Sør-Øst RHF", "Oslo universitetssykehus",
         "Senteret skal åpne høsten 2082.", "Planlagt 2082", "", None),
    ]),
]

THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    rows = []
    for sheet, colour, items in SHEETS:
        ws = wb.create_sheet(sheet)
        ws.sheet_properties.tabColor = colour
        level = "Spekter" if sheet == "Spekter sentralt" else f"{sheet} RHF"
        ws["A1"] = f"Kompetansetiltak 2081 – {level}"
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Beskrivelse", "Status"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor=colour)
            c.border = BOX
        for i, (name, dm, tw, ans, med, txt, st, seed, ty) in enumerate(items, 4):
            for j, v in enumerate([name, dm, tw, ans, med, txt, st], 1):
                c = ws.cell(row=i, column=j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
        for col, w in zip("ABCDEFG", [40, 8, 13, 30, 30, 64, 15]):
            ws.column_dimensions[col].width = w
    save_xlsx(wb, out / FILENAME, "Spekter")
    return rows


def text(path) -> str:
    return xlsx_text(path)
