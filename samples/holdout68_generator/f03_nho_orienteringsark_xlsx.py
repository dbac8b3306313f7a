"""NHO: an ordinary Excel list. Sheet «Tiltak 2088» has a title in row 1, a line in row 2 and the header on row 4:
Nr / Tiltak eller aktivitet / Kort fortalt / Treffer strategiens punkt / Hva slags / Hvem i NHO / Partnere /
Kontaktperson. NHO's own numbering («NHO-88-03») in Nr; the delmål as «punkt 2.4». Partners in running text. A second
sheet «Til orientering» has the same header and holds two items outside 2088 (one ended last year, one moved to
2089). The trap is NHO Arktis' own extra module to the joint havbruk programme."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO – kompetansetiltak 2088.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets with the same header, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: sheet «Tiltak 2088» with a title and a line in rows 1–2, header on row 4 Nr / Tiltak "
         "eller aktivitet / Kort fortalt / Treffer strategiens punkt / Hva slags / Hvem i NHO / Partnere / "
         "Kontaktperson; NHO's own numbering («NHO-88-03»); the delmål as «punkt 2.4»; NHO's kind words (Medlem av "
         "råd, Bransjeprogram, Opplæringsmodul, Kartlegging, Kampanje, Bedriftsnettverk); partners as running text "
         "(«Fellesforbundet og fagskolene i Nord-Norge»); a second sheet «Til orientering» with the same header "
         "holding two items outside 2088 (ended last year, moved to March 2089)")
NOT_TRUTH = ("the title and the line under it, the header, the Nr, Treffer strategiens punkt, Hva slags and "
             "Kontaktperson cells, the whole sheet «Til orientering» (the business meeting on fagskoler moved to 12 "
             "March 2089, the mentor programme for apprentices that ended last year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Nr", "Tiltak eller aktivitet", "Kort fortalt", "Treffer strategiens punkt", "Hva slags", "Hvem i NHO",
        "Partnere", "Kontaktperson"]

# nr, name, text, punkt, kind, who, partner text, partners truth, contact, seed, dm, type
ROWS = [
    ("NHO-88-01", "Samarbeidsrådet for yrkesopplæring (SRY)",
     "NHO har ledet SRY i perioden 2086–2089. Rådet behandlet i 2088 tilbudsstrukturen for yrkesfag og "
     "dimensjoneringen av læreplasser.", "punkt 2.3", "Medlem av råd", "Kompetanseavdelingen", "", "",
     "kari.sand@nho.no", "M04", "2.3", RAD),
    ("NHO-88-02", "Bransjeprogrammet havbruk",
     "NHO Sjømat har sammen med partnerne utviklet åtte moduler i fiskehelse og drift. I 2088 gjennomførte 610 "
     "ansatte minst én modul.", "punkt 2.4", "Bransjeprogram", "NHO Sjømat",
     "Fellesforbundet og fagskolene i Nord-Norge", "Fellesforbundet, fagskolene i Nord-Norge", "per.olsen@nho.no",
     "J02", "2.4", KURS),
    ("NHO-88-03", "Bransjeprogrammet havbruk – tilleggsmodul for Troms og Finnmark",
     "NHO Arktis har på egen hånd laget en tilleggsmodul om drift i kaldt klima for bedrifter i nord, med 85 "
     "deltakere. Modulen er NHO Arktis' egen og er ikke en del av det nasjonale bransjeprogrammet.", "punkt 2.4",
     "Opplæringsmodul", "NHO Arktis", "UiT Norges arktiske universitet", "UiT Norges arktiske universitet",
     "ane.berg@nho.no", None, "2.4", KURS),
    ("NHO-88-04", "Kompetansekartlegging i små bedrifter",
     "Spørreundersøkelse til 2 300 små og mellomstore bedrifter om hvilke kompetansebehov de har, og hvordan de "
     "dekker dem. Rapporten ble lagt fram i oktober.", "punkt 2.2", "Kartlegging", "Analyseavdelingen",
     "utført av Opinion AS", "Opinion AS", "lars.kvam@nho.no", None, "2.2", FOU),
    ("NHO-88-05", "Kampanjen «Bli fagarbeider i bygg»",
     "Kampanje i sosiale medier og på ungdomsskoler for å få flere unge til å velge yrkesfag i bygg og industri. "
     "Filmene ble sett 1,4 millioner ganger.", "punkt 2.3", "Kampanje", "Byggenæringens Landsforening",
     "Norsk Industri", "Norsk Industri", "mona.holm@bnl.no", None, "2.3", INFO),
    ("NHO-88-06", "Bedriftsnettverk for praksisplasser",
     "Nettverk av 85 NHO-bedrifter som tar imot arbeidssøkere fra Nav i praksis med opplæring. I 2088 fikk 410 "
     "personer praksisplass, og 150 fikk jobb etterpå.", "punkt 3.3", "Bedriftsnettverk", "NHO Service og Handel",
     "i samarbeid med Nav", "Nav", "eva.lie@nho.no", None, "3.3", RAD),
]
ORIENTERING = [
    ("NHO-87-07", "Næringslivsmøte om fagskolene",
     "Flyttet til 12. mars 2089 fordi for få hadde meldt seg på til høstens møte.", "punkt 1.4", "Møte",
     "NHO Vestland", "Fagskulen Vestland", "", "siri.aa@nho.no"),
    ("NHO-87-04", "Mentorordning for lærlinger i industrien",
     "Avsluttet i fjor etter tre år. Sluttrapporten ligger på nho.no.", "punkt 2.3", "Program", "Norsk Industri",
     "", "", "tor.rud@norskindustri.no"),
]


def _sheet(ws, title, line, items, border):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = line
    ws["A2"].font = Font(size=10, italic=True, color="595959")
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    for i, vals in enumerate(items, 5):
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
    for col, w in zip("ABCDEFGH", [11, 32, 60, 14, 17, 22, 28, 24]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 4 + len(items))
    ws.freeze_panes = "A5"


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws = wb.active
    ws.title = "Tiltak 2088"
    items = [(nr, name, txt, punkt, kind, who, ptxt, contact)
             for nr, name, txt, punkt, kind, who, ptxt, _pt, contact, _s, _d, _t in ROWS]
    _sheet(ws, "NHO – tiltak som følger opp kompetansestrategien", "Rapport til Kompetansepolitisk råd for 2088. "
           "Punkt = delmål i Nasjonal kompetansepolitisk strategi.", items, border)
    ws2 = wb.create_sheet("Til orientering")
    _sheet(ws2, "Til orientering – ikke tiltak i 2088", "Tiltak som er avsluttet eller flyttet. Tas ikke med i "
           "årets rapportering.", ORIENTERING, border)
    rows = [row(FILENAME, MEMBER, name, seed, dm, ty, who, pt, txt)
            for _nr, name, txt, _p, _k, who, _ptxt, pt, _c, seed, dm, ty in ROWS]
    save_xlsx(wb, out / FILENAME, "NHO Kompetanseavdelingen")
    return rows


def text(path) -> str:
    return xlsx_text(path)
