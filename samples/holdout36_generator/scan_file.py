"""Image-only 'scanned' letter (Nordland fylkeskommune): no text layer."""
from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .common import FileInfo, T, attach

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
             "/usr/share/fonts/truetype/liberation"]


def _font(names, size):
    for d in FONT_DIRS:
        for n in names:
            p = Path(d) / n
            if p.exists():
                return ImageFont.truetype(str(p), size)
    raise SystemExit("No TrueType font found for the scanned page (DejaVu or Liberation needed)")


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if draw.textlength(cand, font=font) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def build_nordland(out: Path) -> FileInfo:
    name = "Nordland_fylkeskommune_rapport_2056_skannet.pdf"
    member = "Nordland fylkeskommune"
    rows = [
        T("Medlemskap i Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk",
          "Fylkeskommunen er medlem av forumet og deler erfaringer fra karrieresentrene i Nordland."),
        T("Kompetanseløftet i Nord (KLiN)", "J01", "3.2", "Prosjekt",
          "Prosjekt sammen med Sametinget om Kompetansepluss-kurs for ansatte i små bedrifter i "
          "samiske områder i Nordland.", partnere="Sametinget"),
        T("Regionalt kompetanseforum Nordland", "R", "1.2", "Råd/utvalg/nettverk",
          "Forumet samler partene, NAV og utdanningsaktørene og har i 2056 vedtatt ny "
          "handlingsplan for kompetanse."),
        T("Fagbrev for voksne i havbruk", "R", "3.1", "Kurs/utdanning",
          "Kveldsundervisning og praksis i anlegg langs kysten for voksne som vil ta fagbrev "
          "i akvakulturfaget."),
    ]
    dpi = 150
    Wpx, Hpx = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (Wpx, Hpx), 255)
    d = ImageDraw.Draw(img)
    f_head = _font(["DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"], 34)
    f_bold = _font(["DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"], 24)
    f_body = _font(["DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"], 23)
    f_small = _font(["DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"], 19)
    x0, x1 = 150, Wpx - 150
    y = 130
    d.text((x0, y), "NORDLAND FYLKESKOMMUNE", font=f_head, fill=0)
    y += 48
    d.text((x0, y), "Fylkeshuset, 8048 Bodø", font=f_small, fill=40)
    d.text((x1 - 330, y), "Vår ref.: 2057/00412", font=f_small, fill=40)
    y += 30
    d.line((x0, y, x1, y), fill=0, width=2)
    y += 40
    d.text((x0, y), "Kompetansepolitisk råd v/ sekretariatet", font=f_body, fill=0)
    y += 32
    d.text((x1 - 260, y), "Bodø, 29.01.2057", font=f_body, fill=0)
    y += 60
    d.text((x0, y), "Rapportering av tiltak for 2056", font=f_bold, fill=0)
    y += 50
    intro = ("Nordland fylkeskommune rapporterer med dette fire tiltak som følger opp Nasjonal "
             "kompetansepolitisk strategi i 2056. Delmål er oppgitt i parentes.")
    for ln in _wrap(d, intro, f_body, x1 - x0):
        d.text((x0, y), ln, font=f_body, fill=0)
        y += 33
    y += 25
    for i, tr in enumerate(rows, start=1):
        head = f"{i}. {tr.tiltak} (delmål {tr.delmal})"
        for ln in _wrap(d, head, f_bold, x1 - x0):
            d.text((x0, y), ln, font=f_bold, fill=0)
            y += 34
        for ln in _wrap(d, tr.beskrivelse, f_body, x1 - x0 - 40):
            d.text((x0 + 40, y), ln, font=f_body, fill=0)
            y += 33
        y += 26
    y += 20
    d.text((x0, y), "Med hilsen", font=f_body, fill=0)
    y += 70
    # a wobbly "signature"
    rng = random.Random(3656)
    pts = [(x0 + k * 9, y + int(12 * rng.random() - 6 + 8 * ((k % 7) - 3) / 3)) for k in range(30)]
    d.line(pts, fill=30, width=3)
    y += 35
    d.text((x0, y), "Kari Nilsen, fylkesdirektør for utdanning og kompetanse", font=f_body, fill=0)
    y += 40
    d.text((x0, y), "Dokumentet er godkjent elektronisk.", font=f_small, fill=60)
    # scanner artefacts: slight rotation, noise, blur, greyish paper
    img = img.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rng = random.Random(20560)
    px = img.load()
    for _ in range(9000):
        xx, yy = rng.randrange(Wpx), rng.randrange(Hpx)
        px[xx, yy] = rng.choice((90, 140, 190))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.point(lambda v: int(18 + v * 0.9))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72, optimize=False)
    buf.seek(0)
    c = canvas.Canvas(str(out / name), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    shape = ("Image-only scan (no text layer), slightly rotated with noise; letter with a numbered "
             "list 'n. name (delmål x.y)' and indented descriptions; types not given")
    return FileInfo(name, member, shape, attach(rows, name, member))
