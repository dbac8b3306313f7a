"""Excel workbooks."""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from .common import FIXED_DT, Result, normalize_zip, truth

_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="FFD9D9D9")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# --------------------------------------------------------------------------
# 3. NHO: front sheet, tiltak sheet with letter codes, code key sheet, notes sheet

def nho(outdir):
    fn = "NHO_tiltak_KPR_2052.xlsx"
    member = "NHO"
    items = [
        ("Medlem av KBU", "dm 1.1", "R", "NHO sentralt", "",
         "NHO er representert i Kompetansebehovsutvalget med én fast representant og én vara.",
         "M01", "1.1", "Råd/utvalg/nettverk"),
        ("Medlemskap i Samarbeidsrådet for yrkesopplæring", "dm 2.3", "R", "NHO Kompetanse",
         "Landsforeningene",
         "NHO og landsforeningene har til sammen 38 plasser i SRY og de faglige rådene.",
         "M02", "2.3", "Råd/utvalg/nettverk"),
        ("NHO Nordland i Kompetanseforum Nordland", "dm 1.2", "R", "NHO Nordland",
         "Nordland fylkeskommune, LO Nordland, NAV Nordland",
         "Regionalt partnerskap for kompetanse som ledes av fylkeskommunen.",
         "M09", "1.2", "Råd/utvalg/nettverk"),
        ("NHOs og LOs Læringsmonitor 2052", "dm 2.2", "F", "NHO Analyse", "LO, Fafo",
         "Årlig undersøkelse av opplæring og læring i medlemsbedriftene.",
         "M10", "2.2", "FoU"),
        ("Kompetanseløft", "dm 2.1", "K", "NHO Service og Handel", "Fagskolen Oslo",
         "Kortkurs i digital sikkerhet og automatisering for ansatte i små og mellomstore "
         "medlemsbedrifter. 22 kurs i 2052.", "N305", "2.1", "Kurs/utdanning"),
        ("Kampanjen «Ta inn en lærling»", "dm 2.3", "I", "NHO Kommunikasjon", "",
         "Kampanje rettet mot bedrifter som i dag ikke er lærebedrifter.",
         "N306", "2.3", "Informasjon"),
    ]
    wb = Workbook()
    _props(wb, "NHO tiltak 2052", "NHO")
    ws = wb.active
    ws.title = "Forside"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Rapporteringsår:"
    ws["B3"] = 2052
    ws["A4"] = "Kontakt:"
    ws["B4"] = "Avdeling for kompetanse og arbeidsliv"
    ws["A5"] = "Innsendt:"
    ws["B5"] = "17.01.2053"
    ws["A7"] = ("Se arket «Tiltak» for oversikten og arket «Koder» for forklaring av "
                "typekodene.")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Tiltak")
    ws["A1"] = "Tiltak 2052"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Løpenr", "Tiltak", "Delmål", "Typekode", "Ansvarlig enhet", "Samarbeid med",
               "Beskrivelse"]
    for col, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=col, value=h)
        c.font = _BOLD
        c.fill = _HEAD_FILL
    rows = []
    for i, (name, dm_txt, code, ansv, partners, desc, seed, dm, typ) in enumerate(items, 1):
        r = 3 + i
        for col, v in enumerate([i, name, dm_txt, code, ansv, partners or None, desc], 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = _WRAP
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, desc))
    ws.cell(row=4 + len(items), column=1, value="Antall tiltak:").font = _BOLD
    ws.cell(row=4 + len(items), column=2, value=len(items))
    for col, w in zip("ABCDEFG", [8, 42, 9, 10, 22, 34, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Koder")
    ws.append(["Typekode", "Forklaring"])
    ws["A1"].font = _BOLD
    ws["B1"].font = _BOLD
    for row in [("F", "Forskning og utvikling, analyse"), ("K", "Kurs og utdanning"),
                ("R", "Råd, utvalg og nettverk"), ("P", "Prosjekt"),
                ("I", "Informasjon og kommunikasjon"),
                ("A", "Arrangement (konferanse, seminar, messe)")]:
        ws.append(list(row))
    ws.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Merknader")
    ws["A1"] = "Merknader"
    ws["A1"].font = _BOLD
    ws["A2"] = "Løpenr 4 videreføres i 2053 med samme metode."
    ws["A3"] = "Deltakertall er foreløpige per 15. januar 2053."
    ws["A4"] = "Delmål er oppgitt med kode fra strategien (dm = delmål)."
    ws.column_dimensions["A"].width = 70
    wb.active = 1
    path = os.path.join(outdir, fn)
    wb.save(path)
    normalize_zip(path)
    return Result(fn, member, "XLSX, four sheets (front page, Tiltak, Koder, Merknader); type "
                  "as letter code, delmål as \"dm 1.1\"", rows)


# --------------------------------------------------------------------------
# 13. VOFO: one report sheet with title block and Roman-numeral goal codes, key sheet

def vofo(outdir):
    fn = "VOFO_rapport_2052.xlsx"
    member = "VOFO"
    items = [
        ("III-6", "Frivillig læring-dagen 2052", "fagdag", "VOFO", "Virke",
         "Felles fagdag med Virke om læring i frivillige organisasjoner.",
         "M12", "3.6", "Arrangement"),
        ("III-4", "Norsk i frivilligheten", "kurs", "Studieforbundene", "IMDi",
         "Språkkafeer og norskkurs i regi av studieforbundene, 4 100 deltakere.",
         "O1302", "3.4", "Kurs/utdanning"),
        ("III-6", "Kartlegging av læring i frivillige organisasjoner", "utredning", "VOFO",
         "Senter for forskning på sivilsamfunn og frivillig sektor",
         "Undersøkelse av hvilken opplæring frivillige får gjennom organisasjonene.",
         "O1303", "3.6", "FoU"),
        ("III-2", "Nettverk for studieforbund med opplæring i grunnleggende ferdigheter",
         "nettverk", "VOFO", "",
         "Erfaringsdeling mellom studieforbund som har tilskudd fra Kompetansepluss frivillighet.",
         "O1304", "3.2", "Råd/utvalg/nettverk"),
        ("III-6", "Digital hverdag", "kurs", "Folkeuniversitetet", "Seniornett",
         "Kurs i digitale ferdigheter for voksne med lite digital erfaring.",
         "O1305", "3.6", "Kurs/utdanning"),
    ]
    wb = Workbook()
    _props(wb, "VOFO rapport 2052", "VOFO")
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Voksenopplæringsforbundet (VOFO)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tiltak rapportert til Kompetansepolitisk råd – 2052"
    ws["A2"].font = Font(italic=True)
    headers = ["Mål", "Tiltak", "Form", "Ansvarlig", "I samarbeid med", "Om tiltaket"]
    for col, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=col, value=h)
        c.font = _BOLD
        c.fill = PatternFill("solid", fgColor="FFFCE4D6")
    rows = []
    for i, (goal, name, form, ansv, partners, desc, seed, dm, typ) in enumerate(items):
        r = 5 + i
        for col, v in enumerate([goal, name, form, ansv, partners or None, desc], 1):
            ws.cell(row=r, column=col, value=v).alignment = _WRAP
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, desc))
    for col, w in zip("ABCDEF", [7, 48, 11, 20, 34, 62]):
        ws.column_dimensions[col].width = w
    ws.cell(row=5 + len(items) + 1, column=1,
            value="Se fanen «Forklaring» for koder i Mål-kolonnen.").font = Font(italic=True,
                                                                               size=9)
    ws = wb.create_sheet("Forklaring")
    lines = [
        "Mål-kolonnen: romertall for innsatsområdet, deretter nummeret på delmålet.",
        "I = Gode valg for den enkelte og for samfunnet",
        "II = Læring i arbeidslivet",
        "III = Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
        "Eksempel: III-6 = delmål 3.6 Læring i frivillig sektor.",
        "Form: fagdag, kurs, nettverk, utredning.",
    ]
    for i, line in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=line)
    ws.column_dimensions["A"].width = 80
    path = os.path.join(outdir, fn)
    wb.save(path)
    normalize_zip(path)
    return Result(fn, member, "XLSX, report sheet under a title block, goals as Roman numeral "
                  "codes (III-6) with key sheet", rows)
