"""08 UHR: landscape matrix (reportlab). Measures are rows; the 16 delmål and
the six types are columns marked with symbols."""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import R, DELMAL, TYPES

rl_config.invariant = 1

FILE = "08_UHR_tiltaksmatrise_2061.pdf"
MEMBER = "UHR"
FORMAT = "PDF generated with reportlab (landscape)"
SHAPE = ("Landscape matrix: one row per measure, one narrow column per delmål (● main goal, "
         "○ also contributes) and one column per type (X); ansvarlig and description columns")

TYPE_ABBR = {"FoU": "FoU", "Kurs/utdanning": "Kurs", "Råd/utvalg/nettverk": "Råd",
             "Prosjekt": "Prosj.", "Informasjon": "Info", "Arrangement": "Arr."}

# (row, secondary delmål)
_DATA = [
    (R("M01", "1.1", "Råd/utvalg/nettverk", "Medlem av KBU",
       ansvarlig="UHR-sekretariatet",
       beskrivelse="UHR har ett medlem i Kompetansebehovsutvalget og har levert statistikk om "
                   "etter- og videreutdanning ved institusjonene."), ["2.2"]),
    (R("M04", "1.4", "Råd/utvalg/nettverk", "UHRs fagstrategiske enheter (UHR-FSE)",
       ansvarlig="UHR-sekretariatet",
       beskrivelse="De fagstrategiske enhetene samler dekaner og ledere innen hvert fagområde. I 2061 hadde "
                   "enhetene dialogmøter med arbeidslivet om relevansen i utdanningene, blant annet i "
                   "helse, teknologi og lærerutdanning."), ["2.4"]),
    (R("M02", "1.4", "Råd/utvalg/nettverk", "Råd for samarbeid med arbeidslivet (RSA)",
       ansvarlig="Medlemsinstitusjonene",
       beskrivelse="Alle medlemsinstitusjonene har et RSA der arbeidslivet er representert. Rådene gir "
                   "innspill til studieporteføljen og til nye etter- og videreutdanningstilbud."), ["2.4"]),
    (R("U13", "1.4", "FoU", "Kartlegging av hvordan RSA fungerer ved institusjonene",
       ansvarlig="UHR-sekretariatet", partnere="NIFU",
       beskrivelse="Spørreundersøkelse til RSA-ledere og arbeidslivsrepresentanter om mandat, "
                   "møtehyppighet og innflytelse. Rapport publisert i november 2061."), []),
    (R("U14", "2.4", "Informasjon", "EVU-portalen for universiteter og høyskoler",
       ansvarlig="UHR-sekretariatet", partnere="Kompetanse Norge",
       beskrivelse="Felles nettportal som viser etter- og videreutdanningstilbud fra alle "
                   "medlemsinstitusjonene. Portalen fikk søkefunksjon for arbeidsgivere i 2061."), ["2.1"]),
]
ROWS = [d[0] for d in _DATA]


def build(outdir, tmpdir):
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=7.5, leading=9)
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", fontSize=7, alignment=1)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=5)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
    hdr = ([Paragraph("Tiltak", head)] + list(DELMAL) + [TYPE_ABBR[t] for t in TYPES]
           + [Paragraph("Ansvarlig / samarbeid", head), Paragraph("Beskrivelse", head)])
    top = (["", "Delmål"] + [""] * (len(DELMAL) - 1) + ["Type tiltak"] + [""] * 5 + ["", ""])
    data = [top, hdr]
    for r, secondary in _DATA:
        row = [Paragraph("<b>%s</b>" % r["tiltak"], cell)]
        for dm in DELMAL:
            row.append("●" if dm == r["delmal"] else ("○" if dm in secondary else ""))
        for t in TYPES:
            row.append("X" if t == r["type"] else "")
        resp = r["ansvarlig"] + ("<br/><i>Samarbeid: %s</i>" % ", ".join(r["partnere"].split("; "))
                                 if r["partnere"] else "")
        row += [Paragraph(resp, cell), Paragraph(r["beskrivelse"], cell)]
        data.append(row)
    nd, nt = len(DELMAL), len(TYPES)
    widths = [38] + [6] * nd + [8] * nt + [32, 56]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#888888")),
        ("SPAN", (1, 0), (nd, 0)), ("SPAN", (nd + 1, 0), (nd + nt, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e8edf3")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, 0), 8),
        ("ALIGN", (1, 0), (nd + nt, -1), "CENTER"),
        ("FONTNAME", (1, 2), (nd + nt, -1), "DejaVu"), ("FONTSIZE", (1, 2), (nd + nt, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (1, 1), (nd + nt, 1), "Helvetica-Bold"), ("FONTSIZE", (1, 1), (nd + nt, 1), 6.5),
        ("LEFTPADDING", (1, 0), (nd + nt, -1), 1), ("RIGHTPADDING", (1, 0), (nd + nt, -1), 1),
    ])
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    t = Table(data, colWidths=[w * mm for w in widths], style=style, repeatRows=2)
    story = [Paragraph("Universitets- og høgskolerådet – tiltaksmatrise 2061", title),
             Paragraph("Rapportering til Kompetansepolitisk råd. Matrisen viser hvilke delmål i Nasjonal "
                       "kompetansepolitisk strategi tiltakene bidrar til, og hvilken type tiltak det er.", body),
             t, Spacer(1, 5),
             Paragraph("Tegnforklaring: ● = tiltakets hovedmål, ○ = tiltaket bidrar også til dette delmålet. "
                       "Type: FoU = forskning og utvikling/utredning, Kurs = kurs/utdanning, Råd = råd, utvalg "
                       "eller nettverk, Prosj. = prosjekt, Info = informasjon, Arr. = arrangement.",
                       ParagraphStyle("n", parent=cell, fontName="DejaVu", fontSize=7.5))]
    doc = SimpleDocTemplate(os.path.join(outdir, FILE), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="Tiltaksmatrise 2061", author="UHR", invariant=1)
    doc.build(story)
