"""PDFs drawn directly: Unio's slide deck, VOFO's printed e-mail and YS' scan (an image-only PDF)."""
from __future__ import annotations

import io
import random
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .model import Report
from .office import stamp_pdf

rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVM", str(FONT_DIR / "DejaVuSansMono.ttf")))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def unio_slides(report: Report, path: Path) -> Path:
    w, h = 960, 540
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setTitle("Unio – kompetansepolitikk 2044")
    c.setAuthor("Unio")
    red = (0.70, 0.07, 0.18)
    page = 0

    def frame(title: str) -> float:
        nonlocal page
        page += 1
        c.setFillColorRGB(*red)
        c.rect(0, h - 92, w, 92, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        lines = _wrap(title, "DVB", 26, w - 120)
        y = h - 48 if len(lines) == 1 else h - 38
        for line in lines:
            c.setFont("DVB", 26 if len(lines) == 1 else 22)
            c.drawString(50, y, line)
            y -= 28
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 10)
        c.drawString(50, 20, "Unio – rapportering til Kompetansepolitisk råd 2044")
        c.drawRightString(w - 40, 20, str(page))
        c.setFillColorRGB(0, 0, 0)
        return h - 140

    c.setFillColorRGB(*red)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 34)
    c.drawString(60, 300, "Unios oppfølging av Nasjonal")
    c.drawString(60, 258, "kompetansepolitisk strategi 2044")
    c.setFont("DV", 18)
    c.drawString(60, 200, "Innlegg for Kompetansepolitisk råd, mars 2045")
    c.showPage()
    page += 1

    y = frame("Dette har vi gjort")
    c.setFont("DV", 18)
    for line in ["Plass i råd og utvalg: KBU og UHRs fagstrategiske enheter", "Arendalsuka sammen med Spekter",
                 "Ny kunnskap om kompetanseheving i helse og omsorg", "Kurs for tillitsvalgte og medlemmer"]:
        c.drawString(70, y, "•  " + line)
        y -= 40
    c.showPage()

    for row in report.rows:
        y = frame(row.tiltak)
        c.setFont("DV", 17)
        for line in _wrap(row.beskrivelse, "DV", 17, w - 140):
            c.drawString(70, y, line)
            y -= 24
        y -= 24
        for label, value in [("Delmål", row.delmal_text), ("Type", row.type_text), ("Ansvar", row.ansvarlig),
                             ("Med", row.partnere or "–")]:
            c.setFont("DVB", 15)
            c.drawString(70, y, "▪ " + label + ":")
            c.setFont("DV", 15)
            c.drawString(170, y, value)
            y -= 26
        c.showPage()

    y = frame("Takk!")
    c.setFont("DV", 18)
    c.drawString(70, y, "Spørsmål? Kontakt Unios sekretariat, post@unio.example")
    c.showPage()
    c.save()
    stamp_pdf(path, "20450305081500")
    return path


