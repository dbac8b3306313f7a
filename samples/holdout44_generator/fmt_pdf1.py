"""reportlab PDFs: 02 NHO (landscape matrix with crosses per delmål),
05 UHR (two-column newsletter)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, FrameBreak)

from .common import rl_setup, esc
from .data1 import NHO, UHR

CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def build_nho(path):
    rl_setup()
    st = ParagraphStyle("c", fontName="DejaVu", fontSize=7, leading=8.6)
    stb = ParagraphStyle("b", parent=st, fontName="DejaVu-Bold")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=30,
                            rightMargin=30, topMargin=36, bottomMargin=30,
                            title="NHO tiltaksmatrise 2064", author="NHO",
                            creator="NHO", producer="NHO")
    head0 = ["", "", "", "", "1 Gode valg", "", "", "",
             "2 Læring i arbeidslivet", "", "", "", "", "",
             "3 Voksne med svak tilknytning", "", "", "", "", ""]
    head1 = ["Nr", "Tiltak", "Kort beskrivelse", "Ansvar / partnere"] + CODES
    data = [head0, head1]
    for n, r in enumerate(NHO, 1):
        resp = "Ansvar: " + esc(r["ans"])
        if r["par"]:
            resp += "<br/>Sammen med: " + esc(r["par"])
        row = [str(n), Paragraph(esc(r["x"]["cell"]), stb),
               Paragraph(esc(r["desc"]), st), Paragraph(resp, st)]
        row += ["X" if c == r["dm"] else "" for c in CODES]
        data.append(row)
    widths = [18, 138, 166, 108] + [22] * 16
    t = Table(data, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVu", 7),
        ("FONT", (0, 0), (-1, 1), "DejaVu-Bold", 7),
        ("SPAN", (4, 0), (7, 0)), ("SPAN", (8, 0), (13, 0)),
        ("SPAN", (14, 0), (19, 0)),
        ("BACKGROUND", (4, 0), (7, 1), colors.HexColor("#DDEBF7")),
        ("BACKGROUND", (8, 0), (13, 1), colors.HexColor("#E2EFDA")),
        ("BACKGROUND", (14, 0), (19, 1), colors.HexColor("#FFF2CC")),
        ("BACKGROUND", (0, 1), (3, 1), colors.HexColor("#D9D9D9")),
        ("ALIGN", (4, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 1), (-1, -1), 0.4, colors.grey),
        ("BOX", (4, 0), (-1, 0), 0.4, colors.grey),
        ("LINEBEFORE", (8, 0), (8, -1), 1.2, colors.black),
        ("LINEBEFORE", (14, 0), (14, -1), 1.2, colors.black),
        ("LINEBEFORE", (4, 0), (4, -1), 1.2, colors.black),
    ]))
    title = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=14,
                           leading=18)
    small = ParagraphStyle("s", fontName="DejaVu", fontSize=8, leading=10)
    story = [Paragraph("NHO – tiltaksmatrise 2064", title),
             Paragraph("Bidrag til Nasjonal kompetansepolitisk strategi. "
                       "Kryss (X) viser hvilket delmål i strategien "
                       "tiltaket hører til.", small),
             Spacer(1, 8), t, Spacer(1, 10),
             Paragraph("Kontakt: NHO Kompetanse og innovasjon. Matrisen er "
                       "utarbeidet for sekretariatet i Kompetansepolitisk "
                       "råd, januar 2065.", small)]
    doc.build(story)


def _masthead(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFillColor(colors.HexColor("#0B3B60"))
    canv.rect(0, h - 32 * mm, w, 32 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("DejaVuSerif-Bold", 22)
    canv.drawString(18 * mm, h - 17 * mm, "UHR-nytt: Kompetansepolitikk")
    canv.setFont("DejaVu", 9)
    canv.drawString(18 * mm, h - 25 * mm,
                    "Universitets- og høgskolerådet · Nr. 1/2065 · "
                    "Rapport om tiltak i 2064")
    canv.setFillColor(colors.black)
    canv.setFont("DejaVu", 7)
    canv.drawCentredString(w / 2, 10 * mm, "Side %d" % doc.page)
    canv.restoreState()


def _later(canv, doc):
    canv.saveState()
    canv.setFont("DejaVu", 7)
    canv.drawString(18 * mm, A4[1] - 12 * mm, "UHR-nytt 1/2065")
    canv.drawCentredString(A4[0] / 2, 10 * mm, "Side %d" % doc.page)
    canv.restoreState()


HEADLINES = {
    "M04": "Fagstrategiske enheter tar relevans på alvor",
    "M03": "RSA – der arbeidslivet møter institusjonene",
    "J08": "Hurtigsporet gir raskere godkjenning",
    "U0501": "Hvor finnes EVU-tilbudene?",
    "U0502": "Fullsatt seminar om arbeidslivsrelevans",
}
LEADS = {
    "M04": "UHRs fagstrategiske enheter er møteplassene der institusjonene "
           "samordner seg innen hvert fagområde. Blant annet har "
           "UHR-Lærerutdanning og UHR-Helse og sosial hatt egne møter med "
           "arbeidsgiverne. ",
    "M03": "Råd for samarbeid med arbeidslivet (RSA) er lovpålagt ved "
           "institusjonene. ",
    "J08": "Hurtigsporet er et samarbeid med Akademikerne og HK-dir. ",
    "U0501": "Nasjonal EVU-kartlegging i UH-sektoren ble gjennomført i "
             "høst. ",
    "U0502": "Seminaret «Arbeidslivsrelevans i praksis» samlet over 200 "
             "deltakere. ",
}


def build_uhr(path):
    rl_setup()
    w, h = A4
    m = 18 * mm
    gap = 8 * mm
    colw = (w - 2 * m - gap) / 2
    first = [Frame(m, 18 * mm, colw, h - 56 * mm, id="l1"),
             Frame(m + colw + gap, 18 * mm, colw, h - 56 * mm, id="r1")]
    later = [Frame(m, 18 * mm, colw, h - 36 * mm, id="l2"),
             Frame(m + colw + gap, 18 * mm, colw, h - 36 * mm, id="r2")]
    doc = BaseDocTemplate(path, pagesize=A4, title="UHR-nytt 1/2065",
                          author="UHR", creator="UHR", producer="UHR")
    doc.addPageTemplates([
        PageTemplate("first", first, onPage=_masthead,
                     autoNextPageTemplate="later"),
        PageTemplate("later", later, onPage=_later)])
    hl = ParagraphStyle("h", fontName="DejaVuSerif-Bold", fontSize=13,
                        leading=16, spaceBefore=8, spaceAfter=3)
    kick = ParagraphStyle("k", fontName="DejaVu", fontSize=7.5, leading=9,
                          textColor=colors.HexColor("#0B6E99"))
    body = ParagraphStyle("b", fontName="DejaVuSerif", fontSize=9,
                          leading=12.5, spaceAfter=4)
    foot = ParagraphStyle("f", fontName="DejaVu", fontSize=7.5, leading=9,
                          textColor=colors.HexColor("#555555"),
                          spaceAfter=6)
    story = [Paragraph("Leder: Et år med arbeidslivsrelevans", hl),
             Paragraph("I denne utgaven oppsummerer vi hva UHR og "
                       "institusjonene har gjort i 2064 for å følge opp "
                       "Nasjonal kompetansepolitisk strategi. Sakene under "
                       "er også UHRs rapportering til Kompetansepolitisk "
                       "råd.", body)]
    for r in UHR:
        story.append(Paragraph(esc(HEADLINES[r["seed"]]), hl))
        story.append(Paragraph("STRATEGIOMRÅDE: " + esc(r["x"]["area"])
                               .upper(), kick))
        story.append(Paragraph(esc(LEADS[r["seed"]] + r["desc"]), body))
        line = "Ansvarlig: " + esc(r["ans"])
        if r["par"]:
            line += " · Samarbeid: " + esc(r["par"])
        story.append(Paragraph(line, foot))
    story.append(Paragraph("Kalender", hl))
    story.append(Paragraph("Neste nummer av UHR-nytt kommer i april 2065. "
                           "Tips redaksjonen om saker fra din institusjon.",
                           body))
    doc.build(story)
