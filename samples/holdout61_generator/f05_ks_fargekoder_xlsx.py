"""KS: a one-sheet list where the kind of measure is given only by the fill colour of the Tiltak cell, explained by
a row of coloured legend cells above the table. A measure ended in 2080 is struck through and a 2082 plan is in
italics – the legend line says so; no column gives the year or status."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "KS kompetansetiltak 2081 fargekodet.xlsx"
MEMBER = "KS"
FORMAT = "XLSX (openpyxl), fill colours as data, strike-through and italic fonts, zip normalised"
SHAPE = ("one sheet: title, a legend row of six filled cells in KS's words (Råd og nettverk / Opplæring / "
         "Arrangement / Utredning / Utviklingsprosjekt / Informasjon og veiledning), a line «Gjennomstreket = "
         "avsluttet i 2080 · kursiv = planlagt 2082», header Tiltak / Delmål / KS-enhet / Samarbeid / Kort om "
         "tiltaket / Kontakt; the kind of each measure is only the fill colour of its Tiltak cell; the year only "
         "the font (strike-through, italic)")
NOT_TRUTH = ("the title, the legend row and line, the header, the Kontakt cells, the struck-through row "
             "'Heltidskultur – kampanje i kommunene' (ended 2080) and the italic row 'Digital lærlingportal for "
             "kommunene' (planned 2082)")
SPLIT_FIELDS = ("samarbeidspartnere",)

LEGEND = [("Råd og nettverk", "BDD7EE", RAD), ("Opplæring", "C6EFCE", KURS), ("Arrangement", "F8CBAD", ARR),
          ("Utredning", "D9C3E9", FOU), ("Utviklingsprosjekt", "FFE699", PROSJEKT),
          ("Informasjon og veiledning", "D9D9D9", INFO)]
COLOUR = {w: c for w, c, _t in LEGEND}
TYPE = {w: t for w, _c, t in LEGEND}

# name, legend word, delmål, unit, partners, text, contact, font ("" / "strike" / "italic"), seed
ITEMS = [
    ("Faglig råd for helse- og oppvekstfag", "Råd og nettverk", "2.3", "KS Arbeidsgiverpolitikk", "",
     "KS har én plass i rådet, som er ett av de faglige rådene under Samarbeidsrådet for yrkesopplæring. Rådet "
     "foreslo i 2081 en ny struktur for helsefagarbeiderfaget.", "Siri Lunde", "", "M01"),
    ("Nasjonalt råd for lærerutdanning", "Råd og nettverk", "1.4", "KS Utdanning", "",
     "KS har en observatørplass i UHRs råd for lærerutdanning og tok opp praksis i barnehagelærerutdanningen.",
     "Per Ove Dahl", "", "M06"),
    ("Partnerskapsforum for lærerutdanning i Nord", "Råd og nettverk", "1.4", "KS Nord-Norge",
     "UiT Norges arktiske universitet, Nord universitet",
     "Et regionalt forum etter modell av det nasjonale rådet for lærerutdanning, der KS Nord-Norge og de to "
     "universitetene møtes om praksisplasser i kommunene. Forumet er KS Nord-Norges eget.", "Ellen Bakke", "",
     None),
    ("Yrkesfagfestivalen 2081", "Arrangement", "2.3", "KS Utdanning", "Møre og Romsdal fylkeskommune, YS",
     "Festivalen i Ålesund i oktober samlet 6 000 elever fra ungdomsskolen. KS sørget for at kommunale "
     "lærebedrifter var med.", "Per Ove Dahl", "", "J03"),
    ("Helsefagløftet", "Opplæring", "3.1", "KS Arbeidsgiverpolitikk", "Spekter, fylkeskommunene",
     "Ufaglærte i kommunale helse- og omsorgstjenester tar fagbrev som helsefagarbeider mens de er i jobb; 1 450 "
     "deltakere i 120 kommuner.", "Siri Lunde", "", "J05"),
    ("Veileder for kommunale kompetanseplaner", "Informasjon og veiledning", "1.2", "KS Kommuneutvikling", "",
     "Ny digital veileder som hjelper kommunene å lage strategiske kompetanseplaner, lansert i april.",
     "Mona Rasmussen", "", None),
    ("Kompetanseløft i kommunale barnehager – pilot", "Utviklingsprosjekt", "2.4", "KS Utdanning",
     "Dronning Mauds Minne Høgskole",
     "Pilot i ti kommuner der assistenter i barnehagen tar barne- og ungdomsarbeiderfaget med veiledning på "
     "arbeidsplassen.", "Mona Rasmussen", "", None),
    ("Heltidskultur – kampanje i kommunene", "Informasjon og veiledning", "2.4", "KS Arbeidsgiverpolitikk", "",
     "Kampanjen ble avsluttet i desember 2080.", "Siri Lunde", "strike", ""),
    ("Digital lærlingportal for kommunene", "Utviklingsprosjekt", "2.3", "KS Utdanning", "fylkeskommunene",
     "Portal der kommunene kan lyse ut og følge opp læreplasser. Oppstart er planlagt i 2082.", "Per Ove Dahl",
     "italic", ""),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2081"
    ws["A1"] = "KS – kompetansetiltak 2081"
    ws["A1"].font = Font(bold=True, size=14, color="005A70")
    ws["A2"] = "Fargen i Tiltak-kolonnen viser type tiltak:"
    ws["A2"].font = Font(size=9)
    for j, (w, col, _t) in enumerate(LEGEND, 1):
        c = ws.cell(row=3, column=j, value=w)
        c.fill = PatternFill("solid", fgColor=col)
        c.border = BOX
        c.font = Font(size=9)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A4"] = "Gjennomstreket = avsluttet i 2080 · kursiv = planlagt 2082"
    ws["A4"].font = Font(size=9, italic=True)
    hdr = ["Tiltak", "Delmål", "KS-enhet", "Samarbeid", "Kort om tiltaket", "Kontakt"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005A70")
        c.border = BOX
    rows = []
    for i, (name, word, dm, unit, med, txt, contact, style, seed) in enumerate(ITEMS, 7):
        vals = [name, dm, unit, med, txt, contact]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.font = Font(strike=(style == "strike"), italic=(style == "italic"), color="595959" if style else None)
        ws.cell(row=i, column=1).fill = PatternFill("solid", fgColor=COLOUR[word])
        if not style:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, TYPE[word], unit, med, txt))
    for col, w in zip("ABCDEF", [40, 9, 24, 30, 70, 16]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[3].height = 28
    ws.freeze_panes = "A7"
    save_xlsx(wb, out / FILENAME, "KS")
    return rows


def text(path) -> str:
    return xlsx_text(path)
