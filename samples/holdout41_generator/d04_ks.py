"""04 KS: DOCX, one table whose first column (delmål) is vertically merged
across the measures that share a delmål."""
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import R, save_docx

FILE = "04_KS_innrapportering_2061.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx)"
SHAPE = ("Landscape Word table; delmål column vertically merged over the rows sharing a delmål "
         "(2.1 spans two measures); comments below the table")

DM_TEXT = {"1.1": "1.1 Kunnskap om kompetansebehov", "1.3": "1.3 Karriereveiledning",
           "2.1": "2.1 Digital kompetanse", "2.3": "2.3 Yrkesfag", "3.2": "3.2 Kompetansepluss",
           "3.4": "3.4 Kvalifisering av innvandrere"}

ROWS = [
    R("U07", "1.1", "Arrangement", "Seminar om KBUs hovedrapport for kommunesektoren",
      ansvarlig="KS Utdanning og kompetanse", partnere="Kompetansebehovsutvalget",
      beskrivelse="Halvdagsseminar 8. november der utvalgets leder la fram funnene. 160 deltakere fra "
                  "kommuner og fylkeskommuner drøftet hva rapporten betyr for rekruttering i sektoren."),
    R("M06", "1.3", "Råd/utvalg/nettverk", "Plass i Nasjonalt forum for karriereveiledning",
      ansvarlig="KS Utdanning og kompetanse",
      beskrivelse="KS har plass i forumet og representerer kommunesektoren, herunder kommunenes "
                  "rådgivere i grunnskolen."),
    R("J02", "2.1", "Kurs/utdanning", "Deltakelse i DGA – Digitalt grunnløft i arbeidslivet",
      ansvarlig="KS Arbeidsgiverpolitikk", partnere="Kompetanse Norge",
      beskrivelse="Kommunale arbeidsplasser tilbyr grunnmodulene i DGA. 1 150 ansatte i pleie og omsorg "
                  "og teknisk sektor gjennomførte i 2061."),
    R("U08", "2.1", "Prosjekt", "Digitalt grunnløft i kommunesektoren (DiKo)",
      ansvarlig="KS Digitalisering", partnere="Statsforvalterne",
      beskrivelse="KS' eget utviklingsprogram for digital ledelse og tjenesteutvikling i 40 kommuner, "
                  "finansiert av KS' FoU-midler. Programmet retter seg mot ledere, ikke mot "
                  "grunnleggende ferdigheter."),
    R("M03", "2.3", "Råd/utvalg/nettverk", "KS leder Samarbeidsrådet for yrkesopplæring",
      ansvarlig="KS Utdanning og kompetanse",
      beskrivelse="KS har ledervervet i SRY i perioden 2060–2062. Rådet har i 2061 behandlet "
                  "tilbudsstrukturen og forsøk med kortere løp til fagbrev."),
    R("J05", "3.2", "Prosjekt", "Kompetansepluss Fag – forsøk med kobling til fagopplæring",
      ansvarlig="KS Arbeidsgiverpolitikk", partnere="Kompetanse Norge; Innlandet fylkeskommune; VOFO",
      beskrivelse="Forsøk der kurs i grunnleggende ferdigheter gjennom Kompetansepluss kobles med et løp "
                  "mot fagbrev for ufaglærte i kommunene. 11 kommuner deltar."),
    R("J07", "3.4", "Kurs/utdanning", "Norskløft",
      ansvarlig="KS Arbeidsgiverpolitikk", partnere="Arbeids- og inkluderingsdepartementet",
      beskrivelse="Kommunene deltar i Norskløft i arbeid med norskopplæring i arbeidstiden for "
                  "ansatte i barnehager og omsorgstjenester."),
]


def build(outdir, tmpdir):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    d.styles["Normal"].font.size = Pt(9)
    d.add_heading("KS – innrapportering til Kompetansepolitisk råd 2061", 1)
    d.add_paragraph("Kommunesektorens organisasjon rapporterer her tiltak for 2061. Tabellen følger "
                    "malen fra sekretariatet. Der et tiltak bidrar til flere delmål, er det ført under det "
                    "viktigste.")
    hdr = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    first_of = {}
    for r in ROWS:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        if r["delmal"] not in first_of:
            first_of[r["delmal"]] = idx
            cells[0].text = DM_TEXT[r["delmal"]]
        cells[1].text = r["tiltak"]
        cells[2].text = r["type"]
        cells[3].text = r["ansvarlig"]
        cells[4].text = "\n".join(r["partnere"].split("; "))
        cells[5].text = r["beskrivelse"]
    # vertical merge of the delmål column
    for dm, start in first_of.items():
        end = max(i for i, r in enumerate(ROWS, 1) if r["delmal"] == dm)
        if end > start:
            t.cell(start, 0).merge(t.cell(end, 0))
            t.cell(start, 0).text = DM_TEXT[dm]
    t.autofit = False
    widths = (3.4, 5.2, 3.6, 3.8, 4.4, 5.7)
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    d.add_paragraph("")
    d.add_heading("Kommentarer", 2)
    d.add_paragraph("KS deltar i tillegg i en rekke partssammensatte grupper under Kompetansepolitisk råd, "
                    "blant annet arbeidsgruppen for livslang læring. Disse er ikke tiltak i seg selv og er "
                    "ikke ført opp i tabellen.")
    d.add_paragraph("Kontaktperson: seniorrådgiver i KS Utdanning og kompetanse.")
    save_docx(d, os.path.join(outdir, FILE), "KS", "Innrapportering 2061")
