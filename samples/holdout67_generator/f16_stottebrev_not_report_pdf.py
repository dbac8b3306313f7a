"""Not a member report: a letter of support («Støttebrev») from NHO Innlandet for a company's application to a
national skills programme, exported to PDF by LibreOffice from a DOCX. It names the company's planned training, the
joint Kompetansekompasset and Læringsbarometeret, SRY and a faglig råd, but reports no measure of a member."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text, set_col_widths

FILENAME = "Støttebrev – Raufoss Presisjon AS søknad Kompetanseprogrammet.pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with a borderless reference block and a small "
          "ruled budget table; dates and /ID fixed")
SHAPE = ("NOT a member report: a letter of support from NHO Innlandet (a regional office of a member) to HK-dir for "
         "a manufacturer's application «Kompetanseprogrammet 2088»: reference block (Vår ref. / Deres ref. / Dato), "
         "«Støttebrev», paragraphs on the firm, its plan for 24 operators to take the fagbrev, that it used "
         "Kompetansekompasset and took part in Læringsbarometeret 2087, that NHO's representative in the faglig råd "
         "for teknikk og industriell produksjon under SRY has raised the need, a small table of the planned "
         "training (Modul / Deltakere / Periode), signature; no truth rows")
NOT_TRUTH = ("everything (not a member report): the reference block, the letter text, the table of planned modules, "
             "the signature")


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11)
    p = d.add_paragraph()
    add_runs(p, [("NHO Innlandet", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Direktoratet for høyere utdanning og kompetanse (HK-dir)\nPostboks 1093\n5809 Bergen")
    ref = d.add_table(rows=3, cols=2)
    for (k, v), r in zip([("Vår ref.:", "87/412 TSØ"), ("Deres ref.:", "Utlysning 2088-03"),
                          ("Dato:", "Gjøvik, 20. november 2087")], ref.rows):
        r.cells[0].paragraphs[0].add_run(k)
        r.cells[1].paragraphs[0].add_run(v)
    set_col_widths(ref, [3.0, 7.0])
    d.add_paragraph()
    h = d.add_paragraph()
    add_runs(h, [("Støttebrev – søknad fra Raufoss Presisjon AS om midler fra Kompetanseprogrammet 2088", "b")])
    for para in [
        "NHO Innlandet støtter søknaden fra Raufoss Presisjon AS. Bedriften har 210 ansatte og produserer "
        "komponenter til bilindustrien og forsvaret.",
        "Bedriften vil at 24 operatører skal ta fagbrev i industrimekanikerfaget i løpet av to år. Behovet ble "
        "kartlagt med Kompetansekompasset i vår, og bedriften deltok også i Læringsbarometeret 2087.",
        "NHOs representant i det faglige rådet for teknikk og industriell produksjon under SRY har flere ganger tatt "
        "opp mangelen på industrifagarbeidere i Innlandet. Søknaden svarer godt på dette behovet.",
        "Vi anbefaler at søknaden innvilges."]:
        d.add_paragraph(para)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Modul", "Deltakere", "Periode"]):
        add_runs(c.paragraphs[0], [(v, "b")])
    for vals in [("Teori for praksiskandidater", "24", "Februar–juni 2088"),
                 ("Sveising og CNC", "24", "August–desember 2088"),
                 ("Forberedelse til fagprøve", "24", "Januar–mars 2089")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [7.0, 2.5, 5.0])
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Tone Sørlie\nregiondirektør, NHO Innlandet")
    docx_to_pdf(d, out / FILENAME, author="Tone Sørlie")
    return []


def text(path) -> str:
    return pdf_text(path)
