"""Spekter: an ordinary Excel list whose goal column shows only Spekter's short label for the delmål («Kunnskap om
læring», «Yrkesfag og lærlinger») as a hyperlink; the code itself is only in the link's address, which points to the
delmål's anchor in the strategy on the web («…#delmal-2-2»). The responsible is the health trust or Spekter's unit.
The trap is Spekter's own follow-up of the hospital answers in the joint survey, right under it. A course that starts
in 2096 is told only in words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .common import ARR, FOU, INFO, KURS, RAD, row, save_xlsx, sheet_table, xlsx_text

FILENAME = "Spekter_tiltak_2095.xlsx"
MEMBER = "Spekter"
FORMAT = "XLSX (openpyxl), one sheet, title row, hyperlink cells, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title in row 1, header on row 3 Tiltak / Helseforetak/enhet / Hva ble gjort i 2095 / "
         "Strategimål (lenke) / Kategori / Samarbeid; the goal cell shows Spekter's short label of the delmål as a "
         "hyperlink («Samarbeid med utdanningene», «Yrkesfag og lærlinger», «Kunnskap om læring», «Relevant etter- og "
         "videreutdanning»), the code only in the link target («https://www.regjeringen.no/…/#delmal-2-2»); "
         "Spekter's kind words (Rådsplass, Arrangement, Undersøkelse, Lederprogram, Film); the RSA seat «Spekters "
         "representant i RSA ved Høgskulen på Vestlandet»; Spekter's own follow-up of the hospital answers in the "
         "joint survey right under it; a course that starts in 2096 told only in words; a note line under the table")
NOT_TRUTH = ("the title, the header, the Strategimål cells (label and link) and Kategori cells, row 10 "
             "'Simuleringskurs for lærlinger' (starts in 2096), the note line")
SPLIT_FIELDS = ("samarbeidspartnere",)

LABEL = {"1.4": "Samarbeid med utdanningene", "2.3": "Yrkesfag og lærlinger", "2.2": "Kunnskap om læring",
         "2.4": "Relevant etter- og videreutdanning"}
URL = "https://www.regjeringen.no/no/dokumenter/nasjonal-kompetansepolitisk-strategi/id2880017/#delmal-{}"

# name, enhet, gjort, dm, kind, samarbeid, seed, type
ROWS = [
    ("Spekters representant i RSA ved Høgskulen på Vestlandet", "Helse Vest RHF",
     "Helse Vest har Spekters plass i rådet for samarbeid med arbeidslivet ved HVL. Rådet arbeidet i 2095 med "
     "praksisplasser i sykepleie og radiografi.", "1.4", "Rådsplass", "", "M04", RAD),
    ("Lærlingtinget 2095 – helsefagarbeiderne", "Spekter (sentralt)",
     "Spekter og helseforetakene stilte med 60 helsefagarbeiderlærlinger og veiledere og holdt et eget spor om "
     "lærlinger i sykehus.", "2.3", "Arrangement", "KS, YS", "J03", ARR),
    ("Læringsbarometeret 2095", "Spekter (sentralt)",
     "Spekter var med og utformet spørsmålene og fikk svar fra 38 virksomheter i helse og kultur. Hovedrapporten "
     "kom i september.", "2.2", "Undersøkelse", "Akademikerne, UHR, NIFU", "J05", FOU),
    ("Sykehusdelen av Læringsbarometeret – egen oppfølging", "Spekter (sentralt)",
     "Spekter bestilte en egen analyse av svarene fra sykehusene etter at den felles undersøkelsen var ferdig. "
     "Oppfølgingen er Spekters egen og er ikke en del av Læringsbarometeret.", "2.2", "Undersøkelse", "NIFU", None,
     FOU),
    ("Lederprogram for avdelingsledere", "Helse Midt-Norge RHF",
     "Program på 15 studiepoeng for nye avdelingsledere i sykehusene. 85 ledere startet i 2095.", "2.4",
     "Lederprogram", "NTNU", None, KURS),
    ("Film om helsefagarbeiderens hverdag", "Helse Sør-Øst RHF",
     "Kort film til rådgivere og elever på ungdomsskolen om hva helsefagarbeidere gjør på sykehus. Vist 40 000 "
     "ganger.", "2.3", "Film", "Oslo universitetssykehus", None, INFO),
    ("Simuleringskurs for lærlinger", "Helse Nord RHF",
     "Kurset er planlagt og starter i 2096.", "2.3", "Kurs", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2095"
    ws["A1"] = "Spekter – tiltak i kompetansestrategien 2095"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    head = ["Tiltak", "Helseforetak/enhet", "Hva ble gjort i 2095", "Strategimål (lenke)", "Kategori", "Samarbeid"]
    body = [[n, e, g, LABEL[dm], k, s] for n, e, g, dm, k, s, *_r in ROWS]
    end = sheet_table(ws, 3, head, body, [38, 22, 62, 26, 15, 24], "DDEBF7", size=10)
    for i, r in enumerate(ROWS, 4):
        c = ws.cell(row=i, column=4)
        c.hyperlink = URL.format(r[3].replace(".", "-"))
        c.font = Font(name="Calibri", size=10, color="0563C1", underline="single")
    ws.cell(row=end + 1, column=1, value="Klikk på strategimålet for å lese delmålet i strategien.").font = Font(
        italic=True, size=9)
    ws.freeze_panes = "A4"
    save_xlsx(wb, out / FILENAME, "Spekter")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, e, s, g) for n, e, g, dm, _k, s, seed, ty in ROWS if ty]


def text(path) -> str:
    return xlsx_text(path)
