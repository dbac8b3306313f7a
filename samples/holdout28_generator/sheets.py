"""The two workbooks: NHO's sheets per area and Trøndelag's single sheet with a title block."""
import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .data import AREA, DM_WORDS, ROWS

FIXED = datetime.datetime(2049, 2, 6, 9, 0)


def _fix(wb, author):
    wb.properties.creator = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def nho_03(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Veiledning"
    for i, line in enumerate(["NHOs tiltaksoversikt 2048 – til Kompetansepolitisk råd",
                              "Ett ark per hovedinnsatsområde. Kolonnen «Delmål (stikkord)» følger strategien.",
                              "Art: R = råd/utvalg, K = kurs/utdanning, P = prosjekt, F = FoU, A = arrangement, "
                              "I = informasjon", "Kontakt: avdeling for arbeidsliv og kompetanse"], 1):
        ws.cell(i, 1, line)
    art = {"Råd/utvalg/nettverk": "R", "Kurs/utdanning": "K", "Prosjekt": "P", "FoU": "F", "Arrangement": "A",
           "Informasjon": "I"}
    names = {"1": "Område 1 Gode valg", "2": "Område 2 Læring i arb.livet", "3": "Område 3 Voksne"}
    for area in "123":
        ws = wb.create_sheet(names[area])
        ws.cell(1, 1, f"Hovedinnsatsområde {area}: {AREA[area]}").font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        hdr = ["Nr", "Tiltak / aktivitet", "Delmål (stikkord)", "Art", "Hvem i NHO", "Sammen med", "Status/kommentar"]
        for j, h in enumerate(hdr, 1):
            ws.cell(3, j, h).font = Font(bold=True)
        r = 4
        for _k, dm, typ, t, a, p, b in ROWS["03"]:
            if dm[0] != area:
                continue
            for j, v in enumerate([r - 3, t, DM_WORDS[dm], art[typ], a, p, b], 1):
                ws.cell(r, j, v).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        for col, wdt in zip("ABCDEFG", [5, 45, 30, 6, 22, 28, 45]):
            ws.column_dimensions[col].width = wdt
    _fix(wb, "NHO")
    wb.save(path)


def trondelag_14(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2048"
    ws.cell(1, 1, "Trøndelag fylkeskommune").font = Font(bold=True, size=14)
    ws.cell(2, 1, "Rapportering til Kompetansepolitisk råd – tiltak gjennomført i 2048")
    hdr = ["Tiltak", "Hvilket mål i strategien", "Type", "Ansvarlig enhet", "Samarbeid", "Beskrivelse"]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    r = 5
    for _k, dm, typ, t, a, p, b in ROWS["14"]:
        for j, v in enumerate([t, DM_WORDS[dm], typ, a, p, b], 1):
            ws.cell(r, j, v).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(r + 1, 1, "Merknad: Tiltak i regi av Karrieresenteret er tatt med selv om senteret har egen rapportering.")
    ws.cell(r + 2, 1, "Utfylt av: seksjon for videregående opplæring, 4. februar 2049")
    for col, wdt in zip("ABCDEF", [50, 35, 20, 28, 30, 50]):
        ws.column_dimensions[col].width = wdt
    _fix(wb, "Trøndelag fylkeskommune")
    wb.save(path)
