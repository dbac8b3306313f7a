"""NHO: an ordinary Excel list where the delmål is split over two number columns, «Område» (1–3) and «Delmål nr.»
(the number inside the area), so delmål 2.3 is Område 2 and Delmål nr. 3; a second sheet «Forklaringer» says so. NHO's
kind words (Oppnevnt representant, Kunnskapsgrunnlag, Rekrutteringskampanje, Kursprogram, Pris). The joint survey and
the trap – NHO Reiseliv's own survey with the same questions – stand next to each other. One row is outside 2091, said
in the status text («ble ikke delt ut i 2091. Neste utdeling … neste år»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO – kompetansetiltak 2091.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl), two sheets, title block, number cells for area and delmål number, wrapped text, frozen "
          "header, zip normalised")
SHAPE = ("ordinary Excel list: a title and a line in rows 1–2, header on row 4 Aktivitet / Område / Delmål nr. / Type "
         "aktivitet / Ansvarlig i NHO / Samarbeidspartnere / Status ved årsslutt; the delmål split into two number "
         "cells (Område 2, Delmål nr. 3 = 2.3), explained only on the sheet «Forklaringer»; NHO's kind words "
         "(Oppnevnt representant, Kunnskapsgrunnlag, Rekrutteringskampanje, Kursprogram, Pris); the SRY seat named "
         "by the faglig råd («Faglig råd for bygg- og anleggsteknikk»); the joint survey and NHO Reiseliv's own "
         "survey with the same questions on adjacent rows; one row outside 2091 told only in the status text")
NOT_TRUTH = ("the title and the line under it, the header, the Område, Delmål nr. and Type aktivitet cells, row 11 "
             "'Næringslivets lærlingpris' (not awarded in 2091, next award next year), the sheet «Forklaringer»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Aktivitet", "Område", "Delmål nr.", "Type aktivitet", "Ansvarlig i NHO", "Samarbeidspartnere",
        "Status ved årsslutt"]

# name, område, nr, kind, ansvarlig, partners, status, seed, type
ROWS = [
    ("Faglig råd for bygg- og anleggsteknikk", 2, 3, "Oppnevnt representant", "Byggenæringens Landsforening", "",
     "Byggenæringens Landsforening har NHOs plass i det faglige rådet. Rådet fulgte opp de nye læreplanene i tømrer- "
     "og betongfaget og ga innspill til dimensjoneringen av læreplasser.", "M02", RAD),
    ("Kompetansebehovsutvalget", 1, 1, "Oppnevnt representant", "NHO Kompetanse og samfunn", "",
     "NHO har en av arbeidsgiverplassene i utvalget. Vi la særlig vekt på behovet for fagarbeidere i industrien i "
     "arbeidet med rapporten om offentlig sektor.", "M03", RAD),
    ("Kompetansepulsen 2091", 2, 2, "Kunnskapsgrunnlag", "NHO Kompetanse og samfunn", "YS, Virke, Opinion",
     "Undersøkelsen ble sendt til 6 000 ledere og ansatte i private og offentlige virksomheter og besvart av 3 900. "
     "Resultatene viser at de fleste lærer mest på jobben, men at få får tid til videreutdanning. NHO har ledet "
     "arbeidet, og Opinion har samlet inn svarene.", "J01", FOU),
    ("Kompetansepulsen for reiseliv", 2, 2, "Kunnskapsgrunnlag", "NHO Reiseliv", "",
     "NHO Reiseliv stilte de samme spørsmålene til 700 hotell- og restaurantbedrifter. Undersøkelsen er NHO Reiselivs "
     "egen og er ikke en del av den felles Kompetansepulsen.", None, FOU),
    ("Bli lærling i en NHO-bedrift", 2, 3, "Rekrutteringskampanje", "NHO Service og Handel", "fylkeskommunene",
     "Kampanje i sosiale medier rettet mot elever på Vg1, med filmer fra lærlinger i service- og handelsfag. "
     "Kampanjen fikk 2,3 millioner visninger, og fylkeskommunene meldte om 900 flere søknader til læreplass.",
     None, INFO),
    ("Bransjeprogram for industrifagarbeidere", 2, 4, "Kursprogram", "Norsk Industri",
     "Fellesforbundet, Fagskolen Innlandet",
     "Korte kurs i automatisering og robotikk for fagarbeidere i industrien. 740 deltakere fra 120 bedrifter tok "
     "minst ett kurs.", None, KURS),
    ("Næringslivets lærlingpris", 2, 3, "Pris", "NHO Kompetanse og samfunn", "",
     "Prisen ble ikke delt ut i 2091. Neste utdeling er lagt til NHOs årskonferanse neste år.", "", None),
]

EXPLAIN = [
    ("Forklaringer til arket «Tiltak 2091»",),
    ("Område og Delmål nr. følger nummereringen i Nasjonal kompetansepolitisk strategi.",),
    ("Område 1 = Gode valg for den enkelte og for samfunnet",),
    ("Område 2 = Læring i arbeidslivet",),
    ("Område 3 = Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",),
    ("Delmål nr. er nummeret på delmålet innenfor området. Eksempel: Område 2 og Delmål nr. 3 er delmål 2.3 i "
     "strategien.",),
    ("Type aktivitet er NHOs egne betegnelser.",),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2091"
    ws["A1"] = "NHO-fellesskapets kompetansetiltak 2091"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Rapport til Kompetansepolitisk råd. Utfylt av NHO Kompetanse og samfunn, januar 2092."
    ws["A2"].font = Font(size=10, italic=True, color="595959")
    thin = Side(style="thin", color="808080")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, omr, nr, kind, ans, med, status, seed, ty) in enumerate(ROWS, 5):
        for j, v in enumerate([name, omr, nr, kind, ans, med, status], 1):
            c = ws.cell(i, j, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if j in (2, 3) else None)
            c.border = border
            if j in (2, 3):
                c.number_format = "0"
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, f"{omr}.{nr}", ty, ans, med, status))
    for col, w in zip("ABCDEFG", [34, 9, 10, 22, 28, 26, 64]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 4 + len(ROWS))
    ws.freeze_panes = "A5"
    ex = wb.create_sheet("Forklaringer")
    for r in EXPLAIN:
        ex.append(r)
    ex["A1"].font = Font(bold=True)
    ex.column_dimensions["A"].width = 110
    save_xlsx(wb, out / FILENAME, "NHO Kompetanse og samfunn")
    return rows


def text(path) -> str:
    return xlsx_text(path)
