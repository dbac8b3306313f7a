"""YS: a printed and signed letter that was folded in three for the envelope, hole-punched and stapled at the
secretariat, then scanned. Image only: Pillow render at 200 dpi, JPEG in a reportlab PDF, no text layer."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FOU, KURS, PROSJEKT, RAD, FONT_DIR, row, setup_reportlab

FILENAME = "Skann_YS_20780115_0932.pdf"
MEMBER = "YS"
FORMAT = ("PDF, image only: one 200-dpi grey JPEG page (Pillow render: 0.8° skew, two fold creases from a "
          "tri-folded letter, two hole-punch shadows, staple mark, seeded noise) wrapped by reportlab; no text layer")
SHAPE = ("scanned signed letter: letterhead, date, addressee, a short intro and a compact ruled table Tiltak / Mål "
         "i strategien / Art / Hvem (ansvar, med) – delmål as code or code+words, the kind in YS's words (missing "
         "once) –, then one paragraph with a 2076 and a 2078 item; descriptions are not given")
NOT_TRUTH = ("the letterhead, date and address lines, the intro, the table header, the paragraph 'Fullført i 2076: "
             "Finansskolen for tillitsvalgte. Planlagt for 2078: Lederskole i Delta.', the signature, the fold "
             "creases and punch holes")
IMAGE_ONLY = True

# name, mål cell, art, hvem (ansvar; med), truth
ITEMS = [
    ("Samarbeidsrådet for yrkesopplæring", "2.3", "råd", ("YS (Delta)", ""), ("M02", "2.3", RAD)),
    ("Fagbrev på jobb – reiseliv og servering", "2.5 Dokumentere kompetanse", "prosjekt",
     ("Parat", "NHO Reiseliv"), ("J05", "2.5", PROSJEKT)),
    ("Kurs i kompetanseplaner for tillitsvalgte", "2.4", "kurs", ("Negotia", "YS"), ("U", "2.4", KURS)),
    ("Delta-seminaret om livslang læring", "2.2 Kunnskap om læring", "seminar", ("Delta", ""),
     ("U", "2.2", ARR)),
    ("Kartlegging av kompetansebehov i finansnæringen", "2.4", "", ("Finansforbundet", "Finans Norge"),
     ("U", "2.4", FOU)),
]

W, H = 1654, 2339


def _font(size, bold=False, serif=True):
    name = ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf") if serif else \
        ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _render() -> Image.Image:
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f, fb, fs = _font(30), _font(30, True), _font(26)
    d.text((150, 150), "YS", font=_font(72, True, False), fill=30)
    d.text((290, 170), "Yrkesorganisasjonenes Sentralforbund", font=_font(32, False, False), fill=40)
    d.line((150, 260, 1500, 260), fill=60, width=3)
    y = 320
    for ln in ["Sekretariatet for Kompetansepolitisk råd", "v/ HK-dir", "", "Oslo, 12. januar 2078"]:
        d.text((150, y), ln, font=f, fill=20)
        y += 44
    y += 30
    d.text((150, y), "YS' rapportering for 2077", font=_font(36, True), fill=10)
    y += 70
    for ln in ["Vi viser til brev om rapportering og sender under en oversikt over tiltakene",
               "YS og forbundene gjennomførte i 2077."]:
        d.text((150, y), ln, font=f, fill=20)
        y += 44
    y += 30
    cols = [150, 790, 1080, 1210, 1510]
    d.line((150, y, 1510, y), fill=30, width=2)
    for x, h in zip(cols, ["Tiltak", "Mål i strategien", "Art", "Hvem"]):
        d.text((x + 8, y + 10), h, font=fb, fill=10)
    y += 56
    d.line((150, y, 1510, y), fill=30, width=2)
    for name, mal, art, (ansv, med), _t in ITEMS:
        y0 = y
        words, lines, cur = name.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=fs) < 620:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        for i, ln in enumerate(lines):
            d.text((158, y + 10 + 36 * i), ln, font=fs, fill=15)
        mal_lines = [mal] if len(mal) < 16 else [mal.split(" ", 1)[0], mal.split(" ", 1)[1]]
        for i, ln in enumerate(mal_lines):
            d.text((798, y + 10 + 36 * i), ln, font=fs, fill=15)
        d.text((1088, y + 10), art, font=fs, fill=15)
        hv = [ansv] + ([f"med {med}"] if med else [])
        for i, ln in enumerate(hv):
            d.text((1218, y + 10 + 36 * i), ln, font=_font(22), fill=15)
        y += max(len(lines), len(mal_lines), len(hv)) * 36 + 24
        d.line((150, y, 1510, y), fill=90, width=1)
    for x in cols:
        d.line((x, y - (y - 0), x, y), fill=0, width=0)
    y += 40
    for ln in ["Fullført i 2076: Finansskolen for tillitsvalgte. Planlagt for 2078: Lederskole i Delta.",
               "", "Med vennlig hilsen", "", ""]:
        d.text((150, y), ln, font=f, fill=20)
        y += 44
    # signature scribble
    rnd = random.Random(57)
    pts = [(160 + i * 12, y - 20 + int(18 * rnd.random())) for i in range(30)]
    d.line(pts, fill=40, width=3)
    d.text((150, y + 20), "Randi Solberg, fagsjef kompetanse", font=f, fill=20)
    # fold creases at 1/3 and 2/3 height
    for fy in (H // 3, 2 * H // 3):
        d.line((0, fy, W, fy + 6), fill=200, width=3)
        d.line((0, fy + 3, W, fy + 9), fill=255, width=2)
    # hole punches and staple
    for hy in (H // 2 - 300, H // 2 + 300):
        d.ellipse((40, hy - 32, 104, hy + 32), fill=70)
        d.ellipse((46, hy - 26, 98, hy + 26), fill=25)
    d.line((70, 60, 150, 40), fill=90, width=6)
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=250)
    px = img.load()
    rnd = random.Random(5701)
    for _ in range(5000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((60, 120, 180))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    img = _render()
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=72)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("ScanSnap Manager")
    c.setTitle("Skann_YS_20780115_0932")
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for name, _mal, _art, (ansv, med), (seed, code, typ) in ITEMS:
        rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, ""))
    return rows


def text(path) -> str:
    """Image only: the text a reader would OCR is the rendered source text."""
    out = []
    for name, mal, art, (ansv, med), _t in ITEMS:
        out.append(f"{name} {mal} {art} {ansv} {med}")
    return "\n".join(out)
