"""Excel workbook from Trøndelag fylkeskommune: cover sheet, a tiltak sheet
with section rows, vertically merged delmål cells, a hidden template row,
cell comments and a drop-down fed from a hidden list sheet."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from .common import TYPES, Doc, Row, pin_zip

TRL = [
    Row("M06", "Deltakelse i Nasjonalt forum for karriereveiledning", "1.3",
        "Råd/utvalg/nettverk", "Karriere Trøndelag", "",
        "Karriere Trøndelag deltar på vegne av fylkeskommunen i det "
        "nasjonale forumet."),
    Row("R124", "Regionalt forum for karriereveiledning i Trøndelag", "1.3",
        "Råd/utvalg/nettverk", "Karriere Trøndelag",
        "NAV Trøndelag, NTNU, kommunene",
        "Regionalt forum etter modell av det nasjonale, for "
        "karriereveiledere i skole, NAV og karrieresenter.",
        trap="regional version of NFK"),
    Row("J03", "Yrkesfagsuka", "2.3", "Arrangement",
        "Seksjon for fagopplæring", "KS, Vestland fylkeskommune",
        "Trøndelag var vertskap for åpningen av uka og organiserte besøk "
        "for ungdomsskoleelever i 60 lærebedrifter."),
    Row("R125", "Kompetansemegler for små bedrifter i Namdalen", "2.4",
        "Prosjekt", "Regional utvikling", "Namdal regionråd",
        "En kompetansemegler hjelper små bedrifter å formulere behov og "
        "finne relevante etter- og videreutdanningstilbud."),
    Row("J06", "VURA – vurdering av realkompetanse i arbeidslivet", "2.5",
        "Prosjekt", "Seksjon for videregående opplæring",
        "UHR, Fagskolerådet",
        "Fylkeskommunen prøver ut modellen sammen med bransjene og leder "
        "arbeidspakken for helse- og oppvekstfag."),
    Row("R126", "Fleksibel fagopplæring for voksne (modulstrukturert)", "3.1",
        "Kurs/utdanning", "Voksenopplæringen", "NAV Trøndelag",
        "Modulstrukturert opplæring i fem lærefag for voksne, med opptak "
        "fire ganger i året."),
]
STATUS = {"M06": "Løpende", "R124": "Løpende", "J03": "Gjennomført",
          "R125": "Pågår", "J06": "Pågår", "R126": "Løpende"}
AREAS = {"1": "Innsatsområde 1 – Gode valg for den enkelte og for samfunnet",
         "2": "Innsatsområde 2 – Læring i arbeidslivet",
         "3": "Innsatsområde 3 – Voksne med svak tilknytning til "
              "arbeidslivet"}


def build_trondelag(out_dir) -> Doc:
    fn = "Trondelag_fylkeskommune_tiltak_2058.xlsx"
    wb = Workbook()
    wb.properties.creator = "Trøndelag fylkeskommune"
    wb.properties.lastModifiedBy = "Trøndelag fylkeskommune"
    wb.properties.title = "Tiltak 2058"
    wb.properties.created = dt.datetime(2059, 1, 20, 9, 30)
    wb.properties.modified = dt.datetime(2059, 1, 20, 9, 30)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    fs = wb.active
    fs.title = "Forside"
    fs.merge_cells("A1:F1")
    fs["A1"] = "Rapportering til Kompetansepolitisk råd – 2058"
    fs["A1"].font = Font(size=16, bold=True)
    info = [("Medlem", "Trøndelag fylkeskommune"),
            ("Kontaktperson", "Siri Aune, rådgiver kompetanse"),
            ("Levert", "19.01.2059"),
            ("Merknad", "Tiltakene står i arket «Tiltak 2058». Raden med "
             "eksempel er skjult.")]
    for i, (k, v) in enumerate(info, start=3):
        fs.cell(i, 1, k).font = Font(bold=True)
        fs.cell(i, 2, v)
    fs.column_dimensions["A"].width = 18
    fs.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tiltak 2058")
    ws.merge_cells("A1:G1")
    ws["A1"] = "Trøndelag fylkeskommune – tiltak i 2058"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Velg type fra listen. Delmål er slått sammen der flere " \
               "tiltak hører til samme delmål."
    ws["A2"].font = Font(italic=True, color="555555")
    heads = ["Delmål", "Tiltakets navn", "Kort beskrivelse", "Type (velg)",
             "Ansvarlig enhet", "Partnere", "Status"]
    fill = PatternFill("solid", fgColor="00509E")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.border = box
        c.alignment = wrap
    ex = ["x.x", "Eksempel: Skriv navnet på tiltaket her",
          "Eksempel: To–tre setninger om tiltaket", "Prosjekt",
          "Enhet", "Partnere", "Status"]
    for j, v in enumerate(ex, start=1):
        ws.cell(4, j, v).font = Font(italic=True, color="888888")
    ws.row_dimensions[4].hidden = True
    dv = DataValidation(type="list", formula1="=Lister!$A$2:$A$7",
                        allow_blank=True)
    ws.add_data_validation(dv)
    r = 5
    area = None
    groups = {}
    for row in TRL:
        a = row.delmal[0]
        if a != area:
            ws.merge_cells(start_row=r, start_column=1, end_row=r,
                           end_column=7)
            c = ws.cell(r, 1, AREAS[a])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DCE6F1")
            area = a
            r += 1
        groups.setdefault(row.delmal, []).append(r)
        vals = [row.delmal, row.tiltak, row.beskrivelse, row.type,
                row.ansvarlig, row.partners, STATUS[row.label]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v if v else None)
            c.alignment = wrap
            c.border = box
        dv.add(ws.cell(r, 4))
        r += 1
    for code, rows in groups.items():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1,
                           end_row=rows[-1], end_column=1)
    first = groups["1.3"][0]
    ws.cell(first, 1).comment = Comment(
        "Begge tiltakene under 1.3 gjelder karriereveiledning.", "Siri Aune")
    jrow = groups["2.5"][0]
    ws.cell(jrow, 2).comment = Comment(
        "Felles prosjekt – rapporteres også av UHR og Fagskolerådet.",
        "Siri Aune")
    widths = [9, 38, 55, 20, 26, 28, 13]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[j]].width = w
    ws.freeze_panes = "B4"
    ws.cell(r + 1, 2, "Sist oppdatert 19.01.2059").font = Font(
        italic=True, color="777777")

    ls = wb.create_sheet("Lister")
    ls["A1"] = "Typer"
    for i, t in enumerate(TYPES, start=2):
        ls.cell(i, 1, t)
    ls["B1"] = "Delmål"
    codes = [f"{a}.{b}" for a, n in ((1, 4), (2, 6), (3, 6))
             for b in range(1, n + 1)]
    for i, code in enumerate(codes, start=2):
        ls.cell(i, 2, code)
    ls.sheet_state = "hidden"
    wb.active = 1
    path = out_dir / fn
    wb.save(path)
    pin_zip(path)
    return Doc(fn, "Trøndelag fylkeskommune",
               "Excel: cover sheet, tiltak sheet with innsatsområde section "
               "rows, vertically merged delmål cells, hidden template row, "
               "comments, drop-down from a hidden list sheet", TRL)
