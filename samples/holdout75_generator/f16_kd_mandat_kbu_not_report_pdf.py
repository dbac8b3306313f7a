"""Not a member report: the ministry's mandate for the new period of the skills-needs committee, sent to the council
«til orientering». It names KBU, the members' seats and tasks for 2096–2099, and in passing the councils and a joint
measure, but reports no measures of 2095."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text

FILENAME = "Mandat for Kompetansebehovsutvalget 2096–2099 (til orientering).pdf"
MEMBER = None
FORMAT = "PDF exported by LibreOffice Writer from a DOCX (python-docx) with Heading 2 sections and numbered paragraphs; dates and /ID fixed"
SHAPE = ("NOT a member report: the ministry's mandate «Mandat for Kompetansebehovsutvalget 2096–2099», sent to the "
         "council for information: a cover note, then «1 Bakgrunn», «2 Utvalgets oppgaver» (numbered tasks), «3 "
         "Sammensetning» (the members' seats, naming the main organisations), «4 Organisering og sekretariat», «5 "
         "Rapportering», a signature; it mentions Karrierekompasset and Læringsbarometeret as sources of knowledge; no "
         "truth rows")
NOT_TRUTH = ("everything (not a member report): the cover note, the five sections, the numbered tasks, the list of "
             "seats and the signature")


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=11)
    d.add_paragraph("Kunnskapsdepartementet")
    d.add_paragraph("Til medlemmene i Kompetansepolitisk råd – til orientering")
    p = d.add_paragraph()
    add_runs(p, [("Mandat for Kompetansebehovsutvalget 2096–2099", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Departementet har fastsatt nytt mandat for Kompetansebehovsutvalget (KBU) for perioden "
                    "2096–2099. Mandatet sendes rådet til orientering og er ikke en del av rapporteringen for 2095.")
    d.add_heading("1 Bakgrunn", level=2)
    d.add_paragraph("KBU ble opprettet for å gi et best mulig faglig grunnlag for vurderinger av Norges fremtidige "
                    "kompetansebehov. Utvalget har siden lagt fram en rekke rapporter, senest om kompetanse for det "
                    "grønne skiftet i 2095.")
    d.add_heading("2 Utvalgets oppgaver", level=2)
    for t in ("sammenstille og analysere kunnskap om kompetansebehov nasjonalt og regionalt",
              "vurdere hvordan data fra nettjenesten Karrierekompasset og undersøkelsen Læringsbarometeret kan "
              "brukes i analysene",
              "legge fram en hovedrapport hvert annet år og temarapporter etter behov",
              "formidle resultatene til fylkeskommunene, partene og utdanningssektoren"):
        d.add_paragraph(t, style="List Number")
    d.add_heading("3 Sammensetning", level=2)
    d.add_paragraph("Utvalget har en leder, seks forskere og analytikere og én representant for hver av LO, NHO, "
                    "Unio, YS, Akademikerne, Virke, Spekter og KS. Departementene møter som observatører.")
    d.add_heading("4 Organisering og sekretariat", level=2)
    d.add_paragraph("HK-dir er sekretariat for utvalget. Utvalget samarbeider med Nasjonalt forum for "
                    "karriereveiledning og med SRY der det er naturlig.")
    d.add_heading("5 Rapportering", level=2)
    d.add_paragraph("Utvalget rapporterer til Kunnskapsdepartementet. Første rapport i den nye perioden legges fram "
                    "innen 1. desember 2096.")
    d.add_paragraph()
    d.add_paragraph("Med hilsen\n\nAnne Kathrine Dahl (e.f.)\navdelingsdirektør")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return []


def text(path) -> str:
    return pdf_text(path)
