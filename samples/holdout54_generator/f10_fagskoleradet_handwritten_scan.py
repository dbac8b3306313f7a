"""Fagskolerådet: the secretariat's paper form printed, filled in by hand in blue ink and scanned to an image-only
PDF."""
from __future__ import annotations

import io
import math
import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from .common import (ARR, DEJAVU, DEJAVU_B, DEJAVU_I, FOU, PROSJEKT, RAD, gauss_noise, load_font,
                     pdf_stream_text, row, speckle, tesseract)

FILENAME = "Skann_Fagskolerådet_KPR2074.pdf"
MEMBER = "Fagskolerådet"
FORMAT = ("PDF from a multifunction printer's scan-to-mail: two 200-dpi colour JPEG page images (Pillow render of the "
          "printed form with the answers written by hand in blue ink – an oblique face with per-letter jitter in "
          "size, position and baseline –, 0.4° skew, noise, specks, slight blur) wrapped by reportlab; no text "
          "layer")
SHAPE = ("hand-filled paper form: printed header and instructions, 'Medlem:' line, six blocks 'Tiltak nr. N' with "
         "printed labels Navn på tiltaket / Delmål (nr.) / Type tiltak (six printed check boxes, one crossed by "
         "hand; left blank once) / Ansvarlig / Samarbeidspartnere (one left with a dash) / Kort beskrivelse on ruled "
         "lines; block 6 is struck through by hand with the note 'Avsluttet 2073 – tas ikke med'; place, date and "
         "signature at the end (not truth rows)")
NOT_TRUTH = ("the printed form text (header, instructions, labels, the names of the six types beside the boxes), "
             "the 'Medlem' line, block 6 (Kartlegging av fagskolelærernes kompetanse – struck through, finished "
             "2073), place/date/signature and the scanner's footer line")
IMAGE_ONLY = True

PW, PH = 1654, 2339
INK = (28, 48, 140)
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

# name, delmål, ticked type (index or None), ansvarlig, samarbeid ('–' = none), beskrivelse, truth
BLOCKS = [
    ("Rådsmøter i Nasjonalt fagskoleråd", "1.4", 2, "Fagskolerådet", "KD, partene i arbeidslivet",
     "Fem rådsmøter i 2074. Rådet ga råd om tilbudsstruktur og nye fagskolefag.", ("M05", "1.4", RAD)),
    ("FFI – fleksibel fagskole for industrien", "2.4", 3, "Fagskolerådet", "Norsk Industri, Fagskolen Innlandet",
     "Korte fagskoleemner for industriarbeidere på Raufoss. 64 studenter i første kull.", ("J05", "2.4", PROSJEKT)),
    ("Nettverk for fagskolenes arbeidslivskontakter", "1.4", 2, "Fagskolerådet", "–",
     "To samlinger for de som har ansvar for kontakten med bransjene på fagskolene.", (None, "1.4", RAD)),
    ("Fagskolestatistikk 2074", "2.2", 0, "Fagskolerådet", "HK-dir",
     "Rapport om studenttall, gjennomføring og overgang til arbeid for fagskolestudenter.", (None, "2.2", FOU)),
    ("Fagskoledagen 2074", "2.3", None, "Fagskolerådet", "fylkeskommunene",
     "Åpen dag på 40 fagskoler over hele landet for å vise fram yrkesfaglige karriereveier.", (None, "2.3", ARR)),
    ("Kartlegging av fagskolelærernes kompetanse", "2.2", 0, "Fagskolerådet", "NIFU",
     "Ferdig i desember 2073.", None),
]


