"""Unio: an Excel list with one description column per working form – the description of a measure is written in
the column of its form and the other five are left empty, so the kind is given only by where the text stands. A
conference moved to March 2100 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, lines_needed, row, xlsx_all_text, xlsx_bytes

FILENAME = "Unio_tiltak_2099.xlsx"
MEMBER = "Unio"
FORMAT = ("XLSX (openpyxl), one sheet, title and a note above the header, six description columns under a merged "
          "group heading, wrapped text, frozen panes, zip normalised")
SHAPE = ("Excel list where the kind is the column the description stands in: title in row 1, a note in row 2 "
         "(«Omtalen står i kolonnen for tiltaksformen; de andre fem er tomme»), a merged group heading «Omtale – "
         "skrevet i kolonnen for tiltaksformen» over D–I in row 3, header on row 4 Tiltak / Forbund / Delmål / Råd "
         "og nettverk / Opplæring / Utredning / Fagdager og konferanser / Informasjon / Utviklingsarbeid / Sammen "
         "med; each row has text in exactly one of D–I; delmål as a plain code; the RSA seat «Utdanningsforbundets "
         "to plasser i RSA-rådet for lærerutdanningene ved OsloMet» and the UHR-FSE seat «Observatørplass i "
         "UHR-Lærerutdanning»; a conference moved to March 2100 told only in words (its text in the column for "
         "conferences)")
NOT_TRUTH = ("the title, the note and the group heading, the header, the Delmål cells, the empty description cells, "
             "the row 'Unio-konferansen om profesjonsutdanningene' (moved to March 2100)")
SPLIT_FIELDS = ("samarbeidspartnere",)

KINDS = ["Råd og nettverk", "Opplæring", "Utredning", "Fagdager og konferanser", "Informasjon", "Utviklingsarbeid"]

# name, forbund, delmål, kind column, omtale, med, seed, type
ROWS = [
    ("Utdanningsforbundets to plasser i RSA-rådet for lærerutdanningene ved OsloMet", "Utdanningsforbundet", "1.4",
     "Råd og nettverk",
     "Rådet for samarbeid med arbeidslivet drøftet praksisavtaler med skolene og rekrutteringen til "
     "lektorutdanningen. Utdanningsforbundet deltok på alle fire møtene.", "", "M02", RAD),
    ("Observatørplass i UHR-Lærerutdanning", "Utdanningsforbundet", "1.4", "Råd og nettverk",
     "Utdanningsforbundet fulgte den fagstrategiske enhetens arbeid med nye retningslinjer for praksis i "
     "grunnskolelærerutdanningene.", "", "M06", RAD),
    ("Språkombud i Språksporet", "Norsk Sykepleierforbund", "3.4", "Utviklingsarbeid",
     "NSF lærte opp 45 sykepleiere til språkombud på sykehus og sykehjem i prosjektet og fulgte dem opp med digitale "
     "veiledningsmøter.", "KS, Spekter", "J05", PROSJEKT),
    ("Videreutdanning i veiledning for fysioterapeuter", "Norsk Fysioterapeutforbund", "2.4", "Opplæring",
     "Studium på 15 studiepoeng i klinisk veiledning av studenter og nyutdannede. 70 fullførte.",
     "Høgskulen på Vestlandet", None, KURS),
    ("Kartlegging av kompetansebehov i politiet", "Politiets Fellesforbund", "2.2", "Utredning",
     "Ipsos spurte 3 000 politiansatte om hvilken videreutdanning de trenger. Rapporten kom i november.", "Ipsos",
     None, FOU),
    ("Nettsider om realkompetanse for barnehageansatte", "Utdanningsforbundet", "2.5", "Informasjon",
     "Nye nettsider forklarer hvordan assistenter og fagarbeidere i barnehagen kan få vurdert realkompetansen sin "
     "og bygge videre mot barnehagelærerutdanning.", "", None, INFO),
    ("Unio-konferansen om profesjonsutdanningene", "Unio", "1.4", "Fagdager og konferanser",
     "Konferansen var satt til november, men er flyttet til mars 2100.", "", "", None),
]


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2099"
    ws["A1"] = "Unio – tiltak rapportert til Kompetansepolitisk råd for 2099"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Omtalen står i kolonnen for tiltaksformen; de andre fem omtalekolonnene er tomme."
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    ws.merge_cells("D3:I3")
    ws["D3"] = "Omtale – skrevet i kolonnen for tiltaksformen"
    ws["D3"].font = Font(name="Calibri", size=10, bold=True)
    ws["D3"].alignment = Alignment(horizontal="center")
    ws["D3"].fill = PatternFill("solid", fgColor="E2EFDA")
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = ["Tiltak", "Forbund", "Delmål"] + KINDS + ["Sammen med"]
    widths = [34, 20, 8, 26, 26, 26, 26, 26, 26, 18]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Calibri", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for r, (name, forb, dm, kind, om, med, *_x) in enumerate(ROWS, 5):
        vals = [name, forb, dm] + [om if k == kind else None for k in KINDS] + [med or None]
        height = 1
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = Font(name="Calibri", size=10)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 3:
                c.number_format = "@"
            if isinstance(v, str):
                height = max(height, lines_needed(v, widths[i - 1]))
        ws.row_dimensions[r].height = 14.5 * height + 2
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "B5"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Eirin Haugland"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, m, o) for n, f, dm, _k, o, m, seed, ty in ROWS if ty]


def kind_columns(path) -> list[list[int]]:
    """For each measure row, the description columns (D–I) that hold text (for verify)."""
    import openpyxl
    ws = openpyxl.load_workbook(str(path)).active
    return [[c for c in range(4, 10) if ws.cell(row=r, column=c).value] for r in range(5, 5 + len(ROWS))]


def text(path) -> str:
    return xlsx_all_text(path)
