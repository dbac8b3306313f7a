"""14 Agder fylkeskommune: a printed e-mail (reportlab). Three measures as a
short bullet list in the reply; the quoted request below names councils
that are not measures."""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import R

rl_config.invariant = 1

FILE = "14_Agder_fylkeskommune_epost_2061.pdf"
MEMBER = "Agder fylkeskommune"
FORMAT = "PDF generated with reportlab (printed e-mail)"
SHAPE = ("Printed e-mail reply: header block (Fra/Sendt/Til/Emne), informal bullets "
         "'Name – text (delmål x.y)', signature, then the quoted request from the secretariat")

UNIT = "Seksjon for kompetanse og karriere"
B_AGF = ("vårt eget regionale nettverk for karriereveiledere i skole, NAV og karrieresenter. "
         "Fire samlinger i 2061, ca. 70 deltakere hver gang.")
B_NFK = "vi har fortsatt plass i forumet, og karrieresenteret møter fast."
B_YRK = ("Agder har vært med i den nasjonale kampanjen, blant annet med stand og "
         "lærlingeshow på Sørlandsmessen.")

ROWS = [
    R("U22", "1.3", "Råd/utvalg/nettverk", "Agderforum for karriereveiledning", ansvarlig=UNIT,
      beskrivelse=B_AGF),
    R("M06", "1.3", "Råd/utvalg/nettverk", "NFK (Nasjonalt forum for karriereveiledning)", ansvarlig=UNIT,
      beskrivelse=B_NFK),
    R("J01", "2.3", "Informasjon", "Yrkesløftet", ansvarlig=UNIT, beskrivelse=B_YRK),
]


def build(outdir, tmpdir):
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=9, textColor=colors.HexColor("#444444"))
    quote = ParagraphStyle("q", parent=base, fontSize=9.5, leftIndent=8 * mm,
                           textColor=colors.HexColor("#333366"))
    bullet = ParagraphStyle("bl", parent=base, leftIndent=7 * mm, bulletIndent=2 * mm)
    hdr = [["Fra:", "Rådgiver kompetanse, Agder fylkeskommune"],
           ["Sendt:", "fredag 23. januar 2062 14:07"],
           ["Til:", "Sekretariatet Kompetansepolitisk råd"],
           ["Kopi:", "Karrieresenteret Agder"],
           ["Emne:", "SV: Rapportering til Kompetansepolitisk råd 2061"]]
    t = Table([[Paragraph("<b>%s</b>" % a, base), Paragraph(b, base)] for a, b in hdr],
              colWidths=[18 * mm, 150 * mm],
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story = [Paragraph("<b>Agder fylkeskommune – Outlook</b>", small), Spacer(1, 3), t, Spacer(1, 4),
             HRFlowable(width="100%", color=colors.black), Spacer(1, 6),
             Paragraph("Hei!", base),
             Paragraph("Beklager sent svar. Her kommer Agders rapportering for 2061, kort oppsummert. Alt dette "
                       "ligger under %s:" % UNIT, base)]
    for r, txt in zip(ROWS, (B_AGF, B_NFK, B_YRK)):
        story.append(Paragraph("<b>%s</b> – %s (delmål %s)" % (r["tiltak"], txt, r["delmal"]), bullet,
                               bulletText="•"))
    story += [Paragraph("Si fra om dere trenger mer, så fyller jeg gjerne ut skjemaet også.", base),
              Spacer(1, 4), Paragraph("Vennlig hilsen", base),
              Paragraph("Rådgiver kompetanse<br/>Seksjon for kompetanse og karriere<br/>Agder fylkeskommune", small),
              Spacer(1, 10),
              Paragraph("-----Opprinnelig melding-----", small),
              Paragraph("<b>Fra:</b> Sekretariatet Kompetansepolitisk råd<br/><b>Sendt:</b> 1. desember 2061 "
                        "09:12<br/><b>Emne:</b> Rapportering til Kompetansepolitisk råd 2061", small),
              Spacer(1, 4),
              Paragraph("Til medlemmene i Kompetansepolitisk råd. Vi ber om at dere rapporterer tiltak for 2061 "
                        "innen delmålene i strategien. Eksempler på tiltak kan være deltakelse i "
                        "Kompetansebehovsutvalget (KBU), Samarbeidsrådet for yrkesopplæring (SRY) eller råd for "
                        "samarbeid med arbeidslivet (RSA), prosjekter, kurs og arrangementer. Oppgi gjerne "
                        "delmål, type tiltak, ansvarlig og samarbeidspartnere.", quote),
              Paragraph("Frist for rapportering er 31. januar 2062. Bruk gjerne vedlagte skjema.", quote)]
    doc = SimpleDocTemplate(os.path.join(outdir, FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="SV: Rapportering 2061",
                            author="Agder fylkeskommune", invariant=1)
    doc.build(story)
