"""LO: an Excel sheet kept by the education department – one row per measure, the kind ticked in one of six
columns (✓), the delmål picked from a drop-down list (data validation against a hidden list sheet)."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .common import DELMAL, FOU, INFO, KURS, RAD, normalise_ooxml, row, xlsx_text

FILENAME = "LO_tiltak_KPR_2077.xlsx"
MEMBER = "LO"
FORMAT = "XLSX (openpyxl), data validation, hidden list sheet, frozen panes, zip normalised"
SHAPE = ("one sheet, one row per measure; the kind is a ✓ in one of six tick columns in LO's words (Utredning / "
         "Opplæring / Råd og utvalg / Prosjekt / Informasjon/kampanje / Arrangement; no tick once); the delmål "
         "column is a drop-down (data validation against the hidden sheet 'Lister') holding code+words or only the "
         "code; a Status column marks one 2076 and one 2078 row")
NOT_TRUTH = ("the title rows, the header, the hidden sheet 'Lister' (the delmål and kind lists behind the drop-downs), "
             "the row 'Konferansen «Fagbrev i fokus»' (Status 'Avsluttet 2076'), the row 'LOs fond for etter- og "
             "videreutdanning' (Status 'Planlagt 2078'), the note under the table")

TICKS = ["Utredning", "Opplæring", "Råd og utvalg", "Prosjekt", "Informasjon/kampanje", "Arrangement"]
DM_LIST = ["1.1 Kompetansebehovsutvalget", "1.2 Regionalt samarbeid", "1.3 Karriereveiledning",
           "1.4 Utdanning og arbeidsliv", "2.1 Digital kompetanse", "2.2 Kunnskap om læring i arbeidslivet",
           "2.3 Yrkesfagene", "2.4 Kompetansebehov og utdanningstilbud", "2.5 Dokumentere kompetanse",
           "2.6 Utenlandsk utdanning", "3.1 Fleksibel opplæring for voksne", "3.2 Kompetansepluss",
           "3.3 Arbeidsmarkedstiltak", "3.4 Norskopplæring", "3.5 NAVs opplæring", "3.6 Frivillig sektor"]

# name, delmål cell, tick index or None, ansvar, med, text, status, truth
ITEMS = [
    ("LOs plass i Kompetansebehovsutvalget", "1.1 Kompetansebehovsutvalget", 2, "LO, avdeling for utdanning", "",
     "LO møtte i alle utvalgets seks møter og bidro med data fra forbundene til rapporten om grønn omstilling.",
     "Gjennomført", ("M01", "1.1", RAD)),
    ("Samarbeidsrådet for yrkesopplæring (SRY)", "2.3 Yrkesfagene", 2, "LO, avdeling for utdanning", "NHO, KS, YS",
     "To representanter i rådet; SRY behandlet i 2077 tilbudsstrukturen for bygg- og anleggsteknikk.",
     "Gjennomført", ("M02", "2.3", RAD)),
    ("Digitalt grunnløft for tillitsvalgte og medlemmer", "2.1 Digital kompetanse", 1, "AOF Norge",
     "Virke, KS, Fellesforbundet",
     "Gratis kveldskurs i digitale grunnferdigheter; 2 300 deltakere fullførte i 2077.", "Gjennomført",
     ("J01", "2.1", KURS)),
    ("Skolering av LOs medlemmer i faglige råd", "2.3 Yrkesfagene", 1, "LO, avdeling for utdanning", "AOF Norge",
     "Todagers kurs for LO-forbundenes nye medlemmer i de faglige rådene om rolle, tilbudsstruktur og læreplaner.",
     "Gjennomført", ("U", "2.3", KURS)),
    ("Fagbrevkampanjen «Fagarbeider – helt klart»", "2.3 Yrkesfagene", 4, "LO, kommunikasjonsavdelingen",
     "Fellesforbundet, EL og IT Forbundet",
     "Kampanje i sosiale medier og på ungdomsskoler som viser yrkesfaglige karriereveier.", "Gjennomført",
     ("U", "2.3", INFO)),
    ("Undersøkelse om opplæring i permitteringsperioder", "2.2", None, "LO, samfunnspolitisk avdeling", "Fafo",
     "Spørreundersøkelse blant 1 800 tillitsvalgte om bruk av opplæring mens ansatte er permittert.",
     "Pågår", ("U", "2.2", FOU)),
]
EXTRA = [
    ("Konferansen «Fagbrev i fokus»", "2.3 Yrkesfagene", 5, "LO, avdeling for utdanning", "NHO",
     "Nasjonal konferanse om fagbrev for voksne.", "Avsluttet 2076"),
    ("LOs fond for etter- og videreutdanning", "2.4 Kompetansebehov og utdanningstilbud", 3, "LO", "",
     "Utredes, oppstart er planlagt i 2078.", "Planlagt 2078"),
]


def build(out) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak 2077"
    ws["A1"] = "LOs rapportering til Kompetansepolitisk råd – tiltak 2077"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sett ett kryss (✓) for type tiltak. Velg delmål fra listen."
    head = ["Nr", "Tiltak", "Delmål (velg fra liste)"] + TICKS + ["Ansvarlig i LO", "Samarbeid med",
                                                                    "Kort beskrivelse", "Status"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top", textRotation=90 if 4 <= i <= 9 else 0)
    lists = wb.create_sheet("Lister")
    for i, d in enumerate(DM_LIST, 1):
        lists.cell(row=i, column=1, value=d)
    for i, t in enumerate(TICKS, 1):
        lists.cell(row=i, column=2, value=t)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Lister!$A$1:$A$16", allow_blank=True)
    ws.add_data_validation(dv)
    rows = []
    r = 5
    allitems = [(*x[:7], x[7]) for x in ITEMS] + [(*x, None) for x in EXTRA]
    for n, (name, dm, tick, ansv, med, txt, status, truth) in enumerate(allitems, 1):
        vals = [n, name, dm] + ["✓" if tick == k else None for k in range(6)] + [ansv, med or None, txt, status]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 4 <= i <= 9 else None)
        dv.add(f"C{r}")
        if truth:
            seed, code, typ = truth
            assert code in DELMAL
            rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
        r += 1
    ws.cell(row=r + 1, column=2, value="Merk: Rader med status «Avsluttet 2076» og «Planlagt 2078» er tatt med "
                                       "til orientering.")
    for col, w in zip("ABCDEFGHIJKLM", [5, 40, 26, 5, 5, 5, 5, 5, 5, 24, 24, 55, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.properties.creator = "LO – avdeling for utdanning"
    wb.properties.created = dt.datetime(2077, 11, 2, 9, 0, 0)
    wb.properties.modified = dt.datetime(2078, 1, 16, 10, 20, 0)
    p = out / FILENAME
    wb.save(str(p))
    normalise_ooxml(p)
    return rows


def text(path) -> str:
    return xlsx_text(path)
