"""Virke: an ordinary Excel list where the delmål column holds only Virke's own catchword («Læring på jobben»,
«Yrkesfag og karriere», «Norsk og integrering», «Digital kompetanse»); a second sheet «Delmålene» lists the sixteen
delmål with their code, the strategy's short text and Virke's catchword, so the code is found there. Virke's kind words
(Verv, Undersøkelse, Kurs på arbeidsplassen, Bransjeprogram, Veileder, Frokostseminar). Partners one per line. A
programme decided in December that begins in August next year is told only in words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Virke_KPR_2093.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), two sheets, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: sheet «Tiltak» with a title in row 1, header on row 3 Tiltak / Delmål (stikkord) / Kort "
         "beskrivelse / Type / Hvem i Virke / Andre aktører; the delmål only as Virke's own catchword («Læring på "
         "jobben», «Yrkesfag og karriere», «Norsk og integrering», «Digital kompetanse»), resolved by a second sheet "
         "«Delmålene» that lists the sixteen delmål with code, the strategy's short text and Virke's catchword; "
         "Virke's kind words (Verv, Undersøkelse, Kurs på arbeidsplassen, Bransjeprogram, Veileder, Frokostseminar, "
         "Satsing); partners one per line; the SRY seat named «Virkes plass i SRY»; a programme that starts in August "
         "2094 told only in words")
NOT_TRUTH = ("the title, the header, the Delmål (stikkord) and Type cells, row 10 'Lærlingløftet i handelen' (decided in "
             "December, first apprentices from August 2094), the sheet «Delmålene»")
SPLIT_FIELDS = ("samarbeidspartnere",)

KEY = [
    ("1.1", "Kompetansebehovsutvalget og kunnskap om kompetansebehov", "Kompetansebehov"),
    ("1.2", "Regionalt folkevalgt nivås kompetansepolitiske ansvar", "Regionalt samarbeid"),
    ("1.3", "Tilgang til karriereveiledning", "Karriereveiledning"),
    ("1.4", "Samarbeid mellom utdanningstilbydere og arbeidslivet", "Utdanning og arbeidsliv"),
    ("2.1", "Digital kompetanse i hele arbeidsstyrken", "Digital kompetanse"),
    ("2.2", "Kunnskapsgrunnlaget om læring i arbeidslivet", "Læring på jobben"),
    ("2.3", "Karrieremulighetene i yrkesfaglige utdanninger og yrker", "Yrkesfag og karriere"),
    ("2.4", "Koble kompetansebehov til etter- og videreutdanningstilbud", "EVU-tilbud"),
    ("2.5", "Dokumentere kompetanse ervervet i arbeidslivet", "Realkompetanse"),
    ("2.6", "Godkjenning av utenlandsk utdanning", "Godkjenning"),
    ("3.1", "Fleksibel opplæring på voksnes premisser", "Voksnes opplæring"),
    ("3.2", "Kompetansepluss", "Kompetansepluss"),
    ("3.3", "Opplæring i arbeidsmarkeds- og integreringspolitikken", "Arbeidsmarkedsopplæring"),
    ("3.4", "Norskopplæring og kvalifisering for innvandrere", "Norsk og integrering"),
    ("3.5", "NAVs opplæringstilbud", "Nav-opplæring"),
    ("3.6", "Læring i frivillig sektor", "Frivillighet"),
]
WORD = {code: w for code, _t, w in KEY}
HEAD = ["Tiltak", "Delmål (stikkord)", "Kort beskrivelse", "Type", "Hvem i Virke", "Andre aktører"]
# name, dm code (for the catchword), text, kind, ansvarlig, partners, seed, dm, type
ROWS = [
    ("Virkes plass i SRY", "2.3",
     "Virke har en av arbeidsgiverplassene i Samarbeidsrådet for yrkesopplæring. I 2093 arbeidet SRY med ny "
     "tilbudsstruktur for service- og handelsfagene.", "Verv", "Virke Kunnskap og kompetanse", [], "M04", RAD),
    ("Læringsbarometeret 2093 – handel og tjenester", "2.2",
     "Virke sto for utvalget av 2 400 virksomheter i handel og tjenesteyting i den felles undersøkelsen om hvordan "
     "ansatte lærer på jobben.", "Undersøkelse", "Virke Analyse", ["YS", "Spekter", "Fafo"], "J02", FOU),
    ("Norsk i praksis i butikk og lager", "3.4",
     "38 medlemsvirksomheter i handel og logistikk var med. Ansatte lærer norsk i arbeidstiden med en kollega som "
     "språkmentor.", "Kurs på arbeidsplassen", "Virke HR", ["KS", "HK-dir"], "J04", KURS),
    ("Bransjeprogram for digital handel", "2.1",
     "Korte nettbaserte moduler i netthandel, dataanalyse og kundeservice. 540 ansatte tok minst én modul.",
     "Bransjeprogram", "Virke Handel", ["Høyskolen Kristiania"], None, KURS),
    ("Veileder om lærlinger i handelen", "2.3",
     "Ny digital veileder for bedrifter som vil ta inn lærlinger i salgsfaget, med maler for opplæringsplan og "
     "vurdering.", "Veileder", "Virke Kunnskap og kompetanse", [], None, INFO),
    ("Frokostseminarer om læring på arbeidsplassen", "2.2",
     "Fire frokostseminarer i Oslo og Bergen om hvordan ledere kan legge til rette for læring i det daglige arbeidet. "
     "380 deltakere.", "Frokostseminar", "Virke HR", [], None, ARR),
    ("Lærlingløftet i handelen", "2.3",
     "Virkes styre vedtok satsingen i desember. De første lærlingene tas inn fra august 2094.", "Satsing",
     "Virke Handel", ["NHO Service og Handel"], "", None),
]
WIDTHS = [34, 20, 56, 20, 26, 20]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Virke – tiltak i Nasjonal kompetansepolitisk strategi 2093"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True, color="8B1A4A")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="Calibri", size=11, bold=True)
        c.fill = PatternFill("solid", fgColor="F4D6E2")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (name, code, txt, kind, ans, partners, seed, ty) in enumerate(ROWS):
        r = 4 + k
        vals = [name, WORD[code], txt, kind, ans, "\n".join(partners)]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Calibri", size=11)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ans, ", ".join(partners), txt))
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 3 + len(ROWS), 15)
    ws.freeze_panes = "A4"
    ks = wb.create_sheet("Delmålene")
    for i, h in enumerate(["Nr.", "Delmål i strategien (kort)", "Virkes stikkord"], 1):
        ks.cell(row=1, column=i, value=h).font = Font(bold=True)
    for r, (code, t, w) in enumerate(KEY, 2):
        ks.cell(row=r, column=1, value=code)
        ks.cell(row=r, column=2, value=t)
        ks.cell(row=r, column=3, value=w)
    ks.column_dimensions["A"].width = 6
    ks.column_dimensions["B"].width = 62
    ks.column_dimensions["C"].width = 26
    save_xlsx(wb, out / FILENAME, "Maja Sundby")
    return rows


def text(path) -> str:
    return xlsx_text(path)
