"""Sametinget: a phone photo of the signed one-page letter, sent as the camera's JPEG.

The pixels are stored the way the phone's sensor saw them (lying on their side) and the EXIF
Orientation tag (6 = turn 90° clockwise to show) makes a viewer show the page upright.
"""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .common import pil_font, pil_wrap, truth

FILENAME = "IMG_20730121_101522.jpg"
MEMBER = "Sametinget"
FORMAT = ("JPEG phone photo (Pillow render of the letter, desk background, tilt, uneven light, seeded noise) "
          "with EXIF Make/Model/DateTime and Orientation = 6: pixels stored sideways, no text layer")
SHAPE = ("signed one-page letter on Sámediggi/Sametinget letterhead; numbered list, each item a bold name, a dash "
         "and the text, then '(delmål x.y – own type word; ansvar: …; sammen med: …)'; a 2071 item and 2073 "
         "plans after the list (not truth rows)")
NOT_TRUTH = 'the introduction, the closing paragraph (career centre pre-project finished 2071; Giellakurs follow-up in 2073), the signature'

# (seed, name, text, delmål, type word, ansvar, sammen med, delmal, type)
ITEMS = [
    ("M04", "Nasjonalt forum for karriereveiledning (NFK)",
     "Sametinget har fast plass i forumet og har arbeidet for at veiledningen skal kjenne samisk språk, kultur "
     "og næringsliv.", "1.3", "råd/utvalg", "Sametinget", "HK-dir", "1.3", "Råd/utvalg/nettverk"),
    ("J05", "karriereveiledning.no på nord-, lule- og sørsamisk",
     "Nettjenesten ble lansert på tre samiske språk i mars 2072. Sametinget har oversatt og kvalitetssikret "
     "innholdet.", "1.3", "informasjon", "HK-dir", "Sametinget", "1.3", "Informasjon"),
    ("J09", "Giellakurs",
     "Tilskudd til språkkurs i samisk for voksne gjennom studieforbund; 52 kurs i 2072.", "3.6", "kurs",
     "Sametinget", "Studieforbundet kultur og tradisjon", "3.6", "Kurs/utdanning"),
    (None, "Kompetansepluss i reindriften",
     "Prosjekt med kurs i digitale ferdigheter og regnskap for reindriftsutøvere i Finnmark og Troms.", "3.2",
     "prosjekt", "Sametinget", "Norske Reindriftsamers Landsforbund, HK-dir", "3.2", "Prosjekt"),
    (None, "Fagbrev i duodji for voksne",
     "Opplæringsløp for voksne som vil ta fagbrev i duodji, med samlinger i Kautokeino og Snåsa.", "2.3", "kurs",
     "Sametinget", "Samisk videregående skole og reindriftsskole", "2.3", "Kurs/utdanning"),
]


