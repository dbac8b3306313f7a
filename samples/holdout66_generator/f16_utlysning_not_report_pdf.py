"""Not a member report: HK-dir's call for applications for a grant scheme for 2087, sent to the council members for
information and saved in the same inbox. It names delmål by code, the six kinds of measures as what may be funded,
KBU, SRY and the joint Læringsfestivalen as examples – the words of a report – but reports nothing."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_table, docx_to_pdf, pdf_text_with_cells

FILENAME = "Utlysning – tilskudd til kompetansetiltak i arbeidslivet.pdf"
MEMBER = None
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with numbered headings and a ruled key-facts table; dates and /ID fixed"
SHAPE = ("NOT a member report: HK-dir's call for applications «Tilskudd til kompetansetiltak i arbeidslivet» for 2087: "
         "a key-facts table (Tilskuddsår / Søknadsfrist / Ramme / Maks tilskudd / Kontakt), numbered sections 1 Formål, 2 Hvem kan "
         "søke, 3 Hva kan det søkes om (bullets naming the six kinds of measures and delmål 2.1, 2.4, 3.2 and 3.6), "
         "4 Vurdering (KBU's report, SRY's advice), 5 Rapportering, with an example project; no truth rows")
NOT_TRUTH = ("everything (not a member report): the title, the key-facts table, the numbered sections, the bullets "
             "of fundable kinds and delmål, the example project, the contact lines")


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Direktoratet for høyere utdanning og kompetanse (HK-dir)", "g")])
    p = d.add_paragraph()
    add_runs(p, [("Utlysning: Tilskudd til kompetansetiltak i arbeidslivet", "b")])
    p.runs[0].font.size = Pt(16)
    docx_table(d, ["Nøkkelinformasjon", ""], [["Tilskuddsår", "2087"], ["Søknadsfrist", "15. mars 2087 kl. 12.00"],
                                              ["Ramme", "48 millioner kroner"],
                                              ["Maks tilskudd per prosjekt", "2 millioner kroner per år i inntil "
                                                                             "tre år"],
                                              ["Kontakt", "tilskudd-arbeidsliv@hkdir.no"]], [5.0, 11.0],
               fill="DDDDDD")
    d.add_heading("1 Formål", level=2)
    d.add_paragraph("Ordningen skal gi flere voksne mulighet til å lære på jobben og bidra til å nå målene i "
                    "Nasjonal kompetansepolitisk strategi. Utlysningen er sendt medlemmene i Kompetansepolitisk råd "
                    "til orientering.")
    d.add_heading("2 Hvem kan søke", level=2)
    d.add_paragraph("Virksomheter, bransjeorganisasjoner, studieforbund og fylkeskommuner. Partene i arbeidslivet "
                    "kan søke sammen med en eller flere virksomheter.")
    d.add_heading("3 Hva kan det søkes om", level=2)
    for b in ["Kurs og opplæring i arbeidstiden, særlig i digitale ferdigheter (delmål 2.1)",
              "Utviklingsprosjekter der virksomheter og utdanningstilbydere lager nye tilbud sammen (delmål 2.4)",
              "Prosjekter i samiske områder og prosjekter som kobler grunnleggende ferdigheter med fagopplæring "
              "(delmål 3.2)",
              "Arrangementer og informasjonstiltak som motiverer voksne til å lære, for eksempel under "
              "Læringsfestivalen (delmål 3.6)",
              "Nettverk og FoU-samarbeid om læring i arbeidslivet"]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("4 Vurdering", level=2)
    d.add_paragraph("Søknadene vurderes ut fra relevans, kvalitet og gjennomføringsevne. Vi legger vekt på "
                    "kompetansebehovene som Kompetansebehovsutvalget (KBU) peker på, og på rådene fra "
                    "Samarbeidsrådet for yrkesopplæring (SRY) om fag med mangel på lærebedrifter.")
    p = d.add_paragraph()
    add_runs(p, [("Eksempel: ", "b"), ("«Digital verkstedfabrikk» – en bedrift i Grenland og Fagskolen Vestfold og "
                                       "Telemark lager korte kurs i robotstyring for operatører. Eksempelet er "
                                       "oppdiktet.", "i")])
    d.add_heading("5 Rapportering", level=2)
    d.add_paragraph("Tilskuddsmottakere rapporterer på HK-dirs skjema innen 1. februar året etter. Tiltak som får "
                    "tilskudd, kan også tas med i medlemmenes rapportering til Kompetansepolitisk råd.")
    d.add_paragraph("Spørsmål: seniorrådgiver Trond Eikeland, HK-dir, 55 30 38 00.")
    docx_to_pdf(d, out / FILENAME, author="Trond Eikeland")
    return []


def text(path) -> str:
    return pdf_text_with_cells(path)
