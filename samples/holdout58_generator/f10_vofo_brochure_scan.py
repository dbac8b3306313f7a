"""VOFO: the printed tri-fold leaflet 'Læring for alle 2078' that VOFO sent instead of a report, scanned flat on
both sides: two landscape page images, three panels each. The outside holds the inner flap (looking back at 2077
and ahead to 2079), the back panel (contacts) and the cover; the inside holds the measures, each a heading, a short
text and a small tag line 'I strategien: … · Form: …' (goal only in words). Image only, no text layer."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, KURS, RAD, row, setup_reportlab

FILENAME = "VOFO_brosjyre_2078_skann.pdf"
MEMBER = "VOFO"
FORMAT = ("PDF, image only: two 150-dpi grey JPEG page images of a scanned tri-fold leaflet (Pillow render: three "
          "panels per side, fold lines, 0.5° and −0.4° skew, seeded noise, blur), wrapped by reportlab; no text "
          "layer")
SHAPE = ("tri-fold leaflet scanned on both sides: page 1 = outside (inner flap 'Tilbakeblikk og framover' with the "
         "2077 and 2079 items, back panel with contacts, cover), page 2 = inside (three panels with the measures: "
         "a heading, two or three lines of text, a tag line 'I strategien: <goal in words> · Form: <VOFO word>'); "
         "panels are read left to right but the cover comes last on page 1")
NOT_TRUTH = ("the cover, the back panel (addresses), the inner flap (Tilbakeblikk: Læringsuka 2077; Framover: "
             "Digital studieforbundsportal – 2079), the panel headings 'Veiledning', 'Språk og lesing', "
             "'Læringslyst', the fold lines")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

# panel heading, [(name, text lines, goal words, form word, ansvar, med, seed, code, type)]
INSIDE = [
    ("Veiledning", [
        ("Plass i Nasjonalt forum for karriereveiledning",
         ["VOFO representerer studieforbundene i", "forumet og tok opp veiledning for voksne", "i frivilligheten."],
         "karriereveiledning", "råd og nettverk", "VOFO", "", "M01", "1.3", RAD),
        ("Kurs om NFKs kvalitetsrammeverk for studieforbundenes veiledere",
         ["Tre kursdager om hvordan forumets", "kvalitetsrammeverk kan brukes lokalt,", "sammen med Studieforbundet AOF."],
         "karriereveiledning", "kurs", "VOFO", "Studieforbundet AOF", None, "1.3", KURS),
    ]),
    ("Språk og lesing", [
        ("Norsk i praksis – norskgrupper i studieforbundene",
         ["Norsktrening på arbeidsplassen for", "voksne innvandrere, med tilskudd fra", "ordningen Norsk i praksis."],
         "norskopplæring for innvandrere", "kurs", "VOFO", "studieforbundene", "J05", "3.4", KURS),
        ("Kompetansepluss frivillighet – lesesirkler",
         ["Studieforbundet Kultur og tradisjon", "drev lese- og skrivesirkler i 40 lag."],
         "Kompetansepluss", "studiesirkel", "Studieforbundet Kultur og tradisjon", "", None, "3.2", KURS),
    ]),
    ("Læringslyst", [
        ("Frivillighetens læringsfestival",
         ["En helg med 120 verksteder i Drammen,", "sammen med Frivillighet Norge og", "Drammen kommune; 3 000 besøkende."],
         "læringsmotivasjon i frivillig sektor", "festival", "VOFO", "Frivillighet Norge, Drammen kommune",
         None, "3.6", ARR),
    ]),
]
OUTSIDE = [
    ["Tilbakeblikk og framover", "", "I fjor (2077) arrangerte vi", "Læringsuka 2077.", "",
     "Kommer i 2079:", "Digital studieforbundsportal."],
    ["Kontakt oss", "", "VOFO", "Voksenopplæringsforbundet", "Oslo", "post@vofo.no"],
    ["LÆRING FOR ALLE", "", "VOFO 2078", "", "Studieforbundene i", "kompetansepolitikken"],
]
W, H = 1754, 1240


def _f(size, bold=False, italic=False):
    name = "DejaVuSans-Bold.ttf" if bold else ("DejaVuSans-Oblique.ttf" if italic else "DejaVuSans.ttf")
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _wrap(d, text, font, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if d.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    return lines + [cur]


def _page(seed, skew, draw_fn) -> Image.Image:
    img = Image.new("L", (W, H), 248)
    d = ImageDraw.Draw(img)
    for k in (1, 2):
        d.line((k * W // 3, 0, k * W // 3, H), fill=215, width=2)
    draw_fn(d)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=240)
    px = img.load()
    rnd = random.Random(seed)
    for _ in range(3500):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = rnd.choice((70, 140, 190))
    return img.filter(ImageFilter.GaussianBlur(0.55))


def _outside(d):
    for k, lines in enumerate(OUTSIDE):
        x, y = k * W // 3 + 60, 120
        for i, ln in enumerate(lines):
            big = k == 2 and i == 0
            d.text((x, y), ln, font=_f(54 if big else 28, bold=(i == 0)), fill=25)
            y += 72 if big else 40


def _inside(d):
    for k, (head, items) in enumerate(INSIDE):
        x, y = k * W // 3 + 50, 80
        d.rectangle((x - 10, y - 10, x + W // 3 - 90, y + 44), fill=60)
        d.text((x, y), head, font=_f(28, bold=True), fill=250)
        y += 80
        for name, lines, goal, form, *_rest in items:
            for ln in _wrap(d, name, _f(27, bold=True), W // 3 - 110):
                d.text((x, y), ln, font=_f(27, bold=True), fill=15)
                y += 36
            y += 6
            for ln in lines:
                d.text((x, y), ln, font=_f(24), fill=30)
                y += 32
            for ln in _wrap(d, f"I strategien: {goal} · Form: {form}", _f(20, italic=True), W // 3 - 110):
                d.text((x, y), ln, font=_f(20, italic=True), fill=70)
                y += 28
            y += 40


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setCreator("EPSON Scan")
    for seed, skew, fn in ((5801, 0.5, _outside), (5802, -0.4, _inside)):
        jb = io.BytesIO()
        _page(seed, skew, fn).save(jb, "JPEG", quality=70)
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=landscape(A4)[0], height=landscape(A4)[1])
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for _h, items in INSIDE:
        for name, lines, _g, _f2, ansv, med, seed, code, typ in items:
            rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ansv, med, " ".join(lines)))
    return rows


def text(path) -> str:
    """Image only: the text printed on the leaflet."""
    out = [" ".join(p) for p in OUTSIDE]
    for head, items in INSIDE:
        out.append(head)
        for name, lines, goal, form, *_r in items:
            out.append(f"{name} {' '.join(lines)} I strategien: {goal} · Form: {form}")
    return "\n".join(out)
