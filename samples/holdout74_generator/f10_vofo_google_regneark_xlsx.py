"""VOFO: a shared Google Sheets spreadsheet downloaded as Microsoft Excel: an XLSX package without docProps parts and
without a theme, sheet «Ark1», Arial 10, the header in row 1 with no title above it. The kind is given only by
hashtags in a «Stikkord» column («#forum #karriereveiledning», «#videreutdanning #veiledere», «#kartlegging …»,
«#kampanje …»); delmål as a plain code typed as text. Partners parted by semicolons. The NFK seat is worded with the
forum's name in a different order. The trap is a second phase of the joint further-education programme that VOFO runs
alone. A conference held every second year, next in April 2095, is told only in words."""
from __future__ import annotations

import io

from .common import FOU, INFO, KURS, RAD, repackage, row, xlsx_text

FILENAME = "VOFO tiltak 2094.xlsx"
MEMBER = "VOFO"
FORMAT = ("XLSX shaped like a Google Sheets download («Fil → Last ned → Microsoft Excel»): written with xlsxwriter "
          "(shared strings), then "
          "repackaged without docProps parts and without a theme part, content types and relationships to match; "
          "sheet «Ark1», Arial 10; fixed zip timestamps")
SHAPE = ("shared working sheet with no title: header in row 1 Tiltak / Beskrivelse / Delmål / Stikkord / Ansvarlig / "
         "Partnere, frozen; delmål typed as text («1.3»); the kind given only by hashtags in «Stikkord» (#forum, "
         "#videreutdanning, #kurs, #kartlegging, #kampanje, #konferanse, with a topic tag beside it); partners parted "
         "by semicolons; the NFK seat «Forum for karriereveiledning (nasjonalt) – frivillig sektor»; VOFO's own second "
         "phase of the joint further education right under it; a conference held every second year, next in April "
         "2095, told only in words")
NOT_TRUTH = ("the header, the Delmål and Stikkord cells, the semicolons between partners, row 7 "
             "'Studieforbundskonferansen' (held every second year, next in April 2095)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Stikkord", "Ansvarlig", "Partnere"]
# name, beskrivelse, dm, stikkord, ansvarlig, partners, seed, type
ROWS = [
    ("Forum for karriereveiledning (nasjonalt) – frivillig sektor",
     "VOFO representerer frivillig sektor og studieforbundene i Nasjonalt forum for karriereveiledning. Vi la fram "
     "et innspill om veiledning i studieforbundene.", "1.3", "#forum #karriereveiledning", "VOFO", [], "M05", RAD),
    ("Veilederløftet – studieforbundenes kull",
     "30 veiledere fra studieforbundene tok videreutdanningen i karriereveiledning sammen med veiledere fra "
     "karrieresentrene. Alle fullførte første semester.", "1.3", "#videreutdanning #veiledere", "VOFO",
     ["Kompetanseforbundet", "Høgskulen på Vestlandet"], "J04", KURS),
    ("Veilederløftet 2 – frivillige veiledere",
     "Ny fase for frivillige i lag og foreninger som veileder voksne. Startet i september med 40 deltakere. Fasen "
     "drives av VOFO alene og er ikke en del av Veilederløftet.", "1.3", "#kurs #frivillighet", "VOFO", [], None,
     KURS),
    ("Kartlegging av kurs i grunnleggende ferdigheter",
     "Oversikt over alle kurs i lesing, skriving, regning og digitale ferdigheter i studieforbundene, med "
     "deltakertall per fylke.", "3.2", "#kartlegging #grunnleggendeferdigheter", "VOFO", ["studieforbundene"], None,
     FOU),
    ("Kampanjen «Lær noe nytt i høst»",
     "Kampanje i sosiale medier og lokalaviser om kurs i studieforbundene for voksne. 1,2 millioner visninger.",
     "3.6", "#kampanje #læringslyst", "VOFO", ["studieforbundene", "Frivillighet Norge"], None, INFO),
    ("Studieforbundskonferansen",
     "Holdes annethvert år. Neste konferanse er i april 2095.", "3.6", "#konferanse", "VOFO", [], "", None),
]


def build(out) -> list[dict]:
    import datetime as _dt

    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"created": _dt.datetime(2095, 1, 15, 8, 0, 0)})
    wb.formats[0].set_font_name("Arial")
    wb.formats[0].set_font_size(10)
    ws = wb.add_worksheet("Ark1")
    hf = wb.add_format({"font_name": "Arial", "font_size": 10, "bold": True, "bg_color": "#D9EAD3"})
    cf = wb.add_format({"font_name": "Arial", "font_size": 10, "text_wrap": True, "valign": "bottom"})
    tf = wb.add_format({"font_name": "Arial", "font_size": 10, "num_format": "@", "valign": "bottom"})
    for i, h in enumerate(HEAD):
        ws.write_string(0, i, h, hf)
    rows = []
    for k, (name, besk, dm, tags, ans, med, seed, ty) in enumerate(ROWS, 1):
        vals = [name, besk, dm, tags, ans, "; ".join(med)]
        for i, v in enumerate(vals):
            if v:
                ws.write_string(k, i, v, tf if i == 2 else cf)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), besk))
    for i, w in enumerate([38, 70, 9, 32, 12, 36]):
        ws.set_column(i, i, w)
    ws.freeze_panes(1, 0)
    wb.close()
    (out / FILENAME).write_bytes(repackage(buf.getvalue(), drop=("docProps/", "xl/theme/")))
    return rows


def text(path) -> str:
    return xlsx_text(path)
