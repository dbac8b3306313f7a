"""Akademikerne: an ordinary Excel list where the goal is a short quotation from the delmål text of the strategy
(«sammenstille og analysere kilder til kunnskap om Norges kompetansebehov») rather than a code; the first column is
the member association (the responsible). The trap is Akademikerne's own seminar about the KBU report. A career day
held for the first time next February."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, KURS, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "Akademikerne – tiltak 2087.xlsx"
MEMBER = "Akademikerne"
FORMAT = "XLSX (openpyxl), one sheet, wrapped text, frozen header, zip normalised"
SHAPE = ("ordinary Excel list: title and a line in rows 1–2, header on row 4 Foreningen / Tiltak / Hva ble gjort / "
         "Relevans for strategien / Type / Samarbeid; «Relevans for strategien» quotes a few words of the delmål text "
         "in guillemets (no code); the association as the responsible; Akademikerne's kind words (Rådsplass, "
         "Seminar, Webinarserie, Policynotat, Karrieredag); a career day held first next February")
NOT_TRUTH = ("the title, the line under it and the header, the Relevans and Type cells, row 10 'Karrieredag for "
             "medisinstudenter' (held for the first time next February), the note in row 12")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Foreningen", "Tiltak", "Hva ble gjort", "Relevans for strategien", "Type", "Samarbeid"]
ROWS = [
    ("Akademikerne", "Kompetansebehovsutvalget",
     "Akademikerne har én plass i utvalget og fikk gjennomslag for et eget kapittel om behovet for kandidater med "
     "master i teknologi og helse.",
     "«sammenstille og analysere kilder til kunnskap om Norges kompetansebehov»", "Rådsplass", [], "M02", "1.1",
     RAD),
    ("Tekna", "Tekna i UHR-MNT",
     "Tekna har en plass i UHR-MNTs arbeidsutvalg og ga innspill til nye retningslinjer for praksis i "
     "ingeniørutdanningene.",
     "«gjøre utdanningen relevant»", "Rådsplass", [], "M03", "1.4", RAD),
    ("Akademikerne", "Seminar om KBU-rapporten for medlemsforeningene",
     "Et halvdagsseminar der utvalgets rapport ble presentert for de tillitsvalgte i foreningene. Seminaret var "
     "Akademikernes eget og ikke en del av utvalgets arbeid.",
     "«sammenstille og analysere kilder til kunnskap om Norges kompetansebehov»", "Seminar", [], None, "1.1", ARR),
    ("Juristforbundet", "Webinarserie om kunstig intelligens i juridisk arbeid",
     "Seks webinarer om bruk av språkmodeller i advokatfirmaer og forvaltningen. 2 700 medlemmer deltok.",
     "«den digitale kompetansen i hele arbeidsstyrken»", "Webinarserie", ["Universitetet i Oslo"], None, "2.1",
     KURS),
    ("Samfunnsøkonomene", "Policynotat om livslang læring for akademikere",
     "Notatet samler forskning på hva etter- og videreutdanning gir i lønn og produktivitet for arbeidstakere med "
     "høyere utdanning.",
     "«kunnskapen om verdien av å investere i kompetanseutvikling»", "Policynotat", ["Samfunnsøkonomisk analyse"],
     None, "2.2", FOU),
    ("Den norske legeforening", "Karrieredag for medisinstudenter",
     "Karrieredagen holdes for første gang i februar neste år.",
     "«gjøre utdanningen relevant»", "Karrieredag", [], "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Akademikerne – tiltak som følger opp den kompetansepolitiske strategien"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapport for 2087 til Kompetansepolitisk råd"
    ws["A2"].font = Font(italic=True, color="595959")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E4DFEC")
        c.border = border
    rows = []
    for i, (forening, name, desc, rel, kind, partners, seed, dm, ty) in enumerate(ROWS, 5):
        for j, v in enumerate([forening, name, desc, rel, kind, ", ".join(partners) or None], 1):
            c = ws.cell(i, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forening, ", ".join(partners), desc))
    last = 4 + len(ROWS)
    ws.cell(last + 2, 1, "Sitatene i kolonne D er hentet fra delmålene i strategien.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [22, 36, 58, 38, 14, 24]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, last)
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "Akademikerne")
    return rows


def text(path) -> str:
    return xlsx_text(path)
