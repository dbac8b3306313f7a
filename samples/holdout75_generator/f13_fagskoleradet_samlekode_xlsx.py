"""Fagskolerådet: an ordinary Excel list with one code column that joins the delmål and a letter for the kind with a
hyphen («2.4-K» = delmål 2.4, kurs/utdanning; «1.3-I» = 1.3, informasjon), explained in a note above the header. A
pilot that ended in 2094 is told only in words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .common import ARR, FOU, INFO, KURS, RAD, row, save_xlsx, sheet_table, xlsx_text

FILENAME = "Fagskolerådet rapport 2095.xlsx"
MEMBER = "Fagskolerådet"
FORMAT = "XLSX (openpyxl), one sheet, title and note rows, a text-formatted code column, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, a note in row 2 («Kode = delmål og tiltakstype, for eksempel 2.4-K. "
         "Bokstaven: F = FoU, K = kurs/utdanning, R = råd/utvalg/nettverk, P = prosjekt, I = informasjon, A = "
         "arrangement»), header on row 4 Tiltak / Beskrivelse / Kode / Ansvarlig fagskole/enhet / "
         "Samarbeidspartnere; delmål and kind only in the joined code («2.4-R», «2.4-K», «1.3-I», «2.2-F», «1.4-A»); "
         "the FSR seat «Fagskolenes representanter i Nasjonalt fagskoleråd»; a pilot that ended in 2094 told only in "
         "words")
NOT_TRUTH = "the title and the note, the header, the Kode cells, row 10 'Pilot for fagskole på nett' (ended in 2094)"
SPLIT_FIELDS = ("samarbeidspartnere",)

LETTER = {FOU: "F", KURS: "K", RAD: "R", INFO: "I", ARR: "A"}

# name, beskr, dm, ansvarlig, partnere, seed, type
ROWS = [
    ("Fagskolenes representanter i Nasjonalt fagskoleråd",
     "Fagskolene har fire plasser i rådet. I 2095 ga rådet råd om nye utviklingsmidler og om en felles modell for "
     "nettbaserte fagskoletilbud.", "2.4", "Fagskolerådets styre", "", "M05", RAD),
    ("Havvindskolen – fagskoledelen",
     "Fem fagskoler på Vestlandet og i Nord-Norge holdt samlingene i elektro og montasje for Havvindskolen. 340 "
     "deltakere.", "2.4", "Fagskolen Vestland", "Fagskolen i Nordland, NHO, LO", "J02", KURS),
    ("Informasjonskampanje om felles opptak",
     "Kampanje i sosiale medier og på karrieresentrene om det felles opptaket til fagskolene. 1,2 millioner "
     "visninger.", "1.3", "Fagskolerådets sekretariat", "Samordna opptak", None, INFO),
    ("Kartlegging av arbeidsrelevans i fagskoleutdanningen",
     "Spørreundersøkelse blant 6 000 uteksaminerte kandidater om hvor relevant utdanningen var for jobben. "
     "Rapporten kom i oktober.", "2.2", "Fagskolerådets sekretariat", "NIFU", None, FOU),
    ("Fagskolekonferansen 2095",
     "Konferanse i Drammen i april for fagskoler, bedrifter og fylkeskommuner. 420 deltakere.", "1.4",
     "Fagskolen Viken", "NHO, fylkeskommunene", None, ARR),
    ("Pilot for fagskole på nett",
     "Piloten ble avsluttet i 2094, og erfaringene er tatt inn i rådets modell for nettbaserte tilbud.", "2.4",
     "Fagskolerådets sekretariat", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport 2095"
    ws["A1"] = "Fagskolerådet – rapport til Kompetansepolitisk råd for 2095"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Kode = delmål og tiltakstype, for eksempel 2.4-K. Bokstaven: F = FoU, K = kurs/utdanning, R = "
                "råd/utvalg/nettverk, P = prosjekt, I = informasjon, A = arrangement.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Tiltak", "Beskrivelse", "Kode", "Ansvarlig fagskole/enhet", "Samarbeidspartnere"]
    body = [[n, b, f"{dm}-{LETTER.get(ty, 'K')}", a, p] for n, b, dm, a, p, _s, ty in ROWS]
    sheet_table(ws, 4, head, body, [40, 64, 9, 26, 30], "D9E1F2", size=10)
    for r in range(5, 5 + len(ROWS)):
        ws.cell(row=r, column=3).number_format = "@"
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "Fagskolerådet")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, b) for n, b, dm, a, p, seed, ty in ROWS if ty]


def text(path) -> str:
    return xlsx_text(path)
