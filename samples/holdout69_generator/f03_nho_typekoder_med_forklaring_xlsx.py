"""NHO: an ordinary Excel list where the kind is a one-letter code (R, K, P, U, I, A) explained only in a legend
block above the header («Forklaring til kolonnen Kode: R = råd, utvalg og nettverk …»). Header on row 7: Aktivitet /
Strategimål nr. / Kode / Landsforening eller region / Partnere / Status 31.12.2089; partners separated by «;». The
KBU and RSA seats named by NHO's representative and the university. The trap is NHO Sjømat's own study written as
input to KBU, right under the KBU seat. A row reported last year is kept with the status «Rapportert i fjor»."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO_KPR_2089_tiltak.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), one sheet, title and legend block above the header row, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list with the kind as a one-letter code explained only in a legend block above the table "
         "(rows 3–4: «Forklaring til kolonnen Kode: R = råd, utvalg og nettverk · K = kurs og utdanning · P = "
         "prosjekt · U = utredning og analyse · I = informasjon · A = arrangement»); header on row 7 Aktivitet / "
         "Strategimål nr. / Kode / Landsforening eller region / Partnere / Status 31.12.2089; partners separated by "
         "«;»; the KBU seat named «NHOs representant i KBU», the RSA seat «RSA ved NTNU – NHO Trøndelags plass»; a "
         "row reported last year kept with the status «Rapportert i fjor, ingen aktivitet i 2089»")
NOT_TRUTH = ("the title block, the legend rows, the header, the Strategimål nr. and Kode cells, the row "
             "'Kompetansereiser til Danmark' (reported last year, no activity in 2089), the footnote under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Aktivitet", "Strategimål nr.", "Kode", "Landsforening eller region", "Partnere", "Status 31.12.2089"]
# name, dm shown, code, ansvarlig, partners (as written with ;), status, seed, dm, type
ROWS = [
    ("NHOs representant i KBU", "1.1", "R", "NHO Kompetanse", "",
     "Deltok på sju møter i Kompetansebehovsutvalget. NHO la fram bedriftenes behov i havbruk og industri.", "M02",
     "1.1", RAD),
    ("Innspill til KBU fra NHO Sjømat", "1.1", "U", "NHO Sjømat", "Nofima",
     "Nofima laget på oppdrag fra NHO Sjømat en analyse av behovet for fagarbeidere i havbruk, som ble sendt "
     "utvalget som innspill. Analysen er NHO Sjømats egen og er ikke en del av utvalgets arbeid.", None, "1.1", FOU),
    ("RSA ved NTNU – NHO Trøndelags plass", "1.4", "R", "NHO Trøndelag", "",
     "NHO Trøndelag har plassen i rådet for samarbeid med arbeidslivet ved NTNU. Rådet behandlet nye "
     "erfaringsbaserte master i havbruk og i batteriteknologi.", "M05", "1.4", RAD),
    ("Læringsvaneundersøkelsen 2089 – bedriftsutvalget", "2.2", "U", "NHO Kompetanse", "YS; Virke; Fafo",
     "NHO hadde ansvaret for spørsmålene til ledere i 1 800 bedrifter. Fafo gjennomførte undersøkelsen, og "
     "rapporten kom i desember.", "J03", "2.2", FOU),
    ("Bransjeprogram for havbruksoperatører", "2.4", "K", "NHO Sjømat",
     "Fagskolen i Nordland; Fellesforbundet",
     "Modulbasert fagskoleutdanning på deltid for operatører i havbruk. To kull med til sammen 64 deltakere.",
     None, "2.4", KURS),
    ("Kampanjen «Fagarbeider i industrien»", "2.3", "I", "Norsk Industri", "Utdanningsdirektoratet",
     "Filmer og annonser i sosiale medier rettet mot elever i 10. trinn. Filmene ble vist 1,2 millioner ganger.",
     None, "2.3", INFO),
    ("Kompetansereiser til Danmark", "2.4", "A", "NHO Reiseliv", "Virke",
     "Rapportert i fjor, ingen aktivitet i 2089.", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPR 2089"
    ws["A1"] = "NHO-fellesskapet – aktiviteter i oppfølgingen av kompetansestrategien, 2089"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A3"] = "Forklaring til kolonnen Kode:"
    ws["A3"].font = Font(bold=True, size=9)
    ws["A4"] = ("R = råd, utvalg og nettverk · K = kurs og utdanning · P = prosjekt · U = utredning og analyse · "
                "I = informasjon · A = arrangement")
    ws["A4"].font = Font(size=9, italic=True)
    ws.merge_cells("A4:F4")
    thin = Side(style="thin", color="999999")
    bd = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = []
    r = 8
    for name, dms, code, ans, med, status, seed, dm, ty in ROWS:
        for k, v in enumerate([name, dms, code, ans, med, status], 1):
            c = ws.cell(row=r, column=k, value=v or None)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if k in (2, 3) else None)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med.replace("; ", ", "), status))
        r += 1
    ws.cell(row=r + 1, column=1, value="Aktiviteter som er avsluttet, står med for oversiktens skyld.").font = \
        Font(size=8, italic=True)
    for col, w in zip("ABCDEF", [34, 10, 7, 22, 26, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    fit_row_heights(ws, 8, r - 1)
    save_xlsx(wb, out / FILENAME, "NHO Kompetanse")
    return rows


def text(path) -> str:
    return xlsx_text(path)
