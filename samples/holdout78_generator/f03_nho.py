"""NHO: the measures laid out as a board in Excel – one column per delmål, the delmål code and a short name in the
column head, and each measure one multi-line card cell under the delmål it belongs to (name, form, responsible and
partners, what was done). A summit moved to February 2099 is told only in words on its card."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row, xlsx_all_text, xlsx_bytes

FILENAME = "NHO KPR-rapport 2098.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, wrapped multi-line card cells, merged title rows, zip normalised"
SHAPE = ("board with one column per delmål: sheet «Tavle» with a title in row 1 and a reading line in row 2, the "
         "column heads on row 4 are delmål («1.1 Kompetansebehovsutvalget», «1.4 Utdanning og arbeidsliv», «2.2 "
         "Kunnskap om læring i arbeidslivet», «2.3 Yrkesfag», «2.4 Behov og tilbud») and each measure is one cell "
         "under its delmål holding four lines: the name, «Form: …» in NHO's words (utvalgsarbeid, rådsplass, "
         "spørreundersøkelse, informasjonsbesøk, pilotprosjekt, kurs), «Ansvar: … · Med: …» and what was done; so "
         "the delmål of a measure is the head of its column, and rows mean nothing; a second sheet «Forklaring»; the "
         "KBU seat «NHOs plass i Kompetansebehovsutvalget» and the RSA seat «NHO Rogaland i RSA ved Universitetet i "
         "Stavanger»; a summit moved to February 2099 told only in words")
NOT_TRUTH = ("the title and the reading line, the column heads (the delmål), the «Form:» lines, the labels «Ansvar:» "
             "and «Med:» («Med: –» = no partner), the card 'Fagskoletoppmøtet' (moved to February 2099), the sheet "
             "«Forklaring»")
SPLIT_FIELDS = ("samarbeidspartnere",)

COLUMNS = [("1.1", "Kompetansebehovsutvalget"), ("1.4", "Utdanning og arbeidsliv"),
           ("2.2", "Kunnskap om læring i arbeidslivet"), ("2.3", "Yrkesfag"), ("2.4", "Behov og tilbud")]

# delmål, name, form, ansvar, med, text, seed, type
CARDS = [
    ("1.1", "NHOs plass i Kompetansebehovsutvalget", "utvalgsarbeid", "NHO Arbeidsliv og kompetanse", "",
     "NHO deltok på sju møter og ledet arbeidet med kapitlet om industriens behov i temarapporten om helse og "
     "omsorg og kompetansebehov i de neste ti årene.", "M01", RAD),
    ("1.4", "NHO Rogaland i RSA ved Universitetet i Stavanger", "rådsplass", "NHO Rogaland", "",
     "Rådet drøftet i 2098 praksis i ingeniørutdanningene og nye korte videreutdanninger i energifag.", "M06", RAD),
    ("1.4", "Fagskoletoppmøtet", "konferanse", "NHO Arbeidsliv og kompetanse", "",
     "Toppmøtet var planlagt i desember, men er flyttet og holdes i februar 2099.", "", None),
    ("2.2", "Kompetansetermometeret 2098 – industri og bygg", "spørreundersøkelse", "NHO Arbeidsliv og kompetanse",
     "Virke, KS, Opinion",
     "2 900 medlemsbedrifter svarte på spørsmål om hvilken kompetanse de mangler og hvordan de lærer opp ansatte. "
     "Resultatene ble lagt fram i oktober.", "J02", FOU),
    ("2.3", "Lærlingambassadører i videregående skoler", "informasjonsbesøk", "NHO Service og Handel",
     "fylkeskommunene",
     "Unge fagarbeidere fra medlemsbedriftene besøkte 85 skoler og fortalte elever på vg1 om læretid og yrker.",
     None, INFO),
    ("2.4", "Kompetansepiloter for små bedrifter", "pilotprosjekt", "NHO Geneo",
     "Innovasjon Norge, fagskolene",
     "Tolv små bedrifter fikk hjelp av en kompetansepilot til å lage en opplæringsplan og finne kurs hos fagskoler "
     "i nærheten.", None, PROSJEKT),
    ("2.4", "Kurs i bestillerkompetanse for HR-ledere", "kurs", "NHO Arbeidsliv og kompetanse",
     "Handelshøyskolen BI",
     "Kurs over tre samlinger om å bestille skreddersydd etter- og videreutdanning fra universiteter og fagskoler. "
     "48 HR-ledere deltok.", None, KURS),
]


def card(name, form, ansvar, med, txt) -> str:
    return f"{name}\nForm: {form}\nAnsvar: {ansvar} · Med: {med or '–'}\n{txt}"


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tavle"
    ws["A1"] = "NHO – tiltak i 2098 sortert på strategiens delmål"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Hver kolonne er ett delmål i strategien. Hvert kort er ett tiltak: navn, form, ansvar og samarbeid, "
                "og hva som ble gjort.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    thin = Side(style="thin", color="8EA9DB")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, (code, short) in enumerate(COLUMNS, 1):
        c = ws.cell(row=4, column=i, value=f"{code} {short}")
        c.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(i)].width = 34
        col_cards = [x for x in CARDS if x[0] == code]
        for k, (_dm, name, form, ansvar, med, txt, _s, _t) in enumerate(col_cards):
            cc = ws.cell(row=5 + k, column=i, value=card(name, form, ansvar, med, txt))
            cc.font = Font(name="Calibri", size=10)
            cc.alignment = Alignment(wrap_text=True, vertical="top")
            cc.fill = PatternFill("solid", fgColor="FFF2CC")
            cc.border = box
    ws.row_dimensions[4].height = 32
    ws.row_dimensions[5].height = 150
    ws.row_dimensions[6].height = 150
    ws2 = wb.create_sheet("Forklaring")
    ws2["A1"] = "Slik leser du tavla"
    ws2["A1"].font = Font(bold=True)
    ws2["A2"] = "Tavla er laget i arbeidsmøtet i avdeling Arbeidsliv og kompetanse 9. januar 2099."
    ws2["A3"] = "Kontakt: Kristian Bakke, fagsjef kompetanse, NHO"
    ws2.column_dimensions["A"].width = 90
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Kristian Bakke"))
    order = [c for c, _ in COLUMNS]
    rows = sorted(CARDS, key=lambda x: order.index(x[0]))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t) for dm, n, _f, a, m, t, seed, ty in rows if ty]


def text(path) -> str:
    return xlsx_all_text(path)
