"""13 Trøndelag fylkeskommune - XLSX workbook with one form-like sheet per measure."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from .common import truth_row, save_xlsx

FILE = "13_Trondelag_fylkeskommune_tiltak_2068.xlsx"
MEMBER = "Trøndelag fylkeskommune"
FORMAT = "XLSX (openpyxl), 9 sheets, internal hyperlinks"
SHAPE = ("Workbook with an «Oversikt» sheet (numbered list with hyperlinks) and one form sheet per measure "
         "(label in A, value in B: Tiltak / Delmål «1.4 Samarbeid …» / Tiltakstype / Ansvarlig enhet / "
         "Samarbeidspartnere / Beskrivelse / Status); one type cell left empty; an empty «Mal» sheet and a "
         "«2067 (arkiv)» sheet with last year's finished measure")

DM_WORDS = {"1.2": "Regionalt ansvar og samarbeid", "1.4": "Samarbeid utdanning og arbeidsliv",
            "2.3": "Yrkesfag og karrieremuligheter", "2.4": "Kompetansebehov og EVU-tilbud",
            "2.1": "Digital kompetanse"}

# sheet, seed, delmal, type, name, typeword, ansvar, partnere, desc, status
MEAS = [
    ("1 RSA NTNU", "M03", "1.4", "Råd/utvalg/nettverk", "RSA NTNU – fylkeskommunens plass", "Råd/utvalg",
     "Avdeling for utdanning", "NTNU",
     "Trøndelag fylkeskommune har hatt nestlederplassen i Rådet for samarbeid med arbeidslivet ved NTNU. "
     "Rådet har prioritert etter- og videreutdanning for industrien og helsesektoren.", "Pågår"),
    ("2 Fagskolerådet", "M05", "1.4", "Råd/utvalg/nettverk", "Medlemskap i Nasjonalt fagskoleråd", "",
     "Fagskolen i Trøndelag", "",
     "Nasjonalt fagskoleråd har i 2068 hatt fylkeskommunens representant fra Fagskolen i Trøndelag som medlem. "
     "Rådet har blant annet behandlet forslag om felles opptak til fagskolene.", "Pågår"),
    ("3 Kompetanseforum", "J09", "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Trøndelag", "Nettverk/forum",
     "Avdeling for regional utvikling", "partene i arbeidslivet, KS, NAV, NTNU, Nord universitet",
     "Fylkeskommunen leder forumet, som samler partene i arbeidslivet, KS, NAV og universitetene. Forumet la i "
     "2068 fram Kompetansestrategi for Trøndelag 2069–2072.", "Pågår"),
    ("4 Havbruk", "U1301", "2.4", "Kurs/utdanning", "Fagskoletilbud i havbruksteknologi", "Utdanningstilbud",
     "Fagskolen i Trøndelag", "havbruksnæringen i Trøndelag",
     "Nytt deltidstilbud i havbruksteknologi utviklet sammen med næringen. 36 studenter startet høsten 2068.",
     "Gjennomført"),
    ("5 Læreplassgaranti", "U1302", "2.3", "Prosjekt", "Læreplassgaranti Trøndelag", "Prosjekt",
     "Avdeling for utdanning", "opplæringskontorene",
     "Fylkeskommunen har garantert læreplass eller et alternativt løp i skole for alle kvalifiserte søkere. "
     "97 prosent fikk læreplass.", "Gjennomført"),
    ("6 Kartlegging", "U1303", "1.2", "FoU", "Kartlegging av kompetansebehov i Trøndelag 2068", "Kartlegging",
     "Avdeling for regional utvikling", "Trøndelag forskning og utvikling",
     "Spørreundersøkelse blant 1 200 virksomheter om rekrutteringsproblemer og kompetansebehov de neste fem "
     "årene.", "Gjennomført"),
]
LABELS = ["Tiltak", "Delmål", "Tiltakstype", "Ansvarlig enhet", "Samarbeidspartnere", "Beskrivelse",
          "Status 31.12.2068"]


def _form(ws, values, title):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="1E5631")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for i, (lab, val) in enumerate(zip(LABELS, values), 3):
        a = ws.cell(row=i, column=1, value=lab)
        a.font = Font(bold=True)
        a.fill = PatternFill("solid", fgColor="E2EFDA")
        a.alignment = Alignment(vertical="top")
        b = ws.cell(row=i, column=2, value=val if val else None)
        b.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[8].height = 48


def build(outdir):
    wb = Workbook()
    ov = wb.active
    ov.title = "Oversikt"
    ov["A1"] = "Trøndelag fylkeskommune – Trööndelagen fylkentjïelte"
    ov["A1"].font = Font(bold=True, size=14, color="1E5631")
    ov["A2"] = "Tiltak 2068 rapportert til Kompetansepolitisk råd. Ett ark per tiltak – klikk på lenken."
    ov["A4"], ov["B4"], ov["C4"] = "Nr.", "Tiltak", "Ark"
    for c in ("A4", "B4", "C4"):
        ov[c].font = Font(bold=True)
    ov.column_dimensions["A"].width = 6
    ov.column_dimensions["B"].width = 60
    ov.column_dimensions["C"].width = 22
    rows = []
    for i, (sheet, seed, delmal, typ, name, tw, ansvar, partn, desc, status) in enumerate(MEAS, 1):
        ws = wb.create_sheet(sheet)
        _form(ws, [name, "%s %s" % (delmal, DM_WORDS[delmal]), tw, ansvar, partn, desc, status],
              "Tiltak %d – 2068" % i)
        ov.cell(row=4 + i, column=1, value=i)
        ov.cell(row=4 + i, column=2, value=name)
        link = ov.cell(row=4 + i, column=3, value="Gå til ark «%s»" % sheet)
        link.hyperlink = "#'%s'!A1" % sheet
        link.font = Font(color="0563C1", underline="single")
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, partn, desc))
    ov.cell(row=12, column=1, value="Kontakt: Avdeling for regional utvikling. Sendt 31.01.2069.").font = \
        Font(italic=True, size=9)
    mal = wb.create_sheet("Mal")
    _form(mal, [""] * 7, "Tiltak – mal (kopier arket)")
    ark = wb.create_sheet("2067 (arkiv)")
    _form(ark, ["Digital kompetanse i landbruket", "2.1 Digital kompetanse", "Kurs",
                "Avdeling for regional utvikling", "Norsk Landbruksrådgiving",
                "Kursrekke for bønder om digitale driftssystemer. Rapportert for 2067.", "Avsluttet 2067"],
          "Arkiv – tiltak avsluttet i 2067")
    save_xlsx(wb, os.path.join(outdir, FILE), creator="Trøndelag fylkeskommune")
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
