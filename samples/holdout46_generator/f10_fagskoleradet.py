"""10 Fagskolerådet: DOCX → PDF (LibreOffice). Intro 'Kort oppsummert', then a
table whose 'Hva vi har gjort' cell holds the bold measure name, a colon and the
description; delmål written with a decimal comma ('2,4'); no type column. A note
below mentions Regjeringen's evaluation of the council, which is not their measure."""
import os
import tempfile

from .common import T, FileResult, save_docx, soffice_convert, stabilise_pdf
from . import docxutil as du

FILENAME = "10_Fagskoleradet_rapport_2066.pdf"
MEMBER = "Fagskolerådet"

ITEMS = [
    ("Nasjonalt fagskoleråd",
     "Fagskolerådet har to medlemmer i rådet og har arbeidet for at fagskolene skal få en tydeligere "
     "rolle i etter- og videreutdanning.", "Styreleder", "", "1,4",
     T("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk")),
    ("Fagskolekonferansen 2066",
     "Årlig konferanse for fagskoler, bransjer og fylkeskommuner i Bergen, med bransjeforankring som "
     "tema. 420 deltakere.", "Sekretariatet", "Vestland fylkeskommune, NHO", "1,4",
     T("Fagskolekonferansen 2066", "U1001", "1.4", "Arrangement")),
    ("Bransjeforankrede fagskoletilbud i fornybar energi",
     "Utvikling av tre nye korte fagskoletilbud i havvind og solenergi, i samarbeid med Energi Norge "
     "og fagskolene i Agder og Vestland.", "Arbeidsgruppe for energi",
     "Energi Norge, Fagskolen i Agder, Fagskulen Vestland", "2,4",
     T("Bransjeforankrede fagskoletilbud i fornybar energi", "U1002", "2.4", "Kurs/utdanning")),
    ("Kartlegging av fagskolestudenters yrkesbakgrunn",
     "Spørreundersøkelse blant 3 100 studenter om arbeidserfaring før opptak, gjennomført av NIFU.",
     "Sekretariatet", "NIFU", "2,2",
     T("Kartlegging av fagskolestudenters yrkesbakgrunn", "U1003", "2.2", "FoU")),
]


def build(out_dir: str) -> FileResult:
    doc = du.new_doc(font="Liberation Serif", size=11, margins_cm=2.3)
    sec = doc.sections[0]
    du.add_runs(sec.header.paragraphs[0], [("Fagskolerådet  |  Rapportering 2066", {"size": 8, "color": "7F7F7F"})])
    du.add_page_field(sec.footer.paragraphs[0], "")

    p = doc.add_paragraph()
    du.add_runs(p, [("Fagskolerådet", {"bold": True, "size": 20, "color": "833C0B"})])
    p = doc.add_paragraph()
    du.add_runs(p, [("Rapport til Kompetansepolitisk råd for 2066", {"size": 14})])
    p = doc.add_paragraph()
    du.add_runs(p, [("Kort oppsummert", {"bold": True, "size": 12})])
    doc.add_paragraph(
        "Fagskolerådet er fagskolenes interesseorganisasjon. I 2066 har vi prioritert tettere "
        "samarbeid med bransjene og bedre kunnskap om studentene. Tabellen viser hva vi har gjort, "
        "hvem som har hatt ansvaret, hvem vi har samarbeidet med og hvilket mål i strategien "
        "tiltaket støtter.")

    table = doc.add_table(rows=1 + len(ITEMS), cols=5)
    du.table_borders(table, color="C9C9C9")
    for i, h in enumerate(["Nr", "Hva vi har gjort", "Hvem har ansvaret", "Med hvem", "Strategiens mål"]):
        du.cell_text(table.rows[0].cells[i], h, bold=True, size=10)
        du.shade(table.rows[0].cells[i], "FBE4D5")
    rows = []
    for n, (name, desc, ansv, partn, dm, truth) in enumerate(ITEMS, start=1):
        c = table.rows[n].cells
        du.cell_text(c[0], f"{n}.", size=10)
        c[1].text = ""
        du.add_runs(c[1].paragraphs[0], [(name + ": ", {"bold": True}), (desc, {})], size=10)
        du.cell_text(c[2], ansv, size=10)
        du.cell_text(c[3], partn or "–", size=10)
        du.cell_text(c[4], dm, size=10, align="center")
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
        rows.append(truth)
    du.set_col_widths(table, [0.8, 7.4, 3.2, 3.4, 1.6])

    doc.add_paragraph()
    p = doc.add_paragraph()
    du.add_runs(p, [("Til orientering: ", {"bold": True}),
                    ("Kunnskapsdepartementet har satt i gang en evaluering av Nasjonalt fagskoleråd. "
                     "Fagskolerådet har gitt innspill, men evalueringen er departementets tiltak og er "
                     "ikke tatt med i tabellen.", {})])
    doc.add_paragraph("Oslo, januar 2067")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, FILENAME.replace(".pdf", ".docx"))
        save_docx(doc, src, "Fagskolerådet", "Fagskolerådet rapport 2066")
        pdf = soffice_convert(src, out_dir)
    stabilise_pdf(pdf)
    return FileResult(FILENAME, MEMBER, "PDF exported from DOCX (python-docx → soffice)",
                      "Table where one cell holds 'Bold name: description'; delmål with decimal comma "
                      "('2,4'); no type; note about another member's measure", rows)
