"""10 Sametinget: a printed-and-scanned report. Rendered with PIL, rotated a
little, speckled, and placed as the only content of a PDF page (no text layer)."""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .common import R

rl_config.invariant = 1

FILE = "10_Sametinget_rapport_2061_skannet.pdf"
MEMBER = "Sametinget"
FORMAT = "Scanned PDF (image only: PIL render, 0.7° skew, speckle noise, 200 dpi)"
SHAPE = ("Scanned letter-style report, one page; each measure as a bold heading followed by "
         "'Delmål:', 'Type:', 'Ansvarlig:', 'Samarbeid:' lines and a short text; no text layer")

ROWS = [
    R("M01", "1.1", "Råd/utvalg/nettverk", "Sametingets representant i Kompetansebehovsutvalget",
      ansvarlig="Opplæringsavdelingen",
      beskrivelse="Sametinget har en fast representant i utvalget. I 2061 har representanten arbeidet for "
                  "at utvalget bruker data om kompetansebehov i samiske områder."),
    R("U17", "3.2", "Prosjekt", "Kompetansepluss i samiske områder",
      ansvarlig="Opplæringsavdelingen", partnere="Kompetanse Norge; Samisk høgskole",
      beskrivelse="Fem prosjekter med opplæring i lesing, regning og digitale ferdigheter for ansatte i "
                  "reindrift, duodji og reiseliv. Undervisningen foregår på samisk og norsk."),
    R("U18", "1.3", "Kurs/utdanning", "Kurs i samisk nærings- og kulturliv for karriereveiledere",
      ansvarlig="Næringsavdelingen", partnere="Karriere Nordland; Karriere Troms og Finnmark",
      beskrivelse="To kurs for karriereveiledere og rådgivere om samisk kultur og næringsliv. "
                  "64 veiledere deltok."),
]

DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        test = (cur + " " + w).strip()
        if draw.textlength(test, font=font) <= width:
            cur = test
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _page():
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30)
    fb = ImageFont.truetype(FONT_B, 31)
    ft = ImageFont.truetype(FONT_B, 44)
    x0, width, y = 190, W - 380, 170
    d.text((x0, y), "SÁMEDIGGI  SAMETINGET", font=fb, fill=40)
    y += 48
    d.text((x0, y), "Avjovárgeaidnu 50, 9730 Karasjok", font=f, fill=70)
    d.text((W - 560, y), "Dato: 24.01.2062", font=f, fill=40)
    y += 110
    d.text((x0, y), "Rapport til Kompetansepolitisk råd 2061", font=ft, fill=20)
    y += 80

    def para(text, font=f, gap=14):
        nonlocal y
        for line in _wrap(d, text, font, width):
            d.text((x0, y), line, font=font, fill=25)
            y += font.size + 12
        y += gap

    para("Sametinget rapporterer her tiltak i 2061 som bidrar til Nasjonal kompetansepolitisk strategi. "
         "Tiltakene er beskrevet med delmål, type og ansvarlig avdeling.", gap=26)
    for r in ROWS:
        para(r["tiltak"], fb, gap=4)
        for lab, val in (("Delmål", r["delmal"]), ("Type", r["type"]), ("Ansvarlig", r["ansvarlig"]),
                         ("Samarbeid", ", ".join(r["partnere"].split("; ")))):
            if val:
                para("%s: %s" % (lab, val), gap=0)
        para(r["beskrivelse"], gap=30)
    y += 20
    para("Med hilsen", gap=0)
    para("Opplæringsavdelingen, Sametinget", gap=0)
    return img


def _scan(img):
    rnd = random.Random(4161)
    img = img.rotate(0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    d = ImageDraw.Draw(img)
    for _ in range(1800):
        x, y = rnd.randrange(W), rnd.randrange(H)
        s = rnd.choice((0, 1, 1, 2))
        d.rectangle((x, y, x + s, y + s), fill=rnd.randrange(120, 210))
    for _ in range(6):  # faint streaks from the scanner glass
        x = rnd.randrange(W)
        d.line((x, 0, x + rnd.randrange(-3, 4), H), fill=rnd.randrange(215, 235), width=1)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img.point(lambda v: min(255, int(v * 0.93) + 14))


def build(outdir, tmpdir):
    img = _scan(_page())
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    buf.seek(0)
    c = canvas.Canvas(os.path.join(outdir, FILE), pagesize=A4, invariant=1)
    c.setTitle("Skannet dokument")
    c.setAuthor("Scanner")
    c.drawImage(ImageReader(Image.open(buf)), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
