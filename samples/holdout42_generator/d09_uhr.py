"""09 UHR: an e-mail printed to PDF (reportlab). Measures as bullets with sub-bullets; the quoted
request from the secretariat below contains an example that is not a measure."""
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import m

FILE = "09_UHR_epost_2062.pdf"
MEMBER = "UHR"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

MEASURES = [
    m("M04", "UHRs fagstrategiske enheter", "1.4", "Råd/utvalg/nettverk",
      "UHR har fem fagstrategiske enheter (blant annet UHR-Helse og velferd, UHR-Lærerutdanning og "
      "UHR-MNT) der institusjonene samarbeider om innhold og relevans i utdanningene. Enhetene hadde "
      "arbeidslivet med i alle strategimøter i 2062.",
      ["UHR"], [], tt="råd/utvalg/nettverk"),
    m("M02", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", "Råd/utvalg/nettverk",
      "Alle universiteter og de fleste høyskoler har RSA. UHR har samlet erfaringene og laget en "
      "veileder for bedre sammensatte råd.",
      ["medlemsinstitusjonene"], [], tt="råd/utvalg/nettverk"),
    m("U15", "Nasjonal konferanse om fleksible videreutdanninger", "2.4", "Arrangement",
      "Konferanse i Trondheim 4.–5. mai med 260 deltakere fra utdanning og arbeidsliv.",
      ["UHR"], ["Fagskolerådet", "NHO", "KS"], tt="arrangement"),
    m("U16", "Kartlegging av etter- og videreutdanningsporteføljen", "2.2", "FoU",
      "Kartlegging av omfang og finansiering av EVU-tilbud ved 32 institusjoner. Rapport publisert i "
      "november.",
      ["UHR"], ["HK-dir"], tt="FoU"),
]

QUOTED = [
    "-----Opprinnelig melding-----",
    "Fra: Sekretariatet for Kompetansepolitisk råd",
    "Sendt: 1. desember 2062 09:15",
    "Emne: Rapportering 2062",
    "",
    "Til rådets medlemmer. Vi minner om fristen 20. januar. Oppgi navn, delmål og type for hvert",
    "tiltak, for eksempel «Kompetansebehovsutvalget (KBU), delmål 1.1, råd/utvalg/nettverk».",
    "Tiltak som bare er planlagt, skal ikke tas med.",
]


def _reg():
    if "DVS" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSans-Bold.ttf"))


def _wrap(c, text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Pen:
    def __init__(self, c):
        self.c, self.y = c, A4[1] - 60

    def line(self, text, font="DVS", size=10, x=60, gap=14, width=470):
        for ln in _wrap(self.c, text, font, size, width - (x - 60)) or [""]:
            if self.y < 60:
                self.c.showPage()
                self.y = A4[1] - 60
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, ln)
            self.y -= gap

    def bullet(self, sym, text, x, size=10):
        self.c.setFont("DVS", size)
        self.c.drawString(x, self.y, sym)
        self.line(text, size=size, x=x + 14)


def build(path):
    _reg()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("SV: Rapportering 2062 – UHR")
    c.setAuthor("UHR")
    p = Pen(c)
    c.setFillColor(HexColor("#444444"))
    p.line("Utskrift – e-post", "DVS", 8)
    c.setFillColor(HexColor("#000000"))
    p.y -= 6
    for k, v in [("Fra:", "Siri Mo (Universitets- og høgskolerådet)"),
                 ("Sendt:", "17. januar 2063 14:02"),
                 ("Til:", "Sekretariatet for Kompetansepolitisk råd"),
                 ("Kopi:", "UHRs direktør"),
                 ("Emne:", "SV: Rapportering 2062 – UHR")]:
        c.setFont("DVSB", 10)
        c.drawString(60, p.y, k)
        c.setFont("DVS", 10)
        c.drawString(120, p.y, v)
        p.y -= 15
    c.line(60, p.y + 5, 535, p.y + 5)
    p.y -= 14
    p.line("Hei,")
    p.y -= 4
    p.line("her kommer rapporteringen fra Universitets- og høgskolerådet (UHR) for 2062. Vi har tatt "
           "med fire tiltak:")
    p.y -= 4
    for x in MEASURES:
        p.bullet("•", x["name"], 70)
        p.bullet("–", "delmål %s, %s" % (x["delmal"], x["tt"]), 88)
        resp = "ansvarlig: " + ", ".join(x["ansv"])
        if x["partners"]:
            resp += "; partnere: " + ", ".join(x["partners"])
        p.bullet("–", resp, 88)
        p.bullet("–", x["desc"], 88)
        p.y -= 4
    p.line("Vi har ikke tatt med UHRs deltakelse i Kompetansepolitisk råd som eget tiltak. Si fra om "
           "dere trenger mer.")
    p.y -= 4
    for t in ["Vennlig hilsen", "Siri Mo", "seniorrådgiver, UHR", "Telefon 22 04 11 00"]:
        p.line(t)
    p.y -= 12
    c.setFillColor(HexColor("#555555"))
    for t in QUOTED:
        p.line(t, size=9, gap=12)
    c.showPage()
    c.save()
