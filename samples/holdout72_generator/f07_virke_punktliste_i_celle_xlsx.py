"""Virke: an ordinary Excel list: sheet «KPR 2092» with a title and a line, header on row 4 Overskrift / Kort om
aktiviteten i 2092 / Knyttes til delmål / Virkes kategori / Ansvarlig hos Virke / Andre med. Delmål written «DM 2.2»;
partners as bullet lines «• NHO» inside the cell; Virke's kind words (Deltakelse i råd, Undersøkelse, Arrangement,
Webinarrekke, Bransjeprogram). A second sheet named «Avsluttet i fjor» keeps last year's finished measures in the same
layout (only the sheet's name places them in another year). The trap is Virke's own breakfast seminar on the
council's annual report."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, FSR, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Virke_KPR_rapportering_2092.xlsx"
MEMBER = "Virke"
FORMAT = "XLSX (openpyxl), two sheets with the same layout, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: sheet «KPR 2092», title and a line in rows 1–2, header on row 4 Overskrift / Kort om "
         "aktiviteten i 2092 / Knyttes til delmål / Virkes kategori / Ansvarlig hos Virke / Andre med; delmål "
         "written «DM 2.2»; partners as «• » bullet lines inside one cell; Virke's kind words (Deltakelse i råd, "
         "Undersøkelse, Arrangement, Webinarrekke, Bransjeprogram); the FSR seat named «Nasjonalt fagskoleråd – "
         "Virkes plass»; a second sheet «Avsluttet i fjor» with two measures in the same layout, placed in another "
         "year only by the sheet's name")
NOT_TRUTH = ("the title and the line under it, the header, the «Knyttes til delmål» and «Virkes kategori» cells, the "
             "bullet marks, the whole sheet «Avsluttet i fjor» ('Kompetansekartlegging i frivillige organisasjoner', "
             "'Lederprogram for små butikker')")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Overskrift", "Kort om aktiviteten i 2092", "Knyttes til delmål", "Virkes kategori", "Ansvarlig hos Virke",
        "Andre med"]
WIDTHS = [32, 62, 12, 18, 20, 26]

# name, text, dm code, kind, ansvar, partners list, seed, delmål, type
ROWS = [
    ("Nasjonalt fagskoleråd – Virkes plass",
     "Virke har én av arbeidsgiverplassene i Nasjonalt fagskoleråd. I 2092 la rådet vekt på fagskoletilbud i handel "
     "og logistikk og på finansiering av korte kurs for folk i jobb.", "DM 1.4", "Deltakelse i råd",
     "Virke Kompetanse", [], FSR, "1.4", RAD),
    ("Læringsbarometeret 2092 – handel og tjenester",
     "Virke hadde ansvaret for delen av undersøkelsen som gjelder handel og tjenesteytende næringer, med svar fra "
     "1 300 virksomheter. Funnene ble presentert på Virkes HR-forum i november.", "DM 2.2", "Undersøkelse",
     "Virke Analyse", ["NHO", "Spekter", "Fafo"], "J03", "2.2", FOU),
    ("Fagskoleuka 2092",
     "Virke oppfordret medlemsbedriftene til å besøke fagskolene under fagskoleuka, og holdt et innlegg om "
     "fagskoletilbud i handel ved Fagskolen Oslo.", "DM 1.4", "Arrangement", "Virke Kompetanse",
     ["Fagskolerådet", "YS"], "J04", "1.4", ARR),
    ("Frokostseminar om fagskolerådets årsrapport",
     "Virke inviterte medlemsbedrifter til et frokostseminar i november der rådets årsrapport ble lagt fram og "
     "drøftet. Seminaret var Virkes eget og ikke en del av rådets arbeid.", "DM 1.4", "Arrangement",
     "Virke Kompetanse", [], None, "1.4", ARR),
    ("Webinarrekke om kunstig intelligens i varehandelen",
     "Seks webinarer for ledere og ansatte i varehandelen om hvordan kunstig intelligens kan brukes i innkjøp, "
     "kundeservice og lager. 2 400 påmeldte.", "DM 2.1", "Webinarrekke", "Virke Handel",
     ["Handelshøyskolen BI"], None, "2.1", KURS),
    ("Bransjeprogram for varehandelen",
     "Virke og Handel og Kontor i Norge koblet 30 butikkjeder med fagskoler og høyskoler for å lage korte "
     "utdanningstilbud i butikkledelse og netthandel. Fire nye tilbud startet høsten 2092.", "DM 2.4",
     "Bransjeprogram", "Virke Handel", ["HK-dir", "Handel og Kontor i Norge"], None, "2.4", PROSJEKT),
]

LAST_YEAR = [
    ("Kompetansekartlegging i frivillige organisasjoner",
     "Kartlegging av kompetansebehov i 40 frivillige organisasjoner. Rapporten kom i mars.", "DM 2.2",
     "Undersøkelse", "Virke Ideell og frivillighet", ["Frivillighet Norge"]),
    ("Lederprogram for små butikker",
     "Lederprogram i tre samlinger for butikksjefer i små kjeder. Siste kull ble ferdig i desember.", "DM 2.4",
     "Kurstilbud", "Virke Handel", ["Handelshøyskolen BI"]),
]


def _sheet(ws, title, line, items):
    ws["A1"] = title
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = line
    ws["A2"].font = Font(name="Calibri", size=10, italic=True, color="595959")
    thin = Side(style="thin", color="BFBFBF")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Calibri", size=11, bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for k, it in enumerate(items):
        name, txt, code, kind, ans, partners = it[:6]
        vals = [name, txt, code, kind, ans, "\n".join(f"• {p}" for p in partners) or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=5 + k, column=i, value=v)
            c.font = Font(name="Calibri", size=11)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + i)].width = w
    fit_row_heights(ws, 5, 4 + len(items), line_pt=15)
    ws.freeze_panes = "A5"


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPR 2092"
    _sheet(ws, "Virkes rapportering til Kompetansepolitisk råd – 2092",
           "Sist oppdatert 15.01.2093 av Virke Kompetanse", ROWS)
    ws2 = wb.create_sheet("Avsluttet i fjor")
    _sheet(ws2, "Tiltak som ble avsluttet i fjor (til orientering)", "Tas ikke med i årets tall", LAST_YEAR)
    rows = []
    for name, txt, code, kind, ans, partners, seed, dm, ty in ROWS:
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), txt))
    save_xlsx(wb, out / FILENAME, "Ingvild Moe Karlsen")
    return rows


def text(path) -> str:
    return xlsx_text(path)
