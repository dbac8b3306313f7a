"""VOFO: a printed Excel sheet, scanned. The sheet was printed with «Skriv ut rad- og kolonneoverskrifter» and
gridlines on, so the scan shows the column letters A–G above and the row numbers 1–12 to the left of the cells, the
page header and footer Excel adds, and the wrapped cell text. The paper was folded once and got a coffee ring below
the table. Image only: one A4 landscape page at 200 dpi in grey, stored losslessly (Flate, no JPEG), with a slight skew
and sparse specks; no text layer. The trap is VOFO's own note to the career-guidance forum. One row is a conference
that was not held in 2085."""
from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import FONT_DIR, FOU, KURS, PROSJEKT, RAD, row, setup_reportlab

FILENAME = "VOFO tiltak 2085 (skannet).pdf"
MEMBER = "VOFO"
FORMAT = ("PDF, image only: one A4-landscape 200-dpi grey page image stored losslessly (Flate), a Pillow render of an "
          "Excel print with row and column headings, gridlines, a fold line, a coffee ring below the table, 0.3° skew "
          "and sparse seeded specks, wrapped by reportlab; no text layer")
SHAPE = ("scan of a printed spreadsheet: Excel's page header («VOFO – KPR-rapport») and footer («Side 1 av 1»), the "
         "column letters A–G and row numbers 1–12 printed around the grid, a title in row 1, the header in row 3 Nr / "
         "Tiltak / Hva ble gjort / Ansvarlig / Med / Delmål / Type, wrapped cell text, VOFO's lower-case kind words "
         "(rådsarbeid, prosjekt, notat, kurs, konferanse); a horizontal fold and a coffee ring on the paper")
NOT_TRUTH = ("the page header and footer, the column letters and row numbers, the title, the header row, the Nr, "
             "Delmål and Type cells, row 9 'Studieforbundkonferansen' (not held in 2085, next in April 2086), the note "
             "in row 11")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

# nr, name, hva, ansvarlig, med, delmål, type word, seed, type
ITEMS = [
    ("1", "VOFOs plass i Nasjonalt forum for karriereveiledning",
     "VOFO deltok på tre forummøter og la fram erfaringer fra veiledning i studieforbundene.", "VOFO", "", "1.3",
     "rådsarbeid", "M06", RAD),
    ("2", "Lær i lag – studieforbundenes del",
     "Studieforbundene ga opplæring i lesing, regning og digitale ferdigheter i 64 lag. 2 100 deltakere.", "VOFO",
     "Frivillighet Norge, HK-dir", "3.6", "prosjekt", "J06", PROSJEKT),
    ("3", "Notat til NFK om veiledning i frivillig sektor",
     "Eget notat fra VOFO til forumet. Notatet er ikke en del av forumets arbeid.", "VOFO", "", "1.3", "notat", None,
     FOU),
    ("4", "Norsk med musikk",
     "Norskkurs for innvandrere i korps og kor. 38 kurs med 420 deltakere.", "Studieforbundet kultur og tradisjon",
     "Norges Musikkorps Forbund", "3.4", "kurs", None, KURS),
    ("5", "Digitalt kurslederkurs",
     "Nettkurs for kursledere i studieforbundene om digital undervisning. 410 fullførte.", "AOF Norge", "", "2.1",
     "kurs", None, KURS),
    ("6", "Studieforbundkonferansen",
     "Ikke holdt i 2085. Neste konferanse er i april 2086.", "VOFO", "", "3.6", "konferanse", "", None),
]
TITLE = "VOFO – tiltak i 2085 til Kompetansepolitisk råd"
HEAD = ["Nr", "Tiltak", "Hva ble gjort", "Ansvarlig", "Med", "Delmål", "Type"]
NOTE = "Tallene er hentet fra studieforbundenes rapporter per 31.12.2085."

PW, PH = 2339, 1654           # A4 landscape at 200 dpi
COLS = [60, 430, 665, 290, 290, 125, 170]
ROWHEAD = 70


