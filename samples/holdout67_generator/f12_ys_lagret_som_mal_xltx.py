"""YS: the secretariat's reporting sheet filled in and saved as an Excel template (.xltx, main part typed
spreadsheetml.template.main+xml) – «Lagre som → Excel-mal». Guidance lines above the header are still there; YS
writes its own kind words in «Type tiltak» although the guidance asks for one of the six. A course that starts only
after New Year."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "YS rapportering KPR 2087.xltx"
MEMBER = "YS"
FORMAT = ("XLTX: Excel template written with openpyxl (workbook.template, main part typed "
          "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml), zip normalised")
SHAPE = ("the secretariat's reporting sheet filled in and saved as a template: guidance lines in rows 1–3 («Fyll ut "
         "én rad per tiltak …», «Type tiltak: velg en av de seks typene»), header on row 5 Navn på tiltaket / "
         "Beskrivelse / Delmål (nr.) / Type tiltak / Ansvarlig / Samarbeidspartnere; YS writes its own kind words "
         "(Rådsarbeid, Verktøy, Nettkurs, Medlemsundersøkelse, Veiledningsdag, Kurs) instead of the six; a course "
         "that starts after New Year")
NOT_TRUTH = ("the guidance lines, the header, the Delmål and Type tiltak cells, row 12 'Seniorkurs i Parat' (starts "
             "after New Year), the contact line in row 14")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Navn på tiltaket", "Beskrivelse", "Delmål (nr.)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
ROWS = [
    ("YS i Samarbeidsrådet for yrkesopplæring",
     "YS har én plass i SRY. YS arbeidet for flere læreplasser i kontor- og administrasjonsfaget og i IKT-faget.",
     "2.3", "Rådsarbeid", "YS sentralt", [], "M04", "2.3", RAD),
    ("Nasjonalt fagskoleråd – YS-representant",
     "Parat møter for YS i rådet. Rådet drøftet i år fagskoletilbud for ansatte i offentlig sektor.",
     "2.4", "Rådsarbeid", "Parat", [], "M05", "2.4", RAD),
    ("Kompetansekompasset i tillitsvalgtarbeidet",
     "YS-forbundene har brukt kompasset i samtaler med arbeidsgivere om kompetanseplaner. 40 tillitsvalgte er "
     "lært opp i bruken.",
     "2.4", "Verktøy", "YS sentralt", ["NHO", "Virke"], "J01", "2.4", INFO),
    ("Digital grunnmur for finans og handel",
     "Negotia har tilpasset kurset til ansatte i finans og handel. 3 800 YS-medlemmer fullførte i 2087.",
     "2.1", "Nettkurs", "Negotia", ["Unio", "HK-dir"], "J05", "2.1", KURS),
    ("Medlemsundersøkelse om kompetanse og omstilling",
     "Undersøkelse blant 5 000 YS-medlemmer om hvor mye opplæring de fikk da arbeidsoppgavene endret seg.",
     "2.2", "Medlemsundersøkelse", "YS sentralt", ["Respons Analyse"], None, "2.2", FOU),
    ("Veiledningsdag for YS-forbundenes medlemmer",
     "Åpen dag med gratis karriereveiledning for medlemmer i Bergen og Trondheim. 410 medlemmer fikk en samtale.",
     "1.3", "Veiledningsdag", "Delta", ["Karriere Vestland", "Karrieresenteret i Trøndelag"], None, "1.3", ARR),
    ("Seniorkurs i Parat",
     "Kurset starter først over nyttår.",
     "3.6", "Kurs", "Parat", [], "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    wb.template = True
    ws = wb.active
    ws.title = "Rapportering"
    ws["A1"] = "Rapportering til Kompetansepolitisk råd – tiltak i 2087"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fyll ut én rad per tiltak. Delmål oppgis med nummer (f.eks. 2.4)."
    ws["A3"] = "Type tiltak: velg en av de seks typene i veiledningen."
    ws["A2"].font = ws["A3"].font = Font(italic=True, size=9, color="7F7F7F")
    thin = Side(style="thin", color="808080")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = border
    rows = []
    for i, (name, desc, dmt, kind, ans, partners, seed, dm, ty) in enumerate(ROWS, 6):
        for j, v in enumerate([name, desc, dmt, kind, ans, ", ".join(partners) or None], 1):
            c = ws.cell(i, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), desc))
    last = 5 + len(ROWS)
    ws.cell(last + 2, 1, "Kontakt: Jon Olav Brekke, YS, tlf. 22 00 00 00")
    for col, w in zip("ABCDEF", [36, 60, 12, 18, 16, 30]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 5, last)
    save_xlsx(wb, out / FILENAME, "Jon Olav Brekke")
    return rows


def text(path) -> str:
    return xlsx_text(path)
