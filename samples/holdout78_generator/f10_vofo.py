"""VOFO: a phone photo of the printed one-page report, sent straight from an iPhone as a HEIC image (HEIF with HEVC
coding). The page lies on a desk, seen a little from the side; there is no text layer, so the table must be read
from the picture. A course starting in March 2099 is told only in words under the table."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, row

FILENAME = "IMG_4127.HEIC"
MEMBER = "VOFO"
FORMAT = ("HEIC image (HEIF container, HEVC-coded still image written by libheif/x265 through pillow-heif, quality "
          "62) with EXIF Make «Apple», Model «iPhone 15 Pro», DateTimeOriginal 2099:01:13 and Orientation 1; no text "
          "layer: a Pillow render of the printed A4 page (DejaVu faces, ruled table) on a desk, perspective warp, "
          "1.2° turn, uneven light, seeded noise")
SHAPE = ("phone photo of a printed one-page report, the file named as the phone names it (IMG_4127.HEIC): letterhead "
         "«Voksenopplæringsforbundet VOFO», title, a short intro, a ruled table Tiltak / Delmål / Type / Ansvarlig / "
         "Samarbeid / Kort om with four rows, delmål as a plain code, VOFO's kind words (Forumdeltakelse, Åpen dag, "
         "Studiesirkel, Evaluering); the NFK seat «VOFO – medlem av Nasjonalt forum for karriereveiledning»; a course "
         "starting in March 2099 told only in words under the table; a signature line")
NOT_TRUTH = ("the letterhead, title and intro, the header, the Delmål and Type cells, the line under the table with "
             "'Kurs i digitalt medborgerskap' (starts in March 2099), the signature, the desk around the page")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, type word, ansvarlig, samarbeid, kort om, seed, type
ROWS = [
    ("VOFO – medlem av Nasjonalt forum for karriereveiledning", "1.3", "Forumdeltakelse", "VOFO", "",
     "Fire møter i forumet. VOFO la fram hvordan studieforbundene veileder voksne deltakere.", "M03", RAD),
    ("Studieforbundene i Veiviserdagen 2098", "1.3", "Åpen dag", "VOFO", "Kompetanseforbundet, UHR",
     "Tolv studieforbund holdt åpent med gratis veiledning i 30 kommuner.", "J03", ARR),
    ("Studiesirkler i norsk for foreldre", "3.6", "Studiesirkel", "Folkeuniversitetet", "kommunene",
     "85 studiesirkler for foreldre med kort botid, knyttet til barnehager og skoler.", None, KURS),
    ("Evaluering av opplæringstilskudd i frivilligheten", "3.6", "Evaluering", "VOFO", "Fafo",
     "Fafo evaluerte hvordan tilskuddet til opplæring i frivillige organisasjoner brukes.", None, FOU),
]
AFTER = "Kurs i digitalt medborgerskap er klart og starter i mars 2099."

DV = "/usr/share/fonts/truetype/dejavu/"


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    return lines + ([cur] if cur else [])


def page_image():
    """The printed A4 page at 200 dpi."""
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("L", (1654, 2339), 255)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(DV + "DejaVuSans.ttf", 25)
    fb = ImageFont.truetype(DV + "DejaVuSans-Bold.ttf", 25)
    ft = ImageFont.truetype(DV + "DejaVuSans-Bold.ttf", 40)
    fh = ImageFont.truetype(DV + "DejaVuSerif-Bold.ttf", 34)
    y = 150
    d.text((150, y), "Voksenopplæringsforbundet VOFO", font=fh, fill=30)
    y += 48
    d.text((150, y), "Akersgata 41 · 0158 Oslo · vofo.no", font=f, fill=80)
    y += 110
    d.text((150, y), "Rapport til Kompetansepolitisk råd – tiltak i 2098", font=ft, fill=0)
    y += 80
    for ln in _wrap(d, "Her er VOFOs tiltak i 2098. Tabellen følger sekretariatets mal; delmål er nummeret i "
                       "Nasjonal kompetansepolitisk strategi.", f, 1354):
        d.text((150, y), ln, font=f, fill=0)
        y += 34
    y += 30
    fc = ImageFont.truetype(DV + "DejaVuSans.ttf", 22)
    fcb = ImageFont.truetype(DV + "DejaVuSans-Bold.ttf", 22)
    heads = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Kort om"]
    cells = [[n, dm, k, a, s, t] for n, dm, k, a, s, t, _s, _ty in ROWS]
    # narrow columns as wide as their longest word, the rest shared by the name and the text
    need = [max([d.textlength(w, font=fcb) for w in h.split()]
                + [d.textlength(w, font=fc) for c in cells for w in c[i].split()]) + 24
            for i, h in enumerate(heads)]
    rest = 1354 - sum(need[1:5])
    widths = [int(rest * 0.46)] + [int(x) for x in need[1:5]]
    widths.append(1354 - sum(widths))
    cols = list(zip(heads, widths))
    f, fb = fc, fcb
    x0 = 150
    xs = [x0]
    for _h, w in cols:
        xs.append(xs[-1] + w)
    rows = [[h for h, _w in cols]] + [[n, dm, k, a, s, t] for n, dm, k, a, s, t, _s, _ty in ROWS]
    for ri, cells in enumerate(rows):
        font = fb if ri == 0 else f
        wrapped = [_wrap(d, c, font, w - 20) if c else [] for c, (_h, w) in zip(cells, cols)]
        h = max(len(x) for x in wrapped) * 30 + 22
        if ri == 0:
            d.rectangle([xs[0], y, xs[-1], y + h], fill=225)
        for ci, lines in enumerate(wrapped):
            for k, ln in enumerate(lines):
                d.text((xs[ci] + 10, y + 11 + k * 30), ln, font=font, fill=0)
        d.line([xs[0], y, xs[-1], y], fill=0, width=2)
        for x in xs:
            d.line([x, y, x, y + h], fill=0, width=2)
        y += h
    d.line([xs[0], y, xs[-1], y], fill=0, width=2)
    f = ImageFont.truetype(DV + "DejaVuSans.ttf", 25)
    y += 40
    d.text((150, y), AFTER, font=f, fill=0)
    y += 110
    d.text((150, y), "Oslo, 13. januar 2099", font=f, fill=0)
    y += 40
    d.text((150, y), "Siv Brekke, generalsekretær", font=f, fill=0)
    return im


def photo():
    """The page on a desk, photographed at a slight angle (3024 × 4032, as the phone stores it)."""
    import numpy as np
    from PIL import Image, ImageFilter
    page = page_image().convert("RGB")
    w, h = 3024, 4032
    rng = np.random.default_rng(7810)
    yy, xx = np.mgrid[0:h, 0:w]
    desk = np.stack([118 + 18 * np.sin(xx / 170.0) + 8 * np.sin(yy / 53.0),
                     92 + 14 * np.sin(xx / 170.0) + 6 * np.sin(yy / 53.0),
                     68 + 10 * np.sin(xx / 170.0)], axis=-1)
    img = Image.fromarray(np.clip(desk, 0, 255).astype("uint8"))
    # where the page corners land in the photo (tl, tr, br, bl): a little narrower at the top
    dst = [(330, 300), (2700, 350), (2820, 3760), (200, 3700)]
    pw, ph = page.size
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective(dst, src)
    warped = page.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    img.paste(warped, (0, 0), mask)
    img = img.rotate(1.2, resample=Image.BICUBIC, fillcolor=(110, 86, 62))
    arr = np.asarray(img).astype("float32")
    light = 0.82 + 0.22 * (xx / w) * (1 - 0.35 * (yy / h))
    arr = arr * light[..., None] + rng.normal(0, 3.0, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.7))
    return img


def _perspective(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input points src."""
    import numpy as np
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, dtype="float64"), np.array(b, dtype="float64")).tolist()


def build(out) -> list[dict]:
    import io

    import pillow_heif
    from PIL import Image
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15 Pro"
    exif[0x0112] = 1
    exif[0x0131] = "18.2"
    exif[0x0132] = "2099:01:13 15:42:10"
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2099:01:13 15:42:10"
    ifd[0x9010] = "+01:00"
    buf = io.BytesIO()
    photo().save(buf, format="HEIF", quality=62, exif=exif.tobytes())
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, dm, _k, a, s, t, seed, ty in ROWS]


def text(path) -> str:
    """What the page says: the render's text (the photo itself has no text layer; verify reads it with OCR too)."""
    lines = ["Voksenopplæringsforbundet VOFO", "Rapport til Kompetansepolitisk råd – tiltak i 2098"]
    for r in ROWS:
        lines += [r[0], r[1], r[2], r[3], r[4], r[5]]
    return "\n".join(lines + [AFTER])