def vofo_email(report: Report, path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("SV: Rapportering 2044 – tiltak fra VOFO")
    width, height = A4
    x, y = 56, height - 60
    c.setFont("DVB", 14)
    c.drawString(x, y, "Marit Solberg")
    y -= 10
    c.line(x, y, width - 56, y)
    y -= 20
    for label, value in [("Fra:", "Marit Solberg <marit.solberg@vofo.example>"), ("Sendt:", "torsdag 20. februar 2045 09:14"),
                         ("Til:", "Sekretariatet KPR <kpr-sekretariat@kd.example>"),
                         ("Kopi:", "Jon Fjeld <jon.fjeld@vofo.example>"),
                         ("Emne:", "SV: Rapportering 2044 – tiltak fra VOFO")]:
        c.setFont("DVB", 10)
        c.drawString(x, y, label)
        c.setFont("DV", 10)
        c.drawString(x + 50, y, value)
        y -= 15
    y -= 15

    def para(text: str, font: str = "DV", size: float = 10.5, indent: float = 0, lead: float = 14) -> None:
        nonlocal y
        for line in _wrap(text, font, size, width - 112 - indent):
            c.setFont(font, size)
            c.drawString(x + indent, y, line)
            y -= lead
        y -= 5

    para("Hei!")
    para("Her kommer VOFOs tiltak for 2044. Vi rakk ikke å fylle ut skjemaet, så jeg lister dem opp her. "
         "Delmål og type står i parentes.")
    for row in report.rows:
        text = (f"{row.tiltak} (delmål {row.delmal_text}, {row.type_text}) – ansvarlig: {row.ansvarlig}; "
                f"med: {row.partnere}. {row.beskrivelse}")
        lines = _wrap(text, "DV", 10.5, width - 112 - 16)
        c.setFont("DV", 10.5)
        c.drawString(x, y, "–")
        for line in lines:
            c.drawString(x + 16, y, line)
            y -= 14
        y -= 5
    para("Si fra om noe er uklart!")
    para("Vennlig hilsen", lead=14)
    para("Marit", lead=14)
    para("Marit Solberg | seniorrådgiver | Voksenopplæringsforbundet (VOFO) | tlf. 900 00 000", size=9)
    y -= 6
    para("-----Opprinnelig melding-----", font="DVM", size=9)
    for line in ["Fra: Sekretariatet KPR", "Sendt: mandag 3. februar 2045 13:02", "Til: Rådsmedlemmene",
                 "Emne: Rapportering 2044"]:
        para(line, font="DVM", size=9, lead=11)
    para("Hei alle sammen! Vi minner om fristen for rapportering 21. februar. Husk:", size=10)
    for line in ["1. Bruk gjerne skjemaet, men andre formater er også greit.",
                 "2. Oppgi delmål (f.eks. 3.2) og type tiltak for hvert tiltak.",
                 "3. Oppgi ansvarlig og samarbeidspartnere.",
                 "4. Send til kpr-sekretariat@kd.example."]:
        para(line, size=10, indent=12, lead=13)
    c.showPage()
    c.save()
    stamp_pdf(path, "20450220091600")
    return path


def ys_scan(report: Report, path: Path) -> Path:
    dpi = 150
    pw, ph = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (pw, ph), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 19)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 19)
    big = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 28)
    draw.text((110, 130), "YS – Yrkesorganisasjonenes Sentralforbund", font=bold, fill=20)
    draw.text((110, 190), "Rapportering til Kompetansepolitisk råd for 2044", font=big, fill=15)
    draw.text((110, 240), "Tiltak YS har hatt ansvar for eller deltatt i:", font=font, fill=25)
    cols = [("Delmål", 90), ("Tiltak", 385), ("Type", 235), ("Ansvarlig", 120), ("Partnere", 170)]
    x0, y0 = 110, 300
    rows = [[r.delmal_text, r.tiltak, r.type_text, r.ansvarlig, r.partnere] for r in report.rows]
    wrapped = [[textwrap.wrap(text, max(6, w // 11)) or [""] for text, (_, w) in zip(row, cols)] for row in rows]
    heights = [46] + [max(len(cell) for cell in row) * 26 + 20 for row in wrapped]
    total_w = sum(w for _, w in cols)
    y = y0
    for i, hgt in enumerate(heights):
        draw.line([(x0, y), (x0 + total_w, y)], fill=40, width=2)
        x = x0
        for j, (label, w) in enumerate(cols):
            lines = [label] if i == 0 else wrapped[i - 1][j]
            for k, line in enumerate(lines):
                draw.text((x + 8, y + 10 + k * 26), line, font=bold if i == 0 else font, fill=20)
            x += w
        y += hgt
    draw.line([(x0, y), (x0 + total_w, y)], fill=40, width=2)
    x = x0
    for _, w in cols + [("", 0)]:
        draw.line([(x, y0), (x, y)], fill=40, width=2)
        x += w
    draw.text((110, y + 60), "Oslo, 18.02.2045", font=font, fill=25)
    draw.text((110, y + 100), "Signert: H. Nilsen, YS-sekretariatet", font=font, fill=25)

    rng = random.Random(2044)
    for _ in range(2600):
        px, py = rng.randrange(pw), rng.randrange(ph)
        r = rng.choice((1, 1, 1, 2))
        shade_ = rng.randrange(60, 170)
        draw.ellipse([px, py, px + r, py + r], fill=shade_)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=235)
    noise = Image.frombytes("L", (pw, ph), rng.randbytes(pw * ph))
    img = Image.blend(img, noise, 0.07).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    stamp_pdf(path, "20450218164200")
    return path
