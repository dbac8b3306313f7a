"""VOFO: the report arrived by fax and was saved by the fax server as a PDF: two bilevel (black and white) 200-dpi
pages, each with the sending machine's header line at the top. Page 1 is the fax cover sheet (Til / Fra / Dato /
Antall sider / Emne and a short message that mentions a 2081 plan), page 2 the table. Image only, no text layer."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from .common import ARR, FONT_DIR, FOU, INFO, KURS, RAD, row, setup_reportlab

FILENAME = "Faks fra VOFO 15.01.2081.pdf"
MEMBER = "VOFO"
FORMAT = ("PDF, image only: two bilevel (1-bit) 200-dpi page images as a fax server stores them (Pillow render, "
          "fax header line, thresholded noise, dropped scan lines, slight skew), wrapped by reportlab; no text "
          "layer")
SHAPE = ("received fax: every page starts with the sender's header line «15/01/2081 10:42 FRA: VOFO +47 … S. 1/2»; "
         "page 1 a cover sheet TELEFAKS with Til / Fra / Dato / Antall sider / Emne and a message (a 2081 course is "
         "«ikke tatt med»); page 2 a ruled table Tiltak / Delmål / Form / Ansvarlig / Samarbeid / Hva ble gjort, "
         "delmål as code")
NOT_TRUTH = ("the fax header lines, the cover sheet (addressee, sender, subject, the message naming 'Nettkurs for "
             "frivillige tillitsvalgte' planned for 2081), the title and header row on page 2, the signature")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

COLS = [("Tiltak", 330), ("Delmål", 118), ("Form", 185), ("Ansvarlig", 245), ("Samarbeid", 245),
        ("Hva ble gjort", 380)]
# name, delmål, form, ansvar, med, text, seed, type
ITEMS = [
    ("Nasjonalt forum for karriereveiledning – VOFOs representant", "1.3", "Rådsarbeid", "VOFO", "",
     "VOFO tok opp karriereveiledning for voksne som lærer i studieforbund og frivillige organisasjoner.",
     "M04", RAD),
    ("Norsk i praksis – studieforbundenes kurs", "3.4", "Kurs", "Folkeuniversitetet", "LO, Virke",
     "Studieforbundene holdt norskkurs på 52 arbeidsplasser, med vekt på muntlig fagspråk.", "J02", KURS),
    ("Kursledersamling for Kompetansepluss frivillighet", "3.2", "Samling", "VOFO", "HK-dir",
     "To dager i Trondheim for 85 kursledere om grunnleggende ferdigheter i frivillige lag.", None, ARR),
    ("Studieforbundenes læringsbarometer", "3.6", "Undersøkelse", "VOFO", "NIFU",
     "Spørreundersøkelse blant 5 000 deltakere om læringsutbytte og motivasjon.", None, FOU),
    ("Kampanjen «Lær hele livet»", "3.6", "Kampanje", "VOFO", "studieforbundene",
     "Annonser, plakater og en nettside som viste fram kurs for voksne i hele landet i september.", None, INFO),
]
W, H = 1654, 2339


def _f(size, bold=False, mono=False):
    if mono:
        return ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), size)
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


def _header(d, page):
    d.text((60, 28), f"15/01/2081 10:42    FRA: VOFO  +47 23 10 04 50    TIL: +47 22 24 90 00    S. {page}/2",
           font=_f(22, mono=True), fill=0)


def _finish(img, seed):
    rnd = random.Random(seed)
    px = img.load()
    for _ in range(2500):
        px[rnd.randrange(W), rnd.randrange(H)] = 0
    img = img.rotate(0.3, resample=Image.NEAREST, expand=False, fillcolor=255)
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    d = ImageDraw.Draw(bw)
    for _ in range(3):
        y = rnd.randrange(200, H - 100)
        d.line((0, y, W, y), fill=1)
    return bw


def _page1():
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    _header(d, 1)
    d.text((120, 140), "VOFO", font=_f(60, bold=True), fill=0)
    d.text((120, 215), "Voksenopplæringsforbundet", font=_f(28), fill=0)
    d.text((120, 330), "TELEFAKS", font=_f(64, bold=True), fill=0)
    y = 470
    for k, v in [("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "VOFO, v/ Berit Holm"),
                 ("Dato:", "15. januar 2081"), ("Antall sider:", "2 (inkludert denne)"),
                 ("Emne:", "Rapportering av tiltak 2080")]:
        d.text((120, y), k, font=_f(30, bold=True), fill=0)
        d.text((420, y), v, font=_f(30), fill=0)
        y += 62
    d.line((120, y + 20, W - 120, y + 20), fill=0, width=3)
    msg = ("Hei! Vår e-post kom i retur, så vi sender rapporten på faks. Tabellen på neste side viser tiltakene "
           "VOFO hadde i 2080. Nettkurs for frivillige tillitsvalgte er planlagt fra høsten 2081 og er derfor "
           "ikke tatt med. Ring gjerne om noe er uklart.")
    yy = y + 70
    for ln in _wrap(d, msg, _f(30), W - 260):
        d.text((120, yy), ln, font=_f(30), fill=0)
        yy += 44
    d.text((120, yy + 60), "Med hilsen Berit Holm, rådgiver", font=_f(30), fill=0)
    return _finish(img, 6010)


def _page2():
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    _header(d, 2)
    d.text((90, 130), "VOFOs tiltak 2080 – til Kompetansepolitisk råd", font=_f(38, bold=True), fill=0)
    fs, fb, lead = _f(25), _f(25, bold=True), 34
    x0, y = 70, 230
    xs = [x0]
    for _n, w in COLS:
        xs.append(xs[-1] + w)
    for (n, _w), x in zip(COLS, xs):
        d.text((x + 8, y + 10), n, font=fb, fill=0)
    y += 52
    d.line((x0, y, xs[-1], y), fill=0, width=3)
    for it in ITEMS:
        cells = list(it[:6])
        wrapped = [_wrap(d, v, fs, w - 16) if v else [""] for v, (_n, w) in zip(cells, COLS)]
        h = max(len(wl) for wl in wrapped) * lead + 20
        for wl, x in zip(wrapped, xs):
            for k, ln in enumerate(wl):
                d.text((x + 8, y + 10 + k * lead), ln, font=fs, fill=0)
        y += h
        d.line((x0, y, xs[-1], y), fill=0, width=2)
    for x in xs:
        d.line((x, 230, x, y), fill=0, width=2)
    d.rectangle((x0, 230, xs[-1], y), outline=0, width=3)
    d.text((90, y + 60), "Oslo, 15. januar 2081 – VOFO", font=_f(28), fill=0)
    return _finish(img, 6011)


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("FaxServer 7.2 (Inbound)")
    for img in (_page1(), _page2()):
        pb = io.BytesIO()
        img.save(pb, "PNG", dpi=(200, 200))
        c.drawImage(ImageReader(io.BytesIO(pb.getvalue())), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, med, txt) for n, dm, _f2, ans, med, txt, seed, ty in ITEMS]


def text(path) -> str:
    """Image only: the text printed on the pages."""
    out = ["VOFO", "TELEFAKS", "VOFOs tiltak 2080 – til Kompetansepolitisk råd"]
    for it in ITEMS:
        out.append(" ".join(it[:6]))
    return "\n".join(out)
