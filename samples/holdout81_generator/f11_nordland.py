"""Nordland fylkeskommune: an ordinary Excel list without a single kind per measure; a column gives how the
county split its effort in each measure between the secretariat's six kinds in per cent («informasjon 30 % ·
arrangement 70 %»), and the goal cells carry a prefix («NKS 1.3»). A network closed at the end of 2090 stands in the
list and is told only in its text."""
from __future__ import annotations

import re

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "Nordland fylkeskommune – KPR 2091.xlsx"
MEMBER = "Nordland fylkeskommune"
FORMAT = ("XLSX (openpyxl), one sheet, title and key rows above the header, wrapped text, frozen header, zip "
          "normalised")
SHAPE = ("ordinary Excel list whose kind is a split in per cent: title in row 1, a key in row 2 («Kolonnen «Fordeling "
         "på type» viser hvordan innsatsen i tiltaket fordeler seg på KPRs seks tiltakstyper.»), header on row 4 "
         "Tiltak / Beskrivelse / Nasjonalt delmål / Fordeling på type / Ansvarlig enhet / Samarbeid; split cells "
         "such as «informasjon 30 % · arrangement 70 %», «prosjekt 25 % · kurs/utdanning 75 %», «FoU 40 % · prosjekt "
         "60 %», «råd/utvalg/nettverk 100 %» – the largest share gives the kind and stands first in only one of the "
         "four split cells; goal cells «NKS 1.4», «NKS 1.3» …; the FSR seat «Fylkeskommunenes plass i Nasjonalt "
         "fagskoleråd»; the county's own school evening named like the joint day (its own version); a network "
         "closed at the end of 2090, told only in its text")
NOT_TRUTH = ("the title and key, the header, the Nasjonalt delmål and Fordeling på type cells, the row "
             "'Rådgivernettverket i Salten' (closed at the end of 2090)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, split, ansvarlig, partners, seed
ROWS = [
    ("Fylkeskommunenes plass i Nasjonalt fagskoleråd",
     "Nordland representerte fylkeskommunene i rådet og deltok i fire møter. Rådet drøftet dimensjonering av "
     "fagskoletilbud i distriktene.", "1.4", "råd/utvalg/nettverk 100 %", "Seksjon for utdanning og kompetanse",
     "", "M04"),
    ("Karrieredøgnet 2091 i Nordland",
     "Karriere Nordland holdt åpent i 24 timer med veiledning på chat, telefon og i fire karrieresentre. 540 "
     "personer fikk veiledning.", "1.3", "informasjon 30 % · arrangement 70 %", "Karriere Nordland",
     "VOFO Nordland, Sametinget", "J03"),
    ("Karrieredøgnet junior – fylkets egen skolekveld",
     "En egen kveld for elever i 10. klasse og foreldre på sju ungdomsskoler. Kvelden var fylkets eget tiltak og "
     "ikke en del av Karrieredøgnet.", "1.3", "arrangement 100 %", "Karriere Nordland", "ungdomsskolene", None),
    ("Kompetanseforum Nordland",
     "Forumet samlet partene, kommunene, Nord universitet og fagskolen til tre møter om kompetansebehov i havbruk, "
     "forsvar og helse.", "1.2", "råd/utvalg/nettverk 80 % · FoU 20 %", "Regional utvikling",
     "NHO Nordland, LO i Nordland, KS Nordland, Nord universitet", None),
    ("Fagskoletilbud i havbruksteknologi i Lofoten",
     "Fagskolen i Nordland startet et deltidsstudium i havbruksteknologi med samlinger i Svolvær. 28 studenter "
     "begynte.", "2.4", "prosjekt 25 % · kurs/utdanning 75 %", "Fagskolen i Nordland",
     "sjømatbedrifter i Lofoten", None),
    ("Forprosjekt om desentralisert voksenopplæring",
     "Forprosjektet prøvde ut hvordan voksne i små kommuner kan få videregående opplæring nær hjemstedet, med to "
     "klasser i Vesterålen.", "3.1", "FoU 40 % · prosjekt 60 %", "Seksjon for utdanning og kompetanse",
     "kommunene", None),
    ("Rådgivernettverket i Salten",
     "Nettverket ble lagt ned ved utgangen av 2090 og erstattet av Kompetanseforum Nordland.", "1.3",
     "råd/utvalg/nettverk 100 %", "Karriere Nordland", "", ""),
]

KIND = {"FoU": FOU, "kurs/utdanning": KURS, "råd/utvalg/nettverk": RAD, "prosjekt": PROSJEKT, "informasjon": INFO,
        "arrangement": ARR}


def shares(cell: str) -> list[tuple[str, int]]:
    return [(k, int(v)) for k, v in re.findall(r"(\S+) (\d+) %", cell)]


def main_kind(cell: str) -> str:
    return KIND[max(shares(cell), key=lambda x: x[1])[0]]


def build(out) -> list[dict]:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPR 2091"
    ws["A1"] = "Nordland fylkeskommune – rapport til Kompetansepolitisk råd for 2091"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Kolonnen «Fordeling på type» viser hvordan innsatsen i tiltaket fordeler seg på KPRs seks "
                "tiltakstyper.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    head = ["Tiltak", "Beskrivelse", "Nasjonalt delmål", "Fordeling på type", "Ansvarlig enhet", "Samarbeid"]
    body = [[n, t, f"NKS {dm}", k, a, s] for n, t, dm, k, a, s, _seed in ROWS]
    sheet_rows(ws, 4, head, body, [40, 62, 15, 30, 30, 34], fill="BDD7EE")
    ws.freeze_panes = "A5"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Nordland fylkeskommune"))
    return [row(FILENAME, MEMBER, n, seed, dm, main_kind(k), a, s, t) for n, t, dm, k, a, s, seed in ROWS
            if seed != ""]


def split_cells(path) -> list[str]:
    import openpyxl
    ws = openpyxl.load_workbook(str(path))["KPR 2091"]
    return [r[3] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]


def text(path) -> str:
    return xlsx_all_text(path)
