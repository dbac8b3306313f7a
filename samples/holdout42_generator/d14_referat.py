"""14 Not a member report: minutes of a council meeting (Word exported to PDF). No truth rows."""
import os
import tempfile

from .common import new_docx, save_docx, soffice_convert

FILE = "14_Sekretariatet_referat_radsmote_2062.pdf"
MEMBER = None
MEASURES = []

ITEMS = [
    ("Sak 1/62 Godkjenning av innkalling og dagsorden",
     "Innkalling og dagsorden ble godkjent uten merknader."),
    ("Sak 2/62 Orientering fra Kompetansebehovsutvalget (KBU)",
     "Utvalgets leder orienterte om arbeidet med hovedrapporten for 2062. Flere medlemmer ba om at "
     "regionale tall blir tydeligere. Rådet tok orienteringen til etterretning."),
    ("Sak 3/62 Oppsummering av medlemmenes rapportering for 2061",
     "Sekretariatet la fram oppsummeringen. DigiGrunn og Norsk på jobben ble trukket fram som gode "
     "eksempler på tiltak flere medlemmer står bak. Vedtak: Sekretariatet sender ut ny mal for "
     "rapportering innen 1. desember."),
    ("Sak 4/62 Eventuelt",
     "LO orienterte om planene for Nasjonal yrkesfagdag 23. april. Sametinget ba om at samisk "
     "perspektiv tas inn i neste rapportmal."),
]


def build(path):
    d = new_docx("DejaVu Sans", 10.5)
    d.add_heading("Referat", 1)
    d.add_paragraph("Møte i Kompetansepolitisk råd 14. mars 2062, kl. 10.00–14.00, Kunnskapsdepartementet")
    d.add_paragraph("Til stede: representanter for Regjeringen, LO, NHO, KS, Unio, YS, Virke, "
                    "Akademikerne, Spekter, VOFO, UHR, Fagskolerådet, Sametinget og fylkeskommunene. "
                    "Forfall: Kompetanseforbundet.")
    for title, text in ITEMS:
        d.add_heading(title, 2)
        d.add_paragraph(text)
    d.add_paragraph("Neste møte: 12. juni 2062.")
    d.add_paragraph("Referent: sekretariatet")
    with tempfile.TemporaryDirectory(prefix="h42_14_") as tmp:
        src = os.path.join(tmp, "referat_mars_2062.docx")
        save_docx(d, src, "Referat", "Sekretariatet")
        soffice_convert(src, "pdf", path)
