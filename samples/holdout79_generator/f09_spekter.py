"""Spekter: an Excel list made with Excel's in-cell checkboxes: six columns in Spekter's own words hold a boolean
cell each, formatted as a checkbox (a cell format that points through an extension to the workbook's feature
property bag), and the ticked one gives the kind. Text readers see TRUE and FALSE. A web course closed at the end
of 2098 still has its box ticked; that it was closed is told only in words."""
from __future__ import annotations

import io

from .common import ARR, FOU, KURS, PROSJEKT, RAD, WHEN, repack79, row, xlsx_all_text

FILENAME = "Spekter – tiltak KPR 2099.xlsx"
MEMBER = "Spekter"
FORMAT = ("XLSX written with XlsxWriter using Excel's in-cell checkboxes: boolean cells whose cell format carries the "
          "xfpb:xfComplement extension, xl/featurePropertyBag/featurePropertyBag.xml (Checkbox, XFControls, "
          "XFComplement and XFComplements bags) related from the workbook; one sheet, title and a note above the "
          "header, wrapped text, frozen header; zip normalised")
SHAPE = ("ordinary Excel list whose kind is a ticked checkbox among six: title in row 1, a note in row 2 («Kryss av "
         "for én tiltakstype»), header on row 4 Tiltak / Hva ble gjort / Delmål / Representasjon / Opplæring / "
         "Kartlegging / Utviklingsprosjekt / Kommunikasjon / Konferanse / Ansvarlig / Partnere; each of the six kind "
         "cells is TRUE or FALSE shown as a checkbox, exactly one TRUE per row; delmål as a plain code; the RSA seat "
         "«Helse Vest i rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet»; Spekter's own course for "
         "leaders new in the councils (about RSA, not a seat); a web course closed at the end of 2098 whose box is "
         "still ticked, told only in words")
NOT_TRUTH = ("the title and the note, the header, the Delmål cells, the TRUE/FALSE checkbox cells, the row "
             "'Nettkurs i turnusplanlegging' (closed at the end of 2098)")
SPLIT_FIELDS = ("samarbeidspartnere",)

KINDS = ["Representasjon", "Opplæring", "Kartlegging", "Utviklingsprosjekt", "Kommunikasjon", "Konferanse"]

# name, text, delmål, kind, ansvarlig, partnere, seed, type
ROWS = [
    ("Helse Vest i rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet",
     "Helse Vest RHF har to plasser i rådet. Rådet drøftet praksisplasser for sykepleierstudenter og nye "
     "videreutdanninger i akuttsykepleie.", "1.4", "Representasjon", "Helse Vest RHF", "", "M02", RAD),
    ("Kurs for ledere som skal inn i RSA-rådene",
     "Spekter holdt et todagers kurs for ledere i helseforetakene som er nye i rådene for samarbeid med arbeidslivet, "
     "om hvordan de kan fremme sykehusenes behov. Kurset var Spekters eget og ikke en del av rådenes arbeid.", "1.4",
     "Opplæring", "Spekter", "", None, KURS),
    ("Språksporet i helseforetakene",
     "Fem helseforetak la norskopplæring inn i turnusen for ansatte med kort botid, og 30 språkombud ble lært opp.",
     "3.4", "Utviklingsprosjekt", "Spekter helse", "KS, Unio, Helse Midt-Norge RHF", "J05", PROSJEKT),
    ("Kartlegging av kompetansebehov i laboratoriefag",
     "Spekter kartla behovet for bioingeniører og helsesekretærer fram mot 2110 i alle helseregionene.", "2.2",
     "Kartlegging", "Spekter helse", "Helse Sør-Øst RHF", None, FOU),
    ("Kompetansekonferansen i spesialisthelsetjenesten",
     "Konferanse i Bodø om strategisk kompetanseplanlegging i sykehus. 260 deltok.", "2.4", "Konferanse",
     "Spekter", "Fagforbundet, Delta", None, ARR),
    ("Nettkurs i turnusplanlegging",
     "Kurset ble lagt ned ved utgangen av 2098 og er erstattet av kurs i regi av helseforetakene.", "2.4",
     "Opplæring", "Spekter", "", "", None),
]


def build(out) -> list[dict]:
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"title": "Tiltak KPR 2099", "author": "Torunn Vik", "company": "Spekter",
                       "created": WHEN})
    ws = wb.add_worksheet("Tiltak 2099")
    title = wb.add_format({"bold": True, "font_size": 14})
    note = wb.add_format({"italic": True, "font_size": 10})
    head = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1, "text_wrap": True, "valign": "vcenter",
                          "font_size": 10})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "font_size": 10})
    code = wb.add_format({"valign": "top", "border": 1, "font_size": 10, "num_format": "@"})
    box = wb.add_format({"align": "center", "valign": "top", "border": 1})
    ws.write(0, 0, "Spekter – tiltak rapportert til Kompetansepolitisk råd for 2099", title)
    ws.write(1, 0, "Kryss av for én tiltakstype per tiltak.", note)
    cols = ["Tiltak", "Hva ble gjort", "Delmål"] + KINDS + ["Ansvarlig", "Partnere"]
    widths = [34, 52, 8] + [13] * 6 + [18, 24]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(3, c, h, head)
        ws.set_column(c, c, w)
    for r, (name, txt, dm, kind, ans, par, *_x) in enumerate(ROWS, 4):
        ws.write(r, 0, name, cell)
        ws.write(r, 1, txt, cell)
        ws.write_string(r, 2, dm, code)
        for k, kk in enumerate(KINDS):
            ws.insert_checkbox(r, 3 + k, kk == kind, box)
        ws.write(r, 9, ans, cell)
        ws.write(r, 10, par, cell)
        ws.set_row(r, 15 * max(2, -(-len(txt) // 50)) + 2)
    ws.freeze_panes(4, 1)
    wb.close()
    (out / FILENAME).write_bytes(repack79(buf.getvalue()))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, t) for n, t, dm, _k, a, p, seed, ty in ROWS if ty]


def ticks(path) -> list[list[bool]]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path)).active
    return [[ws.cell(row=r, column=c).value is True for c in range(4, 10)] for r in range(5, 5 + len(ROWS))]


def text(path) -> str:
    return xlsx_all_text(path)
