"""YS: a phone photo of a laptop screen showing the report open in a word processor, saved as an AVIF image (as a
phone set to save photos in a high-efficiency format gives it when shared): window title bar, ribbon tabs, the page
with a ruled table and a status bar, seen from a little to the side, with the dark screen bezel, a faint moiré
pattern, a glare band and sensor noise. No text layer: the clerk reads the picture. Columns Tiltak / Kort om / DM /
Type / YS-forbund / Samarbeid; delmål as a plain code. A seminar postponed to the spring of 2095 is told only in
words."""
from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, KURS, PROSJEKT, RAD, row

FILENAME = "YS tiltak 2094.avif"
MEMBER = "YS"
IMAGE_ONLY = True
FORMAT = ("AVIF image (AV1 still image, quality 62, 8-bit 4:2:0, no EXIF, no text layer): Pillow render of a word "
          "processor window on a laptop screen photographed at an angle – perspective warp, dark bezel, moiré "
          "pattern, glare band, seeded noise and blur")
SHAPE = ("phone photo of a screen: a word-processor window (title bar «YS tiltak 2094.docx – Word», ribbon tabs, "
         "ruler, status bar «Side 1 av 1 · 268 ord · Norsk (bokmål)») with the page showing the title «YS – tiltak "
         "2094», one line of intro and a ruled table Tiltak / Kort om / DM / Type / YS-forbund / Samarbeid; delmål "
         "as a plain code under the short header «DM»; YS's kind words (Utvalg, Markering, Prosjekt, Nettverk, "
         "Opplæring, Seminar); the KBU seat «KBU – YS har plass i utvalget»; a seminar postponed to the spring of "
         "2095 told only in words")
NOT_TRUTH = ("the window title bar, ribbon, ruler and status bar, the page title and intro, the header, the DM and "
             "Type cells, the row 'Nordisk seminar om voksnes læring' (postponed to the spring of 2095), the screen "
             "bezel and the desk")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Kort om", "DM", "Type", "YS-forbund", "Samarbeid"]
# name, kort om, dm, type word, forbund, samarbeid, seed, type
ROWS = [
    ("KBU – YS har plass i utvalget",
     "YS' utredningssjef er medlem i det nye utvalget. YS ba om egne analyser av kompetansebehovet i offentlig "
     "sektor.", "1.1", "Utvalg", "YS sekretariatet", "", "M03", RAD),
    ("Fagbrevdagen",
     "YS-forbundene delte ut gaver til nye fagarbeidere på markeringer i ti fylker.", "2.3", "Markering", "Delta",
     "Parat, fylkeskommunene", "J03", ARR),
    ("Språkspor – YS-forbundenes del",
     "Delta og Parat rekrutterte språkvenner blant tillitsvalgte i 25 kommuner og bedrifter.", "3.4", "Prosjekt",
     "Delta", "KS, Virke", "J05", PROSJEKT),
    ("Kompetansenettverk for tillitsvalgte i staten",
     "Nettverk for tillitsvalgte i YS Stat om kompetanseplaner. Tre nettmøter og én samling.", "2.2", "Nettverk",
     "YS Stat", "", None, RAD),
    ("Fra assistent til fagarbeider",
     "Delta hjelper assistenter i helse og oppvekst med å ta fagbrev på jobb. 190 medlemmer startet.", "2.5",
     "Opplæring", "Delta", "fylkeskommunene", None, KURS),
    ("Nordisk seminar om voksnes læring",
     "Seminaret er utsatt til våren 2095.", "3.1", "Seminar", "YS sekretariatet", "", "", None),
]
COLS = [300, 470, 60, 130, 190, 210]


def _font(size, bold=False, sans=True):
    if sans:
        return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")), size)


