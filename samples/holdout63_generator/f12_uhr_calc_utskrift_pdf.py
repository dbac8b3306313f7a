"""UHR: an Excel list printed to PDF. The first column is the institution or unit that runs the measure (so the
responsible comes before the name), the kind column «Art» holds UHR's words, and the last column «Status og
resultater 2083» tells, in words only, that one network was closed last year and one offer starts next year. The
RSA councils are reported as one seat for all member institutions, the UHR-FSE seat by the unit's name. UHR's own
survey of the joint service is not the service."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "UHR tiltak kompetansepolitikk 2083 – utskrift.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, ruled cells, "
          "print title row, page header and footer; dates and /ID fixed")
SHAPE = ("printed Excel list whose first column is the responsible: header Institusjon/enhet / Tiltak / Delmål / Art / "
         "Samarbeid / Status og resultater 2083; delmål as code; UHR's kind words (Rådsarbeid, Nettjeneste, "
         "Studentundersøkelse, Videreutdanning, Konferanse, Nettverk, Mikroemner); the RSA councils as one row for "
         "all member institutions; two rows outside 2083 only by words in the status column («lagt ned i fjor», «fra "
         "neste år»)")
NOT_TRUTH = ("the page header and footer, the title and the line under it, the header, the Delmål and Art cells, the "
             "row 'Nettverk for EVU-koordinatorer' (closed last year), the row 'Mikroemner i kunstig intelligens' "
             "(offered from next year), the note under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

# institution, name, dm, art, samarbeid, status, seed, type
ROWS = [
    ("UHR (sekretariatet)", "UHR-Lærerutdanning", "1.4", "Rådsarbeid", "KS, Utdanningsforbundet",
     "Enheten samlet dekanene for lærerutdanningene fire ganger og la fram anbefalinger om praksis i de femårige "
     "lærerutdanningene.", "M06", RAD),
    ("Universitetene og høyskolene", "Rådene for samarbeid med arbeidslivet (RSA)", "1.4", "Rådsarbeid", "",
     "Alle 21 medlemsinstitusjoner har nå et RSA. UHR samlet rådslederne til et erfaringsmøte i mai og laget en "
     "veileder for rådsarbeidet.", "M05", RAD),
    ("UHR (sekretariatet)", "Praksisbanken", "1.4", "Nettjeneste", "KS, Spekter, HK-dir",
     "UHR har ansvaret for studiedelen av tjenesten. Ved årsskiftet brukte 34 utdanninger ved 14 institusjoner "
     "Praksisbanken til å fordele praksisplasser.", "J01", INFO),
    ("UHR (sekretariatet)", "Kartlegging av studentenes erfaringer med Praksisbanken", "1.4", "Studentundersøkelse",
     "Norsk studentorganisasjon",
     "Spørreundersøkelse blant 5 200 studenter om hvordan de opplever tildelingen av praksisplasser. Undersøkelsen "
     "er UHRs egen og er ikke en del av tjenesten.", None, FOU),
    ("NTNU og Universitetet i Sørøst-Norge", "Fleksible videreutdanningsemner i bærekraft", "2.4", "Videreutdanning",
     "Norsk Industri", "Seks nettbaserte emner på 7,5 studiepoeng for ansatte i industrien; 520 studenter.", None,
     KURS),
    ("UHR (sekretariatet)", "Nettverk for EVU-koordinatorer", "2.4", "Nettverk", "",
     "Nettverket ble lagt ned i fjor, og oppgavene er flyttet til konferansen.", "", None),
    ("UHR (sekretariatet)", "Nasjonal konferanse om livslang læring 2083", "2.4", "Konferanse", "HK-dir",
     "Konferanse i Bergen i oktober om hvordan universiteter og høyskoler kan gi mer fleksibel etter- og "
     "videreutdanning; 310 deltakere.", None, ARR),
    ("Universitetet i Oslo", "Mikroemner i kunstig intelligens", "2.1", "Mikroemner", "",
     "De første emnene tilbys fra neste år.", "", None),
]


WIDTHS = [24, 34, 8, 17, 22, 58]


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs (Arial 10 in a column of `width` characters), so the printed rows are high enough."""
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
    ws.title = "Tiltak 2083"
    ws["A1"] = "Universitets- og høgskolerådet – tiltak som følger opp kompetansestrategien, 2083"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    ws["A2"] = "Utskrift fra UHRs tiltaksoversikt per 12.01.2084"
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    head = ["Institusjon/enhet", "Tiltak", "Delmål", "Art", "Samarbeid", "Status og resultater 2083"]
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (inst, name, dm, art, med, status, seed, ty) in enumerate(ROWS):
        r = 5 + k
        for i, v in enumerate([inst, name, dm, art, med or None, status], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = Font(name="Arial", size=10)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, inst, med, status))
        lines = max(_lines(v, w) for v, w in zip([inst, name, dm, art, med, status], WIDTHS))
        ws.row_dimensions[r].height = 13.5 * lines + 3
    note_row = 6 + len(ROWS)
    ws.cell(row=note_row, column=1, value="Delmål viser til nummereringen i Nasjonal kompetansepolitisk strategi.")
    ws.cell(row=note_row, column=1).font = Font(name="Arial", size=9, italic=True)
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "4:4"
    ws.oddHeader.right.text = "UHR"
    ws.oddFooter.center.text = "Side &P av &N"
    ws.oddFooter.left.text = "Tiltaksoversikt 2083"
    xlsx_to_pdf(wb, out / FILENAME, "Guro Lie")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
