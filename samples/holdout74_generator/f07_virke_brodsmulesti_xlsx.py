"""Virke: an ordinary Excel list whose goal column is a breadcrumb «area › delmål», both in Virke's short words
(«Læring i arbeidslivet › Yrkesfag» = 2.3, «Gode valg › Utdanning og arbeidsliv» = 1.4, «Svak tilknytning › Norsk og
kvalifisering» = 3.4); no code anywhere. Partners joined with « + ». Two council seats (SRY as a standing member with
its period, RSA by the institution). A conference postponed to March 2095 is told only in words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .common import ARR, KURS, PROSJEKT, RAD, row, save_xlsx, sheet_table, xlsx_text

FILENAME = "Virke_innsats_2094.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), one sheet, title and a note above the header, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, a note in row 2 («Strategikolonnen viser innsatsområde › delmål …»), "
         "header on row 4 Innsats / Slik gjorde vi det / Strategi (område › delmål) / Innsatstype / Virke-ansvarlig / "
         "Partnere; the goal only as a breadcrumb of Virke's short words for the area and the delmål («Læring i "
         "arbeidslivet › Yrkesfag» = 2.3, «Læring i arbeidslivet › Digital kompetanse» = 2.1, «Læring i arbeidslivet "
         "› Kunnskap om læring» = 2.2, «Gode valg › Utdanning og arbeidsliv» = 1.4, «Svak tilknytning › Norsk og "
         "kvalifisering» = 3.4); Virke's kind words (Rådsplass, Markering, Felles prosjekt, Kursprogram, Nettverk, "
         "Konferanse); partners joined with « + »; the SRY seat «Virke i SRY (fast medlem 2092–2096)», the RSA seat "
         "«RSA-plass ved Universitetet i Sørøst-Norge»; a conference postponed to March 2095 told only in words")
NOT_TRUTH = ("the title and the note, the header, the Strategi and Innsatstype cells, the « + » between partners, row 11 "
             "'Handelskonferansen 2094' (postponed to March 2095)")
SPLIT_FIELDS = ("samarbeidspartnere",)

CRUMB = {"1.4": "Gode valg › Utdanning og arbeidsliv", "2.1": "Læring i arbeidslivet › Digital kompetanse",
         "2.2": "Læring i arbeidslivet › Kunnskap om læring", "2.3": "Læring i arbeidslivet › Yrkesfag",
         "3.4": "Svak tilknytning › Norsk og kvalifisering"}
HEAD = ["Innsats", "Slik gjorde vi det", "Strategi (område › delmål)", "Innsatstype", "Virke-ansvarlig", "Partnere"]
WIDTHS = [34, 58, 30, 16, 18, 26]
# name, slik, dm, type word, ansvarlig, partners, seed, type
ROWS = [
    ("Virke i SRY (fast medlem 2092–2096)",
     "Virke har én av arbeidsgiverplassene i Samarbeidsrådet for yrkesopplæring. SRY ga i 2094 råd om dimensjonering "
     "av læreplasser i handel og service.", "2.3", "Rådsplass", "Virke Kompetanse", [], "M01", RAD),
    ("RSA-plass ved Universitetet i Sørøst-Norge",
     "Virke har arbeidslivets plass for handel og service i rådet for samarbeid med arbeidslivet ved USN. Rådet "
     "drøftet praksis i økonomi- og ledelsesutdanningene.", "1.4", "Rådsplass", "Virke Sør", [], "M02", RAD),
    ("Fagbrevdagen 2094 i handelen",
     "Virke markerte nye salgsfagarbeidere i butikk og på lager med utdeling på arbeidsplassene i 12 kjeder.", "2.3",
     "Markering", "Virke Handel", ["Handel og Kontor", "fylkeskommunene"], "J03", ARR),
    ("Språkspor",
     "Virke-medlemmer i varehandel og renhold deltok med 140 ansatte som lærte norsk gjennom språkspor på jobben.",
     "3.4", "Felles prosjekt", "Virke Kompetanse", ["KS", "YS", "HK-dir"], "J05", PROSJEKT),
    ("Kursprogram i digital markedsføring for butikkansatte",
     "Åtte nettmoduler for ansatte i små butikker. 1 900 fullførte minst én modul.", "2.1", "Kursprogram",
     "Virke Handel", ["Handel og Kontor"], None, KURS),
    ("HR-nettverk for kompetanseledelse",
     "Nettverk for HR-ledere i 30 medlemsvirksomheter som deler erfaringer med kompetansekartlegging og "
     "læringstiltak.", "2.2", "Nettverk", "Virke HR", [], None, RAD),
    ("Handelskonferansen 2094",
     "Konferansen er utsatt til mars 2095.", "2.1", "Konferanse", "Virke Handel", [], "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Innsats 2094"
    ws["A1"] = "Virke – innsats i kompetansestrategien 2094"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True, color="00573F")
    ws["A2"] = "Strategikolonnen viser innsatsområde › delmål med Virkes korte navn på delmålet."
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    body = [[name, slik, CRUMB[dm], kind, ans, " + ".join(med)] for name, slik, dm, kind, ans, med, _s, _t in ROWS]
    sheet_table(ws, 4, HEAD, body, WIDTHS, "C6E0B4")
    rows = [row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), slik)
            for name, slik, dm, _kind, ans, med, seed, ty in ROWS if ty]
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "Camilla Strand Holm")
    return rows


def text(path) -> str:
    return xlsx_text(path)
