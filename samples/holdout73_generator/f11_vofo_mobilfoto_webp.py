"""VOFO: a phone photo of a printed Word table, saved as a WebP image (as a chat service in the browser gives a photo
when it is downloaded): the A4-landscape page lies on a desk, seen a little from the side (perspective), slightly
turned, with uneven light and a soft shadow. No text layer: the clerk reads the picture. Columns Tiltak / Kort om /
Delmål / Type / Ansvar / Partnere; VOFO's lower-case kind words. The trap is VOFO's own note on last year's Karriereuka,
a 2093 measure named after the 2092 edition. A learning week not held in 2093 is told only in words."""
from __future__ import annotations

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, FOU, KURS, PROSJEKT, RAD, row

FILENAME = "VOFO tiltak 2093 (bilde).webp"
MEMBER = "VOFO"
IMAGE_ONLY = True
FORMAT = ("WebP image (lossy, quality 82, as a chat service in the browser saves a phone photo; no EXIF, no text "
          "layer): Pillow render of the printed A4-landscape page on a desk, perspective warp, 2° turn, uneven light, "
          "soft shadow, seeded noise and blur")
SHAPE = ("phone photo of a printed Word table: title «VOFO – tiltak i kompetansestrategien 2093», header Tiltak / Kort "
         "om / Delmål / Type / Ansvar / Partnere, delmål as a plain code, VOFO's lower-case kind words (forum, "
         "arrangement, notat, kurs, prosjekt); VOFO's own note on last year's Karriereuka («Erfaringsnotat fra "
         "Karriereuka 2092», written in February 2093) right under the joint week; a learning week not held in 2093 "
         "told only in words; a page number and the date printed at the foot")
NOT_TRUTH = ("the title, the header, the Delmål and Type cells, the row 'Voksnes læringsuke' (not held in 2093, the "
             "next one in September 2094), the printed date and page number, the desk around the page")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Kort om", "Delmål", "Type", "Ansvar", "Partnere"]
# name, text, dm, kind, ansvar, partners, seed, type
ROWS = [
    ("VOFO i Nasjonalt forum for karriereveiledning",
     "VOFO har plassen for frivillig sektor i forumet. Vi la fram et innspill om veiledning i studieforbundene.",
     "1.3", "forum", "VOFO", "", "M01", RAD),
    ("Karriereuka 2093 – åpne dager i studieforbundene",
     "Studieforbundene holdt 60 åpne kurskvelder og veiledningsmøter i Karriereuka.", "1.3", "arrangement", "VOFO",
     "studieforbundene, HK-dir", "J03", ARR),
    ("Erfaringsnotat fra Karriereuka 2092",
     "Notatet oppsummerer fjorårets karriereuke og ble skrevet i februar 2093. Det er VOFOs eget notat.", "1.3",
     "notat", "VOFO", "", None, FOU),
    ("Lese- og skrivekurs i Kompetansepluss frivillighet",
     "Kurs for voksne med svake grunnleggende ferdigheter i regi av frivillige lag. 45 kurs i 2093.", "3.2", "kurs",
     "Folkeuniversitetet", "HK-dir", None, KURS),
    ("Læringslyst – motivasjonsprosjekt i frivilligheten",
     "Prosjektet prøver ut korte, sosiale kurs for voksne som ikke har tatt kurs på mange år.", "3.6", "prosjekt",
     "VOFO", "Studieforbundet Næring og samfunn", None, PROSJEKT),
    ("Voksnes læringsuke",
     "Ikke holdt i 2093. Neste læringsuke er i september 2094.", "3.6", "arrangement", "VOFO", "", "", None),
]
COLS = [330, 470, 90, 150, 200, 250]   # column widths in px at 150 dpi


def _font(size, bold=False):
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")), size)


def _page() -> Image.Image:
    w, h = 1754, 1240
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    x0, y = 95, 90
    dr.text((x0, y), "VOFO – tiltak i kompetansestrategien 2093", font=_font(34, True), fill=0)
    y += 70
    dr.text((x0, y), "Voksenopplæringsforbundet rapporterer til Kompetansepolitisk råd.", font=_font(20), fill=30)
    y += 50
    f, fb = _font(19), _font(19, True)
    line = 25
    all_rows = [HEAD] + [[r[0], r[1], r[2], r[3], r[4], r[5]] for r in ROWS]
    for k, cells in enumerate(all_rows):
        wrapped = []
        for v, cw in zip(cells, COLS):
            bold = k == 0 or cw == COLS[0]
            chars = max(4, int(cw / (12.6 if bold else 10.8)))
            wrapped.append(textwrap.wrap(v, chars) or [""])
        hgt = max(len(x) for x in wrapped) * line + 14
        x = x0
        for lines, cw in zip(wrapped, COLS):
            dr.rectangle([x, y, x + cw, y + hgt], outline=0, width=2)
            for i, ln in enumerate(lines):
                dr.text((x + 7, y + 7 + i * line), ln, font=fb if (k == 0 or cw == COLS[0]) else f, fill=0)
            x += cw
        y += hgt
    dr.text((x0, h - 70), "Oslo, 14.01.2094", font=_font(17), fill=60)
    dr.text((w - 160, h - 70), "Side 1", font=_font(17), fill=60)
    return im


def _coeffs(src, dst):
    import numpy as np
    a = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float)).tolist()


def _photo() -> Image.Image:
    rnd = random.Random(7303)
    page = _page().convert("RGB")
    W, H = 2200, 1650
    desk = Image.new("RGB", (W, H), (118, 92, 66))
    dd = ImageDraw.Draw(desk)
    for i in range(0, H, 6):
        shade = 100 + int(18 * ((i * 37) % 11) / 11)
        dd.line([(0, i), (W, i + rnd.randint(-3, 3))], fill=(shade + 18, shade - 8, shade - 30), width=3)
    pw, ph = page.size
    # where the page's corners land in the photo: a little keystone and a 2° turn
    dst = [(260, 190), (1985, 250), (2030, 1470), (205, 1420)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _coeffs(src, dst)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    desk.paste((40, 30, 22), (14, 18), shadow.point(lambda v: int(v * 0.55)))
    desk.paste(warped, (0, 0), mask)
    # uneven light: brighter top left, darker bottom right
    import numpy as np
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.0 - 0.22 * (0.6 * xx / W + 0.4 * yy / H)
    arr = (np.asarray(desk).astype(np.float32) * light[:, :, None]).astype(np.int16)
    arr += np.random.RandomState(7303).normal(0, 5, size=(H, W, 1)).astype(np.int16)
    desk = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return desk.filter(ImageFilter.GaussianBlur(0.7))


def build(out) -> list[dict]:
    buf = io.BytesIO()
    _photo().save(buf, "WEBP", quality=82, method=4)
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for name, txt, dm, _kind, ans, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    return rows


def text(path) -> str:
    """The typed text of the printed page (what the photo shows), for checking the truth against."""
    out = ["VOFO – tiltak i kompetansestrategien 2093", " ".join(HEAD)]
    for r in ROWS:
        out.append(" ".join(r[:6]))
    return "\n".join(out)
