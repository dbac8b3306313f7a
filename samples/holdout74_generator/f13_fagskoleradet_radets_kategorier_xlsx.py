"""Fagskolerådet: an ordinary Excel list that uses the council's six types, but spelled its own way («FoU/analyse»,
«Kurs og utdanning», «Råd, utvalg og nettverk», «Informasjon»), with the responsible school or unit in the second
column and an «Oppdatert» line under the table. The FSR seat is named by the side it represents."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .common import FOU, INFO, KURS, RAD, row, save_xlsx, sheet_table, xlsx_text

FILENAME = "Fagskolerådet_tiltak_2094.xlsx"
MEMBER = "Fagskolerådet"
FORMAT = "XLSX (openpyxl), one sheet, title row, wrapped text, a text-formatted delmål column, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, header on row 3 Tiltak / Fagskole/enhet / Beskrivelse / Delmål i "
         "strategien / Tiltakstype (rådets kategorier) / Samarbeidspartnere; the responsible school or unit in the "
         "second column; delmål as a plain code; the council's six types spelled Fagskolerådet's way («FoU/analyse», "
         "«Kurs og utdanning», «Råd, utvalg og nettverk», «Informasjon»); a line «Oppdatert 14.01.2095 av "
         "sekretariatet» under the table; the FSR seat «Nasjonalt fagskoleråd – fagskolesiden»")
NOT_TRUTH = "the title, the header, the Delmål and Tiltakstype cells, the «Oppdatert» line (row 10)"
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Fagskole/enhet", "Beskrivelse", "Delmål i strategien", "Tiltakstype (rådets kategorier)",
        "Samarbeidspartnere"]
WIDTHS = [36, 24, 60, 12, 22, 28]
SEK = "Fagskolerådets sekretariat"
# name, enhet, beskrivelse, dm, kategori, partnere, seed, type
ROWS = [
    ("Nasjonalt fagskoleråd – fagskolesiden", SEK,
     "Fagskolerådet har to av plassene for fagskolene i rådet. Rådet ga råd om fordelingen av utviklingsmidler og om "
     "nye tilbud innen fornybar energi.", "2.4", "Råd, utvalg og nettverk", "", "M04", RAD),
    ("Realkompetanseportalen – fagskolenes sider", SEK,
     "Fagskolene la inn sine regler og kontaktpersoner for opptak på grunnlag av realkompetanse. 61 fagskoler er med.",
     "2.5", "Informasjon", "HK-dir, UHR", "J06", INFO),
    ("Kurs i realkompetansevurdering for fagskoleansatte", "Fagskolen Innlandet",
     "To dagers kurs for opptaksansvarlige i fagskolene. 95 deltakere.", "2.5", "Kurs og utdanning", "HK-dir", None,
     KURS),
    ("Bransjedialog med byggenæringen", "Fagskolen i Viken",
     "Fast nettverk der fagskoler og byggenæringen møtes for å planlegge nye tilbud. Tre møter i 2094.", "1.4",
     "Råd, utvalg og nettverk", "NHO Byggenæringen, Fellesforbundet", None, RAD),
    ("Studentundersøkelse om arbeidsrelevans", SEK,
     "Spørreundersøkelse blant 9 000 fagskolestudenter om hvor relevant utdanningen er for jobben. Rapporten kom i "
     "desember.", "2.4", "FoU/analyse", "NOKUT", None, FOU),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Fagskolerådet – tiltak i kompetansestrategien, rapporteringsår 2094"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    body = [[name, enhet, besk, dm, kat, med] for name, enhet, besk, dm, kat, med, _s, _t in ROWS]
    r = sheet_table(ws, 3, HEAD, body, WIDTHS, "FFE699", line="808080", formats={4: lambda v: "@"})
    rows = [row(FILENAME, MEMBER, name, seed, dm, ty, enhet, med, besk)
            for name, enhet, besk, dm, _kat, med, seed, ty in ROWS]
    ws.cell(row=r + 1, column=1, value="Oppdatert 14.01.2095 av sekretariatet").font = Font(
        name="Calibri", size=9, italic=True, color="7F7F7F")
    save_xlsx(wb, out / FILENAME, "Mona Teigen")
    return rows


def text(path) -> str:
    return xlsx_text(path)
