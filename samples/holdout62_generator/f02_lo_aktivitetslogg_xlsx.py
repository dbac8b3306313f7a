"""LO: the department's activity log, kept through the year and extracted for the report. Every line is one dated
activity; the column Tiltak ties it to a measure, so a measure recurs on several lines over the year (a council seat
on every meeting). Lines with no measure are internal chores. The extract runs from December 2081 to January 2083:
a project closed with a final report in December 2081, and a campaign that was only applied for in 2082 and
starts in 2083, are in the log too."""
from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "LO aktivitetslogg utdanning og kompetanse 2082.xlsx"
MEMBER = "LO"
FORMAT = "XLSX (openpyxl), date cells (dd.mm.yyyy), autofilter, frozen header, two sheets, zip normalised"
SHAPE = ("activity log: sheet 'Logg' with a title and an extract line, header Dato / Aktivitet / Tiltak / DM / Form "
         "/ Ansvarlig i LO / Sammen med / Reg.; one line per dated activity, the Tiltak column ties it to a "
         "measure, so every measure recurs on two or three lines over the year; internal lines with an empty "
         "Tiltak cell; the extract runs 15.12.2081–12.01.2083; sheet 'Forklaring' explains the columns")
NOT_TRUTH = ("the title and extract line, the header, the Dato, DM, Form and Reg. cells, the internal lines with no "
             "measure (budget meeting, half-year report, staff talks, the extract itself), the second and later "
             "lines of each measure (same measure, one row), the line of 15.12.2081 on 'Fagbrev bak murene' (final "
             "report of a project closed in 2081), the lines on 'Fagbrevgarantien' (applied for in December 2082, "
             "starts 2083), the sheet 'Forklaring'")

SH, JE, ML = "Siri Haugland", "Jon Eriksen", "Marte Lunde"
FSR = "Nasjonalt fagskoleråd"
FORMOTE = "Formøter for LOs representanter i SRY og de faglige rådene"
BYGG = "Faglig råd for bygg- og anleggsteknikk"
LLG = "Lærlingløftet i grønn industri"
TVS = "Tillitsvalgtskolen – kompetanse i tariffavtalen"
ANA = "Analyse av lønnsgevinsten ved fagbrev for voksne"
DEB = "LOs debatt om voksnes læring under Arendalsuka"
GAR = "Fagbrevgarantien"
MUR = "Fagbrev bak murene"

# measure -> (dm, form, ansvarlig, med, seed, type); type None = not a truth row
MEASURES = {
    FSR: ("1.4", "Rådsplass", SH, "", "M02", RAD),
    FORMOTE: ("2.3", "Nettverk", JE, "Fellesforbundet, EL og IT Forbundet", None, RAD),
    BYGG: ("2.3", "Rådsplass", JE, "Fellesforbundet", "M06", RAD),
    LLG: ("2.3", "Prosjekt", SH, "NHO, Vestland fylkeskommune", "J01", PROSJEKT),
    TVS: ("2.4", "Kurs", ML, "AOF Norge", None, KURS),
    ANA: ("2.2", "Utredning", ML, "Fafo", None, FOU),
    DEB: ("3.1", "Arrangement", SH, "", None, ARR),
    GAR: ("2.3", "Kampanje", JE, "", "", None),
    MUR: ("3.1", "Prosjekt", JE, "Kriminalomsorgen", "", None),
}

