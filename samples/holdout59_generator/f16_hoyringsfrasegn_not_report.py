"""Not a member report: a Nynorsk consultation response (høyringsfråsegn) from Høgskulen i Volda to the draft of a
revised national skills strategy, which the secretariat received in the same inbox as the reports. It comments on
the delmål, names councils (KBU, RSA, Nasjonalt forum for karriererettleiing) and proposes new measures, but it
reports nothing that was done, so it has no truth rows."""
from __future__ import annotations

import docx
from docx.shared import Pt

from .common import docx_to_pdf, pdf_text

FILENAME = "Høyringsfråsegn Høgskulen i Volda – revidert kompetansestrategi.pdf"
MEMBER = None
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); dates and /ID fixed"
SHAPE = ("NOT a member report: a Nynorsk høyringsfråsegn from a university college (not a council member) to the "
         "draft revised strategy 2080–2085: letterhead, reference line, «Samandrag», numbered comments «Til "
         "delmål 1.1 …», «Til delmål 1.3 …», proposals «Vi rår til at …» that sound like measures, a closing "
         "paragraph and signatures; no truth rows")
NOT_TRUTH = ("everything (not a member report): the letterhead and references, the summary, the numbered comments "
             "on delmål 1.1, 1.3, 1.4, 2.3 and 3.4, the proposals (eit nasjonalt nettverk for praksisrettleiarar, "
             "ei eiga samisk og nynorsk utgåve av Karrierekompasset, eit fast RSA-forum for distrikta), the "
             "signatures")

BODY = [
    ("h", "Høyringsfråsegn – utkast til revidert nasjonal kompetansepolitisk strategi 2080–2085"),
    ("p", "Vi viser til høyringsbrev frå Kunnskapsdepartementet av 2. november 2079. Høgskulen i Volda takkar for "
          "høvet til å kome med innspel. Fråsegna er handsama i leiarmøtet 8. januar 2080."),
    ("h2", "Samandrag"),
    ("p", "Høgskulen støttar hovudgrepa i utkastet, men meiner strategien i for liten grad tek omsyn til "
          "distrikta, til nynorskbrukarar og til samiske område. Vi meiner òg at arbeidet i "
          "Kompetansebehovsutvalet bør knytast tettare til det regionale nivået."),
    ("h2", "Merknader til dei einskilde delmåla"),
    ("n", "Til delmål 1.1 (KBU): Vi rår til at Kompetansebehovsutvalet får eit mandat til å lage regionale "
          "analysar minst kvart fjerde år, og at universiteta og høgskulane vert representerte i utvalet."),
    ("n", "Til delmål 1.3 (karriererettleiing): Nasjonalt forum for karriererettleiing bør ha med ein representant "
          "for høgskulane i distrikta. Vi rår til at det vert laga ei eiga nynorsk og samisk utgåve av "
          "Karrierekompasset."),
    ("n", "Til delmål 1.4: Råd for samarbeid med arbeidslivet (RSA) fungerer godt ved dei store institusjonane, "
          "men er sårbare ved små høgskular. Vi rår til at det vert oppretta eit fast RSA-forum for distrikta."),
    ("n", "Til delmål 2.3: Vi saknar eit grep for praksisrettleiarar i yrkesfaga og rår til at det vert "
          "etablert eit nasjonalt nettverk for praksisrettleiarar."),
    ("n", "Til delmål 3.4: Norskopplæringa for vaksne innvandrarar må òg gje tilbod på nynorsk der det er "
          "skulemålet i kommunen."),
    ("h2", "Avslutning"),
    ("p", "Høgskulen i Volda stiller gjerne opp i det vidare arbeidet med strategien."),
    ("p", "Med helsing\n\nRektor\t\t\t\tDirektør\nHøgskulen i Volda\t\tHøgskulen i Volda"),
    ("p", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."),
]


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(10.5)
    p = d.add_paragraph()
    p.add_run("HØGSKULEN I VOLDA").bold = True
    d.add_paragraph("Postboks 500, 6101 Volda · postmottak@hivolda.no")
    d.add_paragraph("Kunnskapsdepartementet\nKopi: Sekretariatet for Kompetansepolitisk råd")
    d.add_paragraph("Dykkar ref.: 79/4471        Vår ref.: 79/02218-3        Dato: 10.01.2080")
    n = 0
    for kind, txt in BODY:
        if kind == "h":
            d.add_heading(txt, level=1)
        elif kind == "h2":
            d.add_heading(txt, level=2)
        elif kind == "n":
            n += 1
            d.add_paragraph(f"{n}. {txt}")
        else:
            d.add_paragraph(txt)
    docx_to_pdf(d, out / FILENAME)
    return []


def text(path) -> str:
    return pdf_text(path)
