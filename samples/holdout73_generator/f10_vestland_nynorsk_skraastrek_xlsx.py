"""Vestland fylkeskommune: an ordinary Nynorsk Excel list with the delmål only as Nynorsk paraphrase (no codes),
the county's own kind words and the partners parted by « / » in one cell. The trap is the county's own regional forum
for career counsellors, the row right under the NFK seat. Two rows are outside 2093, said only in words («vart flytta og
vert halden i januar 2094», «Tilbodet tek til i januar 2094»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Vestland fylkeskommune – tiltak 2093.xlsx"
MEMBER = "Vestland fylkeskommune"
FORMAT = "XLSX (openpyxl), Nynorsk, one sheet, title and a line above the header, wrapped text, autofilter, zip normalised"
SHAPE = ("ordinary Nynorsk Excel list: title in row 1 and a line in row 2, header on row 4 Tiltak / Kva og korleis / "
         "Delmål / Kategori / Eining / Partnarar; the delmål only as Nynorsk paraphrase («Karriererettleiing for "
         "alle» = 1.3, «Dokumentert kompetanse og fagbrev» = 2.5, «Regionalt ansvar for kompetansepolitikken» = 1.2, "
         "«Norskopplæring for innvandrarar» = 3.4, «Kunnskap om kompetansebehova» = 1.1); the county's kind words "
         "(Forumarbeid, Regionalt forum, Felles prosjekt, Nettverk, Kurstilbod, Kartlegging, Messe, Vaksenopplæring); "
         "partners parted by « / » in one cell; the county's own regional forum right under the NFK seat; two rows "
         "outside 2093 only by words")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål and Kategori cells, the slashes between partners, "
             "the row 'Yrkesmessa i Bergen' (moved to January 2094), the row 'Vaksenopplæring på Stord' (starts in "
             "January 2094)")
SPLIT_FIELDS = ("samarbeidspartnere",)

D13 = "Karriererettleiing for alle"
HEAD = ["Tiltak", "Kva og korleis", "Delmål", "Kategori", "Eining", "Partnarar"]
# name, text, delmål words, kind, eining, partners, seed, dm, type
ROWS = [
    ("Nasjonalt forum for karriererettleiing",
     "Karriere Vestland møtte for fylkeskommunane i forumet. Forumet arbeidde i 2093 med kvalitetskrav til "
     "karriererettleiing for vaksne.", D13, "Forumarbeid", "Karriere Vestland", [], "M01", "1.3", RAD),
    ("Vestland forum for karriererettleiing",
     "Fylkeskommunen skipa i mars eit regionalt forum for karriererettleiarar i skule, Nav og kommunar, med fire møte "
     "i 2093. Forumet er fylkeskommunen sitt eige og er ikkje ein del av Nasjonalt forum for karriererettleiing.", D13,
     "Regionalt forum", "Karriere Vestland", ["Nav Vestland", "KS Vestland"], None, "1.3", RAD),
    ("Fagbrev på tvers i Vestland",
     "Fylkeskommunen tilpassa fagprøvane og teoriopplæringa for fagarbeidarar som tek fagbrev nummer to. 64 "
     "deltakarar i Vestland, og 21 tok fagprøve i 2093.", "Dokumentert kompetanse og fagbrev", "Felles prosjekt",
     "Fagopplæring", ["LO Vestland", "NHO Vestland"], "J01", "2.5", PROSJEKT),
    ("Regionalt kompetansenettverk i Sunnhordland",
     "Nettverk for kommunar, bedrifter og Fagskulen Vestland om kompetansebehov i Sunnhordland. Fem samlingar i "
     "2093.", "Regionalt ansvar for kompetansepolitikken", "Nettverk", "Regional utvikling",
     ["Fagskulen Vestland", "Stord kommune"], None, "1.2", RAD),
    ("Norskkurs for tilsette i havbruk",
     "Kveldskurs i norsk for tilsette med innvandrarbakgrunn i havbruksnæringa i Hardanger og Sunnfjord. 90 "
     "deltakarar.", "Norskopplæring for innvandrarar", "Kurstilbod", "Vaksenopplæringa", ["Sjømat Norge"], None,
     "3.4", KURS),
    ("Kartlegging av kompetansebehov i Nordfjord",
     "Spørjeundersøking blant 300 verksemder i Nordfjord om kva kompetanse dei treng dei neste fem åra. Rapporten kom "
     "i oktober.", "Kunnskap om kompetansebehova", "Kartlegging", "Regional utvikling", ["Vestlandsforsking"], None,
     "1.1", FOU),
    ("Yrkesmessa i Bergen",
     "Messa vart flytta og vert halden i januar 2094.", "Karrieremoglegheiter i yrkesfag", "Messe",
     "Opplæring og kompetanse", [], "", "", None),
    ("Vaksenopplæring på Stord",
     "Modulbasert vidaregåande opplæring for vaksne. Tilbodet tek til i januar 2094.", "Fleksibel opplæring for vaksne",
     "Vaksenopplæring", "Vaksenopplæringa", ["Stord kommune"], "", "", None),
]
WIDTHS = [34, 60, 28, 18, 22, 28]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2093"
    ws["A1"] = "Vestland fylkeskommune – tiltak i den nasjonale kompetansestrategien 2093"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Rapport til Kompetansepolitisk råd. Utfylt av seksjon for kompetanse, 13.01.2094."
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    thin = Side(style="thin", color="7F7F7F")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Calibri", size=11, bold=True)
        c.fill = PatternFill("solid", fgColor="C5E0B4")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (name, txt, dmw, kind, ein, partners, seed, dm, ty) in enumerate(ROWS):
        r = 5 + k
        vals = [name, txt, dmw, kind, ein, " / ".join(partners)]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Calibri", size=11)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ein, ", ".join(partners), txt))
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 5, 4 + len(ROWS), 15)
    ws.auto_filter.ref = f"A4:F{4 + len(ROWS)}"
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "Sigrid Heggheim")
    return rows


def text(path) -> str:
    return xlsx_text(path)
