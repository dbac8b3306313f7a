"""VOFO: a printed table scanned back in (image-only PDF, 200 dpi, A4
landscape, slightly skewed, grey noise, no text layer)."""
from __future__ import annotations

import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import DM_NB, FIXED_DT, fix_pdf
from .data_b import VOFO

DPI = 200
W, H = int(11.69 * DPI), int(8.27 * DPI)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def wrap(draw, text, font, width):
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def render():
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(FONT_B, 40)
    f_head = ImageFont.truetype(FONT_B, 25)
    f = ImageFont.truetype(FONT, 25)
    f_small = ImageFont.truetype(FONT, 22)
    x0, y = 130, 120
    d.text((x0, y), "VOFO – Voksenopplæringsforbundet", font=f_title, fill=0)
    y += 62
    d.text((x0, y), "Tiltak 2051 – rapport til Kompetansepolitisk råd",
           font=f_head, fill=0)
    y += 48
    d.text((x0, y), "Oversikten omfatter tiltak i regi av VOFO og "
           "studieforbundene i fellesskap. Delmål etter strategien.",
           font=f_small, fill=30)
    y += 60
    cols = [("Delmål", 390), ("Tiltak", 420), ("Kort omtale", 520),
            ("Type", 180), ("Ansvarlig", 260), ("Samarbeid", 330)]
    xs = [x0]
    for _, wdt in cols:
        xs.append(xs[-1] + wdt)
    pad = 12
    lead = 32

    def row(values, font, shade=False):
        nonlocal y
        wrapped = [wrap(d, v, font, wdt - 2 * pad)
                   for v, (_, wdt) in zip(values, cols)]
        height = max(len(w) for w in wrapped) * lead + 2 * pad
        if shade:
            d.rectangle([xs[0], y, xs[-1], y + height], fill=225)
        for k, lines in enumerate(wrapped):
            for j, ln in enumerate(lines):
                d.text((xs[k] + pad, y + pad + j * lead), ln, font=font,
                       fill=0)
        for x in xs:
            d.line([(x, y), (x, y + height)], fill=0, width=3)
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        y += height
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)

    row([c for c, _ in cols], f_head, shade=True)
    for r in VOFO:
        row([f"{r.delmal} {DM_NB[r.delmal]}", r.tiltak, r.beskrivelse, r.tw,
             r.ansvarlig, r.partnere], f)
    y += 50
    d.text((x0, y), "Oslo, 29.01.2052   Kontakt: Anders Lie, VOFO",
           font=f_small, fill=0)
    d.text((W - 420, H - 90), "Side 1 av 1", font=f_small, fill=60)
    return img


def degrade(img):
    rnd = random.Random(2051)
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False,
                     fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.frombytes("L", img.size, rnd.randbytes(W * H))
    noise = noise.filter(ImageFilter.GaussianBlur(0.5))
    img = Image.blend(img, noise, 0.10)
    d = ImageDraw.Draw(img)
    for _ in range(350):
        x, y = rnd.randrange(W), rnd.randrange(H)
        s = rnd.choice((1, 1, 2, 3))
        d.ellipse([x, y, x + s, y + s], fill=rnd.randrange(40, 140))
    d.rectangle([0, 0, 18, H], fill=90)          # dark scanner edge
    return img


def build(out):
    path = os.path.join(out, "VOFO_skannet_rapport_2051.pdf")
    img = degrade(render())
    img.save(path, "PDF", resolution=DPI, title="Skann 29.01.2052",
             author="KM_C3350", creationDate=FIXED_DT.timetuple(),
             modDate=FIXED_DT.timetuple())
    fix_pdf(path)
    return [path]
