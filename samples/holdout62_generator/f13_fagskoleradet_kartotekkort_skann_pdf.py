"""Fagskolerådet: the organisation still keeps a card index of its measures. For the report the six cards of the year
were laid on a flatbed scanner, three at a time, and scanned to PDF: two page images, each with three 5×3-inch
index cards (red head rule, blue ruled lines, a printed «TILTAKSKORT» head and pre-printed field labels) filled in
on a typewriter in Nynorsk. The cards lie at slightly different angles. One card is for a campaign closed in 2081
and carries a rubber stamp AVSLUTTA. Image only, no text layer."""
from __future__ import annotations

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, FOU, KURS, RAD, row, setup_reportlab

FILENAME = "Fagskolerådet tiltakskort 2082 (skanna).pdf"
MEMBER = "Fagskolerådet"
FORMAT = ("PDF, image only: two 200-dpi grey JPEG pages (Pillow render of three 5×3-inch index cards per page, "
          "each card rotated on its own by up to 0.8°, ruled lines, typewriter face, a rubber stamp, seeded noise and "
          "blur) wrapped by reportlab; no text layer")
SHAPE = ("scanned card index (Nynorsk): six index cards, three per page, each with a printed head «FAGSKULERÅDET · "
         "TILTAKSKORT» and card number, then typed fields TILTAK / DELMÅL / TYPE / ÅR / ANSVARLEG / SAMAN MED / "
         "SKILDRING on the ruled lines; one card with ÅR 2081 and a red stamp AVSLUTTA")
NOT_TRUTH = ("the scanner background, the printed card heads and field labels, the card numbers, the DELMÅL, TYPE and "
             "ÅR values, the card nr. 08 'Fagskulekampanjen «Ta steget»' (ÅR 2081, stamped AVSLUTTA)")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

# nr, name, dm, type word, year, ansvar, med, text, seed, type
CARDS = [
    ("11", "Nasjonalt fagskuleråd – plassen vår", "1.4", "Rådsarbeid", "2082", "Dagleg leiar", "",
     "Fagskulerådet har ein av plassane i rådet og arbeidde for at fagskulane skal få løyve til korte kurs for "
     "tilsette i industrien.", "M02", RAD),
    ("14", "Realkompetansedagen – fagskulane sitt bidrag", "2.5", "Konferanse", "2082", "Fagskulerådet", "VOFO, Kompetanseforbundet",
     "Fagskulerådet hadde ansvaret for programpostane om godskriving av realkompetanse i fagskulen.", "J03", ARR),
    ("15", "Fagskuleforum Nord", "1.4", "Nettverk", "2082", "Fagskulen i Nordland",
     "Fagskulen i Troms, Fagskulen i Finnmark",
     "Regionalt forum for fagskulane i Nord-Noreg, bygd opp etter mønster av Nasjonalt fagskuleråd, men ikkje ein "
     "del av det.", None, RAD),
    ("08", "Fagskulekampanjen «Ta steget»", "2.3", "Kampanje", "2081", "Fagskulerådet", "",
     "Kampanje på sosiale medium for vaksne med fagbrev. Avslutta desember 2081.", "", None),
    ("17", "Fagskulemodular i batteriproduksjon", "2.4", "Kurs", "2082", "Fagskulen Vestland", "Norsk Industri",
     "Tre korte modular på 10 studiepoeng for operatørar i batterifabrikkar; 160 studentar.", None, KURS),
    ("19", "Kartlegging av praksisplassar i fagskulen", "2.2", "Kartlegging", "2082", "Fagskulerådet", "NOKUT",
     "Spørjeundersøking til alle fagskulane om kor mange praksisplassar dei treng og får.", None, FOU),
]
PW, PH = 1654, 2339  # A4 at 200 dpi
CW, CH = 1000, 600  # 5 x 3 inch at 200 dpi
PITCH = 40
SIZE = 26


def _card_lines(card) -> list[str]:
    nr, name, dm, tw, year, ans, med, txt, _s, _t = card
    out = []
    first = textwrap.wrap(name, 48)
    out.append("TILTAK:     " + first[0])
    out += ["            " + x for x in first[1:]]
    out.append(f"DELMÅL:     {dm:<10}TYPE: {tw:<15}ÅR: {year}")
    out.append("ANSVARLEG:  " + ans)
    out.append("SAMAN MED:  " + (med or "–"))
    wrapped = textwrap.wrap(txt, 48)
    out.append("SKILDRING:  " + wrapped[0])
    out += ["            " + x for x in wrapped[1:]]
    return out


def _card(card, rnd) -> Image.Image:
    img = Image.new("L", (CW, CH), 250)
    d = ImageDraw.Draw(img)
    d.line((0, 78, CW, 78), fill=150, width=3)
    for y in range(78 + PITCH, CH - 10, PITCH):
        d.line((0, y, CW, y), fill=205, width=2)
    head = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 22)
    d.text((34, 34), "FAGSKULERÅDET · TILTAKSKORT", font=head, fill=60)
    d.text((CW - 190, 34), f"Nr. {card[0]}", font=head, fill=60)
    mono = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), SIZE)
    y = 78 + PITCH - SIZE - 6
    for ln in _card_lines(card):
        x = 34
        for ch in ln:
            if ch != " ":
                g = rnd.randrange(15, 60)
                d.text((x + rnd.choice((0, 0, 1)), y + rnd.choice((0, 0, 1))), ch, font=mono, fill=g)
            x += mono.getlength(" ")
        y += PITCH
    if card[4] == "2081":
        st = Image.new("L", (380, 110), 0)
        sd = ImageDraw.Draw(st)
        sd.rectangle((4, 4, 375, 105), outline=255, width=6)
        sd.text((30, 20), "AVSLUTTA", font=ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 60), fill=255)
        st = st.rotate(12, expand=True)
        ink = Image.new("L", st.size, 120)
        img.paste(ink, (CW - st.size[0] - 40, CH - st.size[1] - 30), st)
    border = Image.new("L", (CW + 4, CH + 4), 170)
    border.paste(img, (2, 2))
    return border


def _page(cards, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    page = Image.new("L", (PW, PH), 236)
    for k, card in enumerate(cards):
        im = _card(card, rnd)
        angle = rnd.uniform(-0.8, 0.8)
        mask = Image.new("L", im.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=236)
        x = (PW - im.size[0]) // 2 + rnd.randrange(-40, 40)
        y = 120 + k * 730 + rnd.randrange(-15, 15)
        page.paste(im, (x, y), mask)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    px = page.load()
    for _ in range(7000):
        x, y = rnd.randrange(PW), rnd.randrange(PH)
        px[x, y] = max(0, px[x, y] - rnd.randrange(40, 120))
    return page


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    pw, ph = PW * 72 / 200, PH * 72 / 200
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.setCreator("Canon ScanGear")
    for k in range(2):
        jb = io.BytesIO()
        _page(CARDS[3 * k:3 * k + 3], 6200 + k).save(jb, "JPEG", quality=82, optimize=False, progressive=False,
                                                      dpi=(200, 200))
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt)
            for _n, name, dm, _tw, _y, ans, med, txt, seed, ty in CARDS if ty]


def text(path) -> str:
    """Image only: the text typed on the cards (wrapped lines joined)."""
    out = []
    for _n, name, dm, tw, year, ans, med, txt, _s, _t in CARDS:
        out.append(f"TILTAK: {name} DELMÅL: {dm} TYPE: {tw} ÅR: {year} ANSVARLEG: {ans} SAMAN MED: {med or '–'} "
                   f"SKILDRING: {txt}")
    return "\n".join(out)