def _screen() -> Image.Image:
    """The laptop screen as pixels: a word-processor window with the page."""
    w, h = 1920, 1200
    im = Image.new("RGB", (w, h), (230, 230, 230))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, w, 44], fill=(43, 87, 154))
    dr.text((w // 2 - 190, 10), "YS tiltak 2094.docx – Word", font=_font(20), fill=(255, 255, 255))
    dr.rectangle([0, 44, w, 84], fill=(43, 87, 154))
    x = 20
    for tab in ["Fil", "Hjem", "Sett inn", "Utforming", "Oppsett", "Referanser", "Masseutsendelser", "Se gjennom",
                "Visning", "Hjelp"]:
        dr.text((x, 54), tab, font=_font(17), fill=(255, 255, 255))
        x += int(dr.textlength(tab, font=_font(17))) + 34
    dr.rectangle([0, 84, w, 170], fill=(243, 243, 243))
    for i in range(14):
        dr.rounded_rectangle([24 + i * 92, 98, 24 + i * 92 + 70, 156], 6, outline=(200, 200, 200), fill=(250, 250, 250))
    dr.rectangle([0, 170, w, 192], fill=(255, 255, 255))
    for i in range(0, 1500, 38):
        dr.line([(210 + i, 184), (210 + i, 192)], fill=(150, 150, 150))
    dr.rectangle([0, h - 34, w, h], fill=(240, 240, 240))
    dr.text((14, h - 28), "Side 1 av 1    268 ord    Norsk (bokmål)", font=_font(15), fill=(70, 70, 70))
    dr.text((w - 220, h - 28), "100 %", font=_font(15), fill=(70, 70, 70))
    # the page
    px0, py0, px1 = 170, 205, 1750
    dr.rectangle([px0, py0, px1, h - 40], fill=(255, 255, 255), outline=(210, 210, 210))
    x0, y = px0 + 95, py0 + 60
    dr.text((x0, y), "YS – tiltak 2094", font=_font(34, True, sans=False), fill=(0, 0, 0))
    y += 62
    dr.text((x0, y), "YS og forbundene rapporterer disse tiltakene til Kompetansepolitisk råd.",
            font=_font(19, sans=False), fill=(20, 20, 20))
    y += 46
    f, fb = _font(18, sans=False), _font(18, True, sans=False)
    line = 24
    all_rows = [HEAD] + [list(r[:6]) for r in ROWS]
    for k, cells in enumerate(all_rows):
        wrapped = []
        for v, cw in zip(cells, COLS):
            bold = k == 0 or cw == COLS[0]
            chars = max(3, int(cw / (11.6 if bold else 10.2)))
            wrapped.append(textwrap.wrap(v, chars) or [""])
        hgt = max(len(x) for x in wrapped) * line + 12
        x = x0
        for lines, cw in zip(wrapped, COLS):
            if k == 0:
                dr.rectangle([x, y, x + cw, y + hgt], fill=(222, 234, 246))
            dr.rectangle([x, y, x + cw, y + hgt], outline=(0, 0, 0), width=1)
            for i, ln in enumerate(lines):
                dr.text((x + 6, y + 6 + i * line), ln, font=fb if (k == 0 or cw == COLS[0]) else f, fill=(0, 0, 0))
            x += cw
        y += hgt
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
    import numpy as np
    screen = _screen()
    sw, sh = screen.size
    W, H = 2400, 1800
    # desk and laptop lid around the screen
    bg = Image.new("RGB", (W, H), (92, 88, 84))
    dd = ImageDraw.Draw(bg)
    lid = [(120, 110), (2300, 170), (2330, 1690), (90, 1640)]
    dd.polygon(lid, fill=(28, 28, 30))
    dst = [(190, 175), (2230, 230), (2255, 1605), (165, 1560)]
    src = [(0, 0), (sw, 0), (sw, sh), (0, sh)]
    coeffs = _coeffs(src, dst)
    warped = screen.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (sw, sh), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    arr = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    m = np.asarray(mask).astype(np.float32) / 255.0
    # moiré: two slightly turned gratings beating against each other, only on the screen
    moire = 1.0 + 0.045 * np.sin(2 * np.pi * (xx * 0.0231 + yy * 0.0047)) * np.sin(2 * np.pi * (xx * 0.0029 -
                                                                                               yy * 0.0213))
    # glare: a soft diagonal band of light
    d = (xx * 0.55 + yy * 0.83 - 1500.0) / 260.0
    glare = 26.0 * np.exp(-d * d)
    # the screen is a little dimmer towards the bottom right
    light = 1.0 - 0.12 * (0.5 * xx / W + 0.5 * yy / H)
    scr = arr * (moire * light)[:, :, None] + glare[:, :, None]
    arr = arr * (1 - m[:, :, None]) + scr * m[:, :, None]
    arr += np.random.RandomState(7406).normal(0, 4.5, size=(H, W, 1))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(0.8))


def build(out) -> list[dict]:
    buf = io.BytesIO()
    _photo().save(buf, "AVIF", quality=62, speed=6, max_threads=1, subsampling="4:2:0")
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for name, kort, dm, _kind, forb, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forb, med, kort))
    return rows


def text(path) -> str:
    """The typed text of the page on the screen (what the photo shows), for checking the truth against."""
    out = ["YS – tiltak 2094", " ".join(HEAD)]
    for r in ROWS:
        out.append(" ".join(r[:6]))
    return "\n".join(out)
