"""YS: an ordinary Excel list printed to PDF by LibreOffice Calc. The rows stand under two band rows merged across the
table, «Nye tiltak i 2093» and «Videreført fra tidligere år»: the rows under the second band are measures of 2093 that
began earlier, not measures of another year. YS's goal words with the code in brackets for some («Mer kunnskap om
læring på jobben (2.2)») and words only for others. The trap is a second phase of the joint survey that YS runs alone.
A conference held every second year was not held in 2093, said only in words."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, RAD, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "YS – tiltak i kompetansestrategien 2093.pdf"
MEMBER = "YS"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, merged band rows, "
          "print title row, page footer; dates and /ID fixed")
SHAPE = ("printed Excel list: title in row 1, header on row 3 Tiltak / Hva skjedde i 2093 / Type (YS) / Mål i "
         "strategien / Ledet av / Sammen med; the rows under two band rows merged across the table, «Nye tiltak i "
         "2093» and «Videreført fra tidligere år» (continued measures of 2093, not another year's); YS's goal words "
         "with the code in brackets («Mer kunnskap om læring på jobben (2.2)», «Flere velger yrkesfag (2.3)») or words "
         "only («Karriereveiledning for voksne», «Fagskoler som svarer på arbeidslivets behov»); YS's kind words "
         "(Spørreundersøkelse, Veiledningstjeneste, Plass i råd, Konferanse); YS's own second phase of the joint "
         "survey right under it; a conference held every second year told as not held in 2093")
NOT_TRUTH = ("the title, the header, the two band rows, the Type (YS) and Mål i strategien cells, the row "
             "'YS-konferansen om livslang læring' (held every second year, not in 2093; the next in April 2094), the "
             "footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Hva skjedde i 2093", "Type (YS)", "Mål i strategien", "Ledet av", "Sammen med"]
L22 = "Mer kunnskap om læring på jobben (2.2)"
# band or (name, text, kind, goal, ansvarlig, partners, seed, dm, type)
ROWS = [
    "Nye tiltak i 2093",
    ("Læringsbarometeret 2093",
     "YS, Virke og Spekter spurte 9 000 ansatte om hvordan og hvor mye de lærer på jobben. Resultatene ble lagt fram "
     "i oktober og viser at ansatte i små virksomheter får minst opplæring.", "Spørreundersøkelse", L22,
     "YS utredning", "Virke, Spekter, Fafo", "J02", "2.2", FOU),
    ("Læringsbarometeret – statlig utvalg (fase 2)",
     "Fase 2 startet i november med et eget utvalg av 300 statlige virksomheter. Fasen finansieres av YS alene og er "
     "ikke en del av Læringsbarometeret 2093.", "Spørreundersøkelse", L22, "YS Stat", "Fafo", None, "2.2", FOU),
    ("Karriereveiledning for medlemmer over 50",
     "YS-forbundene tilbyr gratis karrieresamtaler på telefon og video for medlemmer over 50 år. 1 150 medlemmer "
     "brukte tilbudet.", "Veiledningstjeneste", "Karriereveiledning for voksne", "Negotia", "Parat, Delta", None,
     "1.3", INFO),
    "Videreført fra tidligere år",
    ("Faglig råd for helse- og oppvekstfag – YS-plassen",
     "Delta har YS' plass i rådet. Rådet arbeidet med læreplasser i helsearbeiderfaget og en ny modell for "
     "vekslingsløp.", "Plass i råd", "Flere velger yrkesfag (2.3)", "Delta", "", "M04", "2.3", RAD),
    ("Nasjonalt fagskoleråd – arbeidstakersiden",
     "YS deler arbeidstakerplassen med LO og møtte på alle fire rådsmøtene. YS foreslo flere fagskoletilbud på "
     "deltid for voksne i jobb.", "Plass i råd", "Fagskoler som svarer på arbeidslivets behov", "YS sekretariatet",
     "LO", "M05", "2.4", RAD),
    ("YS-konferansen om livslang læring",
     "Konferansen holdes annethvert år og ble ikke arrangert i 2093. Neste konferanse er i april 2094.", "Konferanse",
     L22, "YS sekretariatet", "", "", "", None),
]
WIDTHS = [30, 56, 17, 26, 16, 20]


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
    ws.title = "YS 2093"
    ws["A1"] = "YS – tiltak i Nasjonal kompetansepolitisk strategi, rapportering for 2093"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="FFD966")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    r = 4
    for item in ROWS:
        if isinstance(item, str):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEAD))
            c = ws.cell(row=r, column=1, value=item)
            c.font = Font(name="Arial", size=10, bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="F2F2F2")
            for i in range(1, len(HEAD) + 1):
                ws.cell(row=r, column=i).border = border
            ws.row_dimensions[r].height = 17
            r += 1
            continue
        name, txt, kind, goal, ans, med, seed, dm, ty = item
        vals = [name, txt, kind, goal, ans, med]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Arial", size=10, bold=(i == 1))
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 13.5 * max(_lines(v, w) for v, w in zip(vals, WIDTHS)) + 3
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
        r += 1
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "3:3"
    ws.oddFooter.left.text = "YS – Yrkesorganisasjonenes Sentralforbund"
    ws.oddFooter.right.text = "Side &P"
    xlsx_to_pdf(wb, out / FILENAME, "Jon Are Solbakken")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
