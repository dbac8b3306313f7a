"""Spekter: a PDF exported by LibreOffice from a Word table where one column «Hvem var med» names everyone involved
and marks the responsible with «(ansvarlig)» after its name: the clerk takes that one as ansvarlig and the others
as partners. The RSA seat is named «Samarbeidsrådet med arbeidslivet ved Høgskulen på Vestlandet» – a
«samarbeidsråd» that is an RSA, not SRY. Spekter's kind words (Deltakelse i råd, Pilotering, Utdanningsprogram,
Etterutdanningskurs, Arbeidsgiverplass). A programme ended last year is outside 2086."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_to_pdf, pdf_text_with_cells, row

FILENAME = "Spekter – kompetansetiltak 2086.pdf"
MEMBER = "Spekter"
FORMAT = "PDF exported by LibreOffice from a landscape DOCX (python-docx), one ruled table; dates and /ID fixed"
SHAPE = ("Word table printed to PDF: header Nr / Tiltak / Beskrivelse / Delmål / Tiltakstype / Hvem var med; the last "
         "column lists everyone involved with «(ansvarlig)» after the responsible («Helse Bergen (ansvarlig), "
         "Høgskulen på Vestlandet»); delmål as a plain code; Spekter's kind words (Deltakelse i råd, "
         "Arbeidsgiverplass, Pilotering, Utdanningsprogram, Etterutdanningskurs); the RSA seat named «Samarbeidsrådet "
         "med arbeidslivet ved Høgskulen på Vestlandet»; a programme ended last year")
NOT_TRUTH = ("the title and intro, the header, the Nr, Delmål and Tiltakstype cells, the marker «(ansvarlig)», the "
             "row 'Helsefagarbeiderløftet' (ended last year), the closing note")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Samarbeidsrådet med arbeidslivet ved Høgskulen på Vestlandet",
     "Helse Bergen har en av arbeidslivsplassene i høgskolens råd for samarbeid med arbeidslivet (RSA). Rådet "
     "drøftet praksisplasser i sykepleie og radiografi.", "1.4", "Deltakelse i råd", "Helse Bergen", "", "M05", RAD),
    ("Nasjonalt fagskoleråd",
     "Spekter har en av arbeidsgiverplassene i rådet og la vekt på fagskoletilbud for helsefagarbeidere i "
     "sykehus.", "2.4", "Arbeidsgiverplass", "Spekter", "", "M06", RAD),
    ("Realkompetanseportalen – helseforetakene",
     "Fire helseforetak har prøvd ut portalen for helsefagarbeidere som vil dokumentere kompetanse fra jobb. 610 "
     "ansatte opprettet profil.", "2.5", "Pilotering", "Spekter", "Helse Nord RHF, Helse Vest RHF, Unio", "J03",
     PROSJEKT),
    ("Lederutdanning for førstelinjeledere i sykehus",
     "Utdanningsprogram på 15 studiepoeng for nye ledere. 230 ledere fra alle regionale helseforetak fullførte.",
     "2.4", "Utdanningsprogram", "Spekter", "Handelshøyskolen BI", None, KURS),
    ("Etterutdanning i signal- og sikringsteknikk",
     "Kurs over fire samlinger for ingeniører i jernbanevirksomhetene. 36 deltok, og 30 har tatt avsluttende "
     "prøve.", "2.4", "Etterutdanningskurs", "Bane NOR", "Norske tog, Sporveien", None, KURS),
    ("Helsefagarbeiderløftet",
     "Programmet ble avsluttet i fjor og er erstattet av Realkompetanseportalen.", "2.5", "Pilotering",
     "Spekter", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Spekters kompetansetiltak 2086", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Rapport til Kompetansepolitisk råd fra Spekter og medlemsvirksomhetene. I kolonnen «Hvem var "
                    "med» står den som har hatt ansvaret først, markert med (ansvarlig).")
    data = []
    for i, (name, desc, dm, kind, ans, med, _s, _t) in enumerate(ROWS, 1):
        who = f"{ans} (ansvarlig)" + (f", {med}" if med else "")
        data.append([str(i), name, desc, dm, kind, who])
    t = docx_table(d, ["Nr", "Tiltak", "Beskrivelse", "Delmål", "Tiltakstype", "Hvem var med"], data,
                   [0.9, 5.6, 9.0, 1.7, 3.8, 5.1], fill="D0CECE", bold_first=False, size=9)
    for r in t.rows[1:]:
        for run in r.cells[1].paragraphs[0].runs:
            run.bold = True
    d.add_paragraph()
    d.add_paragraph("Helsefagarbeiderløftet er tatt med for å vise sammenhengen med fjorårets rapport.")
    docx_to_pdf(d, out / FILENAME, author="Kristoffer Haugland")
    return [row(FILENAME, MEMBER, n, s, dm, t, ans, med, desc) for n, desc, dm, _k, ans, med, s, t in ROWS if t]


def text(path) -> str:
    return pdf_text_with_cells(path)
