"""Image-only 'scanned' PDF from Innlandet fylkeskommune: a typed form
rendered with PIL, rotated slightly, speckled and blurred, embedded as an
image in a PDF without any text layer."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .common import FONT_DIR, Doc, Row

INNL = [
    (Row("M06", "Medlem av NFK", "1.3", "Råd/utvalg/nettverk",
         "Karriere Innlandet", "",
         "Karrieresenteret representerer fylkeskommunen i Nasjonalt forum "
         "for karriereveiledning og deler erfaringer fra veiledning av "
         "voksne."), "Nettverk"),
    (Row("J05", "Lær mer frivillig", "3.6", "Prosjekt",
         "Seksjon for voksenopplæring", "VOFO, studieforbundene",
         "Kurs i frivillige lag og foreninger for voksne med lite formell "
         "utdanning, som et første steg tilbake til læring."), "Prosjekt"),
    (Row("R122", "Regional kompetansestrategi – partnerskapsmøter", "1.2",
         "Råd/utvalg/nettverk", "Fylkesdirektøren",
         "NAV Innlandet, partene i arbeidslivet, Høgskolen i Innlandet",
         "Fylkeskommunen leder partnerskapet for kompetanse og "
         "samordner arbeidet med strategien; tre møter i 2058."),
     "Nettverk/partnerskap"),
    (Row("R123", "Grunnleggende digitale ferdigheter for renholdere", "2.1",
         "Kurs/utdanning", "Eiendomsavdelingen", "",
         "Kurs for ansatte i renhold i fylkets skolebygg, finansiert med "
         "tilskudd fra DIGIBRO.",
         trap="DIGIBRO named only as the source of funding"), "Kurs"),
]

DPI = 150
PX_W, PX_H = int(8.27 * DPI), int(11.69 * DPI)


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        test = (cur + " " + w).strip()
        if draw.textlength(test, font=font) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = test
    if cur:
        lines.append(cur)
    return lines


def render_page():
    img = Image.new("L", (PX_W, PX_H), 255)
    dr = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 21)
    f_bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 21)
    f_head = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 30)
    x0, x1 = 110, PX_W - 110
    y = 110
    text_lines = []

    def line(text, font, dy=30, x=x0):
        nonlocal y
        dr.text((x, y), text, font=font, fill=25)
        text_lines.append(text)
        y += dy

    line("INNLANDET FYLKESKOMMUNE", f_bold, 34)
    line("Rapport til Kompetansepolitisk råd – tiltak 2058", f_head, 56)
    line("Skjemaet er fylt ut og skannet inn av fylkeskommunen.", f_body, 44)
    lab_w = 250
    for n, (r, tword) in enumerate(INNL, start=1):
        dr.rectangle([x0 - 12, y - 8, x1 + 12, y + 30], fill=225)
        line(f"Tiltak {n}", f_bold, 44)
        fields = [("Tiltak:", r.tiltak), ("Delmål:", r.delmal),
                  ("Type tiltak:", tword), ("Ansvarlig:", r.ansvarlig),
                  ("Samarbeid:", r.partners or "–"),
                  ("Beskrivelse:", r.beskrivelse)]
        for lab, val in fields:
            dr.text((x0, y), lab, font=f_bold, fill=25)
            parts = _wrap(dr, val, f_body, x1 - x0 - lab_w)
            text_lines.append(lab + " " + " ".join(parts))
            for part in parts:
                dr.text((x0 + lab_w, y), part, font=f_body, fill=25)
                y += 29
            y += 6
        y += 18
    line("Lillehammer, 15.01.2059", f_body, 40)
    line("Fylkesdirektør for utdanning og kompetanse", f_body, 30)
    return img, "\n".join(text_lines)


def degrade(img, seed=38):
    rnd = random.Random(seed)
    img = img.rotate(-0.8, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(24000):
        x, y = rnd.randrange(PX_W), rnd.randrange(PX_H)
        px[x, y] = rnd.choice((120, 160, 190, 60))
    for _ in range(40):          # larger dust specks
        x, y = rnd.randrange(PX_W - 4), rnd.randrange(PX_H - 4)
        for dx in range(rnd.randint(1, 3)):
            for dy in range(rnd.randint(1, 3)):
                px[x + dx, y + dy] = 70
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # darker scanner edge on the left
    dr = ImageDraw.Draw(img)
    for i in range(18):
        dr.line([(i, 0), (i, PX_H)], fill=150 + i * 5)
    return img


def build_innlandet(out_dir) -> Doc:
    fn = "Innlandet_fylkeskommune_skannet_2058.pdf"
    img, text = render_page()
    img = degrade(img)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    c = canvas.Canvas(str(out_dir / fn), pagesize=A4, invariant=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("Scanner")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return Doc(fn, "Innlandet fylkeskommune",
               "image-only scanned PDF (typed form rendered to image, "
               "rotated 0.8°, speckles, blur, no text layer)",
               [r for r, _ in INNL], source_text=text)
