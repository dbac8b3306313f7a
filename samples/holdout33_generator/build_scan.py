"""Spekter: a printed table page, 'scanned' (rotation, noise) into an image PDF."""
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import FIXED

DPI = 200
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _font(name, pt):
    return ImageFont.truetype(FONT_DIR + name, int(pt * DPI / 72))


def _wrap(draw, text, font, width):
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def build_spekter(out_dir, fname, rows):
    W, H = int(8.27 * DPI), int(11.69 * DPI)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    big, bold = _font("DejaVuSans-Bold.ttf", 20), _font("DejaVuSans-Bold.ttf", 10.5)
    reg, small = _font("DejaVuSans.ttf", 10), _font("DejaVuSans.ttf", 8.5)
    title = _font("DejaVuSans-Bold.ttf", 13)
    code = _font("DejaVuSans.ttf", 11.5)
    x0, y = int(0.9 * DPI), int(0.8 * DPI)
    d.text((x0, y), "SPEKTER", font=big, fill=20)
    d.text((x0, y + 70), "Arbeidsgiverforeningen Spekter · Postboks 7086 Majorstuen · "
           "0306 Oslo", font=small, fill=60)
    y += 170
    d.text((x0, y), "Rapportering av tiltak 2053 – Kompetansepolitisk råd",
           font=title, fill=0)
    y += 70
    intro = ("Spekter rapporterer tiltak gjennomført i 2053 i helseforetakene og i "
             "andre medlemsvirksomheter. Delmål viser til nummer i strategien.")
    for line in _wrap(d, intro, reg, W - 2 * x0):
        d.text((x0, y), line, font=reg, fill=0)
        y += 36
    y += 30
    cols = [("Delmål", 0.75), ("Tiltak", 1.9), ("Type", 0.9), ("Beskrivelse", 2.95)]
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + int(w * DPI))
    pad, lh = 12, 34
    d.rectangle([xs[0], y, xs[-1], y + 50], fill=215)
    for (h, _), x in zip(cols, xs):
        d.text((x + pad, y + 10), h, font=bold, fill=0)
    top = y
    y += 50
    for r in rows:
        cells = [(r["delmal"], code), (r["tiltak"], bold), (r["tt"], reg),
                 (r["desc"], reg)]
        wrapped = [_wrap(d, t, f, xs[i + 1] - xs[i] - 2 * pad)
                   for i, (t, f) in enumerate(cells)]
        h = max(len(w) for w in wrapped) * lh + 2 * pad
        for i, (lines, (_, f)) in enumerate(zip(wrapped, cells)):
            for k, line in enumerate(lines):
                d.text((xs[i] + pad, y + pad + k * lh), line, font=f, fill=0)
        d.line([xs[0], y, xs[-1], y], fill=0, width=2)
        y += h
    d.line([xs[0], y, xs[-1], y], fill=0, width=2)
    for x in xs:
        d.line([x, top, x, y], fill=0, width=2)
    y += 80
    d.text((x0, y), "Oslo, 29. januar 2054", font=reg, fill=0)
    d.text((x0, y + 50), "Med vennlig hilsen", font=reg, fill=0)
    d.text((x0, y + 150), "Kari Østby Lien", font=reg, fill=0)
    d.text((x0, y + 186), "direktør for kompetanse og utdanning", font=small, fill=40)
    d.text((W - 3.2 * DPI, H - 0.9 * DPI), "Side 1 av 1", font=small, fill=60)

    rnd = random.Random(2053)
    img = img.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(int(W * H * 0.0025)):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((0, 60, 110, 180))
    for _ in range(40):
        x, yy = rnd.randrange(W - 6), rnd.randrange(H - 6)
        ImageDraw.Draw(img).ellipse([x, yy, x + rnd.randint(2, 5), yy + rnd.randint(2, 5)],
                                    fill=rnd.randint(40, 120))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 14)
    img = Image.composite(img, shade, img.point(lambda v: 255 if v < 250 else 0))
    path = os.path.join(out_dir, fname)
    img.save(path, "PDF", resolution=DPI, title="Skannet dokument",
             author="Spekter", creator="Scanner ScanDocs 4.2",
             producer="ScanDocs", creationDate=FIXED.timetuple(),
             modDate=FIXED.timetuple())
    return path
