"""Regjeringen: KD's collation workbook. The ministries filled in one sheet each, each in its own way (own title
block, own column names, header on different rows); KD's first sheet only tracks who has answered. The responsible
ministry is given only by the sheet (tab name and title), never in a column."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Regjeringen_innspill_fra_departementene_KPR_2079.xlsx"
MEMBER = "Regjeringen"
FORMAT = "XLSX (openpyxl), four sheets, fills and wrap, zip normalised"
SHAPE = ("ministry collation workbook: sheet 'Status' (KD's tracking of which ministry has answered: Departement / "
         "Kontaktpunkt / Mottatt / Antall tiltak / Merknad – no measures), then one sheet per ministry ('KD', 'ASD', "
         "'HOD') filled in by that ministry with its own title block, its own column names and the header on a "
         "different row (KD: Tiltak / Delmål / Type tiltak / Samarbeidspartnere / Kort beskrivelse / Status; ASD: "
         "Navn på tiltaket / Mål i strategien / Virkemiddel / Hvem samarbeider vi med / Hva er gjort i 2079; HOD: "
         "Strategikobling / Tiltak / Form / Omtale / Samarbeid); the responsible ministry is only the sheet")
NOT_TRUTH = ("the whole 'Status' sheet (ministry names, contact points, counts and the remark 'KDD: ingen tiltak å "
             "melde for 2079'), the title blocks and header rows, KD's row 'Fagskoleløftet' (Status 'Avsluttet "
             "2078'), ASD's row 'Ny tiltakspakke for inkluderingsdugnaden' (its text says it starts in 2080)")

KD = [  # name, delmål, type word, partners, text, status, seed, type
    ("Nasjonalt forum for karriereveiledning", "1.3", "Forum", "HK-dir, partene i arbeidslivet, fylkeskommunene",
     "Forumet hadde tre møter og la fram en anbefaling om felles kompetansekrav for karriereveiledere i "
     "karrieresentrene.", "Løpende", "M03", RAD),
    ("Kompetansebehovsutvalget (KBU)", "1.1", "Utvalg", "ASD, hovedorganisasjonene",
     "Utvalget leverte i juni rapporten om kompetansebehov i grønn omstilling. KD leder utvalget; HK-dir er "
     "sekretariat.", "Løpende", "M04", RAD),
    ("Evaluering av Kompetansebehovsutvalget", "1.1", "Evaluering", "Oslo Economics",
     "Ekstern evaluering av hvordan utvalgets analyser brukes i departementene og fylkeskommunene. Sluttrapport "
     "november 2079.", "Gjennomført", None, FOU),
    ("Karrierekompasset – nettverktøy for voksne", "1.3", "Digitalt verktøy", "ASD, Virke, Kompetanseforbundet",
     "Karrierekompasset ble lansert på karriereveiledning.no i mars; 41 000 brukere har tatt testen.",
     "Gjennomført", "J02", INFO),
    ("Fagskoleløftet", "1.4", "Tilskuddsordning", "Fagskolene", "Ordningen ble faset ut i 2078.",
     "Avsluttet 2078", "", None),
]
ASD = [  # name, goal, virkemiddel, partners, text, seed, delmål, type
    ("Forsøk med modulbasert fagopplæring for arbeidssøkere", "3.5 NAVs opplæringstilbud", "Forsøk",
     "Arbeids- og velferdsdirektoratet, fylkeskommunene",
     "Forsøket i seks fylker lar arbeidssøkere ta fagbrev modul for modul mens de får dagpenger eller AAP; 380 "
     "deltakere i 2079.", None, "3.5", PROSJEKT),
    ("Norskopplæring i bedrift for flyktninger", "3.4 Norskopplæring og kvalifisering", "Tilskudd",
     "IMDi, NHO, LO",
     "Tilskudd til 90 bedrifter som gir nyansatte flyktninger norskopplæring i arbeidstiden.", None, "3.4", KURS),
    ("Ny tiltakspakke for inkluderingsdugnaden", "3.3 Arbeidslivet som læringsarena", "Tiltakspakke",
     "partene", "Utformes høsten 2079, iverksettes fra 1. januar 2080.", "", "", None),
]
HOD = [  # goal, name, form, text, partners, seed, delmål, type
    ("2.4 Koble kompetansebehov til EVU", "Nasjonal fagdag om kompetanse i helse- og omsorgstjenestene", "Fagdag",
     "Fagdag i Trondheim 5. november med 420 deltakere fra kommuner og helseforetak om hvordan ansatte kan ta "
     "videreutdanning ved siden av jobb.", "KS, Spekter, Helsedirektoratet", None, "2.4", ARR),
]

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


def _sheet(ws, title_lines, header, data, first_row, fill, widths):
    for i, t in enumerate(title_lines, 1):
        ws.cell(row=i, column=1, value=t).font = TITLE if i == 1 else Font(italic=True)
    for j, h in enumerate(header, 1):
        c = ws.cell(row=first_row, column=j, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = WRAP
    for i, vals in enumerate(data, first_row + 1):
        for j, v in enumerate(vals, 1):
            ws.cell(row=i, column=j, value=v).alignment = WRAP
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    st = wb.active
    st.title = "Status"
    _sheet(st, ["Rapportering til Kompetansepolitisk råd 2079 – innspill fra departementene",
                "Samlet av KD, avdeling for kompetansepolitikk. Frist for innspill: 8. januar 2080."],
           ["Departement", "Kontaktpunkt", "Mottatt", "Antall tiltak", "Merknad"],
           [["KD", "Avd. for kompetansepolitikk", "06.01.2080", 4, "Fagskoleløftet står med for ordens skyld"],
            ["ASD", "Arbeidsmarkedsavdelingen", "08.01.2080", 2, "Tiltakspakken er fra 2080"],
            ["HOD", "Kommunetjenesteavdelingen", "09.01.2080", 1, ""],
            ["KDD", "Regionalavdelingen", "08.01.2080", 0, "KDD: ingen tiltak å melde for 2079"]],
           4, "D9D9D9", [14, 28, 12, 13, 44])
    rows = []
    ws = wb.create_sheet("KD")
    _sheet(ws, ["Innspill fra Kunnskapsdepartementet", "Utfylt av avdeling for kompetansepolitikk, januar 2080"],
           ["Tiltak", "Delmål", "Type tiltak", "Samarbeidspartnere", "Kort beskrivelse", "Status"],
           [[n, d, tw, p, t, s] for n, d, tw, p, t, s, _seed, _ty in KD], 4, "BDD7EE", [40, 8, 16, 32, 60, 14])
    for n, d, _tw, p, t, _s, seed, ty in KD:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, d, ty, "KD", p, t))
    ws = wb.create_sheet("ASD")
    _sheet(ws, ["ASD – tiltak i kompetansepolitikken 2079", "", "Kontakt: Arbeidsmarkedsavdelingen",
                "Fylles ut ett tiltak per rad."],
           ["Navn på tiltaket", "Mål i strategien", "Virkemiddel", "Hvem samarbeider vi med", "Hva er gjort i 2079"],
           [[n, g, v, p, t] for n, g, v, p, t, *_r in ASD], 6, "FCE4D6", [44, 30, 14, 34, 62])
    for n, _g, _v, p, t, seed, d, ty in ASD:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, d, ty, "ASD", p, t))
    ws = wb.create_sheet("HOD")
    _sheet(ws, ["HOD"], ["Strategikobling", "Tiltak", "Form", "Omtale", "Samarbeid"],
           [[g, n, f, t, p] for g, n, f, t, p, *_r in HOD], 3, "E2EFDA", [30, 44, 10, 62, 34])
    for _g, n, _f, t, p, seed, d, ty in HOD:
        rows.append(row(FILENAME, MEMBER, n, seed, d, ty, "HOD", p, t))
    save_xlsx(wb, out / FILENAME, "Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return xlsx_text(path)
