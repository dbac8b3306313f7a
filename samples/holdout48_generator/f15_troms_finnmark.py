"""15 Troms og Finnmark fylkeskommune - phone photo of a printed letter, saved as an image-only PDF."""
import io
import os
import textwrap
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import ImageReader
from .common import truth_row, FONT_DIR

FILE = "15_Troms_og_Finnmark_fylkeskommune_rapport_2068_foto.pdf"
MEMBER = "Troms og Finnmark fylkeskommune"
FORMAT = "PDF, image only: phone photo (Pillow render, perspective warp, uneven light, desk border, JPEG)"
SHAPE = ("Phone photo of a printed one-page letter, wrapped in a PDF by a scanner app: page seen at an angle "
         "(perspective keystone), lighting falls off to one corner, dark desk visible around the sheet, no "
         "text layer; trilingual letterhead, numbered measures «N. Name (delmål x.y)» with a text and an "
         "«Ansvar: … Samarbeid: …» line, no types; a survey about NFK is the county's own measure")

# seed, delmal, type, name, desc, ansvar, samarbeid
MEAS = [
    ("M06", "1.3", "Råd/utvalg/nettverk", "Forum for karriereveiledning (nasjonalt)",
     "Fylkeskommunen har hatt en plass i forumet gjennom Karriere Troms og Finnmark.",
     "Karriere Troms og Finnmark", ""),
    ("J01", "2.3", "Prosjekt", "Yrkesfagløftet i Troms og Finnmark",
     "Samarbeid med NHO Arktis og LO om flere læreplasser og synlige karriereveier i yrkesfagene. 212 nye "
     "lærekontrakter i 2068.", "Utdanningsavdelingen", "NHO Arktis, LO i Troms og Finnmark"),
    ("U1501", "3.1", "Kurs/utdanning", "Fagbrev for voksne i Finnmark – desentralisert",
     "Fagbrevløp for voksne i helsearbeiderfaget i Kautokeino, Vardø og Båtsfjord, med samlinger og "
     "nettundervisning. 48 deltakere.", "Utdanningsavdelingen", ""),
    ("U1502", "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Nord",
     "Regionalt forum med partene i arbeidslivet og NAV. Tre møter i 2068.", "Næringsavdelingen",
     "partene i arbeidslivet, NAV"),
    ("U1503", "1.3", "FoU", "Undersøkelse blant karriereveiledere om nytten av NFK",
     "Spørreundersøkelse blant 64 karriereveiledere i fylket om hvordan arbeidet i det nasjonale forumet når "
     "ut til veilederne.", "Karriere Troms og Finnmark", ""),
]

PW, PH = 1654, 2339   # A4 at 200 dpi


def _render_page():
    img = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(img)
    f = lambda name, size: ImageFont.truetype(os.path.join(FONT_DIR, name), size)
    reg, bold, small, head = f("DejaVuSerif.ttf", 31), f("DejaVuSerif-Bold.ttf", 31), \
        f("DejaVuSerif.ttf", 26), f("DejaVuSerif-Bold.ttf", 40)
    x0 = 170
    y = 150
    d.text((x0, y), "Romsa ja Finnmárkku fylkkasuohkan", font=small, fill=60)
    d.text((x0, y + 34), "Troms og Finnmark fylkeskommune", font=bold, fill=20)
    d.text((x0, y + 72), "Tromssan ja Finmarkun fylkinkunta", font=small, fill=60)
    d.text((1130, y + 34), "Dato: 24.01.2069", font=small, fill=30)
    d.text((1130, y + 68), "Vår ref.: 2069/0377", font=small, fill=30)
    y += 150
    d.line((x0, y, PW - 170, y), fill=90, width=3)
    y += 40
    d.text((x0, y), "Til: Sekretariatet for Kompetansepolitisk råd", font=reg, fill=20)
    y += 90
    d.text((x0, y), "Rapportering til Kompetansepolitisk råd – 2068", font=head, fill=10)
    y += 80
    for ln in textwrap.wrap("Troms og Finnmark fylkeskommune har følgende tiltak å rapportere for 2068:", 68):
        d.text((x0, y), ln, font=reg, fill=20)
        y += 44
    y += 16
    rows = []
    for i, (seed, delmal, typ, name, desc, ansvar, samb) in enumerate(MEAS, 1):
        d.text((x0, y), "%d. %s (delmål %s)" % (i, name, delmal), font=bold, fill=10)
        y += 46
        for ln in textwrap.wrap(desc, 66):
            d.text((x0 + 44, y), ln, font=reg, fill=20)
            y += 42
        meta = "Ansvar: %s." % ansvar + (" Samarbeid: %s." % samb if samb else "")
        for ln in textwrap.wrap(meta, 66):
            d.text((x0 + 44, y), ln, font=reg, fill=45)
            y += 42
        y += 26
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, samb, desc))
    y += 20
    for ln in ("Med hilsen", "", "Eirik Johansen", "fagleder kompetanse"):
        d.text((x0, y), ln, font=reg, fill=20)
        y += 42
    y += 30
    d.text((x0, y), "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.", font=small,
           fill=60)
    return img, rows


def _coeffs(dst, src):
    """Perspective coefficients mapping output (dst) points to input (src) points."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float)).tolist()


def build(outdir):
    rng = np.random.default_rng(471515)
    page, rows = _render_page()
    OW, OH = 1800, 2450
    quad = [(118, 96), (1688, 150), (1730, 2362), (64, 2318)]  # TL, TR, BR, BL of the sheet in the photo
    src = [(0, 0), (PW, 0), (PW, PH), (0, PH)]
    coeffs = _coeffs(quad, src)
    warped = page.convert("RGB").transform((OW, OH), Image.PERSPECTIVE, coeffs, Image.BICUBIC,
                                           fillcolor=(0, 0, 0))
    mask = Image.new("L", (PW, PH), 255).transform((OW, OH), Image.PERSPECTIVE, coeffs, Image.BILINEAR,
                                                   fillcolor=0)
    # desk background: dark brown with grain
    yy, xx = np.mgrid[0:OH, 0:OW]
    grain = (np.sin(xx / 7.0 + np.sin(yy / 90.0) * 3.0) * 6).astype(np.float32)
    desk = np.stack([74 + grain, 52 + grain * 0.8, 36 + grain * 0.6], axis=-1)
    desk += rng.normal(0, 5, desk.shape)
    paper = np.asarray(warped, dtype=np.float32)
    m = (np.asarray(mask, dtype=np.float32) / 255.0)[..., None]
    img = paper * m + desk * (1 - m)
    # uneven light: bright top-left, falls off towards bottom-right; slightly warm
    light = 1.02 - 0.20 * ((xx / OW) * 0.45 + (yy / OH) * 0.55)
    light = light[..., None] * np.array([1.0, 0.985, 0.95])
    img = img * light
    img += rng.normal(0, 3.2, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    photo = Image.fromarray(img, "RGB").filter(ImageFilter.GaussianBlur(0.75))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=80, optimize=False)
    buf.seek(0)
    path = os.path.join(outdir, FILE)
    pw, ph = 595.0, 595.0 * OH / OW
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1)
    c.setTitle("Skannet dokument")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    c.drawImage(ImageReader(buf), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
