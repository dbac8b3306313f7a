"""Vestland fylkeskommune: an ordinary Nynorsk Excel list. Header on row 3 Tiltak / Skildring / Delmål / Kva slags
tiltak / Ansvarleg / Partnarar / Merknad; the delmål in the county's Nynorsk words only (no codes); one row's
Partnarar cell says «sjå skildringa» and the partners stand in the description. Two seats (Nasjonalt fagskuleråd and
Nasjonalt forum for karriererettleiing) and the joint project; the trap is the county's own regional fagskule council.
One row is moved to the autumn of 2093, said only in its description."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, FSR, KURS, NFK, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Vestland fylkeskommune – tiltak 2092.xlsx"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("XLSX (openpyxl), Nynorsk, one sheet, title and a line above the header, wrapped text, frozen header, zip "
          "normalised")
SHAPE = ("ordinary Nynorsk Excel list: title and a line in rows 1–2, header on row 3 Tiltak / Skildring / Delmål / Kva "
         "slags tiltak / Ansvarleg / Partnarar / Merknad; the delmål only in the county's Nynorsk words "
         "(«Dokumentasjon av kompetanse frå arbeidslivet», «Regionalt ansvar for kompetansepolitikken»); the county's "
         "kind words (Rådsarbeid, Forum, Samarbeidsprosjekt, Regionalt råd, Opplæringstilbod, Analyse, Messe); one "
         "Partnarar cell «sjå skildringa» with the partners in the description («saman med KS Vest og Fagforbundet "
         "Vestland»); the FSR seat «Nasjonalt fagskuleråd – fylkeskommunane sin plass», the NFK seat «Nasjonalt forum "
         "for karriererettleiing»; a Merknad «Vidareført frå i fjor» on a 2092 row; one row moved to the autumn of "
         "2093")
NOT_TRUTH = ("the title and the line under it, the header, the Delmål and «Kva slags tiltak» cells, the «sjå "
             "skildringa» cell, the Merknad cells, the row 'Yrkesmesse i Førde' (moved to the autumn of 2093)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Skildring", "Delmål", "Kva slags tiltak", "Ansvarleg", "Partnarar", "Merknad"]
WIDTHS = [30, 60, 28, 18, 26, 26, 18]

# name, text, delmål words, kind, ansvarleg, partner cell, partners (truth), merknad, seed, delmål, type
ROWS = [
    ("Nasjonalt fagskuleråd – fylkeskommunane sin plass",
     "Vestland fylkeskommune hadde i 2092 plassen til fylkeskommunane i Nasjonalt fagskuleråd. Rådet drøfta mellom "
     "anna korleis fagskulane kan gi fleire korte tilbod for folk i jobb.",
     "Samarbeid mellom utdanning og arbeidsliv", "Rådsarbeid", "Seksjon for fagskule", "", "", "", FSR, "1.4", RAD),
    ("Nasjonalt forum for karriererettleiing",
     "Karriere Vestland møtte for fylkeskommunane i forumet og leidde arbeidsgruppa om rettleiing av vaksne i "
     "omstilling.", "Karriererettleiing", "Forum", "Karriere Vestland", "", "", "", NFK, "1.3", RAD),
    ("Fagbrev på deltid – Vestland",
     "Fylkeskommunen organiserte teoriundervisninga og fagprøvane for 190 vaksne tilsette i kommunane. Prosjektet "
     "vart gjennomført saman med KS Vest og Fagforbundet Vestland.",
     "Dokumentasjon av kompetanse frå arbeidslivet", "Samarbeidsprosjekt", "Seksjon for fag- og yrkesopplæring",
     "sjå skildringa", "KS Vest, Fagforbundet Vestland", "", "J01", "2.5", PROSJEKT),
    ("Fagskulerådet i Vestland",
     "Regionalt råd med fagskulane, NHO Vestland og LO Vestland som gir råd om kva fagskuletilbod fylket bør ha. "
     "Rådet er fylkeskommunen sitt eige og ikkje ein del av Nasjonalt fagskuleråd.",
     "Regionalt ansvar for kompetansepolitikken", "Regionalt råd", "Seksjon for fagskule", "NHO Vestland, LO Vestland",
     "NHO Vestland, LO Vestland", "", None, "1.2", RAD),
    ("Modulbasert vidaregåande opplæring for vaksne",
     "Vaksne kan ta vidaregåande opplæring i modular på kveldstid og på nett. 640 vaksne var i gang i 2092, og 120 "
     "fullførte.", "Fleksibel opplæring for vaksne", "Opplæringstilbod", "Vaksenopplæringa", "Nav Vestland",
     "Nav Vestland", "Vidareført frå i fjor", None, "3.1", KURS),
    ("Kompetansebehovsanalyse for havnæringane",
     "Norce kartla kva kompetanse havbruk, fiskeri og maritim næring i Vestland treng fram mot 2100. Rapporten kom i "
     "oktober.", "Kunnskap om kompetansebehov, også regionalt", "Analyse", "Seksjon for næring", "Norce", "Norce",
     "", None, "1.1", FOU),
    ("Yrkesmesse i Førde",
     "Messa er flytta til hausten 2093.", "Fleire vel yrkesfag", "Messe", "Seksjon for fag- og yrkesopplæring", "",
     "", "", None, None, None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Vestland fylkeskommune – tiltak i kompetansestrategien 2092"
    ws["A1"].font = Font(name="Arial", size=14, bold=True, color="0B5394")
    ws["A2"] = "Rapport til Kompetansepolitisk råd. Utfylt av Avdeling for opplæring og kompetanse."
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin = Side(style="thin", color="808080")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="D9EAD3")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (name, txt, dmw, kind, ans, pcell, partners, merk, seed, dm, ty) in enumerate(ROWS):
        for i, v in enumerate([name, txt, dmw, kind, ans, pcell, merk], 1):
            c = ws.cell(row=4 + k, column=i, value=v or None)
            c.font = Font(name="Arial", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, txt))
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + i)].width = w
    fit_row_heights(ws, 4, 3 + len(ROWS), line_pt=14)
    ws.freeze_panes = "A4"
    save_xlsx(wb, out / FILENAME, "Solveig Nesheim")
    return rows


def text(path) -> str:
    return xlsx_text(path)
