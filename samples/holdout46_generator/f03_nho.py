"""03 NHO: XLSX, one sheet with two tables side by side: left "Egne tiltak og
prosjekter" (with delmål code and NHO's own type words), right "Verv i råd og
utvalg" (no delmål, no type; comment column)."""
import os

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

from .common import T, FileResult, save_xlsx

FILENAME = "03_NHO_tiltak_og_verv_2066.xlsx"
MEMBER = "NHO"

LEFT_HDR = ["Tiltak", "Kort beskrivelse", "Delmål", "Type (NHOs betegnelse)", "Ansvarlig", "Partnere"]
LEFT = [
    ("KPA-fag (Kompetansepluss arbeid koblet med fagopplæring)",
     "Forsøk der deltakere i Kompetansepluss arbeid går videre til fagopplæring i bedrift. NHO har "
     "rekruttert 35 medlemsbedrifter.", "3.2", "Forsøk", "NHO Kompetanse", "LO, Kompetanse Norge",
     T("KPA-fag (Kompetansepluss arbeid koblet med fagopplæring)", "J01", "3.2", "Prosjekt")),
    ("Kompetansekartet",
     "Utprøving av modell for å dokumentere kompetanse fra arbeidslivet i bygg, industri og reiseliv.",
     "2.5", "Pilot", "NHO Kompetanse", "Kompetanse Norge, YS",
     T("Kompetansekartet", "J06", "2.5", "Prosjekt")),
    ("Yrkes-NM 2066",
     "Norgesmesterskapet i yrkesfag i Skien 22.–24. september, med 180 deltakere i 38 fag.",
     "2.3", "Konkurranse/arrangement", "WorldSkills Norway", "LO, Vestfold og Telemark fylkeskommune",
     T("Yrkes-NM 2066", "J07", "2.3", "Arrangement")),
    ("EVU-nettverk Industri",
     "Nettverk der industribedrifter, fagskoler og universiteter møtes for å utvikle korte etter- og "
     "videreutdanningstilbud.", "2.4", "Nettverk", "Norsk Industri", "Fagskolen Innlandet, NTNU",
     T("EVU-nettverk Industri", "U0301", "2.4", "Råd/utvalg/nettverk")),
]

RIGHT_HDR = ["Råd/utvalg", "NHOs representasjon", "Kommentar"]
RIGHT = [
    ("Kompetansebehovsutvalget (KBU)", "1 medlem (fagdirektør kompetanse)",
     "NHO har bidratt med data fra Kompetansebarometeret til utvalgets rapport.",
     T("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk")),
    ("SRY", "2 medlemmer, 1 vara",
     "NHO har nestlederen i rådet.",
     T("SRY", "M02", "1.4", "Råd/utvalg/nettverk")),
    ("RSA – NTNU", "1 medlem",
     "Rådet for samarbeid med arbeidslivet ved NTNU; NHO Trøndelag møter.",
     T("RSA – NTNU", "M03", "1.4", "Råd/utvalg/nettverk")),
]


def build(out_dir: str) -> FileResult:
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport 2066"
    bold = Font(bold=True)
    hfill = PatternFill("solid", fgColor="1F3864")
    hfont = Font(bold=True, color="FFFFFF")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteringsår: 2066"
    ws["A3"] = "Utfylt av: NHO Kompetanse, 18.01.2067"

    ws["A5"] = "Egne tiltak og prosjekter"
    ws["A5"].font = bold
    ws["I5"] = "Verv i råd og utvalg"
    ws["I5"].font = bold

    rows = []
    for j, h in enumerate(LEFT_HDR):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font, c.fill, c.border, c.alignment = hfont, hfill, box, wrap
    for i, (name, desc, dm, typ, ansv, part, truth) in enumerate(LEFT):
        vals = [name, desc, dm, typ, ansv, part]
        for j, v in enumerate(vals):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border, c.alignment = box, wrap
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, part, desc
        rows.append(truth)

    for j, h in enumerate(RIGHT_HDR):
        c = ws.cell(row=6, column=9 + j, value=h)
        c.font, c.fill, c.border, c.alignment = hfont, hfill, box, wrap
    for i, (name, rep, comment, truth) in enumerate(RIGHT):
        for j, v in enumerate([name, rep, comment]):
            c = ws.cell(row=7 + i, column=9 + j, value=v)
            c.border, c.alignment = box, wrap
        truth.beskrivelse = comment
        rows.append(truth)

    ws.cell(row=12, column=1, value="Merknad: Deltakertallene for KPA-fag er foreløpige.").font = Font(italic=True)
    widths = {"A": 34, "B": 52, "C": 8, "D": 20, "E": 20, "F": 28, "G": 3, "H": 3,
              "I": 30, "J": 26, "K": 46}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    save_xlsx(wb, os.path.join(out_dir, FILENAME), "NHO", "NHO rapportering 2066")
    return FileResult(FILENAME, MEMBER, "XLSX (openpyxl)",
                      "Two tables side by side on one sheet: own measures (left, with delmål code and "
                      "NHO's own type words) and council seats (right, no delmål/type)", rows)
