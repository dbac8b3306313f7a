"""KS: a cover letter and a table combined into one PDF with a PDFium-based «Kombiner PDF» tool: page 1 is the
letter (a DOCX exported by LibreOffice Writer), page 2 the table (an XLSX printed by LibreOffice Calc, landscape). The
letter holds the key to the table: the delmål are written with the prefix NKS («NKS 2.3») and the kind as KS's
abbreviations (utr., kurs, nettv., prosj., info, arr.). The letter also names two of the councils in passing, which are
reported once, in the table. The trap is KS's own follow-up analysis for kindergartens, a second phase of the joint
survey that KS runs alone. A programme that starts in January 2095 is told only in words."""
from __future__ import annotations

import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from .common import FOU, PROSJEKT, RAD, add_runs, base_docx, docx_pdf_bytes, pdf_text_with_cells, pdfium_merge, row, \
    sheet_table, xlsx_calc_pdf_bytes

FILENAME = "KS brev og tiltaksoversikt 2094.pdf"
MEMBER = "KS"
FORMAT = ("PDF combined by a PDFium-based «Kombiner PDF» tool (Creator and Producer «PDFium», pages imported into a new "
          "document): page 1 a letter exported by LibreOffice Writer from a DOCX (python-docx), page 2 a landscape "
          "table printed by LibreOffice Calc from an XLSX (openpyxl); creation date and /ID fixed")
SHAPE = ("cover letter plus table in one file: a letter (KS letterhead, reference block, subject line, three "
         "paragraphs, signature) whose second paragraph is the key to the table – delmål written «NKS 2.3» (NKS = "
         "Nasjonal kompetansepolitisk strategi) and the kind as abbreviations «utr. = utredning og analyse, kurs = "
         "kurs og utdanning, nettv. = råd, utvalg og nettverk, prosj. = prosjekt, info = informasjon, arr. = "
         "arrangement» – and whose third paragraph names the NFK and faglig råd seats in passing; then a Calc sheet "
         "«KS – tiltak i kompetansestrategien 2094» with header Nr / Tiltak / Omtale / NKS / Type / KS-enhet / "
         "Partnere; the NFK seat «Nasjonalt forum for karriereveiledning – KS leder arbeidsgruppen for kommunene», "
         "the SRY seat «Nestleder i faglig råd for helse- og oppvekstfag»; KS's own second phase of the joint survey "
         "right under it; a programme that starts in January 2095 told only in words")
NOT_TRUTH = ("the whole letter (letterhead, reference block, subject, the key paragraph, the paragraph that names the NFK "
             "and faglig råd seats, the signature), the table's title and header, the Nr, NKS and Type cells, row 7 "
             "'Traineeprogram for kommunal planlegging' (decided, starts in January 2095), the page footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Nr", "Tiltak", "Omtale", "NKS", "Type", "KS-enhet", "Partnere"]
