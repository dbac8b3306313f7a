"""Virke: an ordinary Excel list whose first column is Virke's own theme (Handel og tjenester / Ideell sektor /
Kunnskap og kompetanse), not a delmål. «Bidrar til» gives the goal in Virke's words with the code in brackets;
«Form» in Virke's words; partners joined with « + ». A breakfast seminar held «i mars for ett år siden». The trap
is Virke's own version of the joint tool for non-profit enterprises."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import INFO, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Virke KPR-rapport 2087.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), one sheet, theme column with blank repeats, wrapped text, autofilter, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, header on row 3 Tema (Virke) / Tiltak / Beskrivelse / Bidrar til / "
         "Form / Ansvarlig / Samarbeid; the Tema column is Virke's own theme, written once per group and left blank "
         "below; «Bidrar til» as Virke's words with the code in brackets («kompetansebehov i små virksomheter "
         "(2.4)»); Virke's kind words (Utvalgsplass, Rådsmedlem, Verktøy, Tilpasning, Opplæringsløp, Frokostseminar); "
         "partners joined with « + »; one row from the year before told in words")
NOT_TRUTH = ("the title, the header, the Tema, Bidrar til and Form cells, the « + » signs, row 9 'Frokostseminar om "
             "lærlinger i handelen' (held in March a year ago, not repeated), the signature line")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tema (Virke)", "Tiltak", "Beskrivelse", "Bidrar til", "Form", "Ansvarlig", "Samarbeid"]
# tema, name, desc, bidrar, form, ansvar, partners, seed, dm, type
ROWS = [
    ("Kunnskap og kompetanse", "Kompetansebehovsutvalget",
     "Virke har en av arbeidsgiversidens plasser i utvalget. Virke fikk gjennomslag for at handel og ideell sektor "
     "er med i analysene av fremtidig kompetansebehov.",
     "kunnskap om fremtidens kompetansebehov (1.1)", "Utvalgsplass", "Virke Samfunnskontakt", [], "M02", "1.1", RAD),
    ("", "Rådet for samarbeid med arbeidslivet ved Universitetet i Sørøst-Norge",
     "Virke Sørøst har en plass i RSA ved USN. Rådet drøftet nye tilbud i handelsledelse og praksis i "
     "økonomiutdanningene.",
     "relevante utdanninger gjennom samarbeid med arbeidslivet (1.4)", "Rådsmedlem", "Virke Sørøst", [], "M06", "1.4",
     RAD),
    ("Handel og tjenester", "Kompetansekompasset",
     "Virke har gjort verktøyet kjent blant medlemsbedriftene i handel og tjenesteyting. 900 Virke-medlemmer har "
     "brukt kompasset.",
     "kompetansebehov i små virksomheter (2.4)", "Verktøy", "Virke Handel", ["NHO", "YS"], "J01", "2.4", INFO),
    ("", "Handelsfagbrev på jobb",
     "Ansatte i butikk tar fagbrev i salgsfaget med opplæring på arbeidsplassen og to samlinger i året. 240 ansatte "
     "i 31 kjeder var med.",
     "at erfaring kan dokumenteres med fagbrev (2.5)", "Opplæringsløp", "Virke Handel",
     ["Handel og Kontor i Norge", "Oslo kommune"], None, "2.5", KURS),
    ("Ideell sektor", "Kompetansekompasset for ideelle virksomheter",
     "En egen versjon av kartleggingen som Virke har laget for ideelle barnehager, skoler og helseinstitusjoner. "
     "Versjonen er Virkes egen og er ikke en del av det felles verktøyet.",
     "kompetansebehov i små virksomheter (2.4)", "Tilpasning", "Virke Ideell", ["Frivillighet Norge"], None, "2.4",
     PROSJEKT),
    ("", "Frokostseminar om lærlinger i handelen",
     "Seminaret ble holdt i mars for ett år siden og er ikke gjentatt.",
     "flere velger yrkesfag (2.3)", "Frokostseminar", "Virke Handel", [], "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPR 2087"
    ws["A1"] = "Virkes rapportering til Kompetansepolitisk råd – tiltak i 2087"
    ws["A1"].font = Font(bold=True, size=13)
    thin = Side(style="thin", color="BFBFBF")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C0504D")
        c.border = border
    rows = []
    for i, (tema, name, desc, bidrar, form, ansvar, partners, seed, dm, ty) in enumerate(ROWS, 4):
        vals = [tema or None, name, desc, bidrar, form, ansvar, " + ".join(partners) if partners else None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        ws.cell(i, 2).font = Font(bold=True)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansvar, ", ".join(partners), desc))
    last = 3 + len(ROWS)
    ws.cell(last + 2, 1, "Oslo, 14.01.2088 – Thomas Berge Lie, fagsjef kompetanse")
    for col, w in zip("ABCDEFG", [20, 34, 58, 30, 15, 20, 26]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, last)
    ws.auto_filter.ref = f"A3:G{last}"
    save_xlsx(wb, out / FILENAME, "Thomas Berge Lie")
    return rows


def text(path) -> str:
    return xlsx_text(path)
