"""Not a member report: a student organisation (not a member of the council) applies for a seat in Kompetansepolitisk
råd and, to show what it does, lists its own work with competence policy in 2094 – student representatives in the
councils for cooperation with working life, its part in Fagbrevdagen 2094, a survey and a campaign. It reads like a
report but reports no member's measures and has no truth rows."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text

FILENAME = "NSO – søknad om medlemskap i Kompetansepolitisk råd.pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with Heading 2 sections and a bullet list; "
          "dates and /ID fixed")
SHAPE = ("NOT a member report: the student organisation NSO's application «Søknad om medlemskap i Kompetansepolitisk "
         "råd» to the council's secretariat: letter head, three Heading 2 sections «Hvem vi er», «Vårt arbeid med "
         "kompetansepolitikk i 2094» (a bullet list naming student representatives in the RSAs at 20 institutions, "
         "its part in Fagbrevdagen 2094, the survey «Studiebarometer for arbeidsrelevans» and the campaign «Studer "
         "hele livet») and «Hvorfor vi søker», a signature; no truth rows")
NOT_TRUTH = ("everything (not a member report): the letter head, the three sections, the bullet list of NSO's own work "
             "and the signature")


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10.5, margins_cm=2.3)
    p = d.add_paragraph()
    add_runs(p, [("Norsk studentorganisasjon (NSO)", "b")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\nOslo, 9. januar 2095")
    p = d.add_paragraph()
    add_runs(p, [("Søknad om medlemskap i Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Norsk studentorganisasjon søker med dette om en fast plass i Kompetansepolitisk råd fra og med "
                    "rådsperioden som starter i 2095.")
    d.add_heading("Hvem vi er", level=2)
    d.add_paragraph("NSO representerer rundt 300 000 studenter ved universiteter, høyskoler og fagskoler. Mange av "
                    "dem er voksne som tar utdanning ved siden av jobben.")
    d.add_heading("Vårt arbeid med kompetansepolitikk i 2094", level=2)
    for item in [
        "Studentrepresentanter i rådene for samarbeid med arbeidslivet (RSA) ved 20 universiteter og høyskoler.",
        "Fagskolestudentene i NSO deltok i Fagbrevdagen 2094 og delte ut blomster til nye fagarbeidere i Oslo.",
        "Undersøkelsen «Studiebarometer for arbeidsrelevans» blant 6 000 studenter, lagt fram i november.",
        "Kampanjen «Studer hele livet» om etter- og videreutdanning for voksne studenter.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("Hvorfor vi søker", level=2)
    d.add_paragraph("Studentene er de som tar utdanningene strategien handler om, men har i dag ingen stemme i rådet. "
                    "Vi mener en plass for studentene vil styrke arbeidet med delmålene om samarbeid mellom utdanning "
                    "og arbeidsliv og om etter- og videreutdanning.")
    d.add_paragraph("Med vennlig hilsen\nIda Marie Solheim\nleder, Norsk studentorganisasjon")
    docx_to_pdf(d, out / FILENAME, author="Ida Marie Solheim")
    return []


def text(path) -> str:
    return pdf_text(path)
