"""Virke: an Excel list printed to PDF by Calc. The first column is Virke's own priority («Kompetanse i handelen»,
«Kunnskapsbedrifter», «Ideell sektor»), merged down over the rows it covers. The goal column holds the strategy's
words shortened, without codes («Dokumentere kompetanse fra arbeidslivet» = 2.5). Virke's kind words (Undersøkelse,
Bransjeprosjekt, Verv, Nettverk, Kurs, Møteserie). The RSA seat and the trap – Virke's own advisory council for the
retail programmes – are adjacent. One row is outside 2091 («avsluttet forrige vinter»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, PROSJEKT, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "Virke – kompetansetiltak 2091.pdf"
MEMBER = "Virke"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, a vertically "
          "merged first column, print title row, page footer; dates and /ID fixed")
SHAPE = ("printed Excel list: title and a line in rows 1–2, header on row 4 Virkes prioritet / Tiltak / Beskrivelse "
         "/ Strategiens delmål / Form / Ansvar hos Virke / Partnere; the first column Virke's own priorities, each "
         "merged down over its rows (not delmål); the delmål as the strategy's words shortened, no codes («Kunnskap om "
         "læring i arbeidslivet» = 2.2, «Samarbeid utdanning–arbeidsliv» = 1.4, «Etter- og videreutdanning tilpasset "
         "virksomhetene» = 2.4); Virke's kind words (Undersøkelse, Bransjeprosjekt, Verv, Nettverk, Kurs, "
         "Møteserie); the RSA seat named «Rådet for samarbeid med arbeidslivet ved Høgskolen i Østfold»; one row "
         "outside 2091 told only in the text")
NOT_TRUTH = ("the title and the line under it, the header, the priority cells, the Strategiens delmål and Form cells, "
             "the row 'Frokostmøter om frivillighet og kompetanse' (ended last winter), the page footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Virkes prioritet", "Tiltak", "Beskrivelse", "Strategiens delmål", "Form", "Ansvar hos Virke", "Partnere"]
G22 = "Kunnskap om læring i arbeidslivet"
G25 = "Dokumentere kompetanse fra arbeidslivet"
G14 = "Samarbeid utdanning–arbeidsliv"
G24 = "Etter- og videreutdanning tilpasset virksomhetene"

# priority, [(name, text, goal, kind, ansvar, partners, seed, dm, type)]
GROUPS = [
    ("Kompetanse i handelen", [
        ("Kompetansepulsen 2091 – handel og tjenester",
         "Virke sørget for at 900 handels- og tjenestebedrifter var med i den felles undersøkelsen, og la fram tallene "
         "for bransjene på Handelsdagen.", G22, "Undersøkelse", "Virke Handel", "NHO, YS", "J01", "2.2", FOU),
        ("Fagbrev i butikk for erfarne ansatte",
         "Ansatte med lang erfaring fra butikk fikk tilbud om et praksiskandidatløp fram mot fagbrev i salgsfaget. 230 "
         "startet, og 95 tok fagprøven i 2091.", G25, "Bransjeprosjekt", "Virke Handel", "Handel og Kontor i Norge",
         None, "2.5", PROSJEKT),
    ]),
    ("Kunnskapsbedrifter", [
        ("Rådet for samarbeid med arbeidslivet ved Høgskolen i Østfold",
         "Virke har en av arbeidslivsplassene i rådet. Rådet drøftet i 2091 nye praksisemner i økonomi og IT.", G14,
         "Verv", "Virke HR og kompetanse", "", "M04", "1.4", RAD),
        ("Virkes arbeidslivsråd for handelsutdanningene",
         "Et rådgivende organ Virke har opprettet sammen med tre handelshøyskoler, som møtes to ganger i året for å "
         "drøfte innholdet i handelsutdanningene. Rådet er Virkes eget og er ikke et av rådene for samarbeid med "
         "arbeidslivet (RSA).", G14, "Nettverk", "Virke Handel", "Handelshøyskolen BI, Høyskolen Kristiania, NHH",
         None, "1.4", RAD),
        ("Nasjonalt fagskoleråd",
         "Virke har en av arbeidsgiverplassene i rådet. I 2091 arbeidet rådet med kvaliteten i nettbaserte "
         "fagskoletilbud.", G24, "Verv", "Virke HR og kompetanse", "", "M05", "2.4", RAD),
    ]),
    ("Ideell sektor", [
        ("Lederkurs for ideelle organisasjoner",
         "Et kurs over fire samlinger i ledelse av frivillige og ansatte. 140 ledere fra ideelle organisasjoner "
         "deltok.", G24, "Kurs", "Virke Ideell", "Frivillighet Norge", None, "2.4", KURS),
        ("Frokostmøter om frivillighet og kompetanse",
         "Møteserien ble avsluttet forrige vinter og er ikke videreført.", G22, "Møteserie", "Virke Ideell", "", "",
         "", None),
    ]),
]
WIDTHS = [20, 32, 54, 26, 15, 20, 24]


def _lines(text: str, width: float) -> int:
    n, cur = 1, 0
    for w in (text or "").split():
        if cur and cur + 1 + len(w) > width - 2:
            n, cur = n + 1, len(w)
        else:
            cur += (1 if cur else 0) + len(w)
    return n


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Virke 2091"
    ws["A1"] = "Virke – tiltak for kompetanse 2091"
    ws["A1"].font = Font(name="Arial", size=14, bold=True, color="7030A0")
    ws["A2"] = "Virkes bidrag til Nasjonal kompetansepolitisk strategi, rapportert til Kompetansepolitisk råd"
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="E4DFEC")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    r = 5
    for prio, items in GROUPS:
        first = r
        for name, txt, goal, kind, ans, med, seed, dm, ty in items:
            vals = [prio if r == first else None, name, txt, goal, kind, ans, med]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v or None)
                c.font = Font(name="Arial", size=10, bold=(i == 1))
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 13.5 * max(_lines(v, w) for v, w in zip(vals[1:], WIDTHS[1:])) + 3
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "4:4"
    ws.oddFooter.left.text = "Virke – KPR-rapportering 2091"
    ws.oddFooter.right.text = "Side &P"
    xlsx_to_pdf(wb, out / FILENAME, "Virke HR og kompetanse")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
