"""KS: an ordinary Excel list printed to PDF by LibreOffice Calc. The first column holds KS's own project numbers
(«KS-P-2092-014»), not the strategy's codes; header Prosjektnr. / Satsing / Hva skjedde i 2092 / Delmål / Form /
Eier i KS / Partnere / Status. KS's kind words (Rådsmedlemskap, Fellesprosjekt, Utviklingsarbeid, Lederutvikling,
Kommunenettverk). Two seats (SRY and an RSA); the trap is a second phase of the joint project that KS runs alone.
One row's Status is «Avviklet» and its text says it ended at the close of 2091."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import KURS, PROSJEKT, RAD, RSA, SRY, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "KS – kompetansetiltak 2092 (utskrift).pdf"
MEMBER = "KS"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to one page wide, print title "
          "row, page header and footer, ruled cells; dates and /ID fixed")
SHAPE = ("printed Excel list whose first column is KS's own project number («KS-P-2092-014»), header Prosjektnr. / "
         "Satsing / Hva skjedde i 2092 / Delmål / Form / Eier i KS / Partnere / Status; plain codes in Delmål; KS's "
         "kind words (Rådsmedlemskap, Fellesprosjekt, Utviklingsarbeid, Lederutvikling, Kommunenettverk); the SRY seat "
         "«KS' medlem i Samarbeidsrådet for yrkesopplæring» and the RSA seat «RSA ved Nord universitet – kommunenes "
         "plass»; a Status column (Pågår / Gjennomført / Avviklet) where the one «Avviklet» row ended at the close of "
         "2091, said in its text")
NOT_TRUTH = ("the page header and footer, the title and the line under it, the header, the Prosjektnr., Delmål, Form "
             "and Status cells, the row 'Nettkurs i arbeidsmiljøloven for ledere' (ended at the close of 2091), the "
             "note under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Prosjektnr.", "Satsing", "Hva skjedde i 2092", "Delmål", "Form", "Eier i KS", "Partnere", "Status"]
WIDTHS = [13, 26, 50, 7, 16, 20, 24, 11]

# nr, name, text, code, form, eier, partners, status, seed, delmål, type
ROWS = [
    ("KS-P-2092-003", "KS' medlem i Samarbeidsrådet for yrkesopplæring",
     "KS har to plasser i SRY og møtte på alle rådsmøtene. KS fremmet kommunenes behov for flere læreplasser i helse- "
     "og oppvekstfag og for lærlinger i kommunalteknikk.", "2.3", "Rådsmedlemskap", "KS Arbeidsgiverpolitikk", "",
     "Pågår", SRY, "2.3", RAD),
    ("KS-P-2092-007", "RSA ved Nord universitet – kommunenes plass",
     "KS Nordland har kommunesektorens plass i rådet for samarbeid med arbeidslivet (RSA) ved Nord universitet. Rådet "
     "drøftet i 2092 desentralisert sykepleier- og lærerutdanning på Helgeland og i Lofoten.", "1.4",
     "Rådsmedlemskap", "KS Nordland", "", "Pågår", RSA, "1.4", RAD),
    ("KS-P-2092-011", "Fagbrev på deltid i kommunene",
     "KS hadde ansvaret for avtalene med 48 kommuner som lot ansatte ta fagbrev på deltid ved siden av jobben. 410 "
     "kommuneansatte var med i 2092, og 130 tok fagprøven.", "2.5", "Fellesprosjekt", "KS Arbeidsgiverpolitikk",
     "Fagforbundet, LO, Vestland fylkeskommune", "Pågår", "J01", "2.5", PROSJEKT),
    ("KS-P-2092-014", "Fagbrev på deltid, fase 2: helsesekretærer",
     "Ny fase som KS har satt i gang alene for helsesekretærer i kommunene, med 45 deltakere fra åtte kommuner. Fasen "
     "er ikke en del av fellesprosjektet.", "2.5", "Utviklingsarbeid", "KS Arbeidsgiverpolitikk", "", "Pågår", None,
     "2.5", PROSJEKT),
    ("KS-P-2092-019", "Lederutviklingsprogram om digital omstilling",
     "Program i fire samlinger for 120 kommunale ledere om hvordan kunstig intelligens og automatisering endrer "
     "oppgaver og kompetansebehov i kommunene.", "2.1", "Lederutvikling", "KS Digitalisering",
     "Universitetet i Agder", "Gjennomført", None, "2.1", KURS),
    ("KS-P-2092-022", "Regionale kompetansenettverk for kommunene",
     "KS drev nettverk i fem regioner der kommunene samarbeider om kompetanseplaner og felles opplæring.", "1.2",
     "Kommunenettverk", "KS Kommuneutvikling", "fylkeskommunene, statsforvalterne", "Pågår", None, "1.2", RAD),
    ("KS-P-2092-025", "Praksisplasser for deltakere i introduksjonsprogrammet",
     "Utviklingsarbeid med 14 kommuner for å gi flere deltakere i introduksjonsprogrammet praksis i kommunale "
     "virksomheter, kombinert med norskopplæring på arbeidsplassen.", "3.4", "Utviklingsarbeid",
     "KS Kommuneutvikling", "IMDi", "Pågår", None, "3.4", PROSJEKT),
    ("KS-P-2090-031", "Nettkurs i arbeidsmiljøloven for ledere",
     "Kurset ble avviklet ved utgangen av 2091 og er erstattet av lederutviklingsprogrammet.", "2.1",
     "Lederutvikling", "KS Arbeidsgiverpolitikk", "", "Avviklet", None, None, None),
]


def _lines(v, w):
    import math
    return max(1, sum(math.ceil(max(1, len(part)) / (w * 1.05)) for part in str(v or "").split("\n")))


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPR 2092"
    ws["A1"] = "KS – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi, 2092"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    ws["A2"] = "Uttrekk fra KS' prosjektoversikt, 14.01.2093"
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    thin = Side(style="thin", color="000000")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="F8CBAD")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = []
    for k, (nr, name, txt, code, form, eier, partners, status, seed, dm, ty) in enumerate(ROWS):
        r = 5 + k
        vals = [nr, name, txt, code, form, eier, partners, status]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.font = Font(name="Arial", size=10, bold=(i == 2))
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 13.5 * max(_lines(v, w) for v, w in zip(vals, WIDTHS)) + 3
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, partners, txt))
    note = 6 + len(ROWS)
    ws.cell(row=note, column=1, value="Prosjektnummer er KS' interne nummer. Kontakt: Marte Bakken Lund, KS.")
    ws.cell(row=note, column=1).font = Font(name="Arial", size=9, italic=True)
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "4:4"
    ws.oddHeader.left.text = "KS – Kommunesektorens organisasjon"
    ws.oddHeader.right.text = "Rapport til Kompetansepolitisk råd"
    ws.oddFooter.center.text = "Side &P av &N"
    xlsx_to_pdf(wb, out / FILENAME, "Marte Bakken Lund")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
