"""Sametinget: a landscape page with two tables side by side – left 'Sametingets egne tiltak', right 'Råd og
utvalg der Sametinget deltar' – with different columns; the descriptions come in a list 'Kort om tiltakene' under
both. A plain text extraction runs the two tables' lines together."""
from __future__ import annotations

from .common import INFO, KURS, PROSJEKT, RAD, pdf_text_with_cells, row, setup_reportlab, xml_esc

FILENAME = "Sametinget_KPR_2078_oversikt.pdf"
MEMBER = "Sametinget"
FORMAT = "PDF (reportlab platypus, invariant), A4 landscape, two tables placed side by side in a layout table"
SHAPE = ("two ruled tables side by side on one page: left 'Sametingets egne tiltak' (Tiltak / Delmål / Slag / Med), "
         "right 'Råd og utvalg der Sametinget deltar' (Organ / Sametingets rolle / Delmål – no kind column); a line "
         "above says Sametinget is responsible for all own measures; descriptions only in a list 'Kort om tiltakene' "
         "(name: text) under both tables; a last line with a 2077 and a 2079 item")
NOT_TRUTH = ("the title, the two table captions, the header rows, the responsibility line, the last line '2077: "
             "Stipendordning for samiske fagarbeidere (avsluttet). 2079: Samisk karrieresenter (planlagt).', the "
             "footer")

LEFT = [
    ("Samisk innspill til Kompetansebehovsutvalget", "1.1", "Innspill", "Samisk høgskole",
     "Sametinget sendte utvalget et notat om kompetansebehov i samiske næringer og samfunn.", None, INFO),
    ("Samisk yrkesveiledning i videregående skoler", "1.3", "Prosjekt", "Troms og Finnmark fylkeskommune",
     "Rådgivere på seks skoler fikk opplæring i veiledning om samiske yrker og næringer.", None, PROSJEKT),
    ("Kompetanseløft for duodjiutøvere", "2.4", "Kurs", "Duodjeinstituhtta",
     "Kurs i produktutvikling og salg for 60 duodjiutøvere.", None, KURS),
    ("Kompetansepluss i reindriftsområder", "3.2", "Opplæring", "Norske Reindriftsamers Landsforbund",
     "Grunnleggende digital opplæring for reindriftsutøvere i Kautokeino og Karasjok.", None, KURS),
]
RIGHT = [
    ("Råd for samarbeid med arbeidslivet ved Samisk høgskole", "Observatør", "1.4",
     "Sametinget møter som observatør i rådet, som i 2078 drøftet behovet for samiskspråklige lærere.", "M06", RAD),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    base = ParagraphStyle("b", fontName="DV", fontSize=8.5, leading=11)
    bold = ParagraphStyle("bb", parent=base, fontName="DV-B")
    cap = ParagraphStyle("c", parent=base, fontName="DV-B", fontSize=11, leading=14, spaceAfter=4)
    h = ParagraphStyle("h", parent=base, fontName="DV-B", fontSize=15, leading=19, spaceAfter=8)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e2d0"))])

    def P(t, st=base):
        return Paragraph(xml_esc(t), st)

    left = Table([[P(x, bold) for x in ("Tiltak", "Delmål", "Slag", "Med")]] +
                 [[P(n), P(dm), P(k), P(m)] for n, dm, k, m, *_r in LEFT], colWidths=[51 * mm, 17 * mm, 24 * mm, 35 * mm])
    left.setStyle(grid)
    right = Table([[P(x, bold) for x in ("Organ", "Sametingets rolle", "Delmål")]] +
                  [[P(n), P(role), P(dm)] for n, role, dm, *_r in RIGHT], colWidths=[58 * mm, 30 * mm, 17 * mm])
    right.setStyle(grid)
    layout = Table([[[P("Sametingets egne tiltak", cap), P("Sametinget er ansvarlig for alle tiltakene i denne "
                                                            "tabellen."), Spacer(1, 4), left],
                      [P("Råd og utvalg der Sametinget deltar", cap), Spacer(1, 15), right]]],
                   colWidths=[135 * mm, 115 * mm])
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [P("Sametinget – rapportering til Kompetansepolitisk råd 2078", h), layout, Spacer(1, 10),
             P("Kort om tiltakene", cap)]
    for n, *_m, txt, _s, _t in LEFT:
        story.append(Paragraph(f"<b>{xml_esc(n)}:</b> {xml_esc(txt)}", base))
    for n, _r, _d, txt, _s, _t in RIGHT:
        story.append(Paragraph(f"<b>{xml_esc(n)}:</b> {xml_esc(txt)}", base))
    story += [Spacer(1, 8), P("2077: Stipendordning for samiske fagarbeidere (avsluttet). 2079: Samisk karrieresenter "
                              "(planlagt).")]

    def footer(c, doc):
        c.setFont("DV", 7)
        c.drawString(15 * mm, 10 * mm, "Sámediggi / Sametinget · Kárášjohka / Karasjok · 16.01.2079")

    doc = SimpleDocTemplate(str(out / FILENAME), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="KPR 2078", author="Sametinget",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    rows = [row(FILENAME, MEMBER, n, s, dm, t, "Sametinget", m, txt) for n, dm, _k, m, txt, s, t in LEFT]
    rows += [row(FILENAME, MEMBER, n, s, dm, t, "Sametinget", "", txt) for n, _r, dm, txt, s, t in RIGHT]
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
