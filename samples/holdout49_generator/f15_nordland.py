"""15 Nordland fylkeskommune - scanned paper copy of a printed report table in which one measure has been
struck through by pen with a handwritten margin note; image only, no text layer."""
import io
import os
import textwrap
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import ImageReader
from .common import truth_row, result, FONT_DIR

FILE = "15_Nordland_fylkeskommune_rapport_2069_skannet.pdf"
MEMBER = "Nordland fylkeskommune"
FORMAT = "PDF, image only: two scanned pages (Pillow render at 200 dpi, pen marks, skew, noise, JPEG)"
SHAPE = ("Scan of a printed report table (Nr / Tiltak with the description under the bold name / Delmål / Type "
         "/ Ansvar og samarbeid) that someone has marked up by hand before sending: row 5 is struck through "
         "with blue pen and annotated «Utgår – flyttes til 2070» in the margin, a handwritten tick and initials "
         "on page 1; one type cell empty; no text layer")
TRAPS = ("row 5 «Digital kompetanse for ansatte i reiselivet» is struck through by hand (moved to 2070) – its "
         "printed text is still legible; handwritten notes; letterhead, signature")

# seed, delmal, type, name, own type, ansvar, samarbeid, text
MEAS = [
    ("M03", "1.4", "Råd/utvalg/nettverk", "RSA ved Nord universitet", "Råd", "Seksjon for kompetanse",
     "Nord universitet",
     "Fylkeskommunen er medlem i rådet og har bidratt til nye deltidstilbud i havbruk og helse for ansatte i "
     "regionen."),
    ("J09", "1.2", "Råd/utvalg/nettverk", "Kompetansepartnerskap Nord", "Partnerskap", "Fylkesrådet",
     "KS Nordland, NAV og partene",
     "Partnerskapet samordner kompetansetiltak mellom fylkeskommunen, kommunene og partene. Fem samlinger og "
     "en felles handlingsplan i 2069."),
    ("U1502", "1.3", "Prosjekt", "Mobil karriereveiledning på Helgeland", "Prosjekt", "Karriere Nordland",
     "kommunene på Helgeland",
     "Karriereveiledere reiste til 12 kommuner og ga veiledning på arbeidsplasser og biblioteker. 430 "
     "veiledningssamtaler."),
    ("J06", "3.2", "Prosjekt", "Lese- og skrivesirkler (Kompetansepluss frivillighet)", "",
     "Seksjon for kompetanse", "VOFO og studieforbundene",
     "Fylkeskommunen har bidratt med lokaler og rekruttering til sirkler i regi av studieforbundene. 31 sirkler "
     "i 12 kommuner."),
    (None, "2.1", None, "Digital kompetanse for ansatte i reiselivet", "Kurs", "Seksjon for næring", "",
     "Kursrekke for ansatte i reiselivsbedrifter i Lofoten og Vesterålen."),
    ("U1501", "3.1", "Kurs/utdanning", "Fagbrev for voksne i havbruk", "Kurs", "Seksjon for videregående opplæring",
     "havbruksbedriftene",
     "Fagbrevløp for voksne i akvakulturfaget med samlinger på Sortland og Brønnøysund og praksis i egen "
     "bedrift. 44 deltakere."),
    ("U1503", "3.3", "Prosjekt", "Arbeidspraksis som læringsarena", "Prosjekt", "Seksjon for kompetanse",
     "NAV Nordland",
     "Samarbeid med NAV om at arbeidssøkere i praksisplass får dokumentert det de lærer, med kompetansebevis "
     "fra fylkeskommunen. 160 deltakere."),
]

PW, PH = 1654, 2339
X0, X1 = 150, PW - 150
COLS = [("Nr", 70), ("Tiltak", 640), ("Delmål", 120), ("Type", 160), ("Ansvar og samarbeid", 364)]
INK = (28, 52, 150)


def F(name, size):
    return ImageFont.truetype(os.path.join(FONT_DIR, name), size)


