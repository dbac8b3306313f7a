"""NHO: an ordinary Excel list with a key/value block above the header (Organisasjon / Rapportår / Kontaktperson /
Dato), header on row 7. The goal is a code with NHO's gloss («Delmål 2.4 – bedrifter og tilbydere») or NHO's words
only («Flere skal velge yrkesfag»); NHO's kind words; partners in running text. The trap is NHO's own meeting with
its representatives in SRY."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO – kompetansetiltak 2087.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), one sheet, key/value block above the table, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: a title in row 1, a key/value block in rows 2–5 (Organisasjon / Rapportår / "
         "Kontaktperson / Dato), header on row 7 Tiltak / Hva har skjedd i 2087 / Strategiens delmål / Kategori (NHO) "
         "/ Ledes av / Med oss på laget; the goal as «Delmål 2.4 – bedrifter og tilbydere» or in NHO's words only "
         "(«Flere skal velge yrkesfag»); NHO's kind words (Sitter i råd, Digitalt verktøy, Undersøkelse, Møteplass, "
         "Bransjeprogram, Pilotprosjekt); partners as running text («LO, med Fafo som gjennomfører»); one row not "
         "held this year")
NOT_TRUTH = ("the title and the key/value block, the header, the Strategiens delmål and Kategori cells, row 14 "
             "'Næringslivets fagdag' (none held this year; the next in February 2088), the note in row 16")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Hva har skjedd i 2087", "Strategiens delmål", "Kategori (NHO)", "Ledes av", "Med oss på laget"]
# name, status, goal, kind, leder, partners text, partners truth, seed, dm, type
ROWS = [
    ("Samarbeidsrådet for yrkesopplæring (SRY)",
     "NHO har to faste plasser. SRY behandlet i år forslaget om ny tilbudsstruktur for teknikk og industriell "
     "produksjon og ga råd om læreplassgarantien.",
     "Flere skal velge yrkesfag", "Sitter i råd", "Kompetanseavdelingen", "–", [], "M04", "2.3", RAD),
    ("Kompetansekompasset",
     "Verktøyet ble lansert i april. 2 400 små og mellomstore bedrifter har kartlagt kompetansebehovet sitt, og om "
     "lag en tredel har meldt ansatte på kurs de fant gjennom kompasset.",
     "Delmål 2.4 – bedrifter og tilbydere", "Digitalt verktøy", "NHO Digital", "Virke og YS", ["Virke", "YS"], "J01",
     "2.4", INFO),
    ("Læringsbarometeret",
     "Undersøkelsen viser at bedrifter som har en plan for kompetanse, oftere lar ansatte ta fagbrev. Rapporten ble "
     "lagt fram på Arendalsuka.",
     "Delmål 2.2 – kunnskap om læring i jobben", "Undersøkelse", "NHO Analyse", "LO, med Fafo som gjennomfører",
     ["LO", "Fafo"], "J06", "2.2", FOU),
    ("Dialogmøte med NHOs representanter i SRY og de faglige rådene",
     "To møter der representantene fra landsforeningene forberedte saker til rådene. Møtene er NHOs egne og er ikke "
     "en del av rådenes arbeid.",
     "Flere skal velge yrkesfag", "Møteplass", "Kompetanseavdelingen", "landsforeningene", ["landsforeningene"],
     None, "2.3", ARR),
    ("Bransjeprogram for sjømatindustrien",
     "Ansatte i fiskeforedling kunne ta moduler som gir fagbrev i industriell matproduksjon. 310 ansatte i 42 "
     "bedrifter deltok.",
     "Delmål 2.4 – bedrifter og tilbydere", "Bransjeprogram", "Sjømat Norge",
     "Fellesforbundet og fagskolene i Vestland", ["Fellesforbundet", "fagskolene i Vestland"], None, "2.4", KURS),
    ("Lærlingløftet i Finnmark",
     "Pilot der små bedrifter deler lærlinger gjennom et felles opplæringskontor. 36 nye læreplasser ble opprettet.",
     "Flere skal velge yrkesfag", "Pilotprosjekt", "NHO Arktis", "Finnmark fylkeskommune",
     ["Finnmark fylkeskommune"], None, "2.3", PROSJEKT),
    ("Næringslivets fagdag",
     "Det ble ikke holdt noen fagdag i år. Neste fagdag er lagt til februar 2088.",
     "Flere skal velge yrkesfag", "Møteplass", "NHO Service og Handel", "Oslo kommune", [], "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapportering"
    ws["A1"] = "Kompetansetiltak i NHO-fellesskapet"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    for i, (k, v) in enumerate([("Organisasjon", "NHO"), ("Rapportår", "2087"),
                                ("Kontaktperson", "Erik Strand Aasen, kompetanseavdelingen"),
                                ("Dato", "15.01.2088")], 2):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    thin = Side(style="thin", color="8EA9DB")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, status, goal, kind, leder, ptxt, ptruth, seed, dm, ty) in enumerate(ROWS, 8):
        for j, v in enumerate([name, status, goal, kind, leder, ptxt], 1):
            c = ws.cell(i, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, leder, ", ".join(ptruth), status))
    last = 7 + len(ROWS)
    ws.cell(last + 2, 1, "Merk: Tiltak i regi av de regionale NHO-kontorene er tatt med der kontorene har meldt dem "
                         "inn innen fristen.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [36, 60, 28, 18, 22, 28]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 7, last)
    ws.freeze_panes = "A8"
    save_xlsx(wb, out / FILENAME, "Erik Strand Aasen")
    return rows


def text(path) -> str:
    return xlsx_text(path)
