"""Fagskolerådet: an ordinary one-sheet Excel list whose goal column quotes the strategy's own delmål text, cut short
with «…» and without the code («Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter …»).
Header on row 3 Nr / Tiltak / Kort beskrivelse / Strategiens mål / Type (vår betegnelse) / Leder / Partnere. The Nr
column numbers the new phase of the joint programme «1b» under the programme's «1», though the phase is a measure of
its own (the trap). In the joint conference's row the leader is another member and Fagskolerådet names itself among
the partners. One row is a conference held every second year, not this year."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Fagskolerådet – tiltak i 2090.xlsx"
MEMBER = "Fagskolerådet"
FORMAT = "XLSX (openpyxl), one sheet, title rows, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title and a line in rows 1–2, header on row 3 Nr / Tiltak / Kort beskrivelse / "
         "Strategiens mål / Type (vår betegnelse) / Leder / Partnere; the goal as the strategy's own delmål text cut "
         "short with «…», no code; Fagskolerådet's type words (Modulbasert opplæring, Fagdag/konferanse, Nettverk, "
         "Kampanje, Undersøkelse, Konferanse); Nr «1b» for a new phase of the joint programme numbered under it; "
         "Fagskolerådet among the partners of the joint conference another member leads; a conference held every "
         "second year, not this year; a note under the table")
NOT_TRUTH = ("the title and the line under it, the header, the Nr, Strategiens mål and Type cells, the «–» cell, row "
             "'Fagskolekonferansen' (every second year, not held this year; the next one next autumn), the note under "
             "the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

T24 = "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter …"
T25 = "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet …"
T14 = "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet …"
T23 = "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker"
T22 = "Styrke kunnskapsgrunnlaget om læring i arbeidslivet …"

# nr, name, text, goal, type word, leder, partners as written, partners truth, seed, dm, type
ROWS = [
    ("1", "Kompetanseløft i omsorg – fagskolemodulene",
     "Fagskolene i programmet har utviklet fire moduler på 10 studiepoeng i demens, legemiddelhåndtering, "
     "velferdsteknologi og rehabilitering. 640 deltakere tok minst én modul.", T24, "Modulbasert opplæring",
     "Fagskolerådet", "KS, Unio", "KS, Unio", "J04", "2.4", KURS),
    ("1b", "Kompetanseløft i omsorg – fase 2: ledermodul",
     "En ny fase med en ledermodul for fagarbeidere som skal lede team i hjemmetjenesten. Fase 2 er utviklet av "
     "Fagskolerådet alene og er ikke en del av programmet med KS og Unio. Første kull startet i oktober.", T24,
     "Modulbasert opplæring", "Fagskolerådet", "Fagskolen Oslo", "Fagskolen Oslo", None, "2.4", KURS),
    ("2", "Realkompetansedagen – programmet om opptak til fagskole",
     "Fagskolerådet hadde ansvaret for programmet om realkompetanse ved opptak til fagskole på den nasjonale "
     "konferansen i Trondheim.", T25, "Fagdag/konferanse", "Kompetanseforbundet", "UHR og Fagskolerådet",
     "UHR, Fagskolerådet", "J05", "2.5", ARR),
    ("3", "Fagskolenes nettverk for bransjeråd",
     "Nettverk der fagskolenes bransjeråd deler erfaringer om hvordan næringslivet kan være med og utvikle nye "
     "studietilbud. To samlinger med 45 fagskoler.", T14, "Nettverk", "Fagskolerådet", "NHO, LO", "NHO, LO", None,
     "1.4", RAD),
    ("4", "Informasjonskampanjen «Høyere yrkesfaglig utdanning»",
     "Kampanje i sosiale medier og på skoler for å vise hvilke karriereveier fagskolene åpner etter fagbrev. "
     "Filmene ble sett 400 000 ganger.", T23, "Kampanje", "Fagskolerådet", "–", "", None, "2.3", INFO),
    ("5", "Undersøkelse blant fagskolestudenter i jobb",
     "Spørreundersøkelse til 5 000 studenter som tar fagskole ved siden av jobb, om hvordan arbeidsgiverne legger "
     "til rette. Rapporten kom i desember.", T22, "Undersøkelse", "Fagskolerådet", "NIFU", "NIFU", None, "2.2", FOU),
    ("6", "Fagskolekonferansen",
     "Arrangeres annethvert år og ble ikke holdt i år. Neste konferanse er neste høst.", T14, "Konferanse",
     "Fagskolerådet", "", "", "", "", None),
]
HEAD = ["Nr", "Tiltak", "Kort beskrivelse", "Strategiens mål", "Type (vår betegnelse)", "Leder", "Partnere"]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Fagskolerådet – tiltak i 2090"
    ws["A1"].font = Font(bold=True, size=14, color="833C0B")
    ws["A2"] = "Innrapportering til Kompetansepolitisk råd. Kontakt: rådgiver Eirik Haugland."
    ws["A2"].font = Font(size=10, color="595959")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (nr, name, txt, goal, tw, leder, med, partners, seed, dm, ty) in enumerate(ROWS, 4):
        for j, v in enumerate([nr, name, txt, goal, tw, leder, med], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, leder, partners, txt))
    note = 5 + len(ROWS)
    ws.cell(note, 2, "Kolonnen «Strategiens mål» er hentet fra strategidokumentet og forkortet.")
    ws.cell(note, 2).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [5, 34, 56, 36, 18, 20, 22]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, 3 + len(ROWS))
    ws.freeze_panes = "A4"
    save_xlsx(wb, out / FILENAME, "Eirik Haugland")
    return rows


def text(path) -> str:
    return xlsx_text(path)
