"""Sametinget: a printed letter that was scanned – image-only PDF, no text layer."""
from __future__ import annotations

import os
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import FIXED_DT, FONT_DIR, Row

SAME_FILE = "Sametinget_rapport_2057_skannet.pdf"
SAME = [
    ("M06", "Deltakelse i NFK", "1.3", "Nettverk", "Råd/utvalg/nettverk", "Opplæringsavdelingen", "",
     "Sametinget er representert i Nasjonalt forum for karriereveiledning og har tatt opp behovet for "
     "samiskspråklige karriereveiledere."),
    ("J02", "Yrkesfagløftet Nord (YLN)", "2.3", "Samarbeidsprosjekt", "Prosjekt", "Næringsavdelingen",
     "Nordland fylkeskommune, Troms og Finnmark fylkeskommune",
     "Sametinget deltar i prosjektet og har ansvar for innsatsen rettet mot reindrift, duodji og "
     "samiske bedrifter, blant annet med rollemodeller som besøker skolene."),
    ("R133", "Kompetansepluss i samiske områder", "3.2", "Prosjekt", "Prosjekt", "Opplæringsavdelingen",
     "HK-dir, samiske kommuner",
     "Sametinget har sammen med HK-dir mobilisert samiske virksomheter og kommuner til å søke "
     "Kompetansepluss arbeid. Seks prosjekter fikk tilsagn i 2057."),
]
DPI = 150
SEED = 2057037


def source_lines() -> list[tuple[str, str]]:
    """(style, text) lines as printed on the page before scanning."""
    L: list[tuple[str, str]] = [
        ("logo", "SÁMEDIGGI  ·  SAMETINGET"),
        ("small", "Ávjovárgeaidnu 50, 9730 Kárášjohka/Karasjok"),
        ("gap", ""),
        ("small", "Kompetansepolitisk råd v/sekretariatet"),
        ("small", "Deres ref.: 57/00871          Vår ref.: 57/3312-2          Dato: 10.11.2057"),
        ("gap", ""),
        ("title", "Rapportering til Kompetansepolitisk råd – 2057"),
        ("gap", ""),
    ]
    intro = ("Sametinget rapporterer her på tre tiltak under Nasjonal kompetansepolitisk strategi. "
             "Tiltakene er gjennomført i samarbeid med fylkeskommunene og samiske virksomheter.")
    L += [("body", t) for t in textwrap.wrap(intro, 78)]
    for i, (_s, name, dm, own, _t, ans, sam, besk) in enumerate(SAME, start=1):
        L += [("gap", ""), ("head", f"{i}. {name}"),
              ("body", f"Delmål: {dm}      Type: {own}"),
              ("body", f"Ansvarlig: {ans}")]
        if sam:
            L.append(("body", f"Samarbeid: {sam}"))
        wrapped = textwrap.wrap("Beskrivelse: " + besk, 78)
        L += [("body", t) for t in wrapped]
    L += [("gap", ""), ("body", "Med hilsen"), ("gap", ""),
          ("body", "Elle Márjá Utsi"), ("body", "seksjonsleder, opplæringsavdelingen")]
    return L


def source_text() -> str:
    return "\n".join(t for _s, t in source_lines())


def _render() -> Image.Image:
    W, H = int(8.27 * DPI), int(11.69 * DPI)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fonts = {
        "logo": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), 30),
        "title": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), 25),
        "head": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), 21),
        "body": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), 20),
        "small": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), 17),
    }
    y = 110
    x = 130
    for style, text in source_lines():
        if style == "gap":
            y += 18
            continue
        f = fonts[style]
        d.text((x, y), text, font=f, fill=20)
        y += int(f.size * 1.45)
        if style == "logo":
            d.line((x, y + 2, W - x, y + 2), fill=40, width=3)
            y += 14
    # received stamp
    stamp = Image.new("L", (360, 110), 255)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((3, 3, 356, 106), outline=90, width=4)
    sd.text((22, 18), "MOTTATT", font=fonts["title"], fill=90)
    sd.text((22, 60), "14. NOV. 2057", font=fonts["head"], fill=90)
    stamp = stamp.rotate(8, expand=True, fillcolor=255)
    img.paste(stamp, (W - 500, y + 40), Image.eval(stamp, lambda v: 255 - v))
    return img


def _degrade(img: Image.Image) -> Image.Image:
    rng = random.Random(SEED)
    img = img.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=250)
    noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
    noise = noise.point(lambda v: 255 if v > 6 else 150)
    img = Image.composite(img, noise, noise.point(lambda v: 255 if v == 255 else 0))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    speck = ImageDraw.Draw(img)
    for _ in range(220):
        px, py = rng.randrange(img.size[0]), rng.randrange(img.size[1])
        r = rng.choice([1, 1, 1, 2])
        speck.ellipse((px, py, px + r, py + r), fill=rng.randrange(60, 170))
    # darker scanner edge
    speck.rectangle((0, 0, img.size[0], 6), fill=120)
    return img


def build_sametinget(out: str) -> list[Row]:
    img = _degrade(_render())
    # Pillow's own PDF writer: one JPEG-compressed page image, no fonts, no text layer.
    path = os.path.join(out, SAME_FILE)
    img.save(path, format="PDF", resolution=DPI, quality=72, title="Skann 10.11.2057",
             author="", producer="RICOH IM C3000", creator="Scan to Folder",
             creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    return [Row(SAME_FILE, "Sametinget", name, seed, dm, typ, ans, sam, besk)
            for seed, name, dm, _own, typ, ans, sam, besk in SAME]
