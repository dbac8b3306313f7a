"""13 Vestland fylkeskommune - Nynorsk XLSX where every measure is a two-row record: a fact row and a
description row merged across the columns."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from .common import truth_row, result, normalise_zip, fix_ooxml_core

FILE = "13_Vestland_fylkeskommune_tiltak_2069.xlsx"
MEMBER = "Vestland fylkeskommune"
FORMAT = "XLSX (openpyxl), merged cells, Nynorsk"
SHAPE = ("Two-row records: for each measure a fact row (Nr / Tiltak / Delmål / Kategori / Ansvarleg / Partnarar) "
         "and under it a description row whose text cell is merged across B:F, with Nr merged vertically over "
         "both rows and alternating fills; a two-line header mirrors this; own category words (one empty); a "
         "grey section row «Førebels planar for 2070» with one more record")
TRAPS = ("section «Førebels planar for 2070» (Ungdomsgaranti i fagopplæringa); Vestland kompetansebehovsutval "
         "(VKBU) is the county's own regional committee modelled on KBU (U1301), not a KBU seat; title block")

# seed, delmal, type, name, kategori, ansvarleg, partnarar, skildring
MEAS = [
    ("U1301", "1.2", "Råd/utvalg/nettverk", "Vestland kompetansebehovsutval (VKBU)", "Utval",
     "Analyse, utgreiing og dokumentasjon", "partane i arbeidslivet, NAV og forskingsmiljø",
     "Regionalt utval etter modell av det nasjonale KBU. Utvalet la i november 2069 fram ein rapport om "
     "kompetansebehov i Vestland."),
    ("U1302", "1.3", "Informasjon", "Karriere Vestland – chatteneste", "Informasjon", "Karriere Vestland", "",
     "Chatteneste der vaksne får informasjon om utdanning, godkjenning og karrierevegar. 4 200 samtalar."),
    ("M03", "1.4", "Råd/utvalg/nettverk", "RSA ved Universitetet i Bergen", "Råd",
     "Avdeling for innovasjon og næringsutvikling", "UiB",
     "Fylkeskommunen har fast plass i rådet for samarbeid med arbeidslivet ved UiB. Rådet har i 2069 arbeidd "
     "med praksis i masterutdanningane og med korte tilbod for arbeidslivet."),
    ("M05", "1.4", "Råd/utvalg/nettverk", "Medlem i Nasjonalt fagskuleråd", "Råd", "Opplæring og kompetanse", "",
     "Fylkesdirektøren for opplæring og kompetanse er medlem av rådet for perioden 2068–2071. Vestland har "
     "særleg løfta fram fagskuletilbod innan fornybar energi."),
    ("U1303", "2.4", "Kurs/utdanning", "Kompetanseløft for fiskeri og havbruk", "", "Opplæring og kompetanse",
     "Sjømat Norge og fagskulane",
     "Korte kurs i biologi, fiskehelse og automasjon for tilsette i havbruksnæringa, utvikla saman med "
     "bransjen. 310 deltakarar."),
    ("J08", "3.4", "Kurs/utdanning", "Fagnorsk – norsk og fagopplæring i lag", "Kurs", "Opplæring og kompetanse",
     "NAV Vestland og kommunane",
     "Vaksne innvandrarar får norskopplæring knytt til faget dei tek fagbrev i, med fagnorsklærar i "
     "klasserommet. 140 deltakarar i helse- og oppvekstfag."),
]
PLAN = ("2.3", "Ungdomsgaranti i fagopplæringa", "Program", "Opplæring og kompetanse", "",
        "Skal starte opp hausten 2070.")


def build(outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2069"
    thin = Side(style="thin", color="A6A6A6")
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws["A1"] = "Vestland fylkeskommune"
    ws["A1"].font = Font(size=15, bold=True, color="1F3864")
    ws["A2"] = "Rapportering til Kompetansepolitisk råd – tiltak 2069"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A3"] = "Kvart tiltak står på to liner: første line med fakta, andre line med skildring."
    ws["A3"].font = Font(italic=True, color="595959")
    r = 5
    for c, h in enumerate(["Nr", "Tiltak", "Delmål", "Kategori", "Ansvarleg", "Partnarar"], 1):
        ws.cell(r, c, h).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, c).fill = PatternFill("solid", fgColor="1F3864")
        ws.cell(r, c).border = box
    ws.cell(r + 1, 2, "Skildring").font = Font(bold=True, italic=True, color="FFFFFF")
    for c in range(1, 7):
        ws.cell(r + 1, c).fill = PatternFill("solid", fgColor="2F5496")
        ws.cell(r + 1, c).border = box
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=6)
    r += 2
    rows = []

    def record(r, nr, fill, dm, name, kat, ans, part, text, grey=False):
        vals = [nr, name, dm, kat, ans, part]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(bold=(c == 2), color="7F7F7F" if grey else "000000")
            cell.fill = PatternFill("solid", fgColor=fill)
            cell.border = box
        ws.cell(r, 3).number_format = "@"
        d = ws.cell(r + 1, 2, text)
        d.alignment = Alignment(wrap_text=True, vertical="top")
        d.font = Font(italic=True, color="7F7F7F" if grey else "000000")
        for c in range(1, 7):
            ws.cell(r + 1, c).fill = PatternFill("solid", fgColor=fill)
            ws.cell(r + 1, c).border = box
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=6)
        ws.cell(r, 1).alignment = Alignment(vertical="center", horizontal="center")
        ws.row_dimensions[r + 1].height = 32
        return r + 2

    for i, (seed, dm, typ, name, kat, ans, part, text) in enumerate(MEAS, 1):
        r = record(r, i, "FFFFFF" if i % 2 else "EEF3FA", dm, name, kat, ans, part, text)
        rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    r += 1
    ws.cell(r, 1, "Førebels planar for 2070 (ikkje sette i gang)").font = Font(bold=True)
    for c in range(1, 7):
        ws.cell(r, c).fill = PatternFill("solid", fgColor="D9D9D9")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    dm, name, kat, ans, part, text = PLAN
    r = record(r, 7, "F2F2F2", dm, name, kat, ans, part, text, grey=True)
    for col, w in zip("ABCDEF", (5, 38, 8, 13, 30, 34)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "5:6"
    wb.properties.creator = "Ingvild Hauge"
    path = os.path.join(outdir, FILE)
    wb.save(path)
    normalise_zip(path, fix_ooxml_core("2070-01-12T10:00:00Z", "2070-01-27T12:31:00Z", "Ingvild Hauge"))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
