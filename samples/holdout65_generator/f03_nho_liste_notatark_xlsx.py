"""NHO: an ordinary Excel list. A three-line title block, the header on row 5 in NHO's words (Aktivitet / Formål i
strategien / Virkemiddel / Eier i NHO-fellesskapet / Partnere / Status og resultater 2085). The goal is a paraphrase
only, never a code; the kind is NHO's own word (Påvirkning i råd, Kartlegging, Kompetanseprogram, Pilot,
Næringslivsdag, Studiereise); partners are written as running text in their cell («Virke og YS, med NIFU som
utfører»). The RSA seat is named by the council's meetings at the university. The trap is NHO Vestland's own extra
sample for the joint survey. Two rows are outside 2085 only by words in the status text. A second sheet «Notater»
holds the member's notes."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO_kompetansetiltak_2085.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, title block, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: a title block in rows 1–3 («Utfylt av …»), header on row 5 Aktivitet / Formål i "
         "strategien / Virkemiddel / Eier i NHO-fellesskapet / Partnere / Status og resultater 2085; the goal only as "
         "NHO's paraphrase («Få flere til å velge fag- og yrkesopplæring»), no codes; NHO's kind words (Påvirkning i "
         "råd, Kartlegging, Kompetanseprogram, Pilot, Næringslivsdag, Studiereise); partners as running text in the "
         "cell («Virke og YS, med NIFU som utfører»); the RSA seat named «Rådsmøtene ved Nord universitet»; two rows "
         "outside 2085 only by words in the status text; a sheet «Notater» with the member's notes")
NOT_TRUTH = ("the title block, the header, the Formål and Virkemiddel cells, row 12 'Næringslivsdag på Fagskolen Oslo' "
             "(held in March of the previous year), row 13 'Kompetansereiser for små bedrifter' (first trip in the "
             "spring of 2086 at the earliest), the sheet «Notater»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Aktivitet", "Formål i strategien", "Virkemiddel", "Eier i NHO-fellesskapet", "Partnere",
        "Status og resultater 2085"]

G_YRKES = "Få flere til å velge fag- og yrkesopplæring"
G_UH = "Bedre kobling mellom universiteter og bedrifter"
G_VITE = "Vite mer om kompetansebehovene i bedriftene"
G_EVU = "Etter- og videreutdanning som bedriftene etterspør"

# name, goal, virkemiddel, eier, partner text (as written), partners (truth), status, seed, dm, type
ROWS = [
    ("Faglig råd for restaurant- og matfag", G_YRKES, "Påvirkning i råd", "NHO Mat og Drikke", "", "",
     "NHO Mat og Drikke har to av arbeidsgiverplassene i rådet under SRY. Rådet foreslo en ny struktur for "
     "matfagene og fikk gjennomslag for flere læreplasser i kokkfaget.", "M01", "2.3", RAD),
    ("Rådsmøtene ved Nord universitet (RSA)", G_UH, "Påvirkning i råd", "NHO Nordland", "", "",
     "Fire møter i universitetets råd for samarbeid med arbeidslivet. NHO Nordland tok opp behovet for "
     "ingeniører med havbruksfag og fikk med et nytt praksisemne i bachelorutdanningen.", "M02", "1.4", RAD),
    ("Kompetansemonitoren 2085", G_VITE, "Kartlegging", "NHO Analyse", "Virke og YS, med NIFU som utfører",
     "Virke, YS, NIFU",
     "Felles spørreundersøkelse til 6 100 virksomheter om kompetansebehov og opplæring. Resultatene kom i november: "
     "sju av ti virksomheter mangler folk med fagbrev, og halvparten bruker KI i opplæringen.", "J03", "2.2", FOU),
    ("Kompetansemonitoren – tilleggsutvalg for Vestland", G_VITE, "Kartlegging", "NHO Vestland",
     "Vestland fylkeskommune", "Vestland fylkeskommune",
     "NHO Vestland betalte for et ekstra utvalg på 900 bedrifter i fylket for å få tall for hver region. "
     "Tilleggsutvalget er NHO Vestlands eget og er ikke en del av den nasjonale monitoren.", None, "2.2", FOU),
    ("Bransjeprogram for industrien – korte moduler", G_EVU, "Kompetanseprogram", "Norsk Industri",
     "Fellesforbundet og fagskolene", "Fellesforbundet, fagskolene",
     "Korte moduler i automatisering, hydraulikk og elektrifisering for operatører i industrien. 31 moduler ble "
     "gjennomført med til sammen 740 deltakere.", None, "2.4", KURS),
    ("Lærlingpiloten i Finnmark", G_YRKES, "Pilot", "NHO Arktis",
     "Finnmark fylkeskommune og Nav Finnmark", "Finnmark fylkeskommune, Nav Finnmark",
     "Bedrifter som ikke har hatt lærlinger før, får hjelp til å ta inn sin første lærling. 23 nye lærebedrifter "
     "kom med i 2085.", None, "2.3", PROSJEKT),
    ("Næringslivsdag på Fagskolen Oslo", G_UH, "Næringslivsdag", "NHO Oslo og Akershus", "Fagskolen Oslo", "",
     "Ble arrangert i forrige rapporteringsperiode (mars i fjor) og er ikke gjentatt.", "", "", None),
    ("Kompetansereiser for små bedrifter", G_EVU, "Studiereise", "NHO Kompetanse og utdanning", "", "",
     "Planlagt. Første reise går når finansieringen er på plass, tidligst våren 2086.", "", "", None),
]
NOTES = [
    ("Notater fra NHO Kompetanse og utdanning",),
    ("1. Kompetansemonitoren rapporteres også av Virke og YS. NHO har hatt prosjektledelsen.",),
    ("2. Tall for antall deltakere er foreløpige per 10.01.2086.",),
    ("3. Landsforeningenes egne kurs er ikke tatt med, bortsett fra bransjeprogrammet i Norsk Industri.",),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aktiviteter"
    ws["A1"] = "NHO-fellesskapet – aktiviteter som følger opp Nasjonal kompetansepolitisk strategi"
    ws["A1"].font = Font(bold=True, size=14, color="002060")
    ws["A2"] = "Rapportering for 2085 til Kompetansepolitisk råd"
    ws["A3"] = "Utfylt av: NHO Kompetanse og utdanning, 15.01.2086"
    ws["A2"].font = ws["A3"].font = Font(size=10, color="595959")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, goal, virk, eier, ptxt, ptruth, status, seed, dm, ty) in enumerate(ROWS, 6):
        for j, v in enumerate([name, goal, virk, eier, ptxt, status], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, ptruth, status))
    for col, w in zip("ABCDEF", [34, 30, 18, 22, 26, 62]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 5, 5 + len(ROWS))
    ws.freeze_panes = "A6"
    notes = wb.create_sheet("Notater")
    for r in NOTES:
        notes.append(r)
    notes["A1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 100
    save_xlsx(wb, out / FILENAME, "NHO Kompetanse og utdanning")
    return rows


def text(path) -> str:
    return xlsx_text(path)
