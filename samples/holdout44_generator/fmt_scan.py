"""08 Agder fylkeskommune: printed letter with a table, 'scanned' (Pillow
image with skew, noise, blur) and embedded in a PDF without text layer."""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .common import FONT_DIR, rl_setup
from .data2 import AGDER

DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)


def _font(size, bold=False, serif=True):
    fam = "DejaVuSerif" if serif else "DejaVuSans"
    fn = fam + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(os.path.join(FONT_DIR, fn), size)


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def render_page():
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    x0 = 150
    d.text((x0, 130), "Agder fylkeskommune", font=_font(54, True, False),
           fill=20)
    d.text((x0, 200), "Fylkesdirektør kompetanse · Postboks 788 Stoa · "
           "4809 Arendal", font=_font(24, serif=False), fill=60)
    d.line((x0, 245, W - 150, 245), fill=40, width=3)
    f = _font(27)
    y = 290
    for line in ["Sekretariatet for Kompetansepolitisk råd",
                 "Kunnskapsdepartementet", "",
                 "Vår ref.: 2065/318-2          Dato: 16.01.2065"]:
        d.text((x0, y), line, font=f, fill=25)
        y += 38
    y += 30
    d.text((x0, y), "Rapportering av tiltak for 2064",
           font=_font(34, True), fill=15)
    y += 65
    intro = ("Agder fylkeskommune viser til brev om rapportering på Nasjonal "
             "kompetansepolitisk strategi. Vi har i 2064 arbeidet med "
             "tiltakene i tabellen under. Delmål er oppgitt etter "
             "nummereringen i strategien.")
    for line in _wrap(d, intro, f, W - 2 * x0):
        d.text((x0, y), line, font=f, fill=25)
        y += 38
    y += 30
    cols = [("Tiltak", 300), ("Delmål", 115), ("Type", 130),
            ("Ansvarlig", 285), ("Partnere", 225), ("Kommentar", 300)]
    ft = _font(24)
    fb = _font(24, True)
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rows = [[c for c, _ in cols]]
    for r in AGDER:
        rows.append([r["name"], r["dm"], r["x"]["own"], r["ans"],
                     r["par"] or "–", r["desc"]])
    table_top = y
    for k, row in enumerate(rows):
        font = fb if k == 0 else ft
        wrapped = [_wrap(d, txt, font, w - 20)
                   for txt, (_, w) in zip(row, cols)]
        hgt = max(len(wl) for wl in wrapped) * 34 + 20
        if k == 0:
            d.rectangle((xs[0], y, xs[-1], y + hgt), fill=225)
        for i, wl in enumerate(wrapped):
            for j, line in enumerate(wl):
                d.text((xs[i] + 10, y + 10 + j * 34), line, font=font,
                       fill=15)
        d.line((xs[0], y, xs[-1], y), fill=30, width=2)
        y += hgt
    d.line((xs[0], y, xs[-1], y), fill=30, width=2)
    for x in xs:
        d.line((x, table_top, x, y), fill=30, width=2)
    y += 60
    for line in _wrap(d, "Spørsmål om rapporteringen kan rettes til Karriere "
                      "Agder eller seksjon for kompetanse og integrering.",
                      f, W - 2 * x0):
        d.text((x0, y), line, font=f, fill=25)
        y += 38
    y += 40
    d.text((x0, y), "Med hilsen", font=f, fill=25)
    rng = random.Random(2064)
    px, py = x0 + 10, y + 95
    pts = [(px + i * 14, py + rng.randint(-18, 18)) for i in range(22)]
    d.line(pts, fill=50, width=3)
    d.text((x0, y + 130), "fylkesdirektør kompetanse", font=f, fill=25)
    return img


def scan_effects(img):
    rng = random.Random(44)
    img = img.rotate(0.55, resample=Image.BICUBIC, fillcolor=245,
                     expand=False)
    tile = Image.frombytes("L", (256, 256), rng.randbytes(256 * 256))
    tile = tile.point(lambda v: 255 - (v % 28))
    noise = Image.new("L", img.size)
    for tx in range(0, W, 256):
        for ty in range(0, H, 256):
            noise.paste(tile, (tx, ty))
    img = Image.blend(img, noise, 0.10)
    d = ImageDraw.Draw(img)
    for _ in range(500):
        x, y = rng.randrange(W), rng.randrange(H)
        d.point((x, y), fill=rng.randint(60, 160))
    d.rectangle((0, 0, 18, H), fill=200)
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    return img


def build_agder(path):
    rl_setup()
    img = render_page()
    img = scan_effects(img)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82, optimize=False)
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Skann 16.01.2065")
    c.setCreator("Canon iR-ADV C5535 ScanSnap")
    c.setProducer("Canon")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
