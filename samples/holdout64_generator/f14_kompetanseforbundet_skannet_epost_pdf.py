"""Kompetanseforbundet: a printed Outlook e-mail, scanned. Someone at the member printed the mail they had sent to
the secretariat, signed it for the archive and scanned it: the print has Outlook's layout (the account holder's name
in bold over a thick rule, then Fra / Sendt / Til / Emne), a short greeting, a pasted four-column table (Tiltak / Hva
vi gjorde / Delmål og type / Ansvar og samarbeid), a paragraph about a course that starts next year, and a signature.
A received stamp and a handwritten archive note were added on paper. Image only: one 200-dpi grey JPEG page (Pillow
render, −0.35° skew, seeded noise, slight blur), wrapped by reportlab; no text layer."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, INFO, KURS, RAD, row, setup_reportlab

FILENAME = "Kompetanseforbundet – rapport 2084 (skannet e-post).pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF, image only: one 200-dpi grey JPEG page (Pillow render of an Outlook e-mail print with a pasted ruled "
          "table, a red received stamp and a handwritten archive note, −0.35° skew, seeded noise, blur) wrapped by "
          "reportlab; no text layer")
SHAPE = ("scan of a printed Outlook e-mail: the account name in bold over a thick rule, the header lines Fra / Sendt / "
         "Til / Emne, a greeting, a pasted ruled table Tiltak / Hva vi gjorde / Delmål og type / Ansvar og samarbeid "
         "(the third cell «1.3 / forum», the fourth «Ansvar: … Med: …»), a paragraph on a course that starts next "
         "year, the signature; a received stamp and a handwritten «Journalført» note on the paper")
NOT_TRUTH = ("the Outlook header lines, the greeting, the table header, the Delmål og type cells, the labels «Ansvar:» "
             "and «Med:», the paragraph on the course «Ny i jobb etter 60» (starts in March next year), the signature, "
             "the stamp and the handwritten note")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, dm, kind, ansvar, med, seed, type
ITEMS = [
    ("Forummøtene i NFK",
     "Vi deltok på alle tre møtene i Nasjonalt forum for karriereveiledning og ledet arbeidsgruppen om veiledning "
     "for voksne i jobb.", "1.3", "forum", "Kompetanseforbundet", "", "M05", RAD),
    ("Voksenopplæringskonferansen 2084",
     "Konferanse i Hamar for ledere og lærere i kommunal voksenopplæring. 340 deltakere.", "3.1", "konferanse",
     "Kompetanseforbundet", "KS, Utdanningsforbundet", None, ARR),
    ("Kompetanseklinikken",
     "Gratis veiledning på nett og telefon for voksne som vil ta mer utdanning. 2 900 samtaler i 2084.", "1.3",
     "veiledningstjeneste", "Kompetanseforbundet", "Karriere Innlandet", None, INFO),
    ("Kurs for lærere på Navs opplæringstiltak",
     "Tre kurs i tilpasset opplæring for lærere som underviser arbeidssøkere på kurs kjøpt av Nav. 75 deltakere.",
     "3.5", "kurs", "Kompetanseforbundet", "Nav Innlandet", None, KURS),
    ("Karriereforum Innlandet",
     "Vårt eget regionale forum for karriereveiledere, bygget etter modell av det nasjonale forumet, men ikke en del "
     "av NFK. Fire samlinger i 2084.", "1.3", "nettverk", "Kompetanseforbundet", "Innlandet fylkeskommune", None,
     RAD),
]
HEADER = [("Fra:", "Eva Marie Lund <eml@kompetanseforbundet.no>"), ("Sendt:", "tirsdag 14. januar 2085 10:42"),
          ("Til:", "postmottak KPR-sekretariatet"), ("Emne:", "Rapport om tiltak 2084 fra Kompetanseforbundet")]
BODY = ["Hei,", "",
        "Her kommer vår rapport for 2084. Vi har satt tiltakene inn i en tabell, slik dere ba om.", ""]
AFTER = ["Seniorkurset «Ny i jobb etter 60», som vi nevnte på rådsmøtet, starter først i mars neste år og er derfor "
         "ikke med i tabellen.", "", "Vennlig hilsen", "Eva Marie Lund", "daglig leder, Kompetanseforbundet",
         "tlf. 22 41 80 17"]
TABLE_HEAD = ["Tiltak", "Hva vi gjorde", "Delmål og type", "Ansvar og samarbeid"]

PW, PH = 1654, 2339
LEFT = 120


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
    img = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(img)
    reg, bold = _font("DejaVuSans.ttf", 27), _font("DejaVuSans-Bold.ttf", 27)
    small, sbold = _font("DejaVuSans.ttf", 22), _font("DejaVuSans-Bold.ttf", 22)
    y = 130
    d.text((LEFT, y), "Eva Marie Lund", font=_font("DejaVuSans-Bold.ttf", 38), fill=15)
    y += 60
    d.rectangle((LEFT, y, PW - LEFT, y + 6), fill=20)
    y += 30
    for k, v in HEADER:
        d.text((LEFT, y), k, font=bold, fill=15)
        d.text((LEFT + 150, y), v, font=reg, fill=15)
        y += 40
    y += 40
    for ln in BODY:
        if ln:
            d.text((LEFT, y), ln, font=reg, fill=15)
        y += 40 if ln else 16
    widths = [390, 470, 250, 300]
    pad = 10

    def draw_row(vals, f, yy):
        wrapped = []
        for v, w in zip(vals, widths):
            lines = []
            for part in v.split("\n"):
                lines += _wrap(part, f, w - 2 * pad)
            wrapped.append(lines)
        h = max(len(x) for x in wrapped) * 32 + 2 * pad
        xx = LEFT
        for lines, w in zip(wrapped, widths):
            for i, ln in enumerate(lines):
                d.text((xx + pad, yy + pad + i * 32), ln, font=f, fill=15)
            d.rectangle((xx, yy, xx + w, yy + h), outline=60, width=2)
            xx += w
        return yy + h

    y = draw_row(TABLE_HEAD, sbold, y)
    for name, txt, dm, kind, ans, med, _s, _t in ITEMS:
        y = draw_row([name, txt, f"{dm} / {kind}", f"Ansvar: {ans}\nMed: {med or '–'}"], small, y)
    y += 40
    for ln in AFTER:
        for part in (_wrap(ln, reg, PW - 2 * LEFT) if ln else [""]):
            if part:
                d.text((LEFT, y), part, font=reg, fill=15)
            y += 40 if part else 16
    # received stamp
    st = Image.new("L", (430, 150), 255)
    sd = ImageDraw.Draw(st)
    sd.rectangle((4, 4, 425, 145), outline=90, width=5)
    sd.text((30, 18), "MOTTATT", font=_font("DejaVuSans-Bold.ttf", 44), fill=90)
    sd.text((30, 80), "16 JAN 2085", font=_font("DejaVuSans-Bold.ttf", 40), fill=90)
    st = st.rotate(4, resample=Image.BICUBIC, expand=True, fillcolor=255)
    img.paste(st, (1080, 260), Image.eval(st, lambda v: 255 - v))
    # handwritten archive note
    hand = _font("DejaVuSerif-Italic.ttf", 34)
    d.text((1040, PH - 330), "Journalført 16/1 – sak 24/1187", font=hand, fill=55)
    d.text((1040, PH - 285), "EML", font=hand, fill=55)
    img = img.rotate(-0.35, resample=Image.BICUBIC, fillcolor=244)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    px = img.load()
    for _ in range(7000):
        x, yy = rnd.randrange(PW), rnd.randrange(PH)
        px[x, yy] = rnd.randrange(70, 170)
    return img


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(6414)
    buf = io.BytesIO()
    pw, ph = PW * 72 / 200, PH * 72 / 200
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.setCreator("Canon iR-ADV C5840")
    c.setProducer("Canon iR-ADV C5840")
    jb = io.BytesIO()
    _page(rnd).save(jb, "JPEG", quality=84, optimize=False, progressive=False, dpi=(200, 200))
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt) for name, txt, dm, _k, ans, med, seed, ty in ITEMS]


def text(path) -> str:
    """Image only: the printed mail as typed (table cells in reading order)."""
    out = [f"{k} {v}" for k, v in HEADER] + [x for x in BODY if x]
    out.append(" ".join(TABLE_HEAD))
    for name, txt, dm, kind, ans, med, _s, _t in ITEMS:
        out.append(f"{name}\n{txt}\n{dm} / {kind}\nAnsvar: {ans} Med: {med or '–'}")
    out += [x for x in AFTER if x]
    return "\n".join(out)
