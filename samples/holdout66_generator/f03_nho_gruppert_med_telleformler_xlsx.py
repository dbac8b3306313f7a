"""NHO: an ordinary Excel list grouped by NHO federation: a bold band row names the federation (the responsible for
the rows under it), and after each group a grey «Antall aktiviteter» row with a COUNTA formula. The band and count
rows are not measures. Columns: Aktivitet / Resultat 2086 / Delmål / Form / Partnere; NHO's kind words
(Utvalgsarbeid, Pilotprosjekt, Analyse, Opplæringsmodul, Kurspakke). The RSA seat is named by the campus; NHO
Sjømat's own analysis sent to KBU is a trap; a cancelled technology day is outside 2086."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO kompetansetiltak 2086 – samlet.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl), one sheet grouped by federation with band rows and COUNTA formula rows, wrapped text, "
          "frozen header, zip normalised")
SHAPE = ("ordinary Excel list: title in row 1, a line in row 2, header on row 4 Aktivitet / Resultat 2086 / Delmål / "
         "Form / Partnere; the rows grouped under bold band rows naming the federation (NHO sentralt, NHO Sjømat, "
         "NHO Service og Handel, Norsk Industri) – the band is the responsible; after each group a grey row "
         "«Antall aktiviteter» with =COUNTA(); delmål as a plain code; NHO's kind words (Utvalgsarbeid, "
         "Pilotprosjekt, Analyse, Opplæringsmodul, Kurspakke); the RSA seat named «Rådet for samarbeid med "
         "arbeidslivet ved NTNU i Ålesund»; a technology day cancelled this year")
NOT_TRUTH = ("the title and the line under it, the header, the band rows (they give the responsible), the "
             "«Antall aktiviteter» rows, the Delmål and Form cells, the row 'Teknologidagen for industrilærlinger' "
             "(cancelled this year, next in June next year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

GROUPS = [
    ("NHO sentralt", [
        ("Plassen i Kompetansebehovsutvalget",
         "NHO deltok på alle utvalgsmøtene og bidro med data fra NHOs medlemsundersøkelse til kapitlet om "
         "seniorer.", "1.1", "Utvalgsarbeid", "", "M02", RAD),
        ("KPA – karriereveiledning på arbeidsplassen",
         "NHO rekrutterte fem av de private virksomhetene i piloten og laget en veileder for ledere som skal gi "
         "ansatte fri til veiledningssamtaler.", "1.3", "Pilotprosjekt", "LO, Kompetanseforbundet", "J01",
         PROSJEKT),
    ]),
    ("NHO Sjømat", [
        ("Rådet for samarbeid med arbeidslivet ved NTNU i Ålesund",
         "NHO Sjømat har en av arbeidslivsplassene i rådet. Rådet ga innspill til et nytt masteremne i "
         "havbruksteknologi.", "1.4", "Utvalgsarbeid", "", "M05", RAD),
        ("Kompetansebehov i havbruk – analyse til KBU",
         "NHO Sjømat fikk Nofima til å analysere hvilke fagarbeidere og ingeniører havbruksnæringen trenger fram "
         "mot 2095. Analysen er NHO Sjømats egen og ble sendt Kompetansebehovsutvalget som innspill.", "1.1",
         "Analyse", "Nofima", None, FOU),
    ]),
    ("NHO Service og Handel", [
        ("Norsk i arbeid – renholdsmodulen",
         "NHO Service og Handel har utviklet bransjemodulen for renhold i det felles kurset. 420 renholdere tok "
         "modulen i 2086.", "3.4", "Opplæringsmodul", "KS, VOFO", "J04", KURS),
    ]),
    ("Norsk Industri", [
        ("Korte kurs i automasjon for operatører",
         "Kurspakke med fem moduler som gis på fagskolene i Raufoss, Kongsberg og Mo i Rana. 380 operatører "
         "deltok.", "2.4", "Kurspakke", "Fagskolen Innlandet, Fagskolen Viken, Fagskolen i Nordland", None, KURS),
        ("Teknologidagen for industrilærlinger",
         "Avlyst i år på grunn av lav påmelding. Neste teknologidag blir i juni neste år.", "2.3", "Arrangement",
         "Fellesforbundet", "", None),
    ]),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aktiviteter 2086"
    ws["A1"] = "NHO-fellesskapets kompetansetiltak 2086"
    ws["A1"].font = Font(bold=True, size=15, color="00264D")
    ws["A2"] = "Samlet av NHO Kompetanse for rapporteringen til Kompetansepolitisk råd. Sist oppdatert 15.01.2087."
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Aktivitet", "Resultat 2086", "Delmål", "Form", "Partnere"]
    thin = Side(style="thin", color="9E9E9E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(head, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="00264D")
        cell.border = border
    r = 5
    rows = []
    for group, items in GROUPS:
        ws.cell(r, 1, group).font = Font(bold=True, size=11)
        for c in range(1, 6):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="D6E4F0")
        first = r + 1
        r += 1
        for name, res, dm, form, med, seed, ty in items:
            for c, v in enumerate([name, res, dm, form, med], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = border
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, group, med, res))
            r += 1
        ws.cell(r, 1, "Antall aktiviteter").font = Font(italic=True, color="666666")
        ws.cell(r, 2, f"=COUNTA(A{first}:A{r - 1})").font = Font(italic=True, color="666666")
        ws.cell(r, 2).alignment = Alignment(horizontal="left")
        r += 2
    for col, w in zip("ABCDE", [36, 60, 9, 17, 30]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 5, r)
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "NHO Kompetanse")
    return rows


def text(path) -> str:
    return xlsx_text(path)