def _wrap(d, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if d.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _table_header(d, y):
    fb = F("DejaVuSerif-Bold.ttf", 25)
    x = X0
    d.rectangle((X0, y, X1, y + 50), fill=(225, 225, 225), outline=(0, 0, 0), width=2)
    for h, w in COLS:
        d.text((x + 8, y + 11), h, font=fb, fill=(0, 0, 0))
        x += w
        if x < X1:
            d.line((x, y, x, y + 50), fill=(0, 0, 0), width=2)
    return y + 50


def _row(d, y, nr, m):
    seed, dm, typ, name, own, ans, part, text = m
    fr, fb, fs = F("DejaVuSerif.ttf", 24), F("DejaVuSerif-Bold.ttf", 24), F("DejaVuSerif.ttf", 22)
    lh = 32
    name_l = _wrap(d, name, fb, COLS[1][1] - 16)
    text_l = _wrap(d, text, fr, COLS[1][1] - 16)
    ans_l = _wrap(d, ans, fs, COLS[4][1] - 16)
    part_l = _wrap(d, "Med: " + part, fs, COLS[4][1] - 16) if part else []
    n = max(len(name_l) + len(text_l), len(ans_l) + len(part_l), 1)
    h = n * lh + 20
    xs = [X0]
    for _, w in COLS:
        xs.append(xs[-1] + w)
    d.rectangle((X0, y, X1, y + h), outline=(0, 0, 0), width=2)
    for x in xs[1:-1]:
        d.line((x, y, x, y + h), fill=(0, 0, 0), width=2)
    d.text((xs[0] + 10, y + 10), str(nr), font=fr, fill=(0, 0, 0))
    yy = y + 10
    for ln in name_l:
        d.text((xs[1] + 8, yy), ln, font=fb, fill=(0, 0, 0))
        yy += lh
    for ln in text_l:
        d.text((xs[1] + 8, yy), ln, font=fr, fill=(0, 0, 0))
        yy += lh
    d.text((xs[2] + 10, y + 10), dm, font=fr, fill=(0, 0, 0))
    d.text((xs[3] + 8, y + 10), own, font=fr, fill=(0, 0, 0))
    yy = y + 12
    for ln in ans_l + part_l:
        d.text((xs[4] + 8, yy), ln, font=fs, fill=(0, 0, 0))
        yy += lh
    return y + h


def _hand(img, xy, text, size, angle):
    layer = Image.new("RGBA", (int(len(text) * size * 0.75) + 40, size * 2), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((10, 5), text, font=F("DejaVuSans-Oblique.ttf", size), fill=INK + (235,))
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    img.paste(layer, xy, layer)


def _pen_strike(d, rng, x0, x1, y, amp=5):
    pts = []
    for k, x in enumerate(range(x0, x1, 18)):
        pts.append((x, y + amp * np.sin(k / 2.3) + rng.normal(0, 1.2)))
    d.line(pts, fill=INK, width=4, joint="curve")


def _pages(rng):
    pages = []
    rows = []
    # ---- page 1
    img = Image.new("RGB", (PW, PH), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((X0, 120), "Nordland fylkeskommune", font=F("DejaVuSerif-Bold.ttf", 40), fill=(0, 0, 0))
    d.text((X0, 172), "Nordlánnda fylkkasuohkan", font=F("DejaVuSerif-Italic.ttf", 26), fill=(60, 60, 60))
    d.text((X1 - 430, 130), "Vår dato: 23.01.2070", font=F("DejaVuSerif.ttf", 24), fill=(0, 0, 0))
    d.text((X1 - 430, 164), "Vår ref.: 2069/18822", font=F("DejaVuSerif.ttf", 24), fill=(0, 0, 0))
    d.line((X0, 222, X1, 222), fill=(0, 0, 0), width=3)
    d.text((X0, 265), "Rapport til Kompetansepolitisk råd – tiltak i 2069", font=F("DejaVuSerif-Bold.ttf", 36),
           fill=(0, 0, 0))
    y = 330
    for ln in textwrap.wrap("Nordland fylkeskommune rapporterer her tiltakene for 2069. Tabellen er hentet fra "
                            "fylkeskommunens årsrapport for kompetanseområdet.", 86):
        d.text((X0, y), ln, font=F("DejaVuSerif.ttf", 25), fill=(0, 0, 0))
        y += 36
    y += 20
    y = _table_header(d, y)
    for i in range(4):
        y = _row(d, y, i + 1, MEAS[i])
    d.text((X1 - 90, PH - 120), "1/2", font=F("DejaVuSerif.ttf", 22), fill=(0, 0, 0))
    _hand(img, (X1 - 250, 40), "OK 24/1 HL", 34, 4)
    d.line((X1 - 300, 70, X1 - 285, 90, X1 - 255, 45), fill=INK, width=5, joint="curve")
    pages.append(img)
    # ---- page 2
    img = Image.new("RGB", (PW, PH), (255, 255, 255))
    d = ImageDraw.Draw(img)
    y = 150
    y = _table_header(d, y)
    for i in range(4, 7):
        y0 = y
        y = _row(d, y, i + 1, MEAS[i])
        if MEAS[i][0] is None:
            for k, yy in enumerate(range(y0 + 22, y - 8, 30)):
                _pen_strike(d, rng, X0 + 10, X1 - 20, yy, amp=4 + k)
            d.line((X0 + 20, y - 12, X1 - 40, y0 + 14), fill=INK, width=4)
            _hand(img, (X0 + 520, y + 6), "Utgår – flyttes til 2070", 36, 3)
            y += 72
    y += 60
    fr = F("DejaVuSerif.ttf", 25)
    for ln in ("Med hilsen", "", "Hilde Lorentzen", "seksjonsleder, Seksjon for kompetanse"):
        d.text((X0, y), ln, font=fr, fill=(0, 0, 0))
        y += 38
    d.text((X1 - 90, PH - 120), "2/2", font=F("DejaVuSerif.ttf", 22), fill=(0, 0, 0))
    pages.append(img)
    for m in MEAS:
        seed, dm, typ, name, own, ans, part, text = m
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    return pages, rows


def _scan(img, rng, angle):
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    a = np.asarray(img, dtype=np.float32)
    a = a * np.array([0.94, 0.94, 0.92]) + np.array([12, 12, 14])
    a += rng.normal(0, 5.5, a.shape[:2])[..., None]
    specks = rng.random(a.shape[:2]) < 0.0008
    a[specks] = 70
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "RGB").filter(ImageFilter.GaussianBlur(0.55))


def build(outdir):
    rng = np.random.default_rng(491515)
    pages, rows = _pages(rng)
    path = os.path.join(outdir, FILE)
    W, H = PW * 72.0 / 200, PH * 72.0 / 200
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("SCAN0147")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for k, p in enumerate(pages):
        s = _scan(p, rng, (-0.45, 0.35)[k])
        buf = io.BytesIO()
        s.save(buf, "JPEG", quality=78, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
