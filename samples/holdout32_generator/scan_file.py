"""Trøndelag fylkeskommune: a scanned table (image-only PDF, ~200 dpi, slight skew/noise)."""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .common import FONT_DIR, Result, truth

rl_config.invariant = 1

DPI = 200


def _font(name, px):
    return ImageFont.truetype(os.path.join(FONT_DIR, name), px)


def _wrap(draw, text, font, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def trondelag(outdir):
    fn = "Trondelag_fylkeskommune_skannet_rapport_2052.pdf"
    member = "Trøndelag fylkeskommune"
    items = [
        ("Medlem i RSA ved NTNU", "1.4", "nettverk", "Fylkesdirektør utdanning",
         "NTNU, NHO Trøndelag", "M03", "1.4", "Råd/utvalg/nettverk"),
        ("Vaajesh – sørsamisk karriereveiledning", "1.3", "prosjekt", "Karriere Trøndelag",
         "Sametinget", "M11", "1.3", "Prosjekt"),
        ("Desentraliserte fagskoletilbud i Namdal", "3.1", "utdanning",
         "Fagskolen i Trøndelag", "Namsos kommune", "T1003", "3.1", "Kurs/utdanning"),
        ("Yrkesmessa Trøndelag 2052", "2.3", "messe", "Fylkeskommunen",
         "Skolene, bedrifter", "T1004", "2.3", "Arrangement"),
        ("Kompetansebarometer Trøndelag", "1.2", "analyse", "Fylkeskommunen",
         "Trøndelag forskning og utvikling", "T1005", "1.2", "FoU"),
    ]
    rng = random.Random(2052)
    pw, ph = landscape(A4)
    W, H = int(round(pw / 72 * DPI)), int(round(ph / 72 * DPI))
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_title = _font("DejaVuSerif-Bold.ttf", 40)
    f_sub = _font("DejaVuSerif.ttf", 30)
    f_head = _font("DejaVuSans-Bold.ttf", 28)
    f_cell = _font("DejaVuSans.ttf", 28)
    f_small = _font("DejaVuSans.ttf", 22)

    x0 = 150
    d.text((x0, 110), "TRØNDELAG FYLKESKOMMUNE", font=f_title, fill=20)
    d.text((x0, 175), "Rapportering til Kompetansepolitisk råd – 2052", font=f_sub, fill=25)
    d.text((x0, 225), "Vedlegg 1: Tiltaksoversikt", font=f_sub, fill=25)

    headers = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere"]
    widths = [700, 170, 230, 470, 490]
    pad = 14
    line_h = 38
    y = 310
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    # header row
    hh = line_h + 2 * pad
    d.rectangle([xs[0], y, xs[-1], y + hh], fill=225)
    for i, h in enumerate(headers):
        d.text((xs[i] + pad, y + pad), h, font=f_head, fill=10)
    row_tops = [y]
    y += hh
    rows = []
    for name, dm_txt, typ_word, ansv, partners, seed, dm, typ in items:
        cells = [name, dm_txt, typ_word, ansv, partners]
        wrapped = [_wrap(d, t, f_cell, widths[i] - 2 * pad) for i, t in enumerate(cells)]
        nlines = max(len(w) for w in wrapped)
        rh = nlines * line_h + 2 * pad
        for i, lines in enumerate(wrapped):
            for k, line in enumerate(lines):
                d.text((xs[i] + pad, y + pad + k * line_h), line, font=f_cell, fill=15)
        row_tops.append(y)
        y += rh
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, ""))
    row_tops.append(y)
    # grid
    for yy in row_tops:
        d.line([xs[0], yy, xs[-1], yy], fill=30, width=3)
    for xx in xs:
        d.line([xx, row_tops[0], xx, y], fill=30, width=3)

    d.text((x0, y + 60), "Steinkjer, 18.01.2053", font=f_small, fill=30)
    d.text((x0, y + 100), "Seksjon for kompetanse og karriere", font=f_small, fill=30)
    # a signature scribble
    pts = [(x0 + 600 + i * 9, y + 90 + int(14 * ((i % 7) - 3) / 3)) for i in range(40)]
    d.line(pts, fill=40, width=3)
    # received stamp
    sx, sy = W - 640, 90
    d.rectangle([sx, sy, sx + 430, sy + 120], outline=90, width=5)
    d.text((sx + 40, sy + 18), "MOTTATT", font=_font("DejaVuSans-Bold.ttf", 44), fill=90)
    d.text((sx + 40, sy + 72), "20. JAN. 2053", font=f_small, fill=90)

    # scanner artefacts: skew, speckle, blur, uneven edge shadow
    img = img.rotate(0.65, resample=Image.BICUBIC, fillcolor=250, expand=False)
    px = img.load()
    for _ in range(9000):
        x, yv = rng.randrange(W), rng.randrange(H)
        px[x, yv] = rng.randrange(120, 210)
    for _ in range(400):
        x, yv = rng.randrange(W - 3), rng.randrange(H - 3)
        for dx in range(2):
            for dy in range(2):
                px[x + dx, yv + dy] = rng.randrange(60, 140)
    shadow = ImageDraw.Draw(img)
    for i in range(40):
        shadow.line([i, 0, i, H], fill=200 + i)
    img = img.filter(ImageFilter.GaussianBlur(0.7))

    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, dpi=(DPI, DPI))
    buf.seek(0)
    path = os.path.join(outdir, fn)
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1)
    c.setCreator("Canon iR-ADV C5560 Scan")
    c.setTitle("Skannet dokument")
    c.drawImage(ImageReader(buf), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    return Result(fn, member, "Scanned table, image-only PDF (200 dpi, skewed, noisy, "
                  "stamp)", rows)