def _letter() -> Image.Image:
    pw, ph = 1240, 1754  # A4 at 150 dpi
    im = Image.new("L", (pw, ph), 250)
    d = ImageDraw.Draw(im)
    lm, rm = 130, pw - 120
    f = pil_font(22, serif=True)
    fb = pil_font(22, bold=True, serif=True)
    d.text((lm, 90), "Sámediggi", font=pil_font(40, bold=True), fill=30)
    d.text((lm, 140), "Sametinget", font=pil_font(30), fill=30)
    d.text((rm - 420, 100), "Oahpahus- ja giellaossodat", font=pil_font(17), fill=60)
    d.text((rm - 420, 124), "Opplærings- og språkavdelingen", font=pil_font(17), fill=60)
    d.line([lm, 190, rm, 190], fill=80, width=2)
    y = 225
    for s in ["Sekretariatet for Kompetansepolitisk råd", "Postboks 1093", "5809 Bergen"]:
        d.text((lm, y), s, font=f, fill=20)
        y += 30
    d.text((rm - 400, 225), "Deres ref.: 72/4410", font=pil_font(18, serif=True), fill=20)
    d.text((rm - 400, 250), "Vår ref.: 23/118-2", font=pil_font(18, serif=True), fill=20)
    d.text((rm - 400, 275), "Dato: 20.01.2073", font=pil_font(18, serif=True), fill=20)
    y += 40
    d.text((lm, y), "Sametingets rapportering for 2072", font=pil_font(28, bold=True, serif=True), fill=10)
    y += 52
    intro = ("Sametinget er observatør i Kompetansepolitisk råd. Her er våre tiltak i 2072 som følger opp "
             "strategien. Vi har skrevet delmål og type i parentes etter hvert tiltak.")
    for ln in pil_wrap(d, intro, f, rm - lm):
        d.text((lm, y), ln, font=f, fill=20)
        y += 31
    y += 16
    for i, (_s, name, text, dm, tw, ans, med, *_r) in enumerate(ITEMS, 1):
        d.text((lm, y), f"{i}.", font=fb, fill=10)
        x0 = lm + 34
        first = name + " – "
        words = (text + f" (delmål {dm} – {tw}; ansvar: {ans}; sammen med: {med})").split()
        # the bold name starts the first line; the rest wraps after it
        d.text((x0, y), first, font=fb, fill=10)
        xs = x0 + d.textlength(first, font=fb)
        cur, line_x = "", xs
        for w in words:
            t = (cur + " " + w).strip()
            if line_x + d.textlength(t, font=f) <= rm or not cur:
                cur = t
            else:
                d.text((line_x, y), cur, font=f, fill=20)
                y += 31
                cur, line_x = w, x0
        d.text((line_x, y), cur, font=f, fill=20)
        y += 44
    closing = ("Forprosjektet om et samisk karrieresenter ble avsluttet i 2071 og er derfor ikke med. I 2073 vil "
               "Sametinget følge opp Giellakurs med en egen ordning for sørsamisk.")
    for ln in pil_wrap(d, closing, f, rm - lm):
        d.text((lm, y), ln, font=f, fill=20)
        y += 31
    y += 30
    d.text((lm, y), "Med hilsen", font=f, fill=20)
    # a pen signature
    rng = np.random.RandomState(7)
    pts = []
    x = lm + 10
    for k in range(40):
        x += 6 + rng.randint(0, 5)
        pts.append((x, y + 70 + 18 * np.sin(k * 0.9) + rng.randint(-4, 4)))
    d.line(pts, fill=40, width=3)
    d.text((lm, y + 110), "Elle Márjá Eira", font=f, fill=20)
    d.text((lm, y + 140), "avdelingsdirektør", font=f, fill=20)
    d.text((lm, ph - 70), "Sámediggi · Sametinget · Ávjovárgeaidnu 50, 9730 Kárášjohka/Karasjok · samediggi.no",
           font=pil_font(15), fill=90)
    return im


def _photo(page: Image.Image) -> Image.Image:
    rng = np.random.RandomState(2072)
    pw, ph = 1512, 2016  # upright photo
    ys, xs = np.mgrid[0:ph, 0:pw]
    desk = (70 + 25 * np.sin(xs / 37.0 + ys / 190.0) + rng.normal(0, 6, (ph, pw))).clip(0, 255)
    base = Image.fromarray(desk.astype(np.uint8), "L").convert("RGB")
    base = Image.merge("RGB", [c.point(lambda v, k=k: int(v * k)) for c, k in
                               zip(base.split(), (1.0, 0.78, 0.55))])
    paper = page.convert("RGB").resize((1300, 1839), Image.LANCZOS)
    paper = paper.rotate(1.6, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", (1300, 1839), 255).rotate(1.6, resample=Image.BICUBIC, expand=True)
    base.paste(paper, (int((pw - paper.width) / 2), 80), mask)
    arr = np.asarray(base).astype(np.float32)
    light = 1.05 - 0.35 * ((xs / pw) * 0.6 + (ys / ph) * 0.4)
    arr *= light[..., None]
    arr += rng.normal(0, 4.0, arr.shape)
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    return img.filter(ImageFilter.GaussianBlur(0.7))


def build(out):
    upright = _photo(_letter())
    stored = upright.rotate(90, expand=True)  # the sensor's landscape frame
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15"
    exif[0x0112] = 6
    exif[0x0131] = "17.2.1"
    exif[0x0132] = "2073:01:21 10:15:22"
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2073:01:21 10:15:22"
    ifd[0x9004] = "2073:01:21 10:15:22"
    buf = io.BytesIO()
    stored.save(buf, format="JPEG", quality=84, exif=exif.tobytes(), optimize=False, subsampling=2)
    (out / FILENAME).write_bytes(buf.getvalue())
    return [truth(FILENAME, MEMBER, it[1], it[0], it[7], it[8], it[5], it[6], it[2]) for it in ITEMS]
