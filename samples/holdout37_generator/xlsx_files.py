"""NHO final report as an Excel workbook: instructions, hidden example row, notes, lookup and archive sheets."""
from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .common import FIXED_DT, Row, pin_zip

NHO_FILE = "NHO_tiltaksrapport_2057_endelig.xlsx"
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]
NHO = [
    # seed, delmål, name, besk, type in sheet, truth type, ansvarlig, partnere, status, note
    ("M01", 1.1, "Representasjon i KBU",
     "NHO er representert i KBU ved sjeføkonomen og bidrar med data fra NHOs kompetansebarometer.",
     "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "NHO Arbeidsliv", "", "Løpende", None),
    ("J01", 2.4, "KOMPASS (verft)",
     "Partsprosjekt med LO som kobler verftenes kompetansebehov til fagskole- og høgskoletilbud. "
     "14 verft deltar.", "Prosjekt", "Prosjekt", "Norsk Industri", "LO, Fellesforbundet",
     "Pågår (2056–2058)", ("C", "Avstemt med LO 10.11. Samme prosjekt som LO rapporterer.")),
    ("R107", 2.3, "Opplæring av NHOs representanter i SRY og de faglige rådene",
     "Todagers skolering for nye representanter om rollen, tilbudsstrukturen og hvordan bransjenes "
     "behov fremmes.", "Kurs/utdanning", "Kurs/utdanning", "NHO Kompetanse", "", "Gjennomført", None),
    ("R108", 2.4, "KOMPASS 2 – forprosjekt havbruk",
     "Ny fase: NHO Sjømat vurderer å overføre KOMPASS-modellen til havbruksnæringen. Forprosjektet "
     "startet høsten 2057.", "Prosjekt", "Prosjekt", "NHO Sjømat", "NTNU Samfunnsforskning",
     "Forprosjekt", ("D", "Egen finansiering, ikke en del av partsprosjektet.")),
    ("R109", 2.2, "NHOs kompetansebarometer 2057",
     "Årlig undersøkelse blant medlemsbedriftene om kompetansebehov og udekket behov for fagarbeidere.",
     "FoU", "FoU", "NHO Analyse", "NIFU", "Publisert juni", None),
    ("R110", 2.5, "Fagbrev på jobb – reiseliv",
     "Ansatte i hotell og restaurant tar fagbrev som praksiskandidater med veiledning fra arbeidsgiver.",
     None, "Kurs/utdanning", "NHO Reiseliv", "Fylkeskommunene", "Pågår",
     ("E", "Usikker på type – sekretariatet kan sette riktig kategori.")),
]
ARCHIVE = [
    (2.2, "NHOs kompetansebarometer 2056", "FoU", "NHO Analyse"),
    (2.4, "Bransjeprogram for industrien (avsluttet)", "Kurs/utdanning", "Norsk Industri"),
    (1.1, "Representasjon i KBU", "Råd/utvalg/nettverk", "NHO Arbeidsliv"),
]
DELMAL_SHORT = [
    ("1.1", "Kompetansebehovsutvalget (KBU)"), ("1.2", "Regionalt folkevalgt nivås rolle"),
    ("1.3", "Karriereveiledning"), ("1.4", "Samarbeid utdanning–arbeidsliv"),
    ("2.1", "Digital kompetanse"), ("2.2", "Kunnskap om læring i arbeidslivet"),
    ("2.3", "Karrieremuligheter i yrkesfag"), ("2.4", "Koble kompetansebehov til EVU-tilbud"),
    ("2.5", "Dokumentasjon av kompetanse fra arbeidslivet"), ("2.6", "Godkjenning av utenlandsk utdanning"),
    ("3.1", "Fleksibel opplæring for voksne"), ("3.2", "Kompetansepluss"),
    ("3.3", "Opplæring i arbeidsmarkeds- og integreringspolitikken"), ("3.4", "Kvalifisering av innvandrere"),
    ("3.5", "NAVs opplæringstilbud"), ("3.6", "Opplæring i frivillig sektor"),
]
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
WRAP = Alignment(wrap_text=True, vertical="top")


def build_nho_final(out: str) -> list[Row]:
    wb = Workbook()
    wb.properties.creator = "NHO Kompetanse"
    wb.properties.lastModifiedBy = "NHO Kompetanse"
    wb.properties.title = "NHO tiltak 2057"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT

    ins = wb.active
    ins.title = "Veiledning"
    lines = ["Veiledning til rapporteringsmalen",
             "1. Før opp ett tiltak per rad i arket «Tiltak 2057».",
             "2. Oppgi delmål med kode (se arket «Delmål»).",
             "3. Velg type fra nedtrekkslisten. La feltet stå tomt hvis dere er usikre.",
             "4. Ikke slett eksempelraden (den er skjult).",
             "5. Send utfylt mal til sekretariatet innen 15. november 2057."]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t).font = Font(bold=(i == 1), size=12 if i == 1 else 11)
    ins.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Tiltak 2057")
    ws["A1"] = "NHO – tiltak under Nasjonal kompetansepolitisk strategi 2057"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Sist oppdatert: 14.11.2057 (endelig versjon – erstatter utkast v0.3)"
    ws["A2"].font = Font(italic=True, color="666666")
    heads = ["Nr", "Delmål (kode)", "Tiltakets navn", "Kort om tiltaket", "Type tiltak",
             "Ansvarlig enhet", "Partnere", "Status", "Intern merknad"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
    example = [0, "x.x", "Eksempel: Navn på tiltaket", "Beskriv tiltaket kort (maks 300 tegn)",
               "Velg fra liste", "Enhet i NHO-fellesskapet", "Eventuelle partnere", "Status", ""]
    for c, v in enumerate(example, start=1):
        ws.cell(row=5, column=c, value=v).font = Font(italic=True, color="808080")
    ws.row_dimensions[5].hidden = True
    rows: list[Row] = []
    for i, (seed, dm, name, besk, own, typ, ans, sam, status, note) in enumerate(NHO, start=1):
        r = 5 + i
        vals = [i, dm, name, besk, own, ans, sam or None, status,
                "Sjekket KHT" if i % 2 else None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
        ws.cell(row=r, column=2).number_format = "0.0"
        if note:
            col, text = note
            ws[f"{col}{r}"].comment = Comment(text, "KHT", width=260, height=80)
        rows.append(Row(NHO_FILE, "NHO", name, seed, f"{dm:.1f}", typ, ans, sam, besk))
    dv = DataValidation(type="list", formula1='"' + ",".join(TYPES) + '"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E6:E{5 + len(NHO) + 10}")
    for col, w in zip("ABCDEFGHI", [5, 10, 34, 60, 20, 18, 22, 16, 16]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "A5"

    dl = wb.create_sheet("Delmål")
    dl.append(["Kode", "Delmål (forkortet)"])
    for k, t in DELMAL_SHORT:
        dl.append([k, t])
    dl.column_dimensions["B"].width = 55

    ar = wb.create_sheet("2056 (arkiv)")
    ar.append(["Delmål", "Tiltak", "Type", "Ansvarlig"])
    for row in ARCHIVE:
        ar.append(list(row))
    ar.sheet_state = "hidden"
    wb.active = 1
    path = os.path.join(out, NHO_FILE)
    wb.save(path)
    pin_zip(path)
    return rows
