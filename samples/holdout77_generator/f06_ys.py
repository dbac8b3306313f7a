"""YS: an ordinary Excel list. The goal is written as YS writes it in its own plans, the innsatsområde as a Roman
numeral and the delmål's number after a hyphen («II-4» = 2.4); the kind is the secretariat's own category shortened
to fit the column («Råd/utv./nettv.», «Kurs/utd.», «Arr.», «Info.»). A pilot that ended in 2096 is told only in
words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font

from .common import ARR, INFO, KURS, RAD, row, sheet_rows, xlsx_all_text, xlsx_bytes

FILENAME = "YS_tiltak_KPR_2097.xlsx"
MEMBER = "YS"
FORMAT = "XLSX (openpyxl), one sheet, title and key rows above the header, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list with Roman-numeral goals and shortened kinds: title in row 1, a key in row 2 "
         "«Strategipunkt = innsatsområde (I–III) og delmål, f.eks. II-4 = innsatsområde 2, delmål 4», header on row "
         "4 Tiltak / Hva ble gjort i 2097 / Strategipunkt / Type / Forbund/ansvar / Partnere; goal cells «I-1», "
         "«II-4», «II-1», «II-2», «III-1»; the kind as the secretariat's category cut short («Råd/utv./nettv.», "
         "«Kurs/utd.», «Arr.», «Info.»); the KBU seat «Kompetansebehovsutvalget – YS' faste plass» and the FSR seat "
         "«YS i Nasjonalt fagskoleråd»; a pilot that ended in 2096 told only in words")
NOT_TRUTH = ("the title and the key, the header, the Strategipunkt and Type cells, the row 'Pilot med "
             "kompetansekonto' (ended in 2096)")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROMAN = {"1": "I", "2": "II", "3": "III"}

# name, gjort, delmål, type word, ansvar, partnere, seed, type
ROWS = [
    ("Kompetansebehovsutvalget – YS' faste plass",
     "YS deltok i utvalgets seks møter og i arbeidsgruppen som skrev temarapporten om kompetanse i det grønne "
     "skiftet.", "1.1", "Råd/utv./nettv.", "YS", "", "M04", RAD),
    ("YS i Nasjonalt fagskoleråd",
     "YS har én av arbeidstakerplassene i rådet. Rådet ga i 2097 innspill til ny finansieringsmodell for "
     "fagskolene.", "2.4", "Råd/utv./nettv.", "YS", "", "M06", RAD),
    ("Havvindskolen – YS-forbundenes kursplasser",
     "Parat og Negotia skaffet kursplasser i Havvindskolen for medlemmer i leverandørindustrien. 64 medlemmer tok "
     "minst én modul.", "2.4", "Kurs/utd.", "Parat, Negotia", "NHO, Fagskolerådet", "J04", KURS),
    ("Digitalt førerkort for ansatte i finans",
     "Nettkurs i digital sikkerhet og kunstig intelligens for ansatte i banker og forsikringsselskaper. 3 100 "
     "fullførte.", "2.1", "Kurs/utd.", "Finansforbundet", "Finans Norge", None, KURS),
    ("Seniorkonferansen 2097",
     "Konferanse om læring for seniorer i arbeidslivet, med 190 deltakere fra forbund, arbeidsgivere og "
     "forskningsmiljøer.", "2.2", "Arr.", "YS Arbeidslivsutvikling", "Senter for seniorpolitikk", None, ARR),
    ("Informasjonsfilmer om fagbrev for voksne",
     "Fem korte filmer om hvordan voksne i arbeid kan ta fagbrev, delt i YS-forbundenes kanaler og sett 85 000 "
     "ganger.", "3.1", "Info.", "YS Stat", "HK-dir", None, INFO),
    ("Pilot med kompetansekonto",
     "Piloten ble avsluttet i 2096, og erfaringene er lagt fram for partene.", "2.4", "Prosj.", "YS", "", "", None),
]


def roman(code: str) -> str:
    a, b = code.split(".")
    return f"{ROMAN[a]}-{b}"


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "YS 2097"
    ws["A1"] = "YS – tiltak i oppfølgingen av kompetansestrategien 2097"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Strategipunkt = innsatsområde (I–III) og delmål, f.eks. II-4 = innsatsområde 2, delmål 4"
    ws["A2"].font = Font(name="Calibri", size=9, italic=True)
    head = ["Tiltak", "Hva ble gjort i 2097", "Strategipunkt", "Type", "Forbund/ansvar", "Partnere"]
    body = [[n, g, roman(dm), t, a, p] for n, g, dm, t, a, p, *_r in ROWS]
    sheet_rows(ws, 4, head, body, [36, 58, 13, 15, 24, 26], fill="FFF2CC")
    ws.freeze_panes = "A5"
    (out / FILENAME).write_bytes(xlsx_bytes(wb, "Ole Kristian Brekke"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, g) for n, g, dm, _t, a, p, seed, ty in ROWS if ty]


def text(path) -> str:
    return xlsx_all_text(path)
