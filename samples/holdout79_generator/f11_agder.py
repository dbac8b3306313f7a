"""Agder fylkeskommune: an ordinary Excel list whose one goal cell holds two codes with prefixes – «NKS» for the
delmål in the national strategy and «RP» for the goal in the county's regional plan – in either order and with
either «/» or «·» between them; the regional plan's goals are numbered like delmål. A careers centre that opens in
September 2100 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Agder fylkeskommune – rapport kompetansetiltak 2099.xlsx"
MEMBER = "Agder fylkeskommune"
FORMAT = ("XLSX (openpyxl), one sheet, title and a key line above the header, a text goal column, wrapped text, "
          "frozen header, autofilter, zip normalised")
SHAPE = ("ordinary Excel list with two prefixed codes in one goal cell: title in row 1, a key in row 2 («NKS = delmål "
         "i Nasjonal kompetansepolitisk strategi · RP = mål i Regionplan Agder 2030 – kompetanse og arbeidsliv»), "
         "header on row 4 Nr / Tiltak / Omtale / Mål (NKS/RP) / Tiltakstype / Ansvarlig enhet / "
         "Samarbeidspartnere; goal cells «RP 3.2 / NKS 1.4», «NKS 3.1 · RP 2.1», «RP 2.1 / NKS 3.1», «RP 1.3 / NKS "
         "2.4», «NKS 2.2 · RP 1.1» – the regional code comes first in some rows and looks like a delmål; the "
         "county's kind words (Representasjon, Kampanje, Publikumsmøter, Utdanningstilbud, Analyse, "
         "Veiledningstilbud); the FSR seat «Nasjonalt fagskoleråd: Agder representerer fylkeskommunene»; the "
         "county's own library evenings named like the joint campaign (its own version, not the joint measure); a "
         "careers centre that opens in September 2100 told only in words")
NOT_TRUTH = ("the title and the key line, the header, the Nr cells, the goal cells (both codes), the Tiltakstype "
             "cells, the row 'Karrieresenter i Kristiansand sentrum' (opens in September 2100)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, omtale, goal cell, kind, enhet, partners, delmål, seed, type
ROWS = [
    ("Nasjonalt fagskoleråd: Agder representerer fylkeskommunene",
     "Agder fylkeskommune har fylkeskommunenes plass i rådet ut 2100. Rådet ga råd om batteri- og energifag og om "
     "nye korte fagskoletilbud.", "RP 3.2 / NKS 1.4", "Representasjon", "Seksjon for fagskole", "", "1.4", "M04",
     RAD),
    ("Voksenløftet i Agder",
     "Fylkeskommunen spredte kampanjens filmer og annonser i regionen og fulgte opp 420 henvendelser fra voksne som "
     "vil ta fagbrev.", "NKS 3.1 · RP 2.1", "Kampanje", "Seksjon for voksenopplæring",
     "NAV Agder, LO Agder, NHO Agder", "3.1", "J02", INFO),
    ("Voksenløftet Agder – infokvelder på bibliotekene",
     "Fylkets egne kvelder om fagbrev og videregående opplæring for voksne på tolv folkebibliotek. Kveldene var "
     "fylkeskommunens eget tiltak og ikke en del av den nasjonale kampanjen. 380 kom.", "RP 2.1 / NKS 3.1",
     "Publikumsmøter", "Karrieresenteret Agder", "kommunene", "3.1", None, ARR),
    ("Batteriskolen ved Fagskolen i Agder",
     "Fagskolen i Agder ga fire moduler i batteriproduksjon og kraftelektronikk til 96 fagarbeidere fra bedrifter i "
     "Arendal og Grimstad.", "RP 1.3 / NKS 2.4", "Utdanningstilbud", "Fagskolen i Agder", "YS, Norsk Industri",
     "2.4", "J04", KURS),
    ("Analyse av kompetansebehov i Agder fram mot 2110",
     "Analysen viser at regionen vil mangle elektrikere, automatikere og sykepleiere, og den ble brukt da "
     "regionplanen ble rullert.", "NKS 2.2 · RP 1.1", "Analyse", "Seksjon for analyse",
     "NORCE, Universitetet i Agder", "2.2", None, FOU),
    ("Karrieresenter i Kristiansand sentrum",
     "Senteret er vedtatt og åpner i september 2100.", "RP 2.3 / NKS 1.3", "Veiledningstilbud",
     "Karrieresenteret Agder", "", "", "", None),
]


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Agder fylkeskommune – kompetansetiltak 2099 (rapport til Kompetansepolitisk råd)"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("NKS = delmål i Nasjonal kompetansepolitisk strategi · RP = mål i Regionplan Agder 2030 – kompetanse "
                "og arbeidsliv")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Nr", "Tiltak", "Omtale", "Mål (NKS/RP)", "Tiltakstype", "Ansvarlig enhet", "Samarbeidspartnere"]
    body = [[str(i), n, o, g, k, e, p] for i, (n, o, g, k, e, p, *_r) in enumerate(ROWS, 1)]
    last = sheet_rows(ws, 4, head, body, [5, 34, 58, 18, 17, 24, 28], fill="DDEBF7")
    for r in range(5, last):
        ws.cell(row=r, column=4).number_format = "@"
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:G{last - 1}"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Agder fylkeskommune"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, e, p, o) for n, o, _g, _k, e, p, dm, seed, ty in ROWS if ty]


def goal_cells(path) -> list[str]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path)).active
    return [ws.cell(row=r, column=4).value for r in range(5, 5 + len(ROWS))]


def text(path) -> str:
    return xlsx_all_text(path)
