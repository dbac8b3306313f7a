"""YS: an ordinary Excel list behind a front sheet with a native Excel bar chart. Sheet «Oversikt» holds a title, a
small count table per hovedinnsatsområde and a bar chart drawn from it (a DrawingML chart part); sheet «Tiltak» holds
the list. Partners are written one per line inside the cell; a number column counts participants; the year shows only
in the free «Kommentar» column («Ble holdt i fjor», «Kommer i gang i løpet av neste år»)."""
from __future__ import annotations

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "YS kompetansetiltak 2084.xlsx"
MEMBER = "YS"
FORMAT = ("XLSX (openpyxl), two sheets, a native bar chart (xl/charts/chart1.xml in a drawing) on the first sheet, "
          "wrapped text, zip normalised")
SHAPE = ("front sheet «Oversikt» with a title, a count table per hovedinnsatsområde and a bar chart drawn from it (no "
         "measures there); sheet «Tiltak» is an ordinary list with the header on row 3: Aktivitet (kortnavn) / "
         "Beskrivelse av aktiviteten / Knyttet til delmål / Hva slags aktivitet / Forbund/ansvar / Samarbeidspart(er) "
         "/ Deltakere / Kommentar; partners one per line inside the cell; delmål as code; YS's kind words (Rådsarbeid, "
         "Undersøkelse, Nettkurs, Frokostseminar, Digital veiledning, Konferanse); the year only in «Kommentar» («Ble "
         "holdt i fjor – ikke gjentatt», «Kommer i gang i løpet av neste år», while «Videreført fra i fjor» is a 2084 "
         "measure)")
NOT_TRUTH = ("the sheet «Oversikt» (title, count table and chart), the title and header of «Tiltak», the delmål, kind, "
             "Deltakere and Kommentar cells, row 10 'Kompetansekonferansen for tillitsvalgte' (held last year), row 11 "
             "'Medlemsundersøkelse om etter- og videreutdanning' (starts next year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Aktivitet (kortnavn)", "Beskrivelse av aktiviteten", "Knyttet til delmål", "Hva slags aktivitet",
        "Forbund/ansvar", "Samarbeidspart(er)", "Deltakere", "Kommentar"]
# name, text, dm, kind, ansvar, partners (list), deltakere, kommentar, seed, type
ROWS = [
    ("YS i Kompetansebehovsutvalget",
     "YS har én av plassene for hovedorganisasjonene i utvalget. Vi arbeidet for at rapporten om kompetanse i en eldre "
     "befolkning skulle ta med behovene i privat tjenesteyting.", "1.1", "Rådsarbeid", "YS sentralt", [], None,
     "", "M02", RAD),
    ("Nasjonalt fagskoleråd – YS-plassen",
     "Parat møter for YS i Nasjonalt fagskoleråd. Rådet ga innspill til ny finansiering av fagskolene og til "
     "korte, arbeidsrettede emner for voksne i jobb.", "2.4", "Rådsarbeid", "Parat", [], None, "", "M06", RAD),
    ("LIA 2084 (Læring i arbeidslivet)",
     "Felles undersøkelse om læring på jobben i offentlig og privat sektor. YS hadde ansvaret for spørsmålene til "
     "arbeidstakere i privat tjenesteyting og finans.", "2.2", "Undersøkelse", "YS sentralt", ["Unio", "KS", "Fafo"],
     None, "Første rapport lagt fram i desember", "J03", FOU),
    ("KI-lappen – nettkurs om kunstig intelligens",
     "Felles nettkurs på fire timer i grunnleggende bruk av kunstig intelligens i arbeidshverdagen. Negotia har hatt "
     "ansvaret for YS-forbundenes del og for eksemplene fra kontor og handel.", "2.1", "Nettkurs", "Negotia",
     ["Virke", "HK-dir"], 5400, "Videreført fra i fjor", "J05", KURS),
    ("KI-frokost for YS-forbundene",
     "Frokostseminar i februar der KI-lappen ble presentert for tillitsvalgte i YS-forbundene. Seminaret var YS' "
     "eget og ikke en del av kurset.", "2.1", "Frokostseminar", "YS sentralt", [], 120, "", None, ARR),
    ("YS Karrierechat",
     "Chat på ys.no der medlemmer kan få råd om karriere, utdanning og omstilling fra karriereveiledere. Tjenesten er "
     "åpen tre kvelder i uken.", "1.3", "Digital veiledning", "Delta", ["Karrieresenteret i Vestfold"], 1850,
     "Antall samtaler", None, INFO),
    ("Kompetansekonferansen for tillitsvalgte",
     "Konferanse for tillitsvalgte om kompetanseplaner og rett til utdanningspermisjon.", "2.4", "Konferanse",
     "YS sentralt", [], 260, "Ble holdt i fjor – ikke gjentatt i 2084", "", None),
    ("Medlemsundersøkelse om etter- og videreutdanning",
     "Undersøkelse blant medlemmene i alle YS-forbund om behov for og erfaringer med etter- og videreutdanning.",
     "2.2", "Undersøkelse", "YS sentralt", ["Respons Analyse"], None, "Kommer i gang i løpet av neste år", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "Oversikt"
    ov["A1"] = "YS – kompetansetiltak 2084"
    ov["A1"].font = Font(bold=True, size=16, color="C00000")
    ov["A2"] = "Antall tiltak i 2084 fordelt på strategiens hovedinnsatsområder (se arket «Tiltak»)"
    ov["A2"].font = Font(italic=True, size=9)
    ov["A4"], ov["B4"] = "Hovedinnsatsområde", "Antall tiltak"
    ov["A4"].font = ov["B4"].font = Font(bold=True)
    areas = [("1 Gode valg", 2), ("2 Læring i arbeidslivet", 4), ("3 Voksne med svak tilknytning", 0)]
    for i, (a, n) in enumerate(areas, 5):
        ov.cell(i, 1, a)
        ov.cell(i, 2, n)
    ov.column_dimensions["A"].width = 32
    ov.column_dimensions["B"].width = 14
    ch = BarChart()
    ch.type = "col"
    ch.title = "Tiltak per hovedinnsatsområde"
    ch.y_axis.title = "Antall"
    ch.legend = None
    ch.add_data(Reference(ov, min_col=2, min_row=4, max_row=7), titles_from_data=True)
    ch.set_categories(Reference(ov, min_col=1, min_row=5, max_row=7))
    ch.width, ch.height = 14, 7.5
    ov.add_chart(ch, "D4")

    ws = wb.create_sheet("Tiltak")
    ws["A1"] = "Tiltak i oppfølgingen av kompetansestrategien – YS 2084"
    ws["A1"].font = Font(bold=True, size=13)
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="F4CCCC")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = []
    for i, (name, txt, dm, kind, ans, med, n, kom, seed, ty) in enumerate(ROWS, 4):
        vals = [name, txt, dm, kind, ans, "\n".join(med) or None, n, kom or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), txt))
    for col, w in zip("ABCDEFGH", [28, 55, 10, 16, 16, 20, 10, 26]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, 3 + len(ROWS))
    save_xlsx(wb, out / FILENAME, "YS")
    return rows


def text(path) -> str:
    return xlsx_text(path)
