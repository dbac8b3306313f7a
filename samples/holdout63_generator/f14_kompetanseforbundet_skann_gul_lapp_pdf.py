"""Kompetanseforbundet: a signed letter, printed, with a pale yellow sticky note stuck at the top of the first page
before it was scanned. The letter lists six numbered measures, each a name line, a description and a fact line
(Delmål / Type / Ansvarlig / Samarbeid). The handwritten-looking note says that item 4 is withdrawn – the day has been moved to March
2084 – so item 4 is not a truth row although the typed letter reports it. Image only: colour JPEG page images at 200
dpi (Pillow render, slight skew, noise, blur), wrapped by reportlab; no text layer."""
from __future__ import annotations

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, INFO, KURS, RAD, row, setup_reportlab

FILENAME = "Kompetanseforbundet rapport 2083 (skannet).pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF, image only: two 200-dpi colour JPEG pages (Pillow render of a typed letter with a pale yellow sticky "
          "note in a slanted hand-like face stuck on page 1, −0.4°/0.3° skew, seeded noise, blur) wrapped by "
          "reportlab; no text layer")
SHAPE = ("scanned signed letter with a pale yellow sticky note at the top of page 1: letterhead, addressee and date, "
         "heading, numbered items «1. Name» with a description and a fact line «Delmål: 2.4   Type: arrangement   "
         "Ansvarlig: …   Samarbeid: …»; the sticky note («Til sekretariatet: Pkt. 4 utgår – karrieredagen er flyttet til mars 2084. "
         "Hilsen Eva») withdraws item 4, which the typed letter still reports; signature on page 2")
NOT_TRUTH = ("the letterhead, addressee, date and heading, the intro, the item numbers and fact-line labels, the Delmål "
             "and Type values, item 4 'Karrieredag for seniorer' (withdrawn by the sticky note: moved to March 2084), "
             "the sticky note itself, the closing and signature")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, dm, type word, ansvarlig, partners, seed, type (None = withdrawn)
ITEMS = [
    ("Fagskolekonferansen i Trondheim",
     "Vi hadde ansvaret for påmelding og praktisk gjennomføring av den nasjonale fagskolekonferansen i april. "
     "Konferansen samlet 430 deltakere.", "2.4", "arrangement", "Kompetanseforbundet", "Fagskolerådet, HK-dir",
     "J04", ARR),
    ("Kompetansetelefonen",
     "Gratis telefon- og chattjeneste der voksne får råd om etter- og videreutdanning. Vi tok imot 3 800 "
     "henvendelser i 2083.", "1.3", "informasjon", "Kompetanseforbundet", "Karrieresenteret i Oslo", None, INFO),
    ("Nettverk for ledere i voksenopplæringen",
     "Fire nettverkssamlinger for ledere av kommunale voksenopplæringssentre. 70 sentre er med i nettverket.",
     "3.1", "nettverk", "Kompetanseforbundet", "KS", None, RAD),
    ("Karrieredag for seniorer",
     "Karrieredag i Oslo for arbeidstakere over 55 år om muligheter for videreutdanning og ny karriere.",
     "1.3", "arrangement", "Kompetanseforbundet", "Senter for seniorpolitikk", "", None),
    ("Kurs i realkompetansevurdering for veiledere",
     "To kurs for veiledere og rådgivere i hvordan realkompetanse kan vurderes og dokumenteres. 95 deltakere.",
     "2.5", "kurs", "Kompetanseforbundet", "HK-dir", None, KURS),
    ("Voksenopplæringsdagen 2083",
     "Fagdag i Lillestrøm for lærere og ledere i voksenopplæringen, med vekt på opplæring for voksne med kort "
     "utdanning. 210 deltakere.", "3.1", "arrangement", "Kompetanseforbundet", "Utdanningsforbundet", None, ARR),
]

PW, PH = 1654, 2339
LEFT, WIDTH_CH = 190, 74
NOTE = ["Til sekretariatet:", "Pkt. 4 utgår –", "karrieredagen er", "flyttet til", "mars 2084.", "Hilsen Eva"]


