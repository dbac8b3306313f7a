"""Kompetanseforbundet: a Word memo sent to the board with line numbering switched on (Oppsett → Linjenumre,
continuous), exported to PDF by LibreOffice with the numbers still in the margin. Each measure is a numbered list
item holding only its name, followed by indented continuation paragraphs without labels: what was done, which goal
it serves (code or words), who did it with whom."""
from __future__ import annotations

import io
import re

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, lo_to_pdf, pdf_text, row

FILENAME = "Kompetanseforbundet rapport KPR 2078 (linjenummerert).pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with continuous line numbering in the left margin "
          "(w:lnNumType); dates and /ID fixed")
SHAPE = ("memo with line numbers in the margin (so every extracted line starts with a number): measures as "
         "numbered list items holding only the name, each followed by two or three indented paragraphs without "
         "labels – what was done, which goal ('delmål 1.3' or only in words), who led it with whom; types only "
         "implied ('Prosjektet', 'Undersøkelsen') or in the name; an 'Andre forhold' section with a 2077 and a 2079 "
         "item")
SPLIT_FIELDS = ("samarbeidspartnere",)
NOT_TRUTH = ("the memo head (Til/Fra/Dato/Sak), the intro, the line numbers, the goal and responsibility "
             "paragraphs, the section 'Andre forhold' (Veiviserdagen – 2077; nettverk for bedriftsinterne "
             "veiledere – planlagt 2079), the signature")

ITEMS = [
    ("Medlemskap i NFK",
     ["Kompetanseforbundet er medlem av Nasjonalt forum for karriereveiledning og deltok på forumets tre møter i "
      "2078.", "Dette hører til delmål 1.3 om karriereveiledning.",
      "Arbeidet ledes av sekretariatet i Kompetanseforbundet."],
     "Kompetanseforbundet", "", "M01", "1.3", RAD),
    ("Medlemsundersøkelse om karriereveiledning i arbeidslivet",
     ["Vi spurte 600 medlemmer om hvilken veiledning de har fått gjennom arbeidsgiveren sin.",
      "Undersøkelsen hører inn under delmål 1.3.",
      "Gjennomført av Kompetanseforbundet sammen med Ipsos."],
     "Kompetanseforbundet", "Ipsos", None, "1.3", FOU),
    ("Seniorveiviseren",
     ["Vi er partner i piloten som gir karriereveiledning til arbeidstakere over 55 år.",
      "Prosjektet bidrar til delmål 1.3.",
      "Kompetanseforbundet har ansvaret for veilederopplæringen i piloten, i samarbeid med KD og Spekter."],
     "Kompetanseforbundet", "KD, Spekter", "J02", "1.3", PROSJEKT),
    ("Veilederskolen – etterutdanning for karriereveiledere",
     ["Fem moduler på nett og to samlinger; 140 veiledere fullførte.",
      "Knyttet til strategiens vekt på kompetansen til karriereveiledere og rådgivere.",
      "Kompetanseforbundet, med Høgskolen i Innlandet."],
     "Kompetanseforbundet", "Høgskolen i Innlandet", None, "1.3", KURS),
    ("Konferansen «Læring i arbeid»",
     ["Årlig konferanse med 350 deltakere om hva det gir å investere i kompetanse.",
      "Bidrar til kunnskapsgrunnlaget om læring i arbeidslivet.",
      "Kompetanseforbundet, sammen med NHO og LO."],
     "Kompetanseforbundet", "NHO, LO", None, "2.2", ARR),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    ln = OxmlElement("w:lnNumType")
    ln.set(qn("w:countBy"), "1")
    ln.set(qn("w:distance"), "340")
    ln.set(qn("w:restart"), "continuous")
    sec._sectPr.insert(0, ln)
    for label, val in (("Til:", "Styret i Kompetanseforbundet"), ("Fra:", "Sekretariatet"),
                       ("Dato:", "13.01.2079"), ("Sak:", "Rapport til Kompetansepolitisk råd for 2078")):
        p = d.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(val)
    d.add_paragraph("Styret bes godkjenne rapporten før den sendes sekretariatet. Tiltakene i 2078 var:")
    rows = []
    for name, paras, ansv, med, seed, code, typ in ITEMS:
        d.add_paragraph(name, style="List Number")
        for t in paras:
            p = d.add_paragraph(t)
            p.paragraph_format.left_indent = Cm(0.63)
        rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ansv, med, paras[0]))
    d.add_heading("Andre forhold", level=2)
    d.add_paragraph("I 2077 gjennomførte vi Veiviserdagen; den er rapportert tidligere. For 2079 planlegger vi et "
                    "nettverk for bedriftsinterne veiledere.")
    d.add_paragraph("Oslo, 13. januar 2079\nTore Aasen, daglig leder")
    d.core_properties.author = "Tore Aasen"
    buf = io.BytesIO()
    d.save(buf)
    lo_to_pdf(buf.getvalue(), ".docx", out / FILENAME)
    return rows


def text(path) -> str:
    """The page text with the margin line numbers taken off (a reader sees them as a separate column)."""
    return re.sub(r"(?m)^\d+ ", "", pdf_text(path))
