"""KS: a printed list of the year's measures, kept in a spreadsheet the old way: one line per partner and activity,
and on the lines that continue a measure the cells that repeat the line above hold a ditto mark («"») instead of
the value. A measure therefore runs over one to three lines; its partners and activities are spread over them. The
year is only in the column Periode («2080–2083», «2082», «2079–2081», «2083–2084»)."""
from __future__ import annotations

import math

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, KURS, RAD, one, pdf_text_with_cells, row, xlsx_to_pdf

FILENAME = "KS kompetansetiltak 2082 – utskrift.pdf"
MEMBER = "KS"
FORMAT = ("PDF exported by LibreOffice Calc from an XLSX (openpyxl): landscape, fit to width, repeated header row, "
          "page header and footer; dates and /ID fixed")
SHAPE = ("printed list with ditto marks: title, a line «\" = som ovenfor», header Tiltak / Periode / DM / Tiltakstype "
         "/ Ansvarlig i KS / Samarbeidspart / Aktivitet i 2082; one line per partner and activity, so a measure "
         "runs over one to three lines and its continuation lines carry «\"» in Tiltak, Periode, DM, Tiltakstype and "
         "Ansvarlig; the year only in Periode (2079–2081 ended, 2083–2084 not started); KS's own type words")
NOT_TRUTH = ("the title and legend line, the header, the ditto marks, the Periode, DM and Tiltakstype cells, the "
             "«–» partner cells, the measure 'Lederutdanning for barnehagestyrere' (Periode 2079–2081), the measure "
             "'Talentprogram for kommunale ingeniører' (Periode 2083–2084), the page header and footer")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)
DITTO = '"'

# name, periode, dm, type word, ansvarlig, [(partner, activity)], seed, type
MEASURES = [
    ("Faglig råd for helse- og oppvekstfag", "2080–2083", "2.3", "Rådsarbeid", "KS Arbeidsgiverpolitikk",
     [("–", "KS deltok i sju møter og arbeidet for flere læreplasser i helsearbeiderfaget i kommunene."),
      ("–", "Rådet fikk gjennomslag for en ny modell for vekslingsløp i barne- og ungdomsarbeiderfaget.")],
     "M06", RAD),
    ("Nasjonalt råd for lærerutdanning", "2082–2085", "1.4", "Rådsarbeid", "KS Utdanning",
     [("–", "KS er observatør i rådet og tok opp behovet for flere lærere med spesialpedagogikk.")], "M03", RAD),
    ("Regionalt nettverk for lærerutdanning i Innlandet", "2082", "1.4", "Nettverk", "KS Innlandet",
     [("Høgskolen i Innlandet", "Nettverket er bygd opp etter modell av Nasjonalt råd for lærerutdanning, men er KS "
       "Innlandets eget."),
      ("kommunene i Innlandet", "Fire møter om praksisplasser og videreutdanning for lærere i distriktskommuner.")],
     None, RAD),
    ("Kompetansebarometeret for kommunesektoren 2082", "2082", "2.2", "Undersøkelse", "KS Analyse",
     [("Unio", "KS sto for utvalget og spørreskjemaet; 11 400 ansatte i 280 kommuner svarte."),
      ("YS", "Resultatene ble lagt fram på KS' kommunalpolitiske toppmøte i oktober.")], "J02", FOU),
    ("DigiOmsorg", "2081–2083", "2.1", "Kurs", "KS Digitalisering",
     [("Spekter", "Fire nye nettmoduler om velferdsteknologi og digital journalføring."),
      ("Helsedirektoratet", "9 200 ansatte i kommunene fullførte minst én modul i 2082.")], "J04", KURS),
    ("Lederutdanning for barnehagestyrere", "2079–2081", "2.4", "Utdanning", "KS Utdanning",
     [("BI", "Siste kull fullførte i juni 2081. Ingen aktivitet i 2082.")], "", None),
    ("Kampanjen «Bli lærling i kommunen»", "2082", "2.3", "Kampanje", "KS Kommunikasjon",
     [("fylkeskommunene", "Filmer i sosiale medier rettet mot elever på Vg1; de ble sett 310 000 ganger."),
      (DITTO, "Lærlinger i kommunene fortalte om fagene sine på 40 ungdomsskoler.")], None, INFO),
    ("Kompetansedagen for HR-ledere i kommunene", "2082", "2.4", "Samling", "KS Arbeidsgiverpolitikk",
     [("–", "Nasjonal samling i Oslo i november med 260 deltakere om strategisk kompetanseplanlegging.")], None,
     ARR),
    ("Talentprogram for kommunale ingeniører", "2083–2084", "2.4", "Utdanning", "KS Arbeidsgiverpolitikk",
     [("Tekna", "Planlagt oppstart høsten 2083.")], "", None),
]
WIDTHS = [34, 11, 6, 13, 22, 20, 58]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2082"
    ws["A1"] = "KS – kompetansetiltak 2082"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = f"{DITTO} = som ovenfor. Én linje per samarbeidspart og aktivitet."
    ws["A2"].font = Font(italic=True, size=9)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = ["Tiltak", "Periode", "DM", "Tiltakstype", "Ansvarlig i KS", "Samarbeidspart", "Aktivitet i 2082"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    rows = []
    for name, per, dm, tw, ans, lines, seed, ty in MEASURES:
        for k, (partner, act) in enumerate(lines):
            vals = [name, per, dm, tw, ans] if k == 0 else [DITTO] * 5
            vals += [partner, act]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if v == DITTO else "general")
                c.font = Font(size=10)
            n = max(math.ceil(len(str(v)) * 1.15 / w) for v, w in zip(vals, WIDTHS))
            ws.row_dimensions[r].height = 13.5 * max(n, 1) + 3
            r += 1
        if ty:
            partners = []
            for p, _a in lines:
                if p not in ("–", DITTO) and p not in partners:
                    partners.append(p)
            desc = one(" ".join(a for _p, a in lines))
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), desc))
    for col, w in zip("ABCDEFG", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"
    ws.oddHeader.right.text = "KS – Kompetansepolitisk råd"
    ws.oddFooter.left.text = "Skrevet ut 13.01.2083"
    ws.oddFooter.right.text = "Side &P av &N"
    xlsx_to_pdf(wb, out / FILENAME, "KS")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