WIDTHS = [5, 34, 62, 9, 8, 22, 22]
# name, omtale, dm, type abbreviation, enhet, partnere, seed, type
ROWS = [
    ("Nasjonalt forum for karriereveiledning – KS leder arbeidsgruppen for kommunene",
     "KS har én plass i forumet og ledet i 2094 forumets arbeidsgruppe om karriereveiledning i kommunale tjenester. "
     "Gruppen la fram sine anbefalinger i november.",
     "1.3", "nettv.", "KS Utdanning", "", "M05", RAD),
    ("Nestleder i faglig råd for helse- og oppvekstfag",
     "KS har arbeidsgiverplassene for kommunesektoren og nestlederen i rådet. Rådet arbeidet med læreplasser i "
     "helsearbeiderfaget og barne- og ungdomsarbeiderfaget.",
     "2.3", "nettv.", "KS Arbeidsgiverpolitikk", "", "M01", RAD),
    ("Kompetansemonitoren 2094",
     "KS, Spekter og Unio spurte 14 000 ansatte og ledere i kommuner, sykehus og staten om hvilken kompetanse de "
     "mangler og hvordan de lærer. Hovedrapporten kom i september.",
     "2.2", "utr.", "KS Analyse", "Spekter, Unio, Fafo", "J02", FOU),
    ("Kompetansemonitoren – fordypning for barnehagene (fase 2)",
     "KS bestilte en egen oppfølgingsanalyse av svarene fra 2 300 barnehageansatte. Fase 2 er KS' egen og er ikke en "
     "del av den felles undersøkelsen.",
     "2.2", "utr.", "KS Analyse", "Fafo", None, FOU),
    ("Språkspor i kommunene",
     "Ansatte med kort botid i helse og omsorg og i renhold lærer norsk i arbeidstiden gjennom korte digitale "
     "språkspor. 41 kommuner og 780 ansatte deltok.",
     "3.4", "prosj.", "KS Arbeidsgiverpolitikk", "Virke, YS, HK-dir", "J05", PROSJEKT),
    ("Rekrutteringsnettverk for helsefagarbeidere",
     "Nettverk for 60 kommuner som deler erfaringer med å rekruttere og beholde helsefagarbeidere og lærlinger. Fire "
     "samlinger i 2094.",
     "2.3", "nettv.", "KS Arbeidsgiverpolitikk", "fylkeskommunene", None, RAD),
    ("Traineeprogram for kommunal planlegging",
     "Programmet er vedtatt i KS-styret. Oppstart er i januar 2095.",
     "1.4", "kurs", "KS Utdanning", "OsloMet", "", None),
]


def _letter() -> bytes:
    d = base_docx(font="Arial", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("KS", "b")])
    p.runs[0].font.size = Pt(22)
    d.add_paragraph("Kommunesektorens organisasjon")
    d.add_paragraph()
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nHK-dir\nPostboks 1093\n5809 Bergen")
    d.add_paragraph("Vår referanse: 94/00311-7\nSaksbehandler: Ingrid Myhre\nDato: 17.01.2095")
    p = d.add_paragraph()
    add_runs(p, [("Rapportering for 2094 – KS' tiltak i kompetansestrategien", "b")])
    d.add_paragraph("Vi viser til brev fra sekretariatet med frist for rapportering 20. januar. Vedlagt følger KS' "
                    "oversikt over tiltak i 2094.")
    d.add_paragraph("Delmålene er oppgitt med strategiens nummer og forkortelsen NKS (Nasjonal kompetansepolitisk "
                    "strategi), for eksempel NKS 2.3. I kolonnen Type bruker vi disse forkortelsene: utr. = utredning "
                    "og analyse, kurs = kurs og utdanning, nettv. = råd, utvalg og nettverk, prosj. = prosjekt, info = "
                    "informasjon, arr. = arrangement.")
    d.add_paragraph("Som tidligere år er KS representert i Nasjonalt forum for karriereveiledning og i faglig råd for "
                    "helse- og oppvekstfag. Det som skjedde der i 2094, står i tabellen.")
    d.add_paragraph("Med hilsen\n\nTore Kvam\navdelingsdirektør\n\nIngrid Myhre\nspesialrådgiver")
    return docx_pdf_bytes(d, "Ingrid Myhre")


def _table(rows_out: list) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2094"
    ws["A1"] = "KS – tiltak i kompetansestrategien 2094"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    body = [[k, name, omt, f"NKS {dm}", typ, enhet, med] for k, (name, omt, dm, typ, enhet, med, _s, _t) in
            enumerate(ROWS, 1)]
    sheet_table(ws, 3, HEAD, body, WIDTHS, "D9E1F2", font="Arial", size=10, line="000000", line_pt=13.5)
    rows_out += [row(FILENAME, MEMBER, name, seed, dm, ty, enhet, med, omt)
                 for name, omt, dm, _typ, enhet, med, seed, ty in ROWS if ty]
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.left.text = "KS – vedlegg til brev 94/00311-7"
    return xlsx_calc_pdf_bytes(wb, "Ingrid Myhre")


def build(out) -> list[dict]:
    rows: list = []
    table = _table(rows)
    (out / FILENAME).write_bytes(pdfium_merge([_letter(), table]))
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