class Hand:
    """Writes text with an oblique face, letter by letter, with seeded jitter."""

    def __init__(self, seed: int, size: int = 40):
        self.rnd = random.Random(seed)
        self.size = size
        self.fonts = {s: load_font(DEJAVU_I, s) for s in range(size - 3, size + 4)}

    def write(self, d: ImageDraw.ImageDraw, x: float, y: float, text: str) -> float:
        slope = self.rnd.uniform(-0.006, 0.006)
        x0 = x
        for ch in text:
            f = self.fonts[self.size + self.rnd.choice((-2, -1, 0, 0, 1, 2))]
            dy = self.rnd.uniform(-1.6, 1.6) + slope * (x - x0)
            col = tuple(max(0, min(255, v + self.rnd.randint(-12, 12))) for v in INK)
            d.text((x, y + dy), ch, font=f, fill=col, anchor="ls")
            x += d.textlength(ch, font=f) * self.rnd.uniform(1.0, 1.07) + self.rnd.uniform(-0.4, 1.2)
        return x

    def length(self, d, text: str) -> float:
        return d.textlength(text, font=self.fonts[self.size]) * 1.04 + 0.4 * len(text)

    def wrap(self, d, text: str, width: float) -> list[str]:
        lines, cur = [], ""
        for w in text.split(" "):
            t = (cur + " " + w).strip()
            if self.length(d, t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines


def _cross(d, x, y, s, rnd):
    for (a, b) in (((x + 3, y + 3), (x + s - 2, y + s - 3)), ((x + s - 3, y + 2), (x + 2, y + s - 2))):
        d.line((a[0] + rnd.uniform(-2, 2), a[1] + rnd.uniform(-2, 2), b[0] + rnd.uniform(-2, 2),
                b[1] + rnd.uniform(-2, 2)), fill=INK, width=4)


def _block(d, hand, top, n, blk, rnd):
    name, dm, tick, ansv, samarb, beskr, truth = blk
    lab = load_font(DEJAVU, 25)
    labb = load_font(DEJAVU_B, 27)
    small = load_font(DEJAVU, 23)
    x0, x1 = 110, PW - 110
    bottom = top + 650
    d.rectangle((x0, top, x1, bottom), outline=(40, 40, 40), width=3)
    d.text((x0 + 20, top + 16), f"Tiltak nr. {n}", font=labb, fill=(20, 20, 20))
    y = top + 100

    def field(label, value, lines=1, lx=330):
        nonlocal y
        d.text((x0 + 20, y - 30), label, font=lab, fill=(20, 20, 20))
        vals = hand.wrap(d, value, x1 - 40 - (x0 + lx)) if value else [""]
        for i in range(max(lines, len(vals))):
            d.line((x0 + lx, y + 8, x1 - 30, y + 8), fill=(120, 120, 120), width=2)
            if i < len(vals) and vals[i]:
                hand.write(d, x0 + lx + 10, y, vals[i])
            y += 62
        y += 14

    field("Navn på tiltaket:", name)
    field("Delmål (nr.):", dm)
    d.text((x0 + 20, y - 30), "Type tiltak:", font=lab, fill=(20, 20, 20))
    for i, t in enumerate(TYPES):
        cx = x0 + 330 + (i % 3) * 350
        cy = y - 50 + (i // 3) * 52
        d.rectangle((cx, cy, cx + 30, cy + 30), outline=(30, 30, 30), width=3)
        d.text((cx + 44, cy + 2), t, font=small, fill=(20, 20, 20))
        if tick == i:
            _cross(d, cx, cy, 30, rnd)
    y += 80
    field("Ansvarlig:", ansv)
    field("Samarbeidspartnere:", samarb)
    field("Kort beskrivelse:", beskr, lines=2)
    if truth is None:
        d.line((x0 + 30, bottom - 30, x1 - 30, top + 40), fill=INK, width=5)
        hand.write(d, x0 + 700, top + 52, "Avsluttet 2073 – tas ikke med")
    return bottom


def _pages() -> list[Image.Image]:
    rnd = random.Random(5410)
    hand = Hand(5411)
    imgs = []
    for p in range(2):
        img = Image.new("RGB", (PW, PH), (252, 252, 249))
        d = ImageDraw.Draw(img)
        if p == 0:
            d.text((110, 90), "Kompetansepolitisk råd", font=load_font(DEJAVU_B, 46), fill=(15, 15, 15))
            d.text((110, 150), "Rapporteringsskjema for tiltak i 2074", font=load_font(DEJAVU, 34), fill=(15, 15, 15))
            d.text((110, 200), "Fyll ut ett felt per tiltak. Skriv tydelig. Sett kryss for én type.",
                   font=load_font(DEJAVU, 24), fill=(40, 40, 40))
            d.text((110, 262), "Medlem:", font=load_font(DEJAVU, 27), fill=(15, 15, 15))
            d.line((260, 290, 900, 290), fill=(120, 120, 120), width=2)
            hand.write(d, 275, 282, "Fagskolerådet")
            top = 330
        else:
            top = 110
        for k in range(3):
            n = p * 3 + k + 1
            top = _block(d, hand, top, n, BLOCKS[n - 1], rnd) + 30
        if p == 1:
            d.text((110, top + 20), "Sted og dato:", font=load_font(DEJAVU, 25), fill=(20, 20, 20))
            hand.write(d, 320, top + 48, "Oslo, 24.01.2075")
            d.text((900, top + 20), "Underskrift:", font=load_font(DEJAVU, 25), fill=(20, 20, 20))
            pts = [(1080 + i * 9, top + 50 + 14 * math.sin(i / 2.2) + rnd.uniform(-3, 3)) for i in range(40)]
            d.line(pts, fill=INK, width=4, joint="curve")
        d.text((PW - 560, PH - 60), f"Skannet 27.01.2075 09:41 · side {p + 1}/2", font=load_font(DEJAVU, 20),
               fill=(90, 90, 90))
        img = img.rotate(0.4 if p == 0 else -0.35, resample=Image.BICUBIC, fillcolor=(250, 250, 247))
        img = gauss_noise(img, 5420 + p, sigma=6.0)
        img = speckle(img, 5430 + p, n=1400)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(img)
    return imgs


def build(out) -> list[dict]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C5840")
    c.setProducer("Canon iR-ADV C5840 PDF")
    c.setTitle("Skann_Fagskolerådet_KPR2074")
    for img in _pages():
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=82, subsampling=2)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for name, _dm, _t, ansv, samarb, beskr, truth in BLOCKS:
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv,
                            "" if samarb == "–" else samarb, beskr))
    return rows


def text(path) -> str:
    return pdf_stream_text(path.read_bytes())


def images(path) -> list[bytes]:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), str(Path(td) / "p")], check=True)
        return [p.read_bytes() for p in sorted(Path(td).glob("p-*.png"))]


def ocr(path) -> str:
    return "\n".join(tesseract(png) for png in images(path))
