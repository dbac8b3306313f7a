"""06 – YS: a two-page fax received as a multi-page 1-bit TIFF (CCITT G4)."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from .common import FONT_DIR, R

FILE = "YS_fax_rapportering_2070.tif"
MEMBER = "YS"
HOW = "Multi-page TIFF, 1-bit, CCITT Group 4, 204×196 dpi (Pillow render, seeded skew/noise/streaks)"
SHAPE = ("Fax received as a two-page G4 TIFF (no PDF, no text layer): fax transmission header line on "
         "each page, letter with 'Punkt N – Name' headings, lines 'Strategiens delmål: …', 'Form: …', "
         "'Ansvar: … / Samarbeid: …', a short text; a measure ended in 2069 named at the end; signature")

ROWS = [
    R("Deltakelse i KBU", "M01", "1.1", "Råd/utvalg/nettverk", "YS", "",
      "YS er representert i utvalget og har fulgt opp rapporten i egne styrende organer.",
      form="utvalgsarbeid", dm="1.1"),
    R("Plass i Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "1.4", "Råd/utvalg/nettverk", "YS", "",
      "YS har én representant og én vara i rådet.", form="rådsarbeid", dm="1.4"),
    R("Undersøkelse om etter- og videreutdanning blant medlemmene", "J09", "2.2", "FoU", "YS",
      "Akademikerne, Unio",
      "Felles spørreundersøkelse med 14 000 svar; resultatene ble lagt fram i juni.",
      form="undersøkelse", dm="2.2 (kunnskap om læring i arbeidslivet)"),
    R("Kompetansedagen for YS-forbundene", "U14", "2.4", "Arrangement", "YS", "Virke, Spekter",
      "Dagskonferanse om bransjerettet etter- og videreutdanning, 160 deltakere.",
      form="konferanse", dm="2.4"),
    R("Digitalt grunnkurs for tillitsvalgte i finans", "U15", "2.1", "Kurs/utdanning",
      "Finansforbundet (YS)", "Finans Norge",
      "Nettkurs om digitalisering og kompetansebehov for tillitsvalgte i bank og forsikring.",
      form="kurs", dm="2.1"),
]

W, H = 1728, 2292
MARGIN = 150


def _font(size, bold=False, mono=False):
    from PIL import ImageFont

    name = "DejaVuSansMono.ttf" if mono else ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _pages():
    body = _font(30)
    bold = _font(31, bold=True)
    lines_p1 = [("b", "YS – Yrkesorganisasjonenes Sentralforbund"), ("n", "Brugata 19, 0186 Oslo"), ("", ""),
                ("n", "Til: Sekretariatet for Kompetansepolitisk råd"), ("n", "Dato: 30. januar 2071"),
                ("", ""), ("b", "Rapportering av tiltak 2070"), ("", ""),
                ("n", "Vi viser til brev av 5. januar og oversender med dette YS' rapportering for 2070. "
                      "Rapporten sendes på faks fordi skjemaet ikke lot seg laste opp."), ("", "")]
    items = []
    for i, r in enumerate(ROWS, 1):
        items.append([("b", f"Punkt {i} – {r.tiltak}"), ("n", f"Strategiens delmål: {r.x('dm')}"),
                      ("n", f"Form: {r.x('form')}"),
                      ("n", f"Ansvar: {r.ansvarlig}" + (f" / Samarbeid: {r.samarbeidspartnere}"
                                                       if r.samarbeidspartnere else "")),
                      ("n", r.beskrivelse), ("", "")])
    closing = [("n", "Trepartsbransjeprogrammet for finans ble avsluttet i 2069 og er derfor ikke tatt med."),
               ("", ""), ("n", "Med vennlig hilsen"), ("", ""), ("n", "Kari Lund"),
               ("n", "fagsjef utdanning, YS")]
    p1 = lines_p1 + [ln for it in items[:3] for ln in it]
    p2 = [ln for it in items[3:] for ln in it] + closing
    return [p1, p2], body, bold


def _render(lines, body, bold, pno, npages, rnd):
    from PIL import Image, ImageDraw

    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    d.text((40, 18), f"30/01 2071 09:42  FAKS +47 21013600   YS SEKRETARIATET" + " " * 18
           + f"S. {pno:02d}/{npages:02d}", font=_font(24, mono=True), fill=0)
    y = 120
    for kind, text in lines:
        if not text:
            y += 22
            continue
        f = bold if kind == "b" else body
        for part in textwrap.wrap(text, 80 if kind != "b" else 72):
            d.text((MARGIN, y), part, font=f, fill=0)
            y += 44
    img = img.rotate(0.45 if pno == 1 else -0.3, resample=Image.BILINEAR, fillcolor=255)
    px = img.load()
    for _ in range(2600):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = 0
    for _ in range(3):
        row = rnd.randrange(200, H - 50)
        for x in range(rnd.randrange(0, 400), W):
            if rnd.random() < 0.7:
                px[x, row] = 0
    return img.point(lambda v: 0 if v < 150 else 255, mode="1")


def build(out: Path) -> Path:
    rnd = random.Random(20700630)
    pages, body, bold = _pages()
    imgs = [_render(p, body, bold, i, len(pages), rnd) for i, p in enumerate(pages, 1)]
    path = out / FILE
    imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="group4", dpi=(204, 196))
    return path
