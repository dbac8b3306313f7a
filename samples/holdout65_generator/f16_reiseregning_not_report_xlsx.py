"""Not a member report: a travel expense claim. The secretariat pays travel for the members' representatives, and a
YS deputy sent her claim for the year's meetings on the secretariat's Excel form in the same week as the reports. The
form names the council, a KBU input meeting and the joint Fagskoledagen 2085 (she spoke there) as the purposes of her
trips – the words of measures – but it reports nothing."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import save_xlsx, xlsx_text

FILENAME = "Reiseregning Kristin Hovde 2085.xlsx"
MEMBER = None
FORMAT = ("XLSX (openpyxl): the secretariat's claim form with a merged title, a key/value block, a ruled table with "
          "date cells, number formats and SUM formulas, print area, zip normalised")
SHAPE = ("NOT a member report: a travel expense claim «Reiseregning – medlemmer og varamedlemmer i Kompetansepolitisk "
         "råd» from a YS deputy: name, organisation, account number, a table Dato / Reise fra–til / Formål / "
         "Transport / Beløp (kr) / Kvitt. nr. whose purposes name the council meeting, «Innspillsmøte om "
         "KBU-rapporten» and «Fagskoledagen 2085 – innlegg», hotel and per diem lines, a SUM total, a late-submission "
         "remark, signature and the secretariat's attestation fields; no truth rows")
NOT_TRUTH = ("everything (not a member report): the form title, the key/value block, the travel lines and their "
             "purposes, the totals, the remark, the signature and the attestation fields")

LINES = [
    ("12.03.2085", "Bodø–Oslo t/r", "Møte i Kompetansepolitisk råd", "Fly", 4380, "1"),
    ("12.03.2085", "Oslo S–Gardermoen", "Møte i Kompetansepolitisk råd", "Tog", 392, "2"),
    ("23.04.2085", "Bodø–Bergen t/r", "Fagskoledagen 2085 – innlegg om fagskoletilbud i Nord-Norge", "Fly", 3950, "3"),
    ("23.04.2085", "Hotell Bergen, 1 natt", "Fagskoledagen 2085 – innlegg om fagskoletilbud i Nord-Norge", "–", 1690,
     "4"),
    ("17.10.2085", "Bodø–Oslo t/r", "Innspillsmøte om KBU-rapporten «Grønn omstilling og kompetanse»", "Fly", 4120,
     "5"),
    ("12.03.2085", "Kostgodtgjørelse, dagsreise over 12 timer", "Møte i Kompetansepolitisk råd", "–", 578, ""),
    ("23.04.2085", "Kostgodtgjørelse, overnatting", "Fagskoledagen 2085 – innlegg om fagskoletilbud i Nord-Norge", "–",
     1042, ""),
]


def build(out) -> list[dict]:
    import datetime as _dt
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Reiseregning"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Reiseregning – medlemmer og varamedlemmer i Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    info = [("Navn", "Kristin Hovde"), ("Organisasjon", "YS (varamedlem)"), ("Adresse", "Storgata 41, 8006 Bodø"),
            ("Kontonummer", "4520.11.38472"), ("Periode", "mars–oktober 2085")]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    head = ["Dato", "Reise fra–til", "Formål", "Transport", "Beløp (kr)", "Kvitt. nr."]
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    top = 9
    for j, h in enumerate(head, 1):
        c = ws.cell(top, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = border
    for i, (dato, reise, formal, transp, belop, kv) in enumerate(LINES, top + 1):
        d, m, y = map(int, dato.split("."))
        vals = [_dt.datetime(y, m, d), reise, formal, transp, belop, kv or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(i, 1).number_format = "dd.mm.yyyy"
        ws.cell(i, 5).number_format = "# ##0.00"
    last = top + len(LINES)
    ws.cell(last + 1, 4, "Sum").font = Font(bold=True)
    ws.cell(last + 1, 5, f"=SUM(E{top + 1}:E{last})").font = Font(bold=True)
    ws.cell(last + 1, 5).number_format = "# ##0.00"
    ws.cell(last + 3, 1, "Merknad: Beklager sen innsending – kvitteringene ligger ved som bilder i e-posten.")
    ws.cell(last + 5, 1, "Jeg bekrefter at opplysningene er riktige.")
    ws.cell(last + 6, 1, "Bodø, 10.01.2086")
    ws.cell(last + 6, 3, "Kristin Hovde")
    ws.cell(last + 8, 1, "Fylles ut av sekretariatet").font = Font(italic=True, color="808080")
    for k, lab in enumerate(["Attestert:", "Anvist:", "Kontostreng:"]):
        ws.cell(last + 9 + k, 1, lab)
    for col, w in zip("ABCDEF", [12, 34, 52, 11, 13, 10]):
        ws.column_dimensions[col].width = w
    ws.print_area = f"A1:F{last + 11}"
    save_xlsx(wb, out / FILENAME, "KPR-sekretariatet")
    return []


def text(path) -> str:
    return xlsx_text(path)
