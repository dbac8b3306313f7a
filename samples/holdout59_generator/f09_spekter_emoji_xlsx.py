"""Spekter: a short list where the kind of each measure is only an emoji in the column «Slag», explained by a legend
above the table, and the goal is a phrase in Spekter's words that is a hyperlink to the delmål on the strategy's web
page (the code is only in the link target). Rows from 2078 and 2080 stand in grey at the bottom."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row, save_xlsx

FILENAME = "Spekter KPR 2079.xlsx"
MEMBER = "Spekter"
FORMAT = "XLSX (openpyxl), emoji cells, hyperlinks, grey font for other years, zip normalised"
SHAPE = ("one sheet: title, a legend line of six emojis with Spekter's words (🎓 opplæring · 🤝 råd og nettverk · "
         "🔬 kunnskap og analyse · 🛠 utviklingsprosjekt · 📣 informasjon · 📅 møteplass), then Tiltak / Hva / Slag "
         "(the emoji only) / Strategien (Spekter's phrase for the goal, hyperlinked to "
         "…/kompetansestrategien#delmal-2-3) / Eier / Med; two grey rows at the bottom marked «(2078)» and "
         "«(2080)»")
NOT_TRUTH = ("the title, the legend line, the header, the Slag and Strategien cells (and their link targets), the "
             "grey rows «(2078) Helsefagarbeiderløftet – ferdig» and «(2080) Felles introduksjonskurs for "
             "lærlinger i helseforetakene – planlagt», the note under them")

URL = "https://www.regjeringen.no/no/dokumenter/kompetansestrategien/id2079/#delmal-"
LEGEND = {RAD: "🤝", KURS: "🎓", FOU: "🔬", PROSJEKT: "🛠", "INFO": "📣", ARR: "📅"}
# name, hva, type, phrase, code, eier, med, seed
ITEMS = [
    ("SRY – Spekters plass", "Spekter representerer helseforetakene og de andre virksomhetene i "
     "Spekter-området i Samarbeidsrådet for yrkesopplæring.", RAD, "Flere gode fagarbeidere og yrkesveier", "2.3",
     "Spekter", "LO, NHO, KS", "M01"),
    ("UHR-Helse og velferd – Spekter som observatør", "Spekter deltar som observatør i UHRs enhet for helse- og "
     "velferdsutdanningene og har tatt opp praksisplasser i sykehusene.", RAD,
     "Utdanninger som svarer på arbeidslivets behov", "1.4", "Spekter", "Helseforetakene", "M06"),
    ("Lesesterk i sykehusene", "Opplæring i lesing, skriving og digitale ferdigheter for renholdere, "
     "portører og kjøkkenansatte i fem helseforetak.", KURS, "Grunnleggende ferdigheter på jobben", "3.2",
     "Helse Sør-Øst", "LO, VOFO", "J04"),
    ("Seminar om Lesesterk-resultatene for HR-ledere", "Halvdagsseminar der HR-ledere i helseforetakene fikk "
     "presentert resultatene og erfaringene fra Lesesterk.", ARR, "Grunnleggende ferdigheter på jobben", "3.2",
     "Spekter", "", None),
    ("Kompetanseanalyse for ambulansetjenesten", "Analyse av hvilken kompetanse ambulansetjenesten trenger fram "
     "mot 2090.", FOU, "Mer kunnskap om læring og kompetanse i arbeidslivet", "2.2", "Spekter",
     "Helsedirektoratet", None),
    ("Lærlinger i helseforetak – utviklingsprosjekt", "Prosjekt for å doble antall lærlinger i "
     "helsefagarbeiderfaget i helseforetakene.", PROSJEKT, "Flere gode fagarbeidere og yrkesveier", "2.3",
     "Helse Nord", "Nordland fylkeskommune", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2079"
    ws["A1"] = "Spekter – tiltak i kompetansepolitikken 2079"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Slag: 🎓 opplæring · 🤝 råd og nettverk · 🔬 kunnskap og analyse · 🛠 utviklingsprosjekt · "
                "📣 informasjon · 📅 møteplass")
    head = ["Tiltak", "Hva", "Slag", "Strategien", "Eier", "Med"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = []
    r = 5
    for name, hva, ty, phrase, code, eier, med, seed in ITEMS:
        vals = [name, hva, LEGEND[ty], phrase, eier, med or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j == 3 else None)
        link = ws.cell(row=r, column=4)
        link.hyperlink = URL + code.replace(".", "-")
        link.font = Font(color="0563C1", underline="single")
        rows.append(row(FILENAME, MEMBER, name, seed, code, ty, eier, med, hva))
        r += 1
    grey = Font(color="808080", italic=True)
    for vals in (["(2078) Helsefagarbeiderløftet – ferdig", "Avsluttet i juni 2078.", "🎓", "", "Spekter", ""],
                 ["(2080) Felles introduksjonskurs for lærlinger i helseforetakene – planlagt",
                  "Oppstart høsten 2080.", "🎓", "", "Spekter", ""]):
        r += 1
        for j, v in enumerate(vals, 1):
            ws.cell(row=r, column=j, value=v or None).font = grey
    ws.cell(row=r + 2, column=1, value="Grå rader gjelder andre år og er tatt med til orientering.").font = grey
    for col, w in zip("ABCDEF", [44, 60, 7, 40, 16, 26]):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, out / FILENAME, "Spekter")
    return rows


def text(path) -> str:
    import openpyxl as ox
    wb = ox.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        for rr in ws.iter_rows():
            vals = ["" if c.value is None else str(c.value) for c in rr]
            out.append("\t".join(vals))
            out += [c.hyperlink.target for c in rr if c.hyperlink is not None and c.hyperlink.target]
    return "\n".join(out)
