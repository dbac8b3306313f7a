"""YS: an Excel list copied from the action plan. The strategy column is «Hva det bidrar til», in YS's own plain words,
and the kind column «Aktivitetsform» uses words no template has (Rådsdeltakelse, Spørreundersøkelse, Nettkurs, Fagdag,
Kampanjeuke, Medlemsundersøkelse). A free «Merknad» column tells the year in words: «Ferdig i mars» (so it ran in
2083), «Gjennomført i fjor, ikke gjentatt», «Sendes ut over nyttår». A second sheet holds a note to the
secretariat."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, KURS, RAD, row, save_xlsx, xlsx_text

FILENAME = "YS aktiviteter kompetanse 2083.xlsx"
MEMBER = "YS"
FORMAT = "XLSX (openpyxl), two sheets, wrapped text, autofilter on the header, zip normalised"
SHAPE = ("ordinary Excel list: a title in row 1, header on row 3 Aktivitet / Hva det bidrar til / Aktivitetsform / "
         "Hovedansvar / Andre involverte / Beskrivelse / Merknad; the delmål only as YS's plain-words paraphrase "
         "(«Digitale ferdigheter for alle ansatte»); YS's own kind words; the year only in the free Merknad column "
         "(«Ferdig i mars», «Gjennomført i fjor, ikke gjentatt», «Sendes ut over nyttår»); sheet «Til sekretariatet» "
         "with a short note")
NOT_TRUTH = ("the title, the header, the Hva det bidrar til, Aktivitetsform and Merknad cells, the row "
             "'Kampanjeuke for lærlinger' (Gjennomført i fjor, ikke gjentatt), the row 'Medlemsundersøkelse om "
             "etterutdanning' (Sendes ut over nyttår, so in 2084), the sheet «Til sekretariatet»")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, bidrar til, form, hovedansvar, andre, text, merknad, seed, dm, type
ROWS = [
    ("Faglig råd for salg, service og reiseliv", "Flere velger yrkesfag og fullfører", "Rådsdeltakelse", "Parat", "",
     "Parat har YS' plass i rådet. Rådet ba om en ny vg3 i reiselivsfaget og fulgte med på lærlingtallene i "
     "salgsfaget.", "", "M02", "2.3", RAD),
    ("Nasjonalt fagskoleråd", "Utdanning som arbeidslivet trenger", "Rådsdeltakelse", "YS sentralt", "",
     "YS deltok på fem møter. Vi har vært opptatt av at fagskolestudenter i jobb skal få bedre studiefinansiering.",
     "Oppnevnt for perioden 2082–2085", "M04", "1.4", RAD),
    ("Omstillingsbarometeret – arbeidstakerdelen", "Vite mer om hva arbeidslivet trenger av kompetanse",
     "Spørreundersøkelse", "YS Arbeidsliv", "LO, NHO, Fafo",
     "YS var med og utformet spørsmålene til arbeidstakerdelen av det felles barometeret. Resultatene ble lagt fram "
     "på Arbeidslivskonferansen i oktober.", "", "J02", "2.2", FOU),
    ("Kampanjeuke for lærlinger", "Flere velger yrkesfag og fullfører", "Kampanjeuke", "YS Ung", "",
     "Kampanjeuke på videregående skoler om rettigheter i læretiden.", "Gjennomført i fjor, ikke gjentatt", "", "",
     None),
    ("Digital grunnmur", "Digitale ferdigheter for alle ansatte", "Nettkurs", "Negotia", "Virke, HK-dir",
     "Felles nettkurs med Virke i grunnleggende digitale ferdigheter for ansatte i varehandel og service. 5 600 "
     "fullførte minst én modul.", "", "J05", "2.1", KURS),
    ("Digital grunnmur – påbygg for tillitsvalgte", "Digitale ferdigheter for alle ansatte", "Nettkurs", "Negotia",
     "", "YS' eget påbygg for tillitsvalgte som skal hjelpe kolleger i gang med kurset. Påbygget er ikke en del av "
     "det felles kurset.", "Ferdig i mars", None, "2.1", KURS),
    ("Fagdag om realkompetanse", "Få godkjent det du kan", "Fagdag", "YS sentralt", "HK-dir, Fagskolen Oslo",
     "Fagdag for tillitsvalgte om hvordan medlemmer kan få vurdert og dokumentert realkompetansen sin; 120 "
     "deltakere.", "Holdt 14. november", None, "2.5", ARR),
    ("Medlemsundersøkelse om etterutdanning", "Vite mer om hva arbeidslivet trenger av kompetanse",
     "Medlemsundersøkelse", "YS Arbeidsliv", "",
     "Undersøkelse om hvor mange medlemmer som har fått etterutdanning de siste to årene.", "Sendes ut over nyttår",
     "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aktiviteter"
    ws["A1"] = "YS – aktiviteter i 2083 (rapport til Kompetansepolitisk råd)"
    ws["A1"].font = Font(name="Calibri", size=13, bold=True)
    head = ["Aktivitet", "Hva det bidrar til", "Aktivitetsform", "Hovedansvar", "Andre involverte", "Beskrivelse",
            "Merknad"]
    thin = Side(style="thin", color="999999")
    for i, h in enumerate(head, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="Calibri", size=11, bold=True)
        c.fill = PatternFill("solid", fgColor="FFE699")
        c.border = Border(bottom=Side(style="medium"), top=thin, left=thin, right=thin)
        c.alignment = Alignment(wrap_text=True)
    rows = []
    for k, (name, bid, form, ans, med, txt, mrk, seed, dm, ty) in enumerate(ROWS):
        r = 4 + k
        for i, v in enumerate([name, bid, form, ans, med or None, txt, mrk or None], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = Font(name="Calibri", size=11)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    for col, w in zip("ABCDEFG", [34, 28, 18, 16, 20, 58, 22]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A3:G{3 + len(ROWS)}"
    ws2 = wb.create_sheet("Til sekretariatet")
    ws2["A1"] = "Til sekretariatet"
    ws2["A1"].font = Font(name="Calibri", size=12, bold=True)
    ws2["A3"] = ("Listen er hentet fra YS' handlingsplan for kompetanse. Vi har latt alle aktivitetene stå, også de "
                 "som ikke ble gjennomført i år – se kolonnen Merknad.")
    ws2["A4"] = "Spørsmål kan rettes til Hilde Brekke, YS Arbeidsliv."
    ws2.column_dimensions["A"].width = 110
    save_xlsx(wb, out / FILENAME, "Hilde Brekke")
    return rows


def text(path) -> str:
    return xlsx_text(path)
