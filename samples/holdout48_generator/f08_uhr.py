"""08 UHR - PDF (reportlab canvas): goal-hierarchy tree diagram; delmål only visible in the figure."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from .common import register_fonts, truth_row, xesc

FILE = "08_UHR_bidrag_til_kompetansestrategien_2068.pdf"
MEMBER = "UHR"
FORMAT = "PDF (reportlab canvas, invariant), landscape figure page + portrait key page"
SHAPE = ("Goal-hierarchy tree drawn as boxes and connector lines (strategy → innsatsområde → delmål → "
         "numbered leaf boxes with short labels); the delmål of each measure is only given by where its "
         "leaf hangs in the figure; page 2 is a numbered key with full name, own type word in brackets, "
         "text, Ansvar/Partnere; one dashed leaf is a 2069 plan")

# num, seed, delmal, type, short label, full name, own word, desc, ansvar, partnere
KEY = [
    (1, "M03", "1.4", "Råd/utvalg/nettverk", "RSA-ene", "Rådene for samarbeid med arbeidslivet (RSA)", "råd",
     "UHR koordinerer nettverket av RSA-ledere og deltar i rådene ved 14 institusjoner. Felles tema i 2068 var "
     "praksis i alle studieprogram.", "UHR Utdanning", "universitetene og høyskolene"),
    (2, "M04", "1.4", "Råd/utvalg/nettverk", "FSE", "De fagstrategiske enhetene (FSE)", "nettverk, UHR leder",
     "UHR leder og drifter 22 fagstrategiske enheter. I 2068 fikk alle enhetene mandat om å involvere "
     "arbeidslivet i dimensjoneringsarbeidet.", "UHRs sekretariat", ""),
    (3, "J07", "2.2", "FoU", "LIA-samarbeidet", "Forskningssamarbeid om læring i arbeidslivet", "forskning",
     "UHR-nettverket for arbeidslivsforskning bidro med forskere til den nasjonale kartleggingen av læring i "
     "arbeidslivet som KD og SSB gjennomførte.", "UHR Forskning", "Kunnskapsdepartementet, SSB"),
    (4, "U0801", "2.4", "Informasjon", "EVU-katalogen",
     "EVU-katalogen – felles oversikt over etter- og videreutdanning", "nettkatalog",
     "Nettkatalog med 1 300 emner fra 21 institusjoner, med filter for bransje og studiepoeng.",
     "UHR Utdanning", ""),
    (5, "U0803", "2.4", "Arrangement", "EVU-konferansen", "EVU-konferansen 2068", "konferanse",
     "Årlig konferanse for EVU-ansvarlige ved universiteter og høyskoler, i år med arbeidsgiverorganisasjonene "
     "som medarrangører.", "UHR Utdanning", "NHO, Spekter"),
    (6, "U0802", "2.5", "Prosjekt", "Realkompetanse ved opptak",
     "Felles retningslinjer for opptak på grunnlag av realkompetanse", "utviklingsprosjekt",
     "I et utviklingsprosjekt med seks institusjoner er det utarbeidet felles retningslinjer for vurdering av "
     "realkompetanse ved opptak til videreutdanning. Retningslinjene ble vedtatt i november.",
     "UHR Utdanning", ""),
]

BLUE = colors.HexColor("#1B4F72")
LIGHT = colors.HexColor("#D6EAF8")


def _box(c, cx, cy, w, h, lines, fill, stroke=BLUE, dashed=False, bold_first=True, size=8.5, tcol=colors.black):
    c.saveState()
    c.setStrokeColor(stroke)
    c.setFillColor(fill)
    c.setLineWidth(0.9)
    if dashed:
        c.setDash(3, 2)
    c.roundRect(cx - w / 2, cy - h / 2, w, h, 5, stroke=1, fill=1)
    c.restoreState()
    n = len(lines)
    lead = size + 2.5
    y = cy + (n - 1) * lead / 2 - size / 3
    for i, ln in enumerate(lines):
        c.setFont("DejaVuSans-Bold" if (bold_first and i == 0) else "DejaVuSans", size)
        c.setFillColor(tcol)
        c.drawCentredString(cx, y, ln)
        y -= lead


def _link(c, x1, y1, x2, y2):
    c.saveState()
    c.setStrokeColor(colors.HexColor("#7F8C8D"))
    c.setLineWidth(0.8)
    ym = (y1 + y2) / 2
    p = c.beginPath()
    p.moveTo(x1, y1)
    p.lineTo(x1, ym)
    p.lineTo(x2, ym)
    p.lineTo(x2, y2)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _leaf(c, cx, cy, num, label, dashed=False):
    _box(c, cx, cy, 140, 34, [label], colors.white, dashed=dashed, bold_first=False, size=8)
    c.saveState()
    c.setFillColor(colors.HexColor("#AAB7B8") if dashed else BLUE)
    c.circle(cx - 70, cy + 17, 9, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans-Bold", 8.5)
    c.drawCentredString(cx - 70, cy + 14, str(num))
    c.restoreState()


def build(outdir):
    register_fonts()
    path = os.path.join(outdir, FILE)
    c = canvas.Canvas(path, pagesize=landscape(A4), invariant=1)
    c.setTitle("UHRs bidrag til kompetansestrategien 2068")
    c.setAuthor("Universitets- og høgskolerådet")
    c.setCreator("")
    c.setProducer("")
    W, H = landscape(A4)
    c.setFont("DejaVuSans-Bold", 16)
    c.setFillColor(BLUE)
    c.drawString(40, H - 45, "UHRs bidrag til kompetansestrategien i 2068")
    c.setFont("DejaVuSans", 9)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(40, H - 60, "Figur 1. Tiltakene plassert i strategiens målstruktur. Tallene viser til forklaringen "
                 "på neste side.")
    # tree
    root = (421, 480)
    a1, a2 = (170, 405), (570, 405)
    d14, d22, d24, d25 = (170, 315), (400, 315), (570, 315), (740, 315)
    leaves = {1: (95, 225), 2: (245, 225), 3: (400, 225), 4: (570, 225), 5: (570, 170), 6: (740, 225)}
    plan = (570, 115)
    _link(c, root[0], root[1] - 16, a1[0], a1[1] + 18)
    _link(c, root[0], root[1] - 16, a2[0], a2[1] + 18)
    _link(c, a1[0], a1[1] - 18, d14[0], d14[1] + 20)
    for d in (d22, d24, d25):
        _link(c, a2[0], a2[1] - 18, d[0], d[1] + 20)
    _link(c, d14[0], d14[1] - 20, leaves[1][0], leaves[1][1] + 17)
    _link(c, d14[0], d14[1] - 20, leaves[2][0], leaves[2][1] + 17)
    _link(c, d22[0], d22[1] - 20, leaves[3][0], leaves[3][1] + 17)
    _link(c, d25[0], d25[1] - 20, leaves[6][0], leaves[6][1] + 17)
    # vertical spine for the stacked leaves under 2.4
    c.saveState()
    c.setStrokeColor(colors.HexColor("#7F8C8D"))
    c.setLineWidth(0.8)
    c.line(d24[0], d24[1] - 20, d24[0], d24[1] - 47)
    c.line(d24[0], d24[1] - 47, d24[0] - 80, d24[1] - 47)
    c.line(d24[0] - 80, d24[1] - 47, d24[0] - 80, plan[1])
    for yy in (leaves[4][1], leaves[5][1], plan[1]):
        c.line(d24[0] - 80, yy, d24[0] - 70, yy)
    c.restoreState()
    _box(c, *root, 270, 32, ["Nasjonal kompetansepolitisk strategi"], BLUE, tcol=colors.white, size=9.5)
    _box(c, *a1, 230, 36, ["Innsatsområde 1", "Gode valg for den enkelte og for samfunnet"], LIGHT, size=8)
    _box(c, *a2, 230, 36, ["Innsatsområde 2", "Læring i arbeidslivet"], LIGHT, size=8)
    _box(c, *d14, 150, 40, ["Delmål 1.4", "Samarbeid mellom utdanning", "og arbeidsliv"],
         colors.HexColor("#EBF5FB"), size=7.5)
    _box(c, *d22, 150, 40, ["Delmål 2.2", "Kunnskap om læring", "i arbeidslivet"], colors.HexColor("#EBF5FB"),
         size=7.5)
    _box(c, *d24, 150, 40, ["Delmål 2.4", "Kompetansebehov koblet", "til EVU-tilbud"], colors.HexColor("#EBF5FB"),
         size=7.5)
    _box(c, *d25, 150, 40, ["Delmål 2.5", "Dokumentasjon av", "kompetanse"], colors.HexColor("#EBF5FB"), size=7.5)
    for num, seed, delmal, typ, short, *_ in KEY:
        _leaf(c, leaves[num][0], leaves[num][1], num, short)
    _leaf(c, plan[0], plan[1], 7, "KI-skole for UH-ansatte (2069)", dashed=True)
    c.setFont("DejaVuSans", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(40, 50, "Stiplet boks: planlagt tiltak for 2069, ikke en del av årets rapportering. "
                 "Kilde: UHRs sekretariat, januar 2069.")
    c.showPage()
    # key page
    c.setPageSize(A4)
    W2, H2 = A4
    y = H2 - 60
    c.setFont("DejaVuSans-Bold", 13)
    c.setFillColor(BLUE)
    c.drawString(50, y, "Forklaring til figur 1")
    y -= 22
    st = ParagraphStyle("k", fontName="DejaVuSans", fontSize=9.2, leading=12.5)
    sth = ParagraphStyle("kh", fontName="DejaVuSans-Bold", fontSize=10, leading=13)
    sts = ParagraphStyle("ks", fontName="DejaVuSans-Italic", fontSize=8.5, leading=11,
                         textColor=colors.HexColor("#444444"))
    rows = []
    for num, seed, delmal, typ, short, name, word, desc, ansvar, partn in KEY:
        c.setFillColor(BLUE)
        c.circle(58, y - 5, 8, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuSans-Bold", 8.5)
        c.drawCentredString(58, y - 8, str(num))
        for text, style, gap in ((xesc(name) + " (" + xesc(word) + ")", sth, 3), (xesc(desc), st, 2),
                                 ("Ansvar: " + xesc(ansvar) + (" · Partnere: " + xesc(partn) if partn else ""),
                                  sts, 14)):
            p = Paragraph(text, style)
            _, h = p.wrap(W2 - 75 - 50, 200)
            p.drawOn(c, 75, y - h + 4)
            y -= h + gap
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, partn, desc))
    y -= 6
    p = Paragraph("7 KI-skole for ansatte i universitets- og høyskolesektoren er under planlegging og "
                  "rapporteres eventuelt for 2069.", sts)
    _, h = p.wrap(W2 - 125, 100)
    p.drawOn(c, 75, y - h)
    c.setFont("DejaVuSans", 7.5)
    c.setFillColor(colors.HexColor("#777777"))
    c.drawString(50, 35, "Universitets- og høgskolerådet (UHR) · Rapport til Kompetansepolitisk råd · side 2")
    c.showPage()
    c.save()
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
