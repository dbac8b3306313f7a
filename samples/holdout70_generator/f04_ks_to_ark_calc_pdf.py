"""KS: an Excel workbook printed to PDF by LibreOffice Calc, two sheets named by KS's own areas («Oppvekst og
utdanning», «Arbeidsgiver og digitalisering» – not the strategy's), each printed on its own page with the sheet name
in the page header (&A) and «Side &P av &N» in the footer. Header on row 3 Tiltak / Gjennomført i 2090 / Strategimål /
Tiltaksform / Ansvarlig i KS / Samarbeidsaktører; the delmål as a code with a trailing full stop and KS's short words
(«2.4. Koble kompetansebehov og tilbud»); KS's form words (Representasjon, Opplæringsprogram, Pilot, Lederutvikling,
Statistikk og analyse, Kampanje). The RSA seat is named by the college's council and the UHR seat as an observer seat.
The trap is KS Agder's own pilot of the joint programme, right under it. One row ended at the last new year."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, KURS, PROSJEKT, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "KS – rapportering til Kompetansepolitisk råd 2090.pdf"
MEMBER = "KS"
FORMAT = ("PDF exported by LibreOffice Calc from a two-sheet XLSX (openpyxl): landscape, fit to one page wide, print "
          "title row, the sheet name in the page header (&A), ruled cells; dates and /ID fixed")
SHAPE = ("printed workbook with one page per sheet, the sheets named by KS's own areas («Oppvekst og utdanning», "
         "«Arbeidsgiver og digitalisering»), each with a title row and the header on row 3 Tiltak / Gjennomført i "
         "2090 / Strategimål / Tiltaksform / Ansvarlig i KS / Samarbeidsaktører; delmål as «2.4. Koble "
         "kompetansebehov og tilbud»; KS's form words (Representasjon, Opplæringsprogram, Pilot, Lederutvikling, "
         "Statistikk og analyse, Kampanje); the RSA seat named «Rådet for samarbeid med arbeidslivet ved Høgskolen i "
         "Innlandet», the UHR-FSE seat «UHR-Lærerutdanning – KS som observatør»; one row ended at the last new year")
NOT_TRUTH = ("the page headers and footers, the sheet titles, the headers, the Strategimål and Tiltaksform cells, the "
             "row 'Rekrutteringskampanjen «Jobb i kommunen»' (ended at the previous new year), the note under the "
             "second table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Gjennomført i 2090", "Strategimål", "Tiltaksform", "Ansvarlig i KS", "Samarbeidsaktører"]
S14 = "1.4. Utdanning i samspill med arbeidslivet"
S24 = "2.4. Koble kompetansebehov og tilbud"

# sheet name, title, rows: (name, text, strategimål, form, ansvarlig, partners, seed, dm, type)
SHEETS = [
    ("Oppvekst og utdanning", "KS – tiltak 2090: oppvekst og utdanning", [
        ("Rådet for samarbeid med arbeidslivet ved Høgskolen i Innlandet",
         "KS Innlandet har en av arbeidslivsplassene i rådet. Rådet behandlet i 2090 praksisavtalene for lærer- og "
         "sykepleierutdanningene og behovet for flere studieplasser i vernepleie.",
         S14, "Representasjon", "KS Innlandet", "", "M04", "1.4", RAD),
        ("UHR-Lærerutdanning – KS som observatør",
         "KS møter som observatør for kommunene som skoleeiere i UHR-Lærerutdanning. Vi tok opp praksisopplæringen "
         "og rekrutteringen til lærerutdanningene i distriktene.",
         S14, "Representasjon", "KS Utdanning", "", "M06", "1.4", RAD),
        ("Rekrutteringskampanjen «Jobb i kommunen»",
         "Kampanjen ble avsluttet ved forrige årsskifte og er ikke videreført.",
         "2.3. Yrkesfag og karriere", "Kampanje", "KS Kommunikasjon", "Fylkeskommunene", "", "", None),
    ]),
    ("Arbeidsgiver og digitalisering", "KS – tiltak 2090: arbeidsgiver og digitalisering", [
        ("Kompetanseløft i omsorg",
         "Programmet gir ufaglærte og assistenter i helse og omsorg korte moduler som kan bygges videre mot fagbrev "
         "eller fagskole. KS har ansvaret for avtalene med kommunene; 88 kommuner og 2 300 ansatte var med i 2090.",
         S24, "Opplæringsprogram", "KS Arbeidsgiverpolitikk", "Unio, Fagskolerådet", "J04", "2.4", KURS),
        ("Kompetanseløft i omsorg – Agder-piloten",
         "KS Agder har prøvd ut en egen nettbasert variant for nattevakter i sju kommuner. Piloten er KS Agders egen "
         "og er ikke en del av det nasjonale programmet.",
         S24, "Pilot", "KS Agder", "Universitetet i Agder", None, "2.4", PROSJEKT),
        ("Digitaliseringsakademiet for kommunale ledere",
         "Fire samlinger for ledere i kommunene om bruk av data og kunstig intelligens i tjenestene. 260 ledere fra "
         "70 kommuner deltok.",
         "2.1. Digital kompetanse", "Lederutvikling", "KS Digitalisering", "Digdir", None, "2.1", KURS),
        ("Kommunal kompetansestatistikk 2090",
         "Årlig statistikk over utdanningsnivå, turnover og kompetansebehov i kommunene, laget på grunnlag av "
         "PAI-registeret. Publisert i september.",
         "2.2. Kunnskap om læring i arbeidslivet", "Statistikk og analyse", "KS Analyse", "SSB", None, "2.2", FOU),
    ]),
]
WIDTHS = [32, 60, 26, 18, 22, 24]


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
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rows = []
    for sname, title, items in SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = title
        ws["A1"].font = Font(name="Arial", size=13, bold=True, color="7B2C3A")
        for i, h in enumerate(HEAD, 1):
            c = ws.cell(row=3, column=i, value=h)
            c.font = Font(name="Arial", size=10, bold=True)
            c.fill = PatternFill("solid", fgColor="F2DCDB")
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="center")
        for k, (name, txt, sm, form, ans, med, seed, dm, ty) in enumerate(items):
            r = 4 + k
            vals = [name, txt, sm, form, ans, med]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v or None)
                c.font = Font(name="Arial", size=10)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 13.5 * max(_lines(v, w) for v, w in zip(vals, WIDTHS)) + 3
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
        for col, w in zip("ABCDEF", WIDTHS):
            ws.column_dimensions[col].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = "3:3"
        ws.oddHeader.left.text = "KS"
        ws.oddHeader.center.text = "&A"
        ws.oddFooter.center.text = "Side &P av &N"
    last = wb["Arbeidsgiver og digitalisering"]
    last.cell(row=9, column=1, value="Antall kommuner og deltakere er hentet fra programmets rapport per 15.12.2090.")
    last.cell(row=9, column=1).font = Font(name="Arial", size=9, italic=True)
    xlsx_to_pdf(wb, out / FILENAME, "KS Utdanning")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
