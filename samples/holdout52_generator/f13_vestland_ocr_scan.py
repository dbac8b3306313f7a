"""Vestland fylkeskommune (Nynorsk): a paper letter that came by post and was scanned on the
secretariat's multifunction printer with 'searchable PDF' on - page images with an invisible
OCR text layer (tesseract), OCR slips included.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .common import pil_font, pil_wrap, truth

FILENAME = "SKM_C45873013009150.pdf"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("PDF from a scanner with OCR ('searchable PDF'): two 200-dpi JPEG page images (Pillow render, skew, "
          "noise, received stamp) with an invisible text layer made by tesseract 5 (-l nor pdf); dates fixed")
SHAPE = ("Nynorsk letter, posted and scanned on receipt: letterhead, references, 'Tiltak n: name' headings, one "
         "line 'Delmål: x.y · Type: … · Ansvarleg: … · Samarbeid: …' and a paragraph per measure; the hidden OCR "
         "text has the usual misreadings; a 2071 item, plans for 2073 and the received stamp (not truth rows)")
NOT_TRUTH = "the introduction, 'Avslutta i 2071' (Fagbrev for vaksne i industrien), 'Planar for 2073', the received stamp"

# (seed, name, delmål, type word, ansvarleg, samarbeid, text, delmal, type)
ITEMS = [
    ("M03", "Rådet for samarbeid med arbeidslivet (RSA) ved Høgskulen på Vestlandet", "1.4", "råd/utval",
     "fylkesdirektør for opplæring og kompetanse", "Høgskulen på Vestlandet, NHO Vestland, LO i Vestland",
     "Fylkeskommunen har ein fast plass i rådet. I 2072 har rådet drøfta vidareutdanning for lærarar i yrkesfag "
     "og praksis i ingeniørutdanninga.", "1.4", "Råd/utvalg/nettverk"),
    ("J10", "Norsk på vakt – norskopplæring for tilsette i Helse Bergen", "3.4", "kurs", "Vestland fylkeskommune",
     "Helse Bergen, Fagforbundet Vestland",
     "Opplæring i fagnorsk på arbeidsplassen for helsefagarbeidarar med innvandrarbakgrunn. 140 deltakarar "
     "fullførte i 2072.", "3.4", "Kurs/utdanning"),
    (None, "Kompetanseforum Vestland", "1.2", "nettverk", "Vestland fylkeskommune",
     "partane i arbeidslivet, NAV, universitet og høgskular, kommunane",
     "Forumet samlar dei regionale kompetanseaktørane fire gonger i året og har i 2072 laga eit felles "
     "kunnskapsgrunnlag om kompetansebehov i havvind.", "1.2", "Råd/utvalg/nettverk"),
    (None, "Nye studieplassar i havvind ved Fagskulen Vestland", "2.4", "utdanningstilbod", "Fagskulen Vestland",
     "Equinor, Aibel, Vestland fylkeskommune",
     "To nye fagskuletilbod med 60 studieplassar, utvikla saman med bedrifter i havvindnæringa.", "2.4",
     "Kurs/utdanning"),
    (None, "Karriere Vestland – rettleiing for tilsette i omstilling", "1.3", "prosjekt", "Karriere Vestland",
     "NAV Vestland, LO, NHO",
     "Karriererettleiing på arbeidsplassen for tilsette i bedrifter som legg om drifta; 420 samtalar i 2072.",
     "1.3", "Prosjekt"),
]

DPI = 200
W, H = 1654, 2339


def _new_page(pages, im, fs, left):
    pages.append(im)
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    d.text((left, 150), f"Vestland fylkeskommune – side {len(pages) + 1}", font=fs, fill=60)
    return im, d, 230


def _pages():
    f = pil_font(30, serif=True)
    fb = pil_font(30, bold=True, serif=True)
    fs = pil_font(25, serif=True)
    lm, rm = 200, W - 180
    pages = []
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    d.text((lm, 150), "Vestland fylkeskommune", font=pil_font(44, bold=True), fill=0)
    d.text((lm, 210), "Avdeling for opplæring og kompetanse", font=pil_font(26), fill=40)
    d.line([lm, 260, rm, 260], fill=0, width=3)
    y = 310
    for s in ["Sekretariatet for Kompetansepolitisk råd", "Postboks 1093", "5809 BERGEN"]:
        d.text((lm, y), s, font=f, fill=0)
        y += 38
    for k, s in enumerate(["Vår ref.: 2072/18844-3", "Sakshandsamar: Kari Nesheim", "Dato: 27.01.2073"]):
        d.text((rm - 470, 310 + k * 34), s, font=fs, fill=0)
    y += 60
    d.text((lm, y), "Rapportering frå Vestland fylkeskommune for 2072", font=pil_font(34, bold=True, serif=True),
           fill=0)
    y += 70
    intro = ("Vi viser til brev av 2. desember 2072. Vestland fylkeskommune har i 2072 arbeidd vidare med den "
             "regionale kompetansepolitikken. Under følgjer tiltaka våre. For kvart tiltak har vi ført opp delmål "
             "i strategien, kva type tiltak det er, kven som har ansvaret og kven vi samarbeider med.")
    for ln in pil_wrap(d, intro, f, rm - lm):
        d.text((lm, y), ln, font=f, fill=0)
        y += 44
    y += 24
    for i, (_s, name, dm, tw, ans, sam, text, *_r) in enumerate(ITEMS, 1):
        block = [(ln, fb) for ln in pil_wrap(d, f"Tiltak {i}: {name}", fb, rm - lm)]
        block += [(ln, fs) for ln in pil_wrap(d, f"Delmål: {dm} · Type: {tw} · Ansvarleg: {ans} · "
                                                 f"Samarbeid: {sam}", fs, rm - lm)]
        block += [(ln, f) for ln in pil_wrap(d, text, f, rm - lm)]
        need = len(block) * 44 + 30
        if y + need > H - 200:
            im, d, y = _new_page(pages, im, fs, lm)
        for ln, font in block:
            d.text((lm, y), ln, font=font, fill=0)
            y += 44
        y += 30
    closing = [
        "Avslutta i 2071: Prosjektet «Fagbrev for vaksne i industrien» vart avslutta i desember 2071 og er "
        "difor ikkje med.",
        "Planar for 2073: Vi vil utvide Norsk på vakt til Helse Førde og starte eit nytt kompetanseprogram for "
        "leiarar i kommunane.",
    ]
    if y + 44 * 6 > H - 200:
        im, d, y = _new_page(pages, im, fs, lm)
    for para in closing:
        for ln in pil_wrap(d, para, f, rm - lm):
            d.text((lm, y), ln, font=f, fill=0)
            y += 44
        y += 16
    y += 30
    if y + 260 > H - 150:
        im, d, y = _new_page(pages, im, fs, lm)
    d.text((lm, y), "Med helsing", font=f, fill=0)
    pts = [(lm + 20 + k * 9, y + 95 + 22 * np.sin(k * 0.7) - k * 0.8) for k in range(34)]
    d.line(pts, fill=30, width=4)
    d.text((lm, y + 140), "Kari Nesheim", font=f, fill=0)
    d.text((lm, y + 180), "fylkesdirektør opplæring og kompetanse", font=f, fill=0)
    # received stamp of the secretariat
    sx, sy = rm - 430, y + 40
    d.rectangle([sx, sy, sx + 380, sy + 130], outline=90, width=5)
    d.text((sx + 28, sy + 18), "MOTTATT", font=pil_font(40, bold=True), fill=90)
    d.text((sx + 28, sy + 74), "30 JAN 2073   HK-dir", font=pil_font(30, bold=True), fill=90)
    pages.append(im)
    return pages


def _scan(im, k):
    rng = np.random.RandomState(5200 + k)
    im = im.rotate(0.45 if k == 0 else -0.3, resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(im).astype(np.float32)
    arr = arr * 0.93 + 12 + rng.normal(0, 7, arr.shape)
    specks = rng.rand(*arr.shape) < 0.0006
    arr[specks] = 60
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, dpi=(DPI, DPI), optimize=False)
    return buf.getvalue()


def build(out):
    tmp = Path(tempfile.mkdtemp(prefix="h52_ocr_"))
    try:
        names = []
        for k, pg in enumerate(_pages()):
            p = tmp / f"side{k + 1}.jpg"
            p.write_bytes(_scan(pg, k))
            names.append(str(p))
        (tmp / "liste.txt").write_text("\n".join(names) + "\n")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", str(tmp / "liste.txt"), str(tmp / "ut"), "-l", "nor", "--dpi", str(DPI),
                        "pdf"], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600)
        data = (tmp / "ut.pdf").read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # the scanner's fixed date instead of the build time
    data = re.sub(rb"/CreationDate \(D:[0-9]{14}[^)]*\)", b"/CreationDate (D:20730130091500+01'00')", data)
    data = re.sub(rb"/ModDate \(D:[0-9]{14}[^)]*\)", b"/ModDate (D:20730130091500+01'00')", data)
    (out / FILENAME).write_bytes(data)
    return [truth(FILENAME, MEMBER, it[1], it[0], it[7], it[8], it[4], it[5], it[6]) for it in ITEMS]
