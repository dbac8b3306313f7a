"""YS: Excel 97-2003 workbook (.xls, BIFF8) with a delmål × type cross table.

Sheet 'Matrise': one row per delmål (code + short words), one column per
YS type word; a measure's name sits in the cell where its delmål and
type meet, so the type is given only by the column.  Sheet 'Detaljer'
lists the same names (alphabetically) with Ansvarlig / Samarbeid /
omtale.  Built with openpyxl and saved as .xls by LibreOffice.
"""
from __future__ import annotations

import datetime
import shutil
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import truth, COUNCIL_IDS, soffice_convert

FILENAME = "YS_tiltaksmatrise_2071.xls"
MEMBER = "YS"
FORMAT = "Excel 97-2003 .xls (BIFF8), openpyxl workbook converted by LibreOffice"
SHAPE = ("cross table: rows = delmål ('2.1 Digital kompetanse'), columns = YS's type words "
         "(Rådsarbeid / Opplæring / Utviklingsarbeid / Undersøkelser / Arrangementer), the measure "
         "name in the crossing cell; a second sheet 'Detaljer' joins by name (ansvar, samarbeid, "
         "omtale); count row")

COLS = ["Rådsarbeid", "Opplæring", "Utviklingsarbeid", "Undersøkelser", "Arrangementer"]
COLTYPE = {"Rådsarbeid": "Råd/utvalg/nettverk", "Opplæring": "Kurs/utdanning",
           "Utviklingsarbeid": "Prosjekt", "Undersøkelser": "FoU",
           "Arrangementer": "Arrangement"}

# (row label, delmål, column, name, ansvar, med, text, seed)
MEASURES = [
    ("1.1 Kompetansebehovsutvalget", "1.1", "Rådsarbeid", "Kompetansebehovsutvalget (KBU)",
     "YS-sekretariatet", "",
     "YS har én representant i utvalget, som i 2071 særlig har fulgt arbeidet med "
     "kompetansebehov i offentlig sektor og varehandel.", COUNCIL_IDS["KBU"]),
    ("1.3 Karriereveiledning", "1.3", "Opplæring",
     "YS-skolen: karriereveiledning for tillitsvalgte", "YS-skolen", "karrieresentrene",
     "Kurs for tillitsvalgte i hvordan de kan gi kolleger enkel karriereveiledning og vise "
     "videre til karrieresentrene. Fire kurs i 2071.", None),
    ("1.4 Utdanning og arbeidsliv", "1.4", "Rådsarbeid",
     "Samarbeidsrådet for yrkesopplæring (SRY)", "YS-sekretariatet", "LO, NHO, KS, Unio",
     "YS deltar i SRY og i rådets arbeidsgruppe for fag- og timefordeling.",
     COUNCIL_IDS["SRY"]),
    ("2.1 Digital kompetanse", "2.1", "Opplæring",
     "DIGITILL – digitalt grunnkurs for tillitsvalgte", "YS-skolen", "LO, AOF Norge",
     "Nettkurs i tre moduler om digitale verktøy og datasikkerhet, utviklet sammen med LO og "
     "AOF og åpent for YS-forbundenes tillitsvalgte.", "J03"),
    ("2.2 Kunnskapsgrunnlag", "2.2", "Undersøkelser",
     "YS Arbeidslivsbarometer – kompetansedelen", "YS-sekretariatet", "Respons Analyse",
     "Den årlige undersøkelsen fikk flere spørsmål om tilgang til opplæring på jobben; "
     "3 000 arbeidstakere svarte.", None),
    ("2.3 Yrkesfag", "2.3", "Arrangementer", "Yrkesfagdagen 2071", "YS-forbundene", "LO, NHO",
     "YS-forbundene deltok med stands og skolebesøk på 20 videregående skoler.", "J02"),
    ("3.4 Norskopplæring", "3.4", "Utviklingsarbeid", "Norsk på arbeidsplassen (NOPA)", "YS",
     "HK-dir, Virke",
     "Prosjekt med norskopplæring på arbeidsplassen for ansatte i renhold og varehandel.",
     "J08"),
]


def _xlsx(path):
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrise"
    ws["A1"] = "YS – tiltak 2071 fordelt på delmål og type"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Rapportering til Kompetansepolitisk råd. Hver celle viser navnet på tiltaket; "
                "se arket «Detaljer» for ansvar, samarbeid og omtale.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.append([])
    ws.append(["Delmål"] + COLS)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    for label, _dm, col, name, *_ in MEASURES:
        ws.cell(row=r, column=1, value=label).border = border
        ws.cell(row=r, column=1).font = Font(bold=True)
        for j, cname in enumerate(COLS, 2):
            cell = ws.cell(row=r, column=j, value=name if cname == col else None)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        r += 1
    ws.cell(row=r, column=1, value="Antall tiltak").font = Font(italic=True)
    for j, cname in enumerate(COLS, 2):
        ws.cell(row=r, column=j, value=sum(1 for m in MEASURES if m[2] == cname))
        ws.cell(row=r, column=j).alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws.column_dimensions[col].width = 28
    ws.freeze_panes = "B5"

    wd = wb.create_sheet("Detaljer")
    wd.append(["Tiltak", "Ansvarlig i YS", "Samarbeid med", "Kort omtale"])
    for c in wd[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    for m in sorted(MEASURES, key=lambda m: m[3].lower()):
        wd.append([m[3], m[4], m[5], m[6]])
    for row in wd.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, wch in zip("ABCD", [42, 20, 24, 70]):
        wd.column_dimensions[col].width = wch
    wb.properties.creator = "Helge Brattli"
    wb.properties.lastModifiedBy = "Helge Brattli"
    wb.properties.title = "YS tiltaksmatrise 2071"
    wb.properties.created = datetime.datetime(2072, 1, 28, 13, 0)
    wb.properties.modified = datetime.datetime(2072, 2, 8, 10, 45)
    wb.save(path)


def _filetime(dt):
    epoch = datetime.datetime(1601, 1, 1)
    return int((dt - epoch).total_seconds() * 10_000_000)


def _pin_timestamps(data: bytes) -> bytes:
    """LibreOffice stamps the save time into the summary stream; pin it."""
    now = _filetime(datetime.datetime.utcnow())
    fixed = _filetime(datetime.datetime(2072, 2, 8, 10, 45)).to_bytes(8, "little")
    buf = bytearray(data)
    i = buf.find(b"\x40\x00\x00\x00")
    while i != -1:
        v = int.from_bytes(buf[i + 4:i + 12], "little")
        if abs(v - now) < 36_000_000_000 * 24:  # within a day of the build
            buf[i + 4:i + 12] = fixed
        i = buf.find(b"\x40\x00\x00\x00", i + 1)
    return bytes(buf)


def build(out):
    tmp = Path(tempfile.mkdtemp(prefix="h51_ys_"))
    try:
        src = tmp / (Path(FILENAME).stem + ".xlsx")
        _xlsx(src)
        res = soffice_convert(src, "xls", tmp / "o")
        (out / FILENAME).write_bytes(_pin_timestamps(res.read_bytes()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [truth(FILENAME, MEMBER, m[3], m[7], m[1], COLTYPE[m[2]], m[4], m[5], m[6])
            for m in MEASURES]
