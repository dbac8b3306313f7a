"""LO: a workbook whose first sheet is LO's list of appointments to external bodies (Organ / Representant / Vara /
Oppnevnt av / Periode / Merknad) – the council seats are rows of this list, with no delmål and no kind – and whose
second sheet lists LO's own and joint measures. The appointment list also holds a regional board, a period that
ran out in 2079 and an appointment that starts in 2081."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, RAD, row, save_xlsx, xlsx_text

FILENAME = "LO_oppnevninger_og_tiltak_2080.xlsx"
MEMBER = "LO"
FORMAT = "XLSX (openpyxl), two sheets, thin borders, wrap, zip normalised"
SHAPE = ("sheet 'Oppnevninger': LO's register of appointments to external bodies (Organ / Representant (avdeling) / "
         "Vara / Oppnevnt av / Periode / Merknad); the council seats are rows of this register with no delmål and "
         "no kind, mixed with a county yrkesopplæringsnemnd, a period «2076–2079» and an appointment «fra "
         "1.1.2081»; sheet 'Tiltak 2080': Hva / Delmål nr. / Slags tiltak / Ansvar i LO / Sammen med / Omtale / "
         "Status")
NOT_TRUTH = ("the titles and header rows; in 'Oppnevninger' the rows 'Faglig råd for restaurant- og matfag' "
             "(period 2076–2079, ran out) and 'Nasjonalt fagskoleråd' (appointed from 1.1.2081), the Vara, "
             "Oppnevnt av and Periode cells; in 'Tiltak 2080' the row 'Fagbrevkampanje i sosiale medier' (Status "
             "'Avsluttet 2079') and the note under the table")

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# organ, representant (ansvarlig), vara, oppnevnt av, periode, merknad, seed, delmål, type (None = not truth)
APPOINT = [
    ("Kompetansebehovsutvalget", "Liv Haugen (samfunnspolitisk avdeling)", "Ola Brekke", "KD", "2078–2081",
     "Utvalget la fram hovedrapporten om fagarbeiderbehov i juni; LO sendte særmerknad om lærlingdekning.",
     "M02", "1.1", RAD),
    ("Faglig råd for elektro og datateknologi", "Tor Eikeland (EL og IT Forbundet)", "Siri Moen",
     "Utdanningsdirektoratet", "2080–2083",
     "LO leder rådet fra 2080. Rådet foreslo ny læreplan i dataelektronikerfaget.", "M05", "2.3", RAD),
    ("Yrkesopplæringsnemnda i Oslo", "Anne Sæther (LO i Oslo)", "Kjetil Nygård", "Oslo kommune", "2080–2083",
     "Nemnda behandlet dimensjonering av Vg2-tilbudet og tok opp mangel på læreplasser i helsefag.", None, "2.3",
     RAD),
    ("Faglig råd for restaurant- og matfag", "Per Aas (Fellesforbundet)", "–", "Utdanningsdirektoratet",
     "2076–2079", "Perioden utløp 31.12.2079; ikke gjenoppnevnt.", "", "", None),
    ("Nasjonalt fagskoleråd", "Hege Lunde (LO Stat)", "–", "KD", "fra 1.1.2081",
     "Oppnevnt i desember 2080 for perioden som starter 1.1.2081.", "", "", None),
]
# hva, delmål, slags, ansvar, med, omtale, status, seed, type
MEASURES = [
    ("Norsk i praksis – LO-forbundenes del", "3.4", "Opplæring", "Fellesforbundet", "NHO, Virke, VOFO",
     "Tillitsvalgte i bygg og renhold rekrutterte kolleger til norskkurs i arbeidstiden; 38 bedrifter deltok.",
     "Pågår", "J02", KURS),
    ("Digitalløftet for seniorer", "2.1", "Opplæring", "LO Stat", "YS, Senter for seniorpolitikk",
     "Kurs i digitale verktøy for medlemmer over 55 år i statlige virksomheter; 1 150 deltakere.", "Pågår",
     "J06", KURS),
    ("Kartlegging av etterutdanning i LO-forbundene", "2.2", "Kartlegging", "Samfunnspolitisk avdeling", "Fafo",
     "Spørreundersøkelse blant 6 000 medlemmer om hvem som får etter- og videreutdanning, og hvem som ikke får.",
     "Gjennomført", None, FOU),
    ("Fagbrevkampanje i sosiale medier", "2.3", "Kampanje", "LO Ung", "", "Kampanjen gikk i 2079.",
     "Avsluttet 2079", "", None),
]


def _sheet(ws, title, sub, header, data, widths):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = sub
    ws["A2"].font = Font(italic=True, color="555555")
    for j, h in enumerate(header, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.border = BOX
        c.alignment = WRAP
    for i, vals in enumerate(data, 5):
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    return 5 + len(data)


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Oppnevninger"
    _sheet(ws, "LOs representasjon i råd og utvalg – kompetansepolitikk",
           "Utdrag fra LOs oppnevningsregister per 31.12.2080",
           ["Organ", "Representant (avdeling)", "Vara", "Oppnevnt av", "Periode", "Merknad"],
           [a[:6] for a in APPOINT], [40, 34, 16, 22, 14, 60])
    rows = []
    for organ, rep, _v, _by, _per, note, seed, dm, ty in APPOINT:
        if ty:
            rows.append(row(FILENAME, MEMBER, organ, seed, dm, ty, rep, "", note))
    ws2 = wb.create_sheet("Tiltak 2080")
    end = _sheet(ws2, "LOs tiltak 2080", "Egne tiltak og tiltak vi gjør sammen med andre",
                 ["Hva", "Delmål nr.", "Slags tiltak", "Ansvar i LO", "Sammen med", "Omtale", "Status"],
                 [m[:7] for m in MEASURES], [40, 10, 14, 24, 28, 60, 14])
    ws2.cell(row=end + 1, column=1, value="Rådsplassene står på arket Oppnevninger.").font = Font(italic=True)
    for hva, dm, _sl, ans, med, om, _st, seed, ty in MEASURES:
        if ty:
            rows.append(row(FILENAME, MEMBER, hva, seed, dm, ty, ans, med, om))
    save_xlsx(wb, out / FILENAME, "LO")
    return rows


def text(path) -> str:
    return xlsx_text(path)
