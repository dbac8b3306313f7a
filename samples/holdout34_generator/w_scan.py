"""Image-only scan: Virke's signed letter, rendered with Pillow at 200 dpi, rotated, noisy,
wrapped in a PDF without a text layer."""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from .common import pinned_canvas_class
from .data_b import VIRKE

DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _font(bold=False, size=30):
    return ImageFont.truetype(FONT_DIR + ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"), size)


def _wrap(text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if font.getlength(trial) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _lines():
    """Yield (text, bold, size, extra_space_before) for the whole letter."""
    yield ("Hovedorganisasjonen Virke", True, 44, 0)
    yield ("Postboks 2900 Solli, 0230 Oslo", False, 24, 0)
    yield ("", False, 20, 30)
    yield ("Sekretariatet for Kompetansepolitisk råd", False, 30, 0)
    yield ("Oslo, 10. januar 2055", False, 30, 20)
    yield ("Virkes rapportering av tiltak for 2054", True, 36, 50)
    yield ("Vi viser til henvendelse fra sekretariatet og oversender med dette en oversikt over "
           "tiltakene Virke har gjennomført eller deltatt i i løpet av 2054.", False, 30, 20)
    for n, x in enumerate(VIRKE, 1):
        yield (f"{n}. {x['t']}", True, 30, 36)
        yield (f"Delmål: {x['d']}     Type: {x['tw']}", False, 28, 6)
        meta = []
        if x["a"]:
            meta.append(f"Ansvarlig: {x['a']}")
        if x["p"]:
            meta.append(f"Samarbeid: {x['p']}")
        if meta:
            yield ("     ".join(meta), False, 28, 0)
        yield (x["b"], False, 30, 6)
    yield ("Med vennlig hilsen", False, 30, 60)
    yield ("Hovedorganisasjonen Virke", False, 30, 0)
    yield ("Siri Lund Andersen", True, 30, 90)
    yield ("direktør for kompetanse og arbeidsliv", False, 28, 0)


def _render_pages():
    pages, img, d, y = [], None, None, None
    left, right, bottom = 190, W - 190, H - 220

    def new_page():
        im = Image.new("L", (W, H), 250)
        return im, ImageDraw.Draw(im), 200
    img, d, y = new_page()
    for text, bold, size, before in _lines():
        f = _font(bold, size)
        wrapped = _wrap(text, f, right - left) if text else [""]
        need = before + len(wrapped) * int(size * 1.45)
        if y + need > bottom:
            pages.append(img)
            img, d, y = new_page()
            before = 0
        y += before
        for ln in wrapped:
            d.text((left, y), ln, font=f, fill=25)
            y += int(size * 1.45)
    pages.append(img)
    return pages


def _degrade(img, n, rng):
    d = ImageDraw.Draw(img)
    if n == 0:  # received-stamp in the top right margin
        st = Image.new("L", (520, 150), 255)
        sd = ImageDraw.Draw(st)
        sd.rectangle([4, 4, 515, 145], outline=110, width=6)
        sd.text((40, 25), "MOTTATT", font=_font(True, 44), fill=110)
        sd.text((40, 85), "21. JAN. 2055", font=_font(False, 36), fill=110)
        st = st.rotate(8, expand=True, fillcolor=255)
        img.paste(st, (W - 700, 120), Image.eval(st, lambda v: 255 - v))
    for _ in range(5000):
        x, y = rng.randrange(W), rng.randrange(H)
        g = rng.randrange(60, 200)
        d.point((x, y), fill=g)
    for _ in range(6):
        x = rng.randrange(W)
        d.line([(x, 0), (x + rng.randrange(-8, 8), H)], fill=rng.randrange(215, 235), width=1)
    img = img.rotate(0.7 if n == 0 else -0.5, resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    # darker scan edge
    ImageDraw.Draw(img).rectangle([0, 0, 14, H], fill=120)
    return img


def write_virke(out):
    name = "Virke_skannet_brev_2054.pdf"
    path = os.path.join(out, name)
    rng = random.Random(2054)
    C = pinned_canvas_class()
    c = C(path, pagesize=A4)
    c.setTitle("Skannet dokument")
    c.setCreator("KM_C3350 scan")
    c.setProducer("KM_C3350 scan")
    for n, page in enumerate(_render_pages()):
        img = _degrade(page, n, rng)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, dpi=(DPI, DPI))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return dict(file=name, member="Virke", rows=VIRKE,
                shape="image-only scanned letter (200 dpi, rotated, speckle noise, 'MOTTATT' stamp), "
                      "numbered items with Delmål/Type line; no text layer")
