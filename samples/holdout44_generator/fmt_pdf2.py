"""reportlab PDFs: 07 Kompetanseforbundet (e-mail printed to PDF, measures
inside sentences), 09 Virke (slide deck), 15 meeting agenda (no report)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from .common import rl_setup, esc
from .data1 import KOMPETANSEFORBUNDET as KF
from .data2 import VIRKE


def build_email(path):
    rl_setup()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm,
                            title="SV: Rapportering av tiltak for 2064",
                            author="Kompetanseforbundet", creator="Outlook",
                            producer="Microsoft: Print To PDF")
    hd = ParagraphStyle("hd", fontName="DejaVu", fontSize=9, leading=11)
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=10, leading=14,
                          spaceAfter=8)
    quote = ParagraphStyle("q", parent=body, textColor=colors.HexColor(
        "#444444"), fontSize=9, leading=12, leftIndent=8)
    top = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=12,
                         leading=15, spaceAfter=6)
    story = [Paragraph("Kompetanseforbundet – Postmottak", top)]
    hdr = [("Fra:", "Postmottak Kompetanseforbundet "
            "&lt;post@kompetanseforbundet.example&gt;"),
           ("Sendt:", "fredag 17. januar 2065 14:32"),
           ("Til:", "Sekretariatet Kompetansepolitisk råd"),
           ("Emne:", "SV: Rapportering av tiltak for 2064")]
    t = Table([[Paragraph("<b>%s</b>" % a, hd), Paragraph(b, hd)]
               for a, b in hdr], colWidths=[20 * mm, 140 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.8,
                            colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10)]
    j05, j04, j10, u = KF
    paras = [
        "Hei!",
        "Takk for påminnelsen. Her kommer en kort oppsummering fra "
        "Kompetanseforbundet for 2064 – vi har ikke fått fylt ut malen i år, "
        "så vi skriver det heller rett i e-posten.",
        "Det største arbeidet har vært %s (delmål 3.6), som vi leder sammen "
        "med %s. %s" % (j05["name"], j05["par"].replace(", ", " og "), j05["desc"]),
        "Vi har også vært med i %s, der %s har hovedansvaret. %s Dette hører "
        "inn under Kompetanseplussordningene i strategien."
        % (j04["name"], j04["ans"], j04["desc"]),
        "Som vanlig arrangerte vi %s sammen med %s. %s Også dette regner vi "
        "under delmål 3.6." % (j10["name"], j10["par"].replace(", ", " og "), j10["desc"]),
        "Til slutt: %s – %s Kompetanseforbundet eier plattformen, og %s har "
        "vært samarbeidspartner. Vi regner den inn under målet om læring i "
        "frivillig sektor." % (u["name"], u["desc"], u["par"]),
        "Si fra om dere trenger mer utfyllende informasjon.",
        "Vennlig hilsen<br/>Rådgiver, Kompetanseforbundet",
    ]
    story += [Paragraph(esc(p).replace("&lt;br/&gt;", "<br/>"), body)
              for p in paras]
    story.append(Paragraph("-----Opprinnelig melding-----<br/>Fra: "
                           "Sekretariatet Kompetansepolitisk råd<br/>Sendt: "
                           "mandag 6. januar 2065 09:01<br/>Emne: "
                           "Rapportering av tiltak for 2064", quote))
    story.append(Paragraph("Hei, vi minner om fristen 15. januar for "
                           "rapportering av tiltak for 2064. Bruk gjerne "
                           "malen med kolonnene tiltak, delmål, type, "
                           "ansvarlig og samarbeidspartnere.", quote))
    doc.build(story)


SW, SH = 960, 540


def _slide_base(c, n):
    c.setFillColor(colors.HexColor("#00205B"))
    c.rect(0, SH - 70, SW, 70, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F5A800"))
    c.rect(0, 0, SW, 8, stroke=0, fill=1)
    c.setFillColor(colors.grey)
    c.setFont("DejaVu", 9)
    c.drawString(30, 18, "Virke · Kompetansepolitisk råd · januar 2065")
    c.drawRightString(SW - 30, 18, str(n))


def _para(c, text, x, y, w, size=16, bold=False, color="#222222"):
    st = ParagraphStyle("p", fontName="DejaVu-Bold" if bold else "DejaVu",
                        fontSize=size, leading=size * 1.3,
                        textColor=colors.HexColor(color))
    p = Paragraph(text, st)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, y - h)
    return y - h


def build_slides(path):
    rl_setup()
    c = canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
    c.setTitle("Virke kompetansetiltak 2064")
    c.setAuthor("Virke")
    c.setCreator("PowerPoint")
    c.setProducer("PowerPoint")
    n = 1
    c.setFillColor(colors.HexColor("#00205B"))
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVu-Bold", 38)
    c.drawString(60, 300, "Virkes kompetansetiltak 2064")
    c.setFont("DejaVu", 18)
    c.drawString(60, 260, "Innspill til Kompetansepolitisk råd")
    c.drawString(60, 232, "Virke HR og kompetanse")
    c.showPage()
    n += 1
    _slide_base(c, n)
    c.setFillColor(colors.white)
    c.setFont("DejaVu-Bold", 26)
    c.drawString(30, SH - 48, "Dette skal vi gjennom")
    y = SH - 110
    for r in VIRKE:
        y = _para(c, "• " + esc(r["x"].get("title", r["name"])), 60, y, 800,
                  size=20) - 10
    c.showPage()
    for r in VIRKE:
        n += 1
        _slide_base(c, n)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 24)
        c.drawString(30, SH - 46, r["x"].get("title", r["name"]))
        c.setFillColor(colors.HexColor("#F5A800"))
        c.roundRect(SW - 250, SH - 115, 220, 32, 6, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#00205B"))
        c.setFont("DejaVu-Bold", 12)
        c.drawCentredString(SW - 140, SH - 104,
                            "Delmål %s · %s" % (r["dm"], r["x"]["own"]))
        y = SH - 140
        y = _para(c, "<b>Hva:</b> " + esc(r["desc"]), 60, y, 700) - 18
        y = _para(c, "<b>Ansvarlig:</b> " + esc(r["ans"]), 60, y, 700) - 18
        if r["par"]:
            _para(c, "<b>Partnere:</b> " + esc(r["par"]), 60, y, 700)
        c.showPage()
    n += 1
    _slide_base(c, n)
    c.setFillColor(colors.white)
    c.setFont("DejaVu-Bold", 26)
    c.drawString(30, SH - 48, "Takk!")
    _para(c, "Spørsmål kan rettes til Virke HR og kompetanse.", 60, 380, 700)
    c.showPage()
    c.save()


AGENDA = [
    ("Sak 1/65", "Godkjenning av innkalling og saksliste", []),
    ("Sak 2/65", "Referat fra møte 4/2064", []),
    ("Sak 3/65", "Rapportering av tiltak for 2064 – status",
     ["a) Sekretariatet orienterer om innkomne rapporter",
      "b) Drøfting: hvordan rapporteres felles tiltak?"]),
    ("Sak 4/65", "Kompetansebehovsutvalget (KBU): orientering om rapport "
     "2064", ["Innleder: leder av utvalget"]),
    ("Sak 5/65", "Notat om kunnskapsgrunnlag for voksnes læring",
     ["Til diskusjon, se vedlegg 2"]),
    ("Sak 6/65", "Møteplan 2065", []),
    ("Sak 7/65", "Eventuelt", []),
]


def build_agenda(path):
    rl_setup()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm,
                            rightMargin=25 * mm, topMargin=25 * mm,
                            title="Saksliste møte 1/2065",
                            author="Sekretariatet", creator="Sekretariatet",
                            producer="Sekretariatet")
    h = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=16, leading=20,
                       spaceAfter=6)
    b = ParagraphStyle("b", fontName="DejaVu", fontSize=10, leading=14)
    story = [Paragraph("Kompetansepolitisk råd", h),
             Paragraph("Innkalling og saksliste – møte 1/2065", h),
             Paragraph("Tid: 5. februar 2065 kl. 10.00–14.00<br/>Sted: "
                       "Kunnskapsdepartementet, møterom 3<br/>Vedlegg: "
                       "1) Oversikt over innkomne rapporter, 2) Notat om "
                       "voksnes læring", b), Spacer(1, 12)]
    rows = []
    for num, title, subs in AGENDA:
        txt = "<b>%s</b>" % esc(title)
        for s in subs:
            txt += "<br/>" + esc(s)
        rows.append([Paragraph(num, b), Paragraph(txt, b)])
    t = Table(rows, colWidths=[25 * mm, 135 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3,
                            colors.grey),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [t, Spacer(1, 16),
              Paragraph("Forfall meldes til sekretariatet.", b)]
    doc.build(story)
