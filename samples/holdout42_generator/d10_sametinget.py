"""10 Sametinget: a signed paper report that was scanned (image-only PDF, mild skew and noise)."""
import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .common import m

FILE = "10_Sametinget_skannet_2062.pdf"
MEMBER = "Sametinget"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
PW, PH = 1654, 2339

MEASURES = [
    m("J06", "Veiledningsløftet i nord", "1.3", "Prosjekt",
      "Prosjektet styrker karriereveiledernes kunnskap om samisk kultur- og næringsliv. 60 veiledere "
      "deltok på samlinger i Karasjok og Bodø i 2062.",
      ["Sametinget"], ["Nordland fylkeskommune", "Troms fylkeskommune", "Finnmark fylkeskommune"]),
    m("M06", "Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk",
      "Sametinget har fast plass i forumet og har løftet behovet for karriereveiledning på samisk.",
      ["Sametinget"], []),
    m("U17", "Kompetansepluss i samiske områder", "3.2", "Kurs/utdanning",
      "Opplæring i grunnleggende ferdigheter for voksne i reindrift og duodji. Ni kurs ble "
      "gjennomført i 2062.",
      ["Sametinget"], ["HK-dir"]),
    m("U18", "Samisk næringslivsdag", "1.4", "Arrangement",
      "Møteplass mellom samiske bedrifter og utdanningstilbydere, holdt i Kautokeino i oktober.",
      ["Sametinget"], ["Samisk høgskole"]),
]


def _wrap(draw, text, font, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def _page():
    img = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(FONTDIR + "DejaVuSerif.ttf", 31)
    bold = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 33)
    big = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf", 44)
    x0, y = 170, 190
    d.text((x0, y), "SAMETINGET", font=big, fill=20)
    y += 70
    d.text((x0, y), "Opplæringsavdelingen", font=reg, fill=30)
    d.text((1180, y), "Dato: 18.01.2063", font=reg, fill=30)
    y += 100
    d.text((x0, y), "Rapportering til Kompetansepolitisk råd 2062", font=bold, fill=15)
    y += 80
    for ln in _wrap(d, "Sametinget rapporterer her på tiltakene vi har hatt ansvar for eller "
                       "deltatt i gjennom året.", reg, PW - 2 * x0):
        d.text((x0, y), ln, font=reg, fill=25)
        y += 46
    y += 30
    for i, x in enumerate(MEASURES, 1):
        d.text((x0, y), "%d. %s" % (i, x["name"]), font=bold, fill=15)
        y += 54
        d.text((x0 + 40, y), "Delmål: %s" % x["delmal"], font=reg, fill=25)
        d.text((x0 + 420, y), "Tiltakstype: %s" % x["type"], font=reg, fill=25)
        y += 44
        meta = ["Ansvarlig: %s" % ", ".join(x["ansv"])]
        if x["partners"]:
            meta.append("Samarbeid: %s" % ", ".join(x["partners"]))
        for t in meta + [x["desc"]]:
            for ln in _wrap(d, t, reg, PW - 2 * x0 - 40):
                d.text((x0 + 40, y), ln, font=reg, fill=25)
                y += 44
        y += 36
    y += 40
    d.text((x0, y), "Med hilsen", font=reg, fill=25)
    d.text((x0, y + 110), "Sametingets opplæringsavdeling", font=reg, fill=25)
    d.line((x0, y + 100, x0 + 380, y + 100), fill=90, width=2)
    stamp = Image.new("L", (520, 150), 255)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((4, 4, 515, 145), outline=140, width=5)
    sd.text((40, 45), "MOTTATT 20 JAN 2063", font=bold, fill=140)
    stamp = stamp.rotate(8, expand=True, fillcolor=255)
    img.paste(Image.eval(stamp, lambda v: v), (1050, 2000), Image.eval(stamp, lambda v: 255 - v))
    return img


def _scan(img):
    rng = np.random.default_rng(2062)
    img = img.rotate(-0.6, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0, 6, a.shape)
    specks = rng.random(a.shape) < 0.0002
    a[specks] = 60
    a[:, :18] = 200
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def build(path):
    img = _scan(_page())
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80, optimize=False, progressive=False, dpi=(DPI, DPI))
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Scanner KM-3060")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
