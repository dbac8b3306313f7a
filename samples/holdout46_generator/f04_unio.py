"""04 Unio: DOCX written with python-docx and exported to PDF with LibreOffice.
A summary table (Nr, tiltak, delmål as "DM1.1", Unio's own type word, ansvarlig)
whose rows point to numbered notes further down, where the descriptions are."""
import os
import tempfile

from docx.shared import Pt

from .common import T, FileResult, save_docx, soffice_convert, stabilise_pdf
from . import docxutil as du

FILENAME = "04_Unio_innspill_arsrapport_2066.pdf"
MEMBER = "Unio"

ITEMS = [
    ("Unios plass i Kompetansebehovsutvalget", "DM1.1", "Utvalg", "Unio-sekretariatet", "",
     "Unio er representert i KBU med én representant fra Utdanningsforbundet. I 2066 bidro vi særlig "
     "til kapittelet om lærer- og sykepleiermangel i utvalgets hovedrapport.",
     T("Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk")),
    ("Deltakelse i UHR-Helse og sosial", "DM1.4", "Råd", "Norsk Sykepleierforbund", "",
     "Unio deltar i UHRs fagstrategiske enhet for helse- og sosialfagutdanningene med en observatør "
     "fra Norsk Sykepleierforbund, blant annet om kvalitet i praksisstudiene.",
     T("UHR-Helse og sosial", "M04", "1.4", "Råd/utvalg/nettverk")),
    ("Digitaliseringsløftet for kommuneansatte (DigiKomm)", "DM2.1", "Kurs", "Unio kommune", "KS",
     "Partssamarbeid med KS om nettbaserte kurs i digital samhandling for ansatte i skole, barnehage "
     "og helse. Det ble gjennomført 14 000 kursmoduler i 2066.",
     T("Digitaliseringsløftet for kommuneansatte (DigiKomm)", "J04", "2.1", "Kurs/utdanning")),
    ("Frokostseminar om KBU-rapporten", "DM1.1", "Seminar", "Unio-sekretariatet", "",
     "Åpent frokostseminar i Oslo i juni der utvalgets leder presenterte hovedfunnene og Unios "
     "forbund kommenterte. 160 deltakere, også strømmet.",
     T("Frokostseminar om KBU-rapporten", "U0401", "1.1", "Arrangement")),
    ("Unios EVU-undersøkelse 2066", "DM2.2", "Undersøkelse", "Unio-sekretariatet", "Fafo",
     "Spørreundersøkelse blant 4 200 medlemmer om etter- og videreutdanning, tidsbruk og "
     "finansiering. Gjennomført av Fafo på oppdrag fra Unio.",
     T("Unios EVU-undersøkelse 2066", "U0402", "2.2", "FoU")),
]


def build(out_dir: str) -> FileResult:
    doc = du.new_doc(font="Liberation Sans", size=10.5, margins_cm=2.2)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    du.add_runs(hp, [("Unio – hovedorganisasjon for universitets- og høyskoleutdannede", {"size": 8, "color": "666666"})])
    fp = sec.footer.paragraphs[0]
    du.add_page_field(fp, "Side ")

    t = doc.add_paragraph()
    du.add_runs(t, [("Unios bidrag til årsrapporten for Kompetansepolitisk råd 2066", {"bold": True, "size": 15})])
    doc.add_paragraph(
        "Unio viser til sekretariatets brev om rapportering. Nedenfor er en samlet oversikt over våre "
        "tiltak i 2066. Nærmere omtale av hvert tiltak står i notene etter tabellen; nummeret i "
        "siste kolonne viser til noten.")

    table = doc.add_table(rows=1 + len(ITEMS), cols=6)
    du.table_borders(table, color="4F81BD")
    for i, h in enumerate(["Nr.", "Tiltak", "Delmål", "Type", "Ansvarlig", "Note"]):
        du.cell_text(table.rows[0].cells[i], h, bold=True, size=9.5)
        du.shade(table.rows[0].cells[i], "DBE5F1")
    rows = []
    for n, (name, dm, typ, ansv, partn, note, truth) in enumerate(ITEMS, start=1):
        cells = table.rows[n].cells
        for i, v in enumerate([str(n), name, dm, typ, ansv, f"[{n}]"]):
            du.cell_text(cells[i], v, size=9.5)
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, note
        rows.append(truth)
    du.set_col_widths(table, [0.8, 6.6, 1.6, 2.6, 3.4, 1.2])

    doc.add_paragraph()
    hn = doc.add_paragraph()
    du.add_runs(hn, [("Noter", {"bold": True, "size": 12})])
    for n, (name, dm, typ, ansv, partn, note, truth) in enumerate(ITEMS, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(22)
        p.paragraph_format.first_line_indent = Pt(-22)
        extra = f" Samarbeidspartner: {partn}." if partn else ""
        du.add_runs(p, [(f"[{n}]\t", {"bold": True}), (note + extra, {})], size=10)

    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen\nUnio-sekretariatet")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, FILENAME.replace(".pdf", ".docx"))
        save_docx(doc, src, "Unio", "Unio rapportering 2066")
        pdf = soffice_convert(src, out_dir)
    stabilise_pdf(pdf)
    return FileResult(FILENAME, MEMBER, "PDF exported from DOCX (python-docx → soffice)",
                      "Summary table (Nr, tiltak, 'DM1.1', own type word, ansvarlig, note ref) with "
                      "descriptions only in numbered notes [1]–[5] below the table", rows)
