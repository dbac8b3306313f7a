"""Not a member report: a consultancy's tender to the ministry for evaluating the strategy («Tilbud – evaluering av
Nasjonal kompetansepolitisk strategi»), exported from Word to PDF. Its method chapter has a table of work packages
(Arbeidspakke / Innhold / Delmål som belyses / Leveranse) that looks like a measures table and names KBU, NFK, RSA and
SRY; a price table and a schedule follow. It reports nothing and has no truth rows."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, set_cell_shading, set_col_widths

FILENAME = "Tilbud – evaluering av kompetansestrategien (Kvist Analyse).pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with numbered headings and three ruled tables; dates "
          "and /ID fixed")
SHAPE = ("NOT a member report: a consultancy's tender to the Ministry of Education «Tilbud – evaluering av Nasjonal "
         "kompetansepolitisk strategi» (reference block, «1 Vår forståelse av oppdraget», «2 Metode og "
         "arbeidspakker» with a table Arbeidspakke / Innhold / Delmål som belyses / Leveranse naming KBU, Nasjonalt "
         "forum for karriereveiledning, RSA and SRY, «3 Team», «4 Pris» with hours and rates, «5 Framdrift»); no truth "
         "rows")
NOT_TRUTH = ("everything (not a member report): the reference block, the understanding of the assignment, the work "
             "packages and the delmål they look at, the team, the price table, the schedule and the signature")

AP = [
    ("AP1 Kartlegging", "Gjennomgang av rådsmedlemmenes rapporter for 2086–2088 og registeret over tiltak.",
     "Alle delmål", "Notat, mars 2089"),
    ("AP2 Casestudier", "Casestudier av Kompetansebehovsutvalget (KBU) og Nasjonalt forum for karriereveiledning, med "
     "intervjuer av medlemmer og sekretariat.", "1.1, 1.3", "Casenotater, juni 2089"),
    ("AP3 Spørreundersøkelse", "Undersøkelse til medlemmene av RSA ved universiteter og høgskoler og til de faglige "
     "rådene i SRY om samarbeidet med arbeidslivet.", "1.4, 2.3", "Tabellrapport, august 2089"),
    ("AP4 Sluttrapport", "Samlet vurdering av måloppnåelse og anbefalinger for en ny strategi.", "Alle delmål",
     "Sluttrapport, november 2089"),
]
PRIS = [("AP1", "120", "1 650", "198 000"), ("AP2", "260", "1 650", "429 000"), ("AP3", "180", "1 650", "297 000"),
        ("AP4", "140", "1 650", "231 000"), ("Sum", "700", "", "1 155 000")]


def _table(d, head, rows, widths, fill):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, fill)
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, widths)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.4)
    d.add_paragraph("Kvist Analyse AS\nTil: Kunnskapsdepartementet\nDeres ref.: 24/8812\nVår ref.: KA-2089-004\n"
                    "Dato: 10.01.2089")
    p = d.add_paragraph()
    add_runs(p, [("Tilbud – evaluering av Nasjonal kompetansepolitisk strategi", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_heading("1 Vår forståelse av oppdraget", level=1)
    d.add_paragraph("Departementet ønsker en evaluering av hvordan strategien er fulgt opp av medlemmene i "
                    "Kompetansepolitisk råd. Evalueringen skal se på alle tre hovedinnsatsområder og særlig på hvordan "
                    "rådene og utvalgene der flere medlemmer deltar, bidrar til målene.")
    d.add_heading("2 Metode og arbeidspakker", level=1)
    d.add_paragraph("Vi foreslår fire arbeidspakker:")
    _table(d, ["Arbeidspakke", "Innhold", "Delmål som belyses", "Leveranse"], AP, [3.2, 7.0, 2.6, 3.4], "DDEBF7")
    d.add_heading("3 Team", level=1)
    d.add_paragraph("Prosjektleder er Eirik Kvist (dr.polit.). Med i teamet er Sunniva Haug og Amir Rahimi.")
    d.add_heading("4 Pris", level=1)
    _table(d, ["Arbeidspakke", "Timer", "Timepris (kr)", "Sum (kr)"], PRIS, [4.0, 2.5, 3.5, 3.5], "EDEDED")
    d.add_paragraph("Prisene er eksklusive merverdiavgift. Reiser faktureres etter regning.")
    d.add_heading("5 Framdrift", level=1)
    d.add_paragraph("Oppstart 1. februar 2089, sluttrapport 30. november 2089. Tilbudet gjelder i 90 dager.")
    d.add_paragraph("Med vennlig hilsen\nEirik Kvist\ndaglig leder, Kvist Analyse AS")
    docx_to_pdf(d, out / FILENAME, author="Eirik Kvist")
    return []


def text(path) -> str:
    return pdf_text_with_cells(path)
