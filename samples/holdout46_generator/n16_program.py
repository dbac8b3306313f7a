"""16 (not a member report): conference programme for 'Kompetansedagene 2066'
published by HK-dir (not a council member). Mentions KBU, DigiKomm, Yrkes-NM,
Kompetansekartet and members as speakers. No truth rows."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from . import rl
from .common import FileResult

FILENAME = "16_HKdir_Kompetansedagene_2066_program.pdf"

DAY1 = [
    ("09:00", "Registrering og kaffe", ""),
    ("09:30", "Velkommen til Kompetansedagene 2066", "Direktør, HK-dir"),
    ("09:45", "Hva sier Kompetansebehovsutvalget om 2070-tallet? Hovedfunn fra årets rapport",
     "Leder av Kompetansebehovsutvalget"),
    ("10:30", "Panel: Hvem tar ansvar for etter- og videreutdanning?", "LO, NHO, KS og Virke"),
    ("11:30", "Parallelle sesjoner A–C", ""),
    ("", "A: Erfaringer fra DigiKomm – digital kompetanse i kommunene", "KS og Unio"),
    ("", "B: Kompetansekartet – slik dokumenterer vi det folk kan", "Kompetanse Norge"),
    ("", "C: Karriereveiledning for voksne – nye tall", "Karriere Agder"),
    ("12:30", "Lunsj", ""),
    ("13:30", "Yrkes-NM 2066 – hva lærte vi i Skien?", "WorldSkills Norway"),
    ("14:30", "Avslutning dag 1", ""),
]
DAY2 = [
    ("09:00", "Frivilligheten som læringsarena", "VOFO"),
    ("10:00", "Godkjenning av utenlandsk utdanning: status og veien videre", "HK-dir"),
    ("11:00", "Oppsummering og vel hjem", ""),
]


def build(out_dir: str) -> FileResult:
    rl.fonts()
    path = os.path.join(out_dir, FILENAME)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    rl.fix_doc_meta(doc, "Kompetansedagene 2066 – program", "HK-dir")
    t = ParagraphStyle("t", fontName="DV-B", fontSize=24, leading=30, textColor=colors.HexColor("#003B5C"))
    s = ParagraphStyle("s", fontName="DV", fontSize=12, leading=16, spaceAfter=12)
    d = ParagraphStyle("d", fontName="DV-B", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6)
    c = ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=12.5)
    story = [
        Paragraph("Kompetansedagene 2066", t),
        Paragraph("Program · 14.–15. oktober 2066 · Clarion Hotel The Hub, Oslo", s),
        Paragraph("Arrangør: Direktoratet for høyere utdanning og kompetanse (HK-dir). Påmelding innen "
                  "1. oktober. Konferanseavgift kr 2 900.", c),
    ]
    for label, items in (("Dag 1 – onsdag 14. oktober", DAY1), ("Dag 2 – torsdag 15. oktober", DAY2)):
        story.append(Paragraph(label, d))
        data = [[Paragraph(a, c), Paragraph(b, c), Paragraph(f"<i>{x}</i>", c)] for a, b, x in items]
        tbl = Table(data, colWidths=[1.8 * cm, 10.2 * cm, 5.0 * cm])
        tbl.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0C4D4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(tbl)
    story.append(Spacer(1, 14))
    story.append(Paragraph("Med forbehold om endringer i programmet.", c))
    doc.build(story)
    return FileResult(FILENAME, None, "PDF (reportlab)",
                      "Conference programme from a non-member (HK-dir); session titles mention KBU, "
                      "DigiKomm, Kompetansekartet, Yrkes-NM and members as speakers", [])