def _font(name, size):
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _wrap(text, font, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def _page(rnd) -> Image.Image:
    img = Image.new("L", (PW, PH), 248)
    d = ImageDraw.Draw(img)
    reg, bold = _font("DejaVuSans.ttf", 27), _font("DejaVuSans-Bold.ttf", 27)
    small = _font("DejaVuSans.ttf", 22)
    x0, y0 = 110, 150
    d.text((PW // 2, 70), "VOFO – KPR-rapport", font=small, fill=40, anchor="mm")
    d.text((PW // 2, PH - 60), "Side 1 av 1", font=small, fill=40, anchor="mm")
    # column letters
    xs = [x0 + ROWHEAD]
    for w in COLS:
        xs.append(xs[-1] + w)
    d.rectangle((x0, y0, xs[-1], y0 + 38), fill=225, outline=120)
    for i, letter in enumerate("ABCDEFG"):
        d.line((xs[i], y0, xs[i], y0 + 38), fill=120, width=2)
        d.text(((xs[i] + xs[i + 1]) // 2, y0 + 19), letter, font=small, fill=30, anchor="mm")
    y = y0 + 38
    lines_rows = [[TITLE], [""], HEAD]
    for nr, name, hva, ans, med, dm, kind, _s, _t in ITEMS:
        lines_rows.append([nr, name, hva, ans, med or "", dm, kind])
    lines_rows += [[""], [NOTE], [""]]
    for r, vals in enumerate(lines_rows, 1):
        font = bold if r in (1, 3) else reg
        wrapped = []
        if len(vals) == 1:          # text that spills over the empty cells to the right
            wrapped = [[vals[0]]]
        else:
            for v, w in zip(vals, COLS):
                wrapped.append(_wrap(v, font, w - 16))
        h = max(48, max(len(x) for x in wrapped) * 34 + 14)
        d.rectangle((x0, y, x0 + ROWHEAD, y + h), fill=225, outline=120)
        d.text((x0 + ROWHEAD // 2, y + h // 2), str(r), font=small, fill=30, anchor="mm")
        for i in range(len(COLS)):
            d.rectangle((xs[i], y, xs[i + 1], y + h), outline=170, width=1)
        for i, lines in enumerate(wrapped):
            for k, ln in enumerate(lines):
                d.text((xs[i] + 8, y + 8 + k * 34), ln, font=font, fill=15)
        y += h
    # the fold
    fy = PH // 2 + 37
    for k in range(-3, 4):
        d.line((0, fy + k, PW, fy + k), fill=max(0, 236 - 8 * (3 - abs(k))))
    # a coffee ring on the empty lower part of the sheet
    cx, cy, rr = PW - 420, PH - 330, 120
    for t in range(0, 360, 1):
        a = math.radians(t)
        for dr in range(-6, 7):
            px_, py_ = int(cx + (rr + dr) * math.cos(a)), int(cy + (rr + dr) * 0.93 * math.sin(a))
            if 0 <= px_ < PW and 0 <= py_ < PH:
                v = 190 + abs(dr) * 6 + (12 if 40 < t < 140 else 0)
                img.putpixel((px_, py_), min(img.getpixel((px_, py_)), v))
    img = img.rotate(0.3, resample=Image.BICUBIC, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    px = img.load()
    for _ in range(1800):
        x, yy = rnd.randrange(PW), rnd.randrange(PH)
        px[x, yy] = rnd.randrange(60, 160)
        if rnd.random() < 0.3 and x + 1 < PW:
            px[x + 1, yy] = rnd.randrange(80, 170)
    return img


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(6510)
    buf = io.BytesIO()
    pw, ph = PW * 72 / 200, PH * 72 / 200
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.setCreator("KODAK Capture Pro")
    c.setProducer("KODAK Capture Pro")
    png = io.BytesIO()
    _page(rnd).save(png, "PNG", optimize=False)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, hva)
            for _n, name, hva, ans, med, dm, _k, seed, ty in ITEMS if ty]


def text(path) -> str:
    """Image only: the printed sheet as typed, row by row."""
    out = ["VOFO – KPR-rapport", TITLE, " ".join(HEAD)]
    for nr, name, hva, ans, med, dm, kind, _s, _t in ITEMS:
        out.append(f"{nr}\n{name}\n{hva}\n{ans}\n{med}\n{dm}\n{kind}")
    out += [NOTE, "Side 1 av 1"]
    return "\n".join(out)
