"""Virke: an hours-per-project report from the time-registration system, sent as the report. Each KPR project is a
line; the delmål is only in the project number (KPR-2.4-04), the kind is the system's 'Aktivitetstype'; internal
projects (administration, absence) and a 2079 project with no hours in 2080 stand among them."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Virke timer per prosjekt KPR 2080.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), number formats, SUM formulas, a total row, print titles, zip normalised"
SHAPE = ("time-registration report «Timer per prosjekt»: report header lines (Rapport / Periode / Utskrevet / "
         "Utvalg), columns Prosjektnr («KPR-2.4-04», the delmål only inside the number) / Prosjektnavn / "
         "Aktivitetstype / Avdeling / Eksterne parter / Prosjektbeskrivelse / 1. tertial / 2. tertial / 3. tertial "
         "/ Sum timer (formula), a total row; internal projects INT-… and a KPR project from 2079 with 0 hours")
NOT_TRUTH = ("the report header lines, the header row, the hour cells and formulas, the total row, the internal "
             "projects 'INT-100 Intern administrasjon' and 'INT-110 Ferie og fravær', 'KPR-2.2-01 Handelsanalysen "
             "2079' (0 hours, «Sluttført 2079»), 'KPR-2.4-09 Forprosjekt: lærlingordning i ideell sektor' (0 hours, "
             "«Oppstart 2081»)")

# nr, name, aktivitetstype, avdeling, parter, beskrivelse, hours (t1, t2, t3), seed, type
PROJ = [
    ("INT-100", "Intern administrasjon", "Intern tid", "Samfunnskontakt", "", "", (310, 295, 330), "", None),
    ("KPR-1.1-02", "Kompetansebehovsutvalget – Virkes medlem", "Råd og utvalg", "Samfunnskontakt", "",
     "Forberedelse og deltakelse i utvalgets møter; Virke ledet arbeidsgruppen om varehandelens behov.",
     (42, 38, 51), "M02", RAD),
    ("KPR-1.1-03", "Frokostmøte om KBU-rapporten", "Møteplass", "Kommunikasjon", "Kompetansebehovsutvalget",
     "Frokostmøte for medlemmer i juni der utvalgets leder presenterte hovedrapporten.", (0, 24, 2), None, ARR),
    ("KPR-3.4-04", "Norsk i praksis i butikk og lager", "Opplæring", "Kompetanse og utdanning", "LO, VOFO",
     "Norskopplæring på arbeidsplassen for ansatte i 14 varehandelsbedrifter, med lærere fra studieforbundene.",
     (60, 72, 58), "J02", KURS),
    ("KPR-2.4-05", "Bransjeskolen for varehandel", "Utviklingsprosjekt", "Kompetanse og utdanning",
     "Handelshøyskolen BI",
     "Utvikling av et modulbasert opplegg der butikkansatte kan ta studiepoeng i ledelse og drift.",
     (85, 90, 77), None, PROSJEKT),
    ("KPR-2.1-06", "Podkasten «Læring på jobb»", "Kommunikasjon", "Kommunikasjon", "",
     "Ti episoder om digital kompetanse og læring i små virksomheter; 18 000 avspillinger.", (20, 26, 30),
     None, INFO),
    ("KPR-2.2-07", "Analyse av lønnsomheten ved opplæring i handelen", "Analyse", "Samfunnsøkonomi",
     "Menon Economics",
     "Analyse av regnskaps- og registerdata som viser avkastningen av opplæring for bedrift og ansatt.",
     (15, 40, 33), None, FOU),
    ("KPR-2.2-01", "Handelsanalysen 2079", "Analyse", "Samfunnsøkonomi", "", "Sluttført 2079.", (0, 0, 0), "",
     None),
    ("KPR-2.4-09", "Forprosjekt: lærlingordning i ideell sektor", "Utviklingsprosjekt", "Kompetanse og utdanning",
     "", "Oppstart 2081.", (0, 0, 0), "", None),
    ("INT-110", "Ferie og fravær", "Fravær", "Alle", "", "", (120, 410, 140), "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Timer per prosjekt"
    for i, t in enumerate(["Rapport: Timer per prosjekt", "Periode: 01.01.2080–31.12.2080",
                           "Utskrevet: 15.01.2081 09:12 av ihansen", "Utvalg: Prosjektgruppe KPR + INT"], 1):
        ws.cell(row=i, column=1, value=t).font = Font(bold=(i == 1), size=12 if i == 1 else 9)
    hdr = ["Prosjektnr", "Prosjektnavn", "Aktivitetstype", "Avdeling", "Eksterne parter", "Prosjektbeskrivelse",
           "1. tertial", "2. tertial", "3. tertial", "Sum timer"]
    line = Side(style="medium")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.border = Border(bottom=line)
    rows = []
    r = 7
    for nr, name, at, avd, parter, besk, hrs, seed, ty in PROJ:
        vals = [nr, name, at, avd, parter, besk, *hrs, f"=SUM(G{r}:I{r})"]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j >= 7:
                c.number_format = "# ##0"
        if ty:
            dm = nr.split("-")[1]
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, avd, parter, besk))
        r += 1
    ws.cell(row=r, column=1, value="Sum").font = Font(bold=True)
    for j, col in zip(range(7, 11), "GHIJ"):
        c = ws.cell(row=r, column=j, value=f"=SUM({col}7:{col}{r - 1})")
        c.font = Font(bold=True)
        c.border = Border(top=line)
    for col, w in zip("ABCDEFGHIJ", [12, 42, 18, 22, 24, 60, 9, 9, 9, 10]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "6:6"
    save_xlsx(wb, out / FILENAME, "Virke")
    return rows


def text(path) -> str:
    return xlsx_text(path)