def _font(name, size):
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _lines() -> list[tuple[str, str]]:
    """(style, text) lines of the letter; style r = regular, b = bold, h = heading, s = blank."""
    out = [("h", "KOMPETANSEFORBUNDET"), ("r", "Postboks 1231 Sentrum, 0107 Oslo"), ("s", ""), ("s", ""),
           ("r", "Sekretariatet for Kompetansepolitisk råd"), ("r", "Kunnskapsdepartementet"), ("s", ""),
           ("r", "Oslo, 10. januar 2084"), ("s", ""), ("b", "Rapport om tiltak i 2083"), ("s", "")]
    intro = ("Vi viser til bestillingen fra sekretariatet og sender her en oversikt over tiltakene "
             "Kompetanseforbundet har hatt i 2083.")
    out += [("r", x) for x in textwrap.wrap(intro, WIDTH_CH)] + [("s", "")]
    for i, (name, txt, dm, tw, ans, med, _s, _t) in enumerate(ITEMS, 1):
        out.append(("b", f"{i}. {name}"))
        out += [("r", "   " + x) for x in textwrap.wrap(txt, WIDTH_CH - 3)]
        fact = f"Delmål: {dm}   Type: {tw}   Ansvarlig: {ans}   Samarbeid: {med}"
        out += [("r", "   " + x) for x in textwrap.wrap(fact, WIDTH_CH - 3)]
        out.append(("s", ""))
    out += [("r", "Ta gjerne kontakt hvis noe er uklart."), ("s", ""), ("r", "Med vennlig hilsen"), ("s", ""),
            ("sig", "Eva Marie Lund"), ("r", "Eva Marie Lund"), ("r", "daglig leder")]
    return out


def _sticky(rnd) -> Image.Image:
    w, h = 540, 440
    img = Image.new("RGB", (w, h), (255, 250, 195))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w - 1, 34), fill=(252, 245, 178))
    f = _font("DejaVuSans-Oblique.ttf", 40)
    y = 48
    for ln in NOTE:
        x = 30 + rnd.randrange(0, 8)
        d.text((x, y), ln, font=f, fill=(20, 25, 100))
        y += 62
    return img


def _pages(rnd) -> list[Image.Image]:
    fonts = {"r": _font("DejaVuSerif.ttf", 29), "b": _font("DejaVuSerif-Bold.ttf", 29),
             "h": _font("DejaVuSans-Bold.ttf", 44), "sig": _font("DejaVuSerif-Italic.ttf", 46)}
    pages, y, page = [], 170, None
    for style, ln in _lines():
        if page is None:
            page = Image.new("RGB", (PW, PH), (250, 250, 247))
            y = 560 if not pages else 170
        dr = ImageDraw.Draw(page)
        if style == "s":
            y += 26
        else:
            dr.text((LEFT, y), ln, font=fonts[style], fill=(20, 20, 20) if style != "sig" else (30, 40, 110))
            y += 72 if style in ("h", "sig") else 44
        if y > PH - 260:
            pages.append(page)
            page = None
    if page is not None:
        pages.append(page)
    note = _sticky(rnd).rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 247))
    mask = Image.new("L", (540, 440), 255).rotate(1.0, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGB", note.size, (222, 222, 216))
    pages[0].paste(shadow, (966, 64), mask)
    pages[0].paste(note, (960, 58), mask)
    out = []
    for k, p in enumerate(pages):
        angle = (-0.4, 0.3)[k % 2]
        p = p.rotate(angle, resample=Image.BICUBIC, fillcolor=(244, 244, 240))
        p = p.filter(ImageFilter.GaussianBlur(0.55))
        px = p.load()
        for _ in range(6000):
            x, yy = rnd.randrange(PW), rnd.randrange(PH)
            v = rnd.randrange(60, 160)
            px[x, yy] = (v, v, v)
        out.append(p)
    return out


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(6314)
    buf = io.BytesIO()
    pw, ph = PW * 72 / 200, PH * 72 / 200
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.setCreator("RICOH IM C3000")
    c.setProducer("RICOH IM C3000")
    for page in _pages(rnd):
        jb = io.BytesIO()
        page.save(jb, "JPEG", quality=85, optimize=False, progressive=False, dpi=(200, 200))
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt)
            for name, txt, dm, _tw, ans, med, seed, ty in ITEMS if ty]


def text(path) -> str:
    """Image only: the typed letter and the note as written (wrapped lines joined)."""
    out = [" ".join(NOTE)]
    for i, (name, txt, dm, tw, ans, med, _s, _t) in enumerate(ITEMS, 1):
        out.append(f"{i}. {name} {txt} Delmål: {dm} Type: {tw} Ansvarlig: {ans} Samarbeid: {med}")
    return "\n".join(out)
