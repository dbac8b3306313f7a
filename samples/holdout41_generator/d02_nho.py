"""02 NHO: Excel sheet, one row per measure, delmål written as text (no code),
category in NHO's own words; a second sheet with key figures."""
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import R, ooxml_fix, rezip, FIXED_DT

FILE = "02_NHO_tiltaksoversikt_2061.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl)"
SHAPE = ("Spreadsheet with title block, one row per measure; the goal is written as text "
         "(paraphrase of the delmål), category in NHO's own words (Kampanje, Konferanse, "
         "Utredning ...); a note on a planned 2062 measure and a key-figure sheet")

G11 = "Etablere et utvalg som analyserer Norges kompetansebehov (KBU)"
G12 = "Styrke fylkeskommunenes samordningsrolle i kompetansepolitikken"
G14 = "Bedre samarbeid mellom utdanningstilbydere og arbeidslivet"
G21 = "Digital kompetanse i hele arbeidsstyrken"
G22 = "Mer kunnskap om læring i arbeidslivet og verdien av kompetanseutvikling"
G23 = "Synliggjøre karrieremulighetene i yrkesfaglige utdanninger og yrker"

# (row, goal text, category as written, status)
_DATA = [
    (R("M01", "1.1", "Råd/utvalg/nettverk", "Medlemskap i Kompetansebehovsutvalget",
       ansvarlig="Kompetanseavdelingen",
       beskrivelse="NHO har ett medlem i utvalget og bidrar med data fra NHOs kompetansebarometer."),
     G11, "Råd/utvalg", "Løpende"),
    (R("U02", "1.1", "FoU", "Innspill til KBUs rapport: kompetansebehov i industrien",
       ansvarlig="NHO Analyse", partnere="Norsk Industri",
       beskrivelse="Analyse av kompetansebehovene i 1 200 industribedrifter, oversendt utvalget som "
                   "grunnlag for rapporten for 2061."),
     G11, "Utredning", "Avsluttet"),
    (R("J06", "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Innlandet",
       ansvarlig="NHO Innlandet", partnere="Innlandet fylkeskommune",
       beskrivelse="NHO Innlandet sitter i fylkeskommunens regionale kompetanseforum og har i år "
                   "bidratt til ny regional kompetansestrategi."),
     G12, "Nettverk", "Løpende"),
    (R("M02", "1.4", "Råd/utvalg/nettverk", "NHO-representanter i rådene for samarbeid med arbeidslivet (RSA)",
       ansvarlig="NHOs regionkontorer", partnere="Universiteter og høyskoler",
       beskrivelse="NHO har representanter i RSA ved 14 universiteter og høyskoler."),
     G14, "Råd/utvalg", "Løpende"),
    (R("J02", "2.1", "Kurs/utdanning", "DGA",
       ansvarlig="NHO Service og Handel", partnere="Virke; KS; Kompetanse Norge",
       beskrivelse="Deltakelse i Digitalt grunnløft i arbeidslivet. 2 300 ansatte i medlemsbedrifter har "
                   "tatt grunnmodulene i 2061."),
     G21, "Kurs", "Pågår"),
    (R("J04", "2.2", "Arrangement", "Læringsdagen 2061",
       ansvarlig="Kompetanseavdelingen", partnere="Unio; Fagskolerådet; Kompetanse Norge",
       beskrivelse="Nasjonal konferanse om læring i arbeidslivet, Oslo 14. oktober, 420 deltakere."),
     G22, "Konferanse", "Avsluttet"),
    (R("M03", "2.3", "Råd/utvalg/nettverk", "SRY – Samarbeidsrådet for yrkesopplæring",
       ansvarlig="Kompetanseavdelingen",
       beskrivelse="NHO har tre medlemmer i SRY og koordinerer arbeidsgiversiden."),
     G23, "Råd/utvalg", "Løpende"),
    (R("J01", "2.3", "Informasjon", "Yrkesløftet 2061 – kampanje for fag- og yrkesopplæring",
       ansvarlig="NHO Kommunikasjon", partnere="LO; Virke; fylkeskommunene",
       beskrivelse="Felles kampanje som viser karrieremuligheter med fag- og svennebrev. NHO har produsert "
                   "12 filmer med lærlinger i medlemsbedrifter."),
     G23, "Kampanje", "Pågår"),
]
ROWS = [d[0] for d in _DATA]

HEAD = ["Nr", "Tiltak", "Hvilket mål i strategien?", "Kategori", "Ansvarlig i NHO-fellesskapet",
        "Samarbeider med", "Kort beskrivelse", "Status"]


def build(outdir, tmpdir):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2061"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd for 2061"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Utfylt av: Kompetanseavdelingen, NHO. Sist oppdatert 18.01.2062."
    ws.append([])
    ws.append(HEAD)
    fill = PatternFill("solid", fgColor="1F4E79")
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, (r, goal, cat, status) in enumerate(_DATA, 1):
        ws.append([i, r["tiltak"], goal, cat, r["ansvarlig"], ", ".join(r["partnere"].split("; ")),
                   r["beskrivelse"], status])
    last = ws.max_row
    ws.cell(row=last + 2, column=1, value="Merk:")
    ws.cell(row=last + 2, column=2,
            value="Bransjeprogram for havbruk er planlagt fra høsten 2062 og er ikke startet. "
                  "Det rapporteres derfor ikke som tiltak for 2061.")
    for row in ws.iter_rows(min_row=5, max_row=last):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    widths = (5, 38, 34, 13, 24, 26, 50, 11)
    for col, w in zip("ABCDEFGH", widths):
        ws.column_dimensions[col].width = w
    for r in range(4, last + 1):  # row heights as Excel would auto-fit them
        lines = max(-(-len(str(c.value or "")) // int(w * 1.05)) for c, w in zip(ws[r], widths))
        ws.row_dimensions[r].height = 15 * max(1, lines)
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Nøkkeltall")
    ws2.append(["Nøkkeltall fra NHOs kompetansebarometer 2061", None])
    ws2["A1"].font = Font(bold=True)
    for k, v in (("Andel bedrifter med udekket kompetansebehov", 0.61),
                 ("Andel bedrifter som ønsker flere lærlinger", 0.47),
                 ("Antall svar i undersøkelsen", 5120)):
        ws2.append([k, v])
    ws2.column_dimensions["A"].width = 52
    ws2.append([])
    ws2.append(["Tallene er ikke tiltak, men gir bakgrunn for prioriteringene i arket «Tiltak 2061»."])

    wb.properties.creator = "NHO Kompetanseavdelingen"
    wb.properties.lastModifiedBy = "NHO Kompetanseavdelingen"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    rezip(buf.getvalue(), os.path.join(outdir, FILE), rewrite=ooxml_fix, first=("[Content_Types].xml",))
