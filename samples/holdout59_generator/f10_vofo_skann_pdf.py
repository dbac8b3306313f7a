"""VOFO: a printed one-page table that was read through by hand before it was scanned: one row is struck through
with a pen and a handwritten note in the margin says it was postponed to 2080, another row is marked with a
highlighter, and a received stamp sits in the corner. Image only (200 dpi grey JPEG in a PDF), no text layer."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, FOU, KURS, RAD, row, setup_reportlab

FILENAME = "VOFO_tiltak_2079_skannet.pdf"
MEMBER = "VOFO"
FORMAT = ("PDF, image only: one 200-dpi grey JPEG page (Pillow render: ruled table, a pen stroke through one row, "
          "handwritten margin note and signature in a chancery face, highlighter band, received stamp, −0.45° "
          "skew, seeded noise, blur), wrapped by reportlab; no text layer")
SHAPE = ("scanned printout with hand edits: letterhead and title, a ruled table Tiltak / Strategimål («1.3 "
         "Karriereveiledning») / Form (VOFO's words) / Ansvarlig / Samarbeid / Kort om; one row struck through by "
         "hand with the note «utsatt til 2080!» in the right margin, one row under a highlighter band; stamp «MOTTATT 15. JAN. "
         "2080» and a handwritten signature")
NOT_TRUTH = ("the letterhead, the title, the header row, the struck-through row 'Kurs for frivillige norsktrenere' "
             "(postponed to 2080 by hand), the handwritten note, the stamp, the signature and the footer line")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

COLS = [("Tiltak", 380), ("Strategimål", 290), ("Form", 190), ("Ansvarlig", 240), ("Samarbeid", 290),
        ("Kort om", 560)]
# name, goal, form, ansv, med, text, seed, code, type, struck
ITEMS = [
    ("VOFO i Nasjonalt forum for karriereveiledning", "1.3 Karriereveiledning", "Rådsarbeid", "VOFO", "",
     "VOFO representerer studieforbundene i forumet og har tatt opp veiledning av voksne i frivilligheten.",
     "M03", "1.3", RAD, False),
    ("Lesesterk i frivilligheten", "3.2 Kompetansepluss", "Opplæring", "Studieforbundet AOF", "LO, Spekter",
     "Lese- og skrivegrupper for ansatte og frivillige i 35 lokallag, med materiell fra Lesesterk.", "J04",
     "3.2", KURS, False),
    ("Nettbasert studiesirkel i digital dømmekraft", "2.1 Digital kompetanse", "Studiesirkel",
     "Studieforbundet Folkeuniversitetet", "", "Åtte samlinger på nett om kildekritikk og personvern; 540 "
     "deltakere.", None, "2.1", KURS, False),
    ("Kurs for frivillige norsktrenere", "3.4 Norskopplæring", "Kurs", "VOFO", "Røde Kors",
     "Kurs for frivillige som driver språkkafé.", "", "3.4", KURS, True),
    ("Deltakerundersøkelsen 2079", "3.1 Opplæring for voksne", "Undersøkelse", "VOFO", "NIFU",
     "Undersøkelse av deltakere i studieforbundenes kurs som ikke har fullført videregående opplæring.", None,
     "3.1", FOU, False),
    ("Læringsfestivalen i Tromsø", "3.6 Læring i frivillig sektor", "Festival", "VOFO Nord",
     "Tromsø kommune, Troms fylkeskommune", "Tre dager med kurs, verksteder og foredrag; 2 100 besøkende.", None,
     "3.6", ARR, False),
]
W, H = 2339, 1654


def _f(size, bold=False, hand=False):
    if hand:
        return ImageFont.truetype("/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf", size)
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _wrap(d, text, font, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if d.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    return lines + ([cur] if cur else [])


def _render() -> Image.Image:
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    d.text((110, 80), "VOFO", font=_f(54, bold=True), fill=20)
    d.text((290, 98), "Voksenopplæringsforbundet · Studieforbundenes paraplyorganisasjon", font=_f(24), fill=60)
    d.text((110, 180), "Tiltak 2079 – rapport til Kompetansepolitisk råd", font=_f(34, bold=True), fill=15)
    x0, y = 110, 260
    fs, fb = _f(23), _f(23, bold=True)
    lead = 31
    xs = [x0]
    for _n, w in COLS:
        xs.append(xs[-1] + w)
    d.rectangle((x0, y, xs[-1], y + 46), fill=215)
    for (n, _w), x in zip(COLS, xs):
        d.text((x + 10, y + 10), n, font=fb, fill=10)
    y += 46
    d.line((x0, y, xs[-1], y), fill=40, width=2)
    strike, hilite = None, None
    for name, goal, form, ansv, med, txt, _s, _c, _t, struck in ITEMS:
        cells = [name, goal, form, ansv, med, txt]
        wrapped = [_wrap(d, v, fs, w - 20) for v, (_n, w) in zip(cells, COLS)]
        h = max(len(wl) for wl in wrapped) * lead + 20
        if name.startswith("Lesesterk"):
            hilite = (x0 + 4, y + 6, xs[1] - 10, y + h - 6)
        for wl, x in zip(wrapped, xs):
            for k, ln in enumerate(wl):
                d.text((x + 10, y + 10 + k * lead), ln, font=fs, fill=20)
        if struck:
            strike = (x0, y, xs[-1], y + h)
        y += h
        d.line((x0, y, xs[-1], y), fill=90, width=1)
    for x in xs:
        d.line((x, 260, x, y), fill=90, width=1)
    d.rectangle((x0, 260, xs[-1], y), outline=40, width=2)
    d.text((110, y + 40), "Oslo, 14. januar 2080", font=_f(24), fill=30)
    d.text((110, y + 120), "Med vennlig hilsen VOFO", font=_f(24), fill=30)
    d.text((120, y + 160), "Kari Nordby", font=_f(52, hand=True), fill=55)
    d.text((110, H - 80), "VOFO · Oslo · post@vofo.no", font=_f(20), fill=90)
    # pen stroke through the struck row, and the margin note
    if strike:
        sx0, sy0, sx1, sy1 = strike
        mid = (sy0 + sy1) // 2
        d.line((sx0 + 20, mid + 6, sx1 - 30, mid - 8), fill=35, width=5)
        d.text((sx1 + 25, sy0 - 34), "utsatt", font=_f(42, hand=True), fill=40)
        d.text((sx1 + 25, sy0 + 10), "til 2080!", font=_f(42, hand=True), fill=40)
    # stamp
    d.rectangle((1840, 60, 2230, 190), outline=70, width=5)
    d.text((1870, 78), "MOTTATT", font=_f(36, bold=True), fill=70)
    d.text((1870, 128), "15. JAN. 2080", font=_f(34, bold=True), fill=70)
    img = img.rotate(-0.45, resample=Image.BICUBIC, expand=False, fillcolor=238)
    if hilite:
        band = Image.new("L", (W, H), 255)
        ImageDraw.Draw(band).rectangle(hilite, fill=200)
        from PIL import ImageChops
        img = ImageChops.multiply(img, band)
    px = img.load()
    rnd = random.Random(5910)
    for _ in range(6000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((60, 120, 180))
    return img.filter(ImageFilter.GaussianBlur(0.5))


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setCreator("Canon iR-ADV C5840 Scan")
    jb = io.BytesIO()
    _render().save(jb, "JPEG", quality=72, dpi=(200, 200))
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=landscape(A4)[0], height=landscape(A4)[1])
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for name, _g, _f2, ansv, med, txt, seed, code, ty, struck in ITEMS:
        if not struck:
            rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ansv, med, txt))
    return rows


def text(path) -> str:
    """Image only: the text printed on the page."""
    out = ["VOFO", "Tiltak 2079 – rapport til Kompetansepolitisk råd"]
    for it in ITEMS:
        out.append(" ".join(it[:6]))
    return "\n".join(out)