# date, activity, measure (or None), registered by
LOG = [
    (dt.date(2081, 12, 15), "Sluttrapport for «Fagbrev bak murene» sendt til Kriminalomsorgsdirektoratet. "
     "Prosjektet er avsluttet.", MUR, "JE"),
    (dt.date(2082, 1, 12), "Budsjettmøte i avdelingen.", None, "SH"),
    (dt.date(2082, 1, 19), "Møte i Nasjonalt fagskoleråd. LO la fram forslag om at fagskolestudenter i full jobb "
     "skal kunne ta opp studielån på deltid.", FSR, "SH"),
    (dt.date(2082, 2, 2), "Formøte på Teams med LOs medlemmer i SRY og de faglige rådene før første SRY-møte. "
     "Formøtene er LOs egne og skal gi representantene en felles linje.", FORMOTE, "JE"),
    (dt.date(2082, 2, 8), "Møte i det faglige rådet. Rådet behandlet forslag til ny læreplan i tømrerfaget og ba "
     "om flere læreplasser i offentlige byggeprosjekter.", BYGG, "JE"),
    (dt.date(2082, 2, 21), "Oppstartsmøte i Bergen. LO har ansvaret for opplæringen av tillitsvalgte i "
     "lærebedriftene i prosjektet.", LLG, "SH"),
    (dt.date(2082, 3, 10), "Første samling i tillitsvalgtskolen: hvordan kompetanseklausulene i tariffavtalene kan "
     "brukes lokalt. 46 deltakere fra 11 forbund.", TVS, "ML"),
    (dt.date(2082, 4, 20), "Møte i fagskolerådet om ny finansieringsmodell for fagskolene.", FSR, "SH"),
    (dt.date(2082, 5, 6), "Formøte før SRY-møtet i mai.", FORMOTE, "JE"),
    (dt.date(2082, 5, 27), "Fafo-rapporten «Lønner det seg å ta fagbrev som voksen?» lagt fram på frokostmøte i "
     "Folkets Hus. Voksne som tar fagbrev, tjener i snitt 11 prosent mer fem år etter.", ANA, "ML"),
    (dt.date(2082, 6, 13), "35 nye læreplasser i batteri- og hydrogenbedrifter i Vestland.", LLG, "SH"),
    (dt.date(2082, 6, 30), "Halvårsrapport til LO-sekretariatet.", None, "SH"),
    (dt.date(2082, 8, 12), "Debatt i Arendal: «Hvem skal lære opp de voksne?» med statsråden, NHO og KS i panelet. "
     "Rundt 300 i salen og direktesendt på nett.", DEB, "SH"),
    (dt.date(2082, 9, 14), "Møte i det faglige rådet om vekslingsmodeller i anleggsfagene.", BYGG, "JE"),
    (dt.date(2082, 10, 22), "Andre samling i tillitsvalgtskolen, med oppgaver fra egne arbeidsplasser.", TVS, "ML"),
    (dt.date(2082, 11, 8), "Medarbeidersamtaler.", None, "SH"),
    (dt.date(2082, 11, 18), "Samling for tillitsvalgte i lærebedriftene i Sogndal.", LLG, "SH"),
    (dt.date(2082, 12, 5), "Søknad om midler til kampanjen sendt til HK-dir. Kampanjen skal etter planen starte i "
     "mars 2083.", GAR, "JE"),
    (dt.date(2083, 1, 9), "Oppstartsmøte for kampanjen med forbundene.", GAR, "JE"),
    (dt.date(2083, 1, 12), "Uttrekk av loggen til rapporten for Kompetansepolitisk råd.", None, "SH"),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Logg"
    ws["A1"] = "Aktivitetslogg – LOs avdeling for utdanning og kompetanse"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Uttrekk 15.12.2081–12.01.2083 til rapporten til Kompetansepolitisk råd. Én linje per aktivitet."
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Dato", "Aktivitet", "Tiltak", "DM", "Form", "Ansvarlig i LO", "Sammen med", "Reg."]
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="F2DCDB")
        c.border = box
    rows = []
    seen = set()
    for i, (day, act, m, reg) in enumerate(LOG, 5):
        if m:
            dm, form, ans, med, seed, ty = MEASURES[m]
            vals = [day, act, m, dm, form, ans, med or None, reg]
        else:
            vals = [day, act, None, None, None, None, None, reg]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=i, column=1).number_format = "dd.mm.yyyy"
        if m and ty and m not in seen and day.year == 2082:
            seen.add(m)
            rows.append(row(FILENAME, MEMBER, m, seed, dm, ty, ans, med, act))
    for col, w in zip("ABCDEFGH", [11, 62, 34, 6, 12, 16, 26, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{4 + len(LOG)}"
    ws2 = wb.create_sheet("Forklaring")
    for i, line in enumerate([
        "Loggen føres av avdelingen gjennom året.",
        "Tiltak: knytter aktiviteten til et tiltak. Tom celle = internt gjøremål.",
        "DM: delmål i Nasjonal kompetansepolitisk strategi.",
        "Form: LOs egen inndeling (Rådsplass, Nettverk, Prosjekt, Kurs, Utredning, Arrangement, Kampanje).",
        "Reg.: initialene til den som registrerte linjen.",
        "Kontakt: Siri Haugland, rådgiver.",
    ], 1):
        ws2.cell(row=i, column=1, value=line)
    ws2.column_dimensions["A"].width = 95
    save_xlsx(wb, out / FILENAME, "Siri Haugland")
    return rows


def text(path) -> str:
    return xlsx_text(path)
