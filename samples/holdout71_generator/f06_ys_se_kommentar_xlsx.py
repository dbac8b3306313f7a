"""YS: an ordinary Excel list whose delmål column was meant to hold a value from the secretariat's list («1.3 –
Karriereveiledning»), but for two measures YS wrote «Se kommentar» and gave the goal in words in the last column
«Kommentar» («Hører best hjemme under delmålet om å dokumentere kompetanse fra arbeidslivet» = 2.5). YS's kind words
(Plass i råd, Panel, Spørreundersøkelse, Pilot, Kurs, Veiledning). The trap is YS' own panel of fagskole students,
right after the FSR seat. One row is outside 2091, told in the description and the comment."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "YS – tiltaksoversikt 2091.xlsx"
MEMBER = "YS"
FORMAT = "XLSX (openpyxl), one sheet, two title rows, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title and an explaining line in rows 1–2, header on row 4 Tiltak / Delmål (velg fra "
         "liste) / Type / Ansvarlig forbund / Samarbeider med / Hva ble gjort / Kommentar; the delmål as the "
         "secretariat's list value («2.3 – Yrkesfag») except two rows that say «Se kommentar» and give the goal in "
         "words in «Kommentar» («Fagskolene – etter- og videreutdanning som arbeidslivet trenger» = 2.4, «Hører best "
         "hjemme under delmålet om å dokumentere kompetanse fra arbeidslivet» = 2.5); YS's kind words (Plass i råd, "
         "Panel, Spørreundersøkelse, Pilot, Kurs, Veiledning); the SRY seat named «Faglig råd for salg, service og "
         "reiseliv», the FSR seat by its two meetings («Nasjonalt fagskoleråd – vårmøtet og høstmøtet»); one row "
         "outside 2091 told in the text and in the comment")
NOT_TRUTH = ("the title and the explaining line, the header, the Delmål and Type cells, the Kommentar cells, row 11 "
             "'Karrierecoaching for seniorer' (closed at the end of last year, «ikke aktivt i 2091»)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Delmål (velg fra liste)", "Type", "Ansvarlig forbund", "Samarbeider med", "Hva ble gjort",
        "Kommentar"]

# name, delmål cell, type word, ansvarlig, partners, text, comment, seed, dm, type
ROWS = [
    ("Faglig råd for salg, service og reiseliv", "2.3 – Yrkesfag", "Plass i råd", "Parat", "",
     "Parat representerer YS i rådet. Rådet arbeidet med ny læreplan i salgsfaget og med tiltak mot at lærlinger i "
     "reiselivet slutter underveis.", "", "M02", "2.3", RAD),
    ("Nasjonalt fagskoleråd – vårmøtet og høstmøtet", "Se kommentar", "Plass i råd", "YS-sekretariatet", "",
     "YS har en av arbeidstakerplassene i rådet. På vårmøtet og høstmøtet i 2091 la rådet fram forslag om flere "
     "deltidstilbud i fagskolene.",
     "Fagskolene – etter- og videreutdanning som arbeidslivet trenger", "M05", "2.4", RAD),
    ("YS' fagskolepanel", "2.4 – Etter- og videreutdanning", "Panel", "YS-sekretariatet", "",
     "Et panel av ti medlemmer som studerer ved fagskoler, og som gir innspill til YS' representant før rådsmøtene. "
     "Panelet er YS' eget og er ikke en del av Nasjonalt fagskoleråd.", "", None, "2.4", RAD),
    ("Kompetansepulsen 2091 – arbeidstakerdelen", "2.2 – Kunnskapsgrunnlag", "Spørreundersøkelse",
     "YS-sekretariatet", "NHO, Virke",
     "YS utformet spørsmålene til de ansatte og presenterte funnene for forbundene i november.", "", "J01", "2.2",
     FOU),
    ("Realkompetanse i bank", "Se kommentar", "Pilot", "Parat", "Finans Norge",
     "Parat har prøvd ut en ordning der medlemmer i bank får realkompetansen vurdert opp mot fagbrev i finansfaget. "
     "120 medlemmer fikk vurdering i 2091.",
     "Hører best hjemme under delmålet om å dokumentere kompetanse fra arbeidslivet", None, "2.5", PROSJEKT),
    ("Kurs i digital sikkerhet for tillitsvalgte", "2.1 – Digital kompetanse", "Kurs", "Delta", "NorSIS",
     "Et nettkurs om digital sikkerhet og personvern på arbeidsplassen. 860 tillitsvalgte i kommunene fullførte.", "",
     None, "2.1", KURS),
    ("Karrierecoaching for seniorer", "1.3 – Karriereveiledning", "Veiledning", "Negotia", "",
     "Tilbudet ble lagt ned ved utgangen av fjoråret.", "Tatt med for ordens skyld – ikke aktivt i 2091.", "", "",
     None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "YS 2091"
    ws["A1"] = "YS – tiltak i oppfølgingen av kompetansestrategien 2091"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Skjemaet er fylt ut av YS-sekretariatet. Der delmål ikke er valgt fra listen, står forklaringen i "
                "kommentarfeltet.")
    ws["A2"].font = Font(size=9, color="595959")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, dmcell, kind, ans, med, txt, comment, seed, dm, ty) in enumerate(ROWS, 5):
        for j, v in enumerate([name, dmcell, kind, ans, med, txt, comment], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
            if j == 7 and v:
                c.font = Font(italic=True, color="404040")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    for col, w in zip("ABCDEFG", [32, 24, 16, 18, 18, 56, 34]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 4 + len(ROWS))
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "YS-sekretariatet")
    return rows


def text(path) -> str:
    return xlsx_text(path)
