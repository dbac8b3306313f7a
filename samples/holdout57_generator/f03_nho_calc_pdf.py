"""NHO: an Excel overview printed to PDF (here: the workbook converted by LibreOffice Calc). Landscape; column A
holds the hovedinnsatsområde merged vertically with the text turned 90°, column B the delmål merged vertically
over the measures that share it; the header row is repeated as print title; footer 'Side n av N'."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, PROSJEKT, RAD, lo_to_pdf, pdf_text, row

FILENAME = "NHO - Kompetansepolitisk rapportering 2077.pdf"
MEMBER = "NHO"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl) with page setup (landscape, fit to width, "
          "print titles, footer); dates and /ID fixed")
SHAPE = ("printed spreadsheet: column A the hovedinnsatsområde as a vertically merged cell with text turned 90°, "
         "column B the delmål as a vertically merged cell over the measures sharing it (code only, or code+words), "
         "then Tiltak / Type tiltak (NHO's words) / Ansvarlig / Samarbeid / Omtale; a 'Til orientering' block "
         "under the table with one 2076 and one 2078 item")
CHECK = ("tiltak", "ansvarlig")
NOT_TRUTH = ("the title, the header row, the merged area cells, the 'Til orientering' block (Lærlingkampanjen «Ta "
             "fagbrev!» – avsluttet 2076; Kompetanseforum for havbruk – planlagt 2078), the footer")

AREAS = [
    ("Innsatsområde 1\nGode valg", [
        ("1.1", [
            ("Kompetansebehovsutvalget – NHOs representant", "Utvalgsarbeid", "NHO Kompetanse", "",
             "NHO deltok i alle seks møtene og la vekt på bedriftenes behov for fagarbeidere i grønn industri.",
             ("M01", RAD)),
            ("NHOs innspill til KBUs rapport om grønn omstilling", "Høringsinnspill", "NHO Kompetanse",
             "Norsk Industri, NHO Byggenæringen",
             "Skriftlig innspill med data fra medlemsbedriftene om mangel på elektrikere og prosessoperatører.",
             ("U", INFO)),
        ]),
        ("1.4 Samarbeid utdanning–arbeidsliv", [
            ("Fagskolekonferansen i Trondheim", "Konferanse", "NHO Trøndelag", "Fagskolerådet, Trøndelag "
             "fylkeskommune", "Nasjonal konferanse for fagskolesektoren med 380 deltakere, arrangert sammen med "
             "Fagskolerådet.", ("J03", ARR)),
        ]),
    ]),
    ("Innsatsområde 2\nLæring i arbeidslivet", [
        ("2.2 Kunnskapsgrunnlag", [
            ("Bedriftsundersøkelse om kompetansebehov 2077", "Undersøkelse", "NHO Analyse", "NIFU",
             "5 600 medlemsbedrifter svarte; 58 prosent melder at de ikke får tak i den kompetansen de trenger.",
             ("U", FOU)),
        ]),
        ("2.3", [
            ("Samarbeidsrådet for yrkesopplæring", "Rådsarbeid", "NHO Kompetanse", "LO, KS, YS",
             "NHO leder arbeidsgruppen i SRY om lærlingplasser i industrien.", ("M02", RAD)),
        ]),
        ("2.5 Dokumentere kompetanse", [
            ("Fagbrev på jobb i reiselivet", "Bransjeprosjekt", "NHO Reiseliv", "YS (Parat), fylkeskommunene",
             "Ansatte i hotell og restaurant tar fagbrev gjennom praksis og korte samlinger; 140 deltakere.",
             ("J05", PROSJEKT)),
        ]),
    ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(out) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapportering 2077"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd, tiltak i 2077"
    ws["A1"].font = Font(bold=True, size=14)
    head = ["Innsatsområde", "Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeid", "Omtale"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = BOX
        c.alignment = Alignment(vertical="center", wrap_text=True)
    rows = []
    r = 4
    for area, dms in AREAS:
        a0 = r
        for dm, items in dms:
            d0 = r
            for name, kind, ansv, med, txt, (seed, typ) in items:
                for i, v in enumerate([None, None, name, kind, ansv, med or None, txt], 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, dm.split()[0], typ, ansv,
                                med, txt))
                r += 1
            ws.cell(row=d0, column=2, value=dm).alignment = Alignment(vertical="center", horizontal="center",
                                                                      wrap_text=True)
            if r - 1 > d0:
                ws.merge_cells(start_row=d0, start_column=2, end_row=r - 1, end_column=2)
        c = ws.cell(row=a0, column=1, value=area)
        c.alignment = Alignment(text_rotation=90, vertical="center", horizontal="center", wrap_text=True)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=3, value="Til orientering").font = Font(bold=True)
    ws.cell(row=r + 1, column=3, value="Lærlingkampanjen «Ta fagbrev!» – avsluttet i 2076, ikke med i årets tall.")
    ws.cell(row=r + 2, column=3, value="Kompetanseforum for havbruk – planlagt oppstart 2078.")
    for col, w in zip("ABCDEFG", [7, 17, 50, 15, 17, 24, 48]):
        ws.column_dimensions[col].width = w
    for rr in range(4, r):
        ws.row_dimensions[rr].height = 48
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:3"
    ws.oddFooter.center.text = "Side &P av &N"
    ws.oddHeader.right.text = "NHO Kompetanse"
    buf = io.BytesIO()
    wb.save(buf)
    lo_to_pdf(buf.getvalue(), ".xlsx", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
