"""Spekter: an ordinary Word status table printed to PDF by LibreOffice Writer, where the goal column gives the
strategy's delmål with a letter for Spekter's own sub-point under it («1.4 a», «2.2 b»), as Spekter's action plan
divides the delmål; the letter is no part of the delmål. The RSA seat is named as the council at the institution.
Spekter's kind words. A course that starts in 2095 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, RAD, add_runs, base_docx, docx_table, docx_to_pdf, pdf_text_with_cells, \
    repeat_header, row

FILENAME = "Spekter – status tiltak 2094.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table and a "
          "repeated header row; dates and /ID fixed")
SHAPE = ("status table: title, an intro that explains the goal column, header Tiltak / Status 2094 / Delmål "
         "(handlingsplanens punkt) / Type / Ansvar i Spekter / Partnere; the delmål's code followed by a letter for "
         "the sub-point in Spekter's own action plan («1.4 a», «1.4 c», «2.2 b», «2.3 a») – the letter is no part of "
         "the delmål; Spekter's kind words (Rådsplass, Undersøkelse (felles), Lederopplæring, Nettverk, "
         "Informasjonsfilm, Nettkurs); the RSA seat «Rådet for samarbeid med arbeidslivet ved OsloMet»; a course that "
         "starts in 2095 told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Type cells (the code with its letter), the row 'Nettkurs i "
             "pasientsikkerhet for lærlinger' (starts in 2095), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, status, dm, letter, type word, ansvar, partners, seed, type
ROWS = [
    ("Rådet for samarbeid med arbeidslivet ved OsloMet",
     "Spekter har arbeidsgiverplassen for sykehusene. Rådet drøftet i 2094 praksisplasser i sykepleie og flere "
     "studieplasser for spesialsykepleiere.", "1.4", "a", "Rådsplass", "Spekter helse", "", "M02", RAD),
    ("Kompetansemonitoren – helseforetakene",
     "Spekter fikk 4 800 svar fra ansatte og ledere i helseforetakene til den felles undersøkelsen. Funnene om "
     "lederes opplæring ble lagt fram for HR-direktørene i oktober.", "2.2", "a", "Undersøkelse (felles)",
     "Spekter analyse", "KS, Unio", "J02", FOU),
    ("Lederopplæring i kompetanseplanlegging",
     "Kurs for 160 avdelingsledere i sykehusene om å lage kompetanseplaner for egen avdeling. To av tre kull er "
     "gjennomført.", "2.2", "b", "Lederopplæring", "Spekter arbeidsgiverpolitikk", "Helse Vest, Helse Nord", None,
     KURS),
    ("Praksisnettverk for sykehus og høgskoler",
     "Nettverk der sykehusene og høgskolene i hver helseregion avtaler praksisplasser. Nettverket møttes fire "
     "ganger.", "1.4", "c", "Nettverk", "Spekter helse", "regionale helseforetak, UH-institusjonene", None, RAD),
    ("Film om helsefagarbeideryrket",
     "Kort film for ungdomsskoleelever om hva helsefagarbeidere gjør på sykehus. Vist 220 000 ganger i sosiale "
     "medier.", "2.3", "a", "Informasjonsfilm", "Spekter kommunikasjon", "Fagforbundet, Delta", None, INFO),
    ("Nettkurs i pasientsikkerhet for lærlinger",
     "Kurset er planlagt og starter i 2095.", "2.3", "b", "Nettkurs", "Spekter helse", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Verdana", size=8.5, landscape=True, margins_cm=1.6)
    p = d.add_paragraph()
    add_runs(p, [("Spekter – status for tiltak i kompetansestrategien 2094", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser status ved utgangen av 2094 for tiltakene Spekter rapporterer til "
                    "Kompetansepolitisk råd. Spekters handlingsplan deler delmålene i strategien inn i egne punkter "
                    "(a, b, c); i delmålskolonnen står delmålet og bokstaven for punktet i handlingsplanen.")
    head = ["Tiltak", "Status 2094", "Delmål (handlingsplanens punkt)", "Type", "Ansvar i Spekter", "Partnere"]
    body = [[n, st, f"{dm} {let}", kind, ans, med] for n, st, dm, let, kind, ans, med, _s, _t in ROWS]
    t = docx_table(d, head, body, [5.0, 8.0, 3.4, 3.2, 3.6, 3.3], fill="D9D2E9", bold_first=True)
    repeat_header(t)
    rows = []
    for n, st, dm, _let, _kind, ans, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, ans, med, st))
    d.add_paragraph()
    d.add_paragraph("Kontakt: Eirik Bakke, Spekter")
    docx_to_pdf(d, out / FILENAME, author="Eirik Bakke")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
