"""Virke: the skills portfolio from Virke's project office, printed from the workbook to PDF (LibreOffice Calc). A
portfolio lists projects by phase: standing council seats are «Løpende», finished and idea-stage projects stand in
the same table, and the delmål is a «KPR 2.2» tag in the column «Strategisk forankring» next to Virke's own
strategy area."""
from __future__ import annotations

import math

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, KURS, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "Virke porteføljeoversikt kompetanse 2081.pdf"
MEMBER = "Virke"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to width, phase fills, repeated "
          "header row, page footer; dates and /ID fixed")
SHAPE = ("printed project portfolio: title, a line «Porteføljeoversikt per 31.12.2081», header Nr / Prosjekt / "
         "tiltak / Fase / Strategisk forankring («KPR 2.2 · Virke: Kompetanse») / Virkemiddel (Virke's words) / "
         "Prosjekteier / Partnere / Leveranser 2081; phases Løpende / Gjennomføring / Avsluttet 2080 / Idé – "
         "oppstart 2082 with coloured fills; a phase legend under the table")
NOT_TRUTH = ("the title and date line, the header, the Nr, Fase and Strategisk forankring cells, the rows V-07 "
             "'Lærlingeløftet i ideell sektor' (Avsluttet 2080) and V-08 'Kompetansebørs for ideelle virksomheter' "
             "(Idé – oppstart 2082), the phase legend, the footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

PHASE_FILL = {"Løpende": "DDEBF7", "Gjennomføring": "E2EFDA", "Avsluttet 2080": "EDEDED",
              "Idé – oppstart 2082": "FFF2CC"}
# nr, name, phase, dm, virke area, virkemiddel, owner, partners, deliveries, seed, type
ITEMS = [
    ("V-01", "Råd for samarbeid med arbeidslivet, Handelshøyskolen BI", "Løpende", "1.4", "Utdanning",
     "Rådsplass", "Kompetanseavdelingen", "",
     "Virke deltok i fire møter og bidro til et nytt praksisemne i varehandelsledelse.", "M04", RAD),
    ("V-02", "Nasjonalt fagskoleråd", "Løpende", "1.4", "Utdanning", "Rådsplass", "Kompetanseavdelingen", "",
     "Virke har én plass i rådet og fremmet behovet for fagskoletilbud i handel og logistikk.", "M05", RAD),
    ("V-03", "Læring på jobb-undersøkelsen 2081", "Gjennomføring", "2.2", "Kunnskap", "Analyse",
     "Samfunnsøkonomisk avdeling", "Unio, Akademikerne",
     "Virke ledet undersøkelsen, der 9 100 arbeidstakere i privat og offentlig sektor svarte om læring i jobben. "
     "Rapporten kom i november.", "J04", FOU),
    ("V-04", "Bransjeprogrammet for varehandel", "Gjennomføring", "2.4", "Kompetanse", "Kompetanseprogram",
     "Kompetanseavdelingen", "UHR, Fagskolerådet, Handel og Kontor i Norge",
     "14 korte moduler i netthandel, logistikk og butikkledelse; 2 300 ansatte i handelen tok minst én modul.",
     "J06", KURS),
    ("V-05", "Bransjeprogrammet for varehandel – fase 2: netthandel i distriktene", "Gjennomføring", "2.4",
     "Kompetanse", "Kompetanseprogram", "Virke Nord", "Troms og Finnmark fylkeskommune",
     "Virkes egen videreføring med moduler for små nettbutikker i Nord-Norge. Fase 2 er ikke en del av det felles "
     "programmet og finansieres av Virke og fylkeskommunen.", None, KURS),
    ("V-06", "Handelsfagdagen 2081", "Gjennomføring", "2.3", "Rekruttering", "Arrangement",
     "Kommunikasjonsavdelingen", "Handel og Kontor i Norge",
     "Nasjonal dag i april der 40 butikker tok imot elever fra salg, service og reiseliv til en dag i jobb.", None,
     ARR),
    ("V-07", "Lærlingeløftet i ideell sektor", "Avsluttet 2080", "2.3", "Rekruttering", "Utviklingsprosjekt",
     "Kompetanseavdelingen", "", "Sluttrapport levert i desember 2080.", "", None),
    ("V-08", "Kompetansebørs for ideelle virksomheter", "Idé – oppstart 2082", "2.4", "Kompetanse",
     "Digital tjeneste", "Kompetanseavdelingen", "", "Skisse behandles i ledergruppen i februar 2082.", "", None),
]

WIDTHS = [7, 38, 16, 22, 17, 22, 28, 54]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portefølje"
    ws["A1"] = "Virke – prosjektportefølje kompetanse"
    ws["A1"].font = Font(bold=True, size=14, color="7B2C5A")
    ws["A2"] = "Porteføljeoversikt per 31.12.2081 – prosjekter og løpende oppdrag. Rapport til Kompetansepolitisk råd."
    ws["A2"].font = Font(italic=True, size=9)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = ["Nr", "Prosjekt / tiltak", "Fase", "Strategisk forankring", "Virkemiddel", "Prosjekteier", "Partnere",
           "Leveranser 2081"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7B2C5A")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[4].height = 20
    rows = []
    for i, (nr, name, phase, dm, area, vm, owner, med, deliv, seed, ty) in enumerate(ITEMS, 5):
        vals = [nr, name, phase, f"KPR {dm} · Virke: {area}", vm, owner, med or "–", deliv]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.font = Font(size=10)
        ws.cell(row=i, column=3).fill = PatternFill("solid", fgColor=PHASE_FILL[phase])
        lines = max(math.ceil(len(str(v)) * 1.12 / w) for v, w in zip(vals, WIDTHS))
        ws.row_dimensions[i].height = 13.5 * max(lines, 1) + 4
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, owner, med, deliv))
    n = 5 + len(ITEMS) + 1
    ws.cell(row=n, column=1, value="Faser: Løpende = faste oppdrag uten sluttdato · Gjennomføring = aktivt i 2081 · "
                                   "Avsluttet = ingen aktivitet i 2081 · Idé = ikke startet").font = Font(size=8)
    for col, w in zip("ABCDEFGH", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"
    ws.oddFooter.left.text = "Virke – porteføljekontoret"
    ws.oddFooter.right.text = "Side &P av &N"
    xlsx_to_pdf(wb, out / FILENAME, "Virke")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
