"""Regjeringen: KD's follow-up sheet of the money spent on the skills policy, sent as the ministry's report. Each row
is a cost line («Kostnadslinje») from the accounts; a measure is the part of the cost text before the dash, and one
measure runs over two cost lines. Lines for salaries, rent, a final invoice for a 2080 campaign and a 2082
pre-project stand among them. The kind of measure is never named."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "KD kostnadslinjer kompetansepolitikk 2081.xlsx"
MEMBER = "Regjeringen"
FORMAT = "XLSX (openpyxl), chapter band rows, number formats, Avvik and SUM formulas, frozen header, zip normalised"
SHAPE = ("budget follow-up sheet 'Kostnadslinjer 2081': title and an extract line, header Kap./post / Kostnadslinje / "
         "Ansvarlig / KPR-delmål / Budsjett 2081 / Regnskap 2081 / Avvik (formula) / Merknad; a band row per "
         "budget chapter; every row is a cost line whose text holds the measure name before a dash "
         "(«Kompetansebehovsutvalget – analyseoppdrag og trykking»), a measure spread over two cost lines; "
         "salary and rent lines with no delmål; no kind of measure anywhere; sheet 'Forklaringer' explains the "
         "columns")
NOT_TRUTH = ("the title and extract line, the header, the chapter band rows, the amounts, formulas and the total row, "
             "the lines 'Lønn og sosiale kostnader, avdeling for kompetansepolitikk' and 'Husleie og fellestjenester' "
             "(no delmål), 'Fagbrevkampanjen 2080 – sluttfaktura fra byrået' (the campaign ended in 2080), "
             "'Forprosjekt 2082: nasjonal portal for voksenopplæring' (starts 2082, nothing spent), the second cost "
             "line of a measure (same measure, one row), the sheet 'Forklaringer'")
SPLIT_FIELDS = ("samarbeidspartnere",)

KD = "KD, avdeling for kompetansepolitikk"
HK = "Direktoratet for høyere utdanning og kompetanse (HK-dir)"
NAV = "Arbeids- og velferdsdirektoratet"

# band rows are (None, title); cost lines: (post, line text, ansvarlig, delmål, budsjett, regnskap, merknad,
# measure name or None, seed, type, partners) – the truth row comes from the first line of a measure
LINES = [
    (None, "Kap. 200 Kunnskapsdepartementet"),
    ("200.01", "Lønn og sosiale kostnader, avdeling for kompetansepolitikk", KD, "", 14_200_000, 14_356_210,
     "Fast drift.", None, "", None, ""),
    ("200.01", "Husleie og fellestjenester", "KD, administrasjonsavdelingen", "", 2_100_000, 2_098_400,
     "Fordelt etter areal.", None, "", None, ""),
    ("200.21", "Kompetansebehovsutvalget – godtgjørelse til utvalgsmedlemmer", KD, "1.1", 1_850_000, 1_792_400,
     "Utvalget hadde seks møter og la i juni fram rapporten «Kompetanse for grønn omstilling». Departementet "
     "leder utvalget, der forskere, partene i arbeidslivet og departementene er med.",
     "Kompetansebehovsutvalget", "M03", RAD, "forskere, partene i arbeidslivet, departementene"),
    ("200.21", "Kompetansebehovsutvalget – analyseoppdrag og trykking", KD, "1.1", 2_400_000, 2_615_300,
     "Merforbruk skyldes en ekstra analyse av behovet for fagarbeidere i havbruk.", "", "", None, ""),
    ("200.21", "Regionale analyser etter KBU-modellen – tilskudd til fylkeskommunene", KD, "1.2", 6_000_000,
     5_400_000,
     "Tilskudd til ni fylkeskommuner som lager egne kompetansebehovsanalyser med samme metode som utvalget. "
     "Ordningen er departementets egen og ligger utenfor utvalgets budsjett.",
     "Regionale analyser etter KBU-modellen", None, FOU, "fylkeskommuner"),
    ("200.21", "Fagbrevkampanjen 2080 – sluttfaktura fra byrået", KD, "2.3", 0, 184_000,
     "Kampanjen ble avsluttet i desember 2080; sluttfakturaen kom i januar 2081.", None, "", None, ""),
    (None, "Kap. 256 Direktoratet for høyere utdanning og kompetanse"),
    ("256.21", "Kompetansekompasset – videreutvikling av verktøyet", HK, "1.3", 4_200_000, 4_180_500,
     "Ny versjon med egen modul for veiledningssamtale ble lansert i mai. Verktøyet utvikles sammen med VOFO og "
     "Kompetanseforbundet.", "Kompetansekompasset", "J01", INFO, "VOFO, Kompetanseforbundet"),
    ("256.21", "Kompetansekompasset – drift og brukerstøtte", HK, "1.3", 1_100_000, 980_000,
     "Om lag 41 000 brukere i 2081.", "", "", None, ""),
    ("256.21", "Evaluering av karrieresentrene – oppdrag til NIFU", HK, "1.3", 2_000_000, 1_000_000,
     "Evalueringen ser på tilgangen til veiledning i alle fylker. Første delrapport kom i november, sluttrapporten "
     "i 2082. Oppdraget utføres av NIFU.", "Evaluering av karrieresentrene", None, FOU, "NIFU"),
    ("256.21", "Fleksible videreutdanningsmoduler i grønn teknologi – tilskudd til tilbyderne", HK, "2.4",
     22_000_000, 21_340_000,
     "34 moduler på 7,5–15 studiepoeng, tatt av 1 900 studenter ved siden av jobb. Modulene tilbys av "
     "universiteter, høyskoler og fagskoler i samarbeid med bransjene.",
     "Fleksible videreutdanningsmoduler i grønn teknologi", None, KURS,
     "universiteter, høyskoler, fagskoler, bransjene"),
    ("256.21", "Forprosjekt 2082: nasjonal portal for voksenopplæring", HK, "3.1", 0, 0,
     "Starter i 2082; ingen midler brukt i 2081.", None, "", None, ""),
    (None, "Kap. 634 Arbeidsmarkedstiltak"),
    ("634.76", "Forsøk med modulbasert fagopplæring for arbeidssøkere – kjøp av opplæring", NAV, "3.5",
     18_500_000, 17_930_000,
     "NAV kjøper modulbasert fagopplæring for arbeidssøkere uten fagbrev; 410 deltakere i fire fylker. Forsøket "
     "gjennomføres med fylkeskommunene.",
     "Forsøk med modulbasert fagopplæring for arbeidssøkere", None, PROSJEKT, "fylkeskommunene"),
    ("634.76", "Forsøk med modulbasert fagopplæring for arbeidssøkere – følgeevaluering", NAV, "3.5", 900_000,
     450_000, "Følgeevalueringen utføres av Fafo; sluttrapport høsten 2082.", "", "", None, ""),
]

THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP = Alignment(wrap_text=True, vertical="top")


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kostnadslinjer 2081"
    ws["A1"] = "Kunnskapsdepartementet – oppfølging av kompetansepolitiske midler 2081"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Uttrekk fra økonomisystemet per 31.12.2081, kommentert av avdeling for kompetansepolitikk. "
                "Sendes sekretariatet for Kompetansepolitisk råd som departementets rapport for 2081.")
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kap./post", "Kostnadslinje", "Ansvarlig", "KPR-delmål", "Budsjett 2081 (kr)", "Regnskap 2081 (kr)",
           "Avvik (kr)", "Merknad"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    r = 5
    first = r
    for ln in LINES:
        if ln[0] is None:
            c = ws.cell(row=r, column=1, value=ln[1])
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        post, text, ans, dm, bud, regn, merk, name, seed, ty, partners = ln
        vals = [post, text, ans, dm, bud, regn, f"=E{r}-F{r}", merk]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = TOP
            if j in (5, 6, 7):
                c.number_format = "# ##0;[Red]-# ##0"
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, merk))
        r += 1
    ws.cell(row=r, column=2, value="Sum").font = Font(bold=True)
    for j, col in zip((5, 6, 7), "EFG"):
        c = ws.cell(row=r, column=j, value=f"=SUM({col}{first}:{col}{r - 1})")
        c.font = Font(bold=True)
        c.number_format = "# ##0;[Red]-# ##0"
        c.border = Border(top=Side(style="double"))
    for col, w in zip("ABCDEFGH", [10, 52, 30, 10, 14, 14, 12, 70]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    ws2 = wb.create_sheet("Forklaringer")
    notes = [
        "Forklaringer til arket Kostnadslinjer 2081",
        "Kap./post: kapittel og post i statsbudsjettet.",
        "Kostnadslinje: teksten fra økonomisystemet. Linjer som gjelder samme tiltak, starter med samme navn foran "
        "tankestreken.",
        "KPR-delmål: delmålet i den kompetansepolitiske strategien linjen hører til. Tom celle = ordinær drift.",
        "Avvik: budsjett minus regnskap. Negative tall (rødt) er merforbruk.",
        "Kontaktperson: seniorrådgiver Ingrid Sæbø, avdeling for kompetansepolitikk.",
    ]
    for i, t in enumerate(notes, 1):
        c = ws2.cell(row=i, column=1, value=t)
        c.font = Font(bold=(i == 1))
    ws2.column_dimensions["A"].width = 110
    save_xlsx(wb, out / FILENAME, "Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return xlsx_text(path)
