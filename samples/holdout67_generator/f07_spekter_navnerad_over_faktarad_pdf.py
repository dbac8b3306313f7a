"""Spekter: a Word table printed to PDF by LibreOffice where every measure takes two rows: a shaded row with the
name merged across all five columns, and under it a row Omtale / Delmål / Type / Ansvar / Partnere. Delmål as
«delmål 1.4»; Spekter's kind words; partners one per line. A fagdag moved to January next year."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Spekter – rapportering kompetansetiltak 2087.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx), one ruled table with merged shaded name "
          "rows; dates and /ID fixed")
SHAPE = ("two-row records in one table: a shaded row with the measure name merged across the table, then a row "
         "Omtale / Delmål («delmål 1.4») / Type (Spekter's words: Representasjon, Fellesprosjekt, Lederutvikling, "
         "Analyse, Kampanje, Fagdag) / Ansvar / Partnere (one per line); the header row only names the five lower "
         "cells; a fagdag moved to January next year")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Type cells, the record 'Fagdag om heltidskultur' "
             "(moved to January next year), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, omtale, dm text, type word, ansvar, partners, seed, dm, type
RECS = [
    ("RSA ved NTNU",
     "Helse Midt-Norge RHF representerer Spekter-virksomhetene i rådet for samarbeid med arbeidslivet ved NTNU. "
     "Rådet ga innspill til ny bachelor i radiografi og til flere praksisplasser i sykepleie.",
     "delmål 1.4", "Representasjon", "Helse Midt-Norge RHF", [], "M06", "1.4", RAD),
    ("Helsefagløftet",
     "Helseforetakene tilbyr assistenter og ufaglærte et løp fram til fagbrev som helsefagarbeider. 14 helseforetak "
     "deltok, og 160 ansatte tok fagprøven i 2087.",
     "delmål 2.5", "Fellesprosjekt", "Spekter", ["KS", "Fagforbundet"], "J02", "2.5", PROSJEKT),
    ("Kompetanseløft for ledere i helseforetakene",
     "Et lederprogram på 30 studiepoeng om kompetanseplanlegging for avdelingsledere. 95 ledere fullførte i 2087.",
     "delmål 2.4", "Lederutvikling", "Helse Vest RHF", ["Universitetet i Bergen"], None, "2.4", KURS),
    ("Analyse av kompetansebehov i spesialisthelsetjenesten",
     "Analysen fremskriver behovet for spesialsykepleiere, bioingeniører og helsefagarbeidere fram mot 2100. Den "
     "ble lagt fram i desember.",
     "delmål 1.1", "Analyse", "Spekter", ["Helse Nord RHF", "SINTEF"], None, "1.1", FOU),
    ("Bli helsefagarbeider",
     "Kampanje i sosiale medier og på skoler for å få flere ungdommer til å velge helse- og oppvekstfag. Kampanjen "
     "nådde 400 000 unge.",
     "delmål 2.3", "Kampanje", "Helse Sør-Øst RHF", ["fylkeskommunene"], None, "2.3", INFO),
    ("Fagdag om heltidskultur",
     "Fagdagen er skjøvet til januar neste år.",
     "delmål 2.2", "Fagdag", "Spekter", ["Fagforbundet"], "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Spekter – kompetansetiltak i 2087", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Rapport til Kompetansepolitisk råd fra Spekter og helseforetakene.")
    head = ["Omtale", "Delmål", "Type", "Ansvar", "Partnere"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
    set_col_widths(t, [12.5, 2.4, 3.4, 4.0, 3.8])
    rows = []
    for name, omtale, dmt, kind, ansvar, partners, seed, dm, ty in RECS:
        nr = t.add_row().cells
        m = nr[0].merge(nr[4])
        add_runs(m.paragraphs[0], [(name, "b")])
        set_cell_shading(m, "DAEEF3")
        cells = t.add_row().cells
        for c, v in zip(cells[:4], [omtale, dmt, kind, ansvar]):
            c.paragraphs[0].add_run(v)
        cells[4].paragraphs[0].add_run(partners[0] if partners else "")
        for pp in partners[1:]:
            cells[4].add_paragraph(pp)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansvar, ", ".join(partners), omtale))
    d.add_paragraph()
    d.add_paragraph("Spekter, 15. januar 2088 – Hanne Riis Solberg, direktør for kompetanse")
    docx_to_pdf(d, out / FILENAME, author="Hanne Riis Solberg")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
