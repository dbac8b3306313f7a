"""PDFs made directly: Unio's slide deck, UHR's report, Akademikerne's scanned table (image only)."""
from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from . import content_a as ca
from . import content_b as cb
from .common import FONT_DIR

rl_config.invariant = 1
for _name, _file in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
                     ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

SLIDE = (960, 540)
UNIO_RED = HexColor("#B5121B")


def _slide_frame(c: canvas.Canvas, n: int) -> None:
    c.setFillColor(UNIO_RED)
    c.rect(0, 0, SLIDE[0], 28, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DV", 10)
    c.drawString(30, 10, "Unio – Kompetansepolitisk råd – mars 2047")
    c.drawRightString(SLIDE[0] - 30, 10, str(n))
    c.setFillColor(HexColor("#222222"))


def _wrapped(c: canvas.Canvas, text: str, x: float, y: float, font: str, size: float, width: float,
             lead: float) -> float:
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def build_unio(out: Path) -> Path:
    path = out / "Unio_presentasjon_KPR_2046.pdf"
    c = canvas.Canvas(str(path), pagesize=SLIDE, invariant=1)
    c.setTitle("Unio – oppfølging av kompetansestrategien 2046")
    c.setAuthor("Unio")
    n = 1
    c.setFillColor(UNIO_RED)
    c.rect(0, 0, SLIDE[0], SLIDE[1], stroke=0, fill=1)
    c.setFillColor(white)
    _wrapped(c, "Unios oppfølging av Nasjonal kompetansepolitisk strategi 2046", 60, 330, "DVB", 34, 820, 42)
    c.setFont("DV", 18)
    c.drawString(60, 200, "Presentasjon for Kompetansepolitisk råd, mars 2047")
    c.showPage()
    n += 1
    _slide_frame(c, n)
    c.setFont("DVB", 28)
    c.drawString(50, 470, "Fem tiltak i 2046")
    y = 410
    for short in ca.UNIO_SHORT:
        c.setFont("DV", 20)
        c.drawString(70, y, "•  " + short)
        y -= 40
    c.showPage()
    for row in ca.UNIO:
        n += 1
        _slide_frame(c, n)
        y = _wrapped(c, row.tiltak, 50, 475, "DVB", 26, 860, 32)
        tag = f"Delmål {row.delmal}  |  {row.t_shown}"
        c.setFillColor(HexColor("#F4D6D8"))
        c.roundRect(50, y - 22, 14 + pdfmetrics.stringWidth(tag, "DV", 14), 26, 6, stroke=0, fill=1)
        c.setFillColor(HexColor("#222222"))
        c.setFont("DV", 14)
        c.drawString(57, y - 14, tag)
        y -= 70
        for label, value in [("Hva", row.desc), ("Ansvarlig", row.ansv), ("Sammen med", row.partn)]:
            y = _wrapped(c, f"•  {label}: {value}", 70, y, "DV", 18, 800, 24) - 14
        c.showPage()
    n += 1
    _slide_frame(c, n)
    c.setFont("DVB", 30)
    c.drawString(50, 300, "Takk!")
    c.setFont("DV", 16)
    c.drawString(50, 260, "Spørsmål: Unios sekretariat, utdanning og kompetanse")
    c.showPage()
    c.save()
    return path


def build_uhr(out: Path) -> Path:
    path = out / "UHR_rapport_kompetansepolitisk_rad_2046.pdf"
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14.5, spaceAfter=6)
    meta = ParagraphStyle("m", parent=body, fontName="DVSI", fontSize=9.5, textColor=HexColor("#444444"))
    h1 = ParagraphStyle("h1", fontName="DVSB", fontSize=13, leading=17, spaceBefore=12, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="DVSB", fontSize=11, leading=14.5, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", fontName="DVSB", fontSize=18, leading=23, spaceAfter=8)
    story = [Paragraph("Universitets- og høgskolerådet (UHR)", title),
             Paragraph("Rapport til Kompetansepolitisk råd for 2046", h1),
             Paragraph("1 Innledning", h1),
             Paragraph("UHR samler universitetene og høyskolene. Denne rapporten omtaler tiltak der UHR har hatt "
                       "ansvar eller deltatt i 2046. For hvert tiltak oppgis delmål, type, ansvarlig og "
                       "samarbeidspartnere.", body)]
    groups = [("2 Tiltak under hovedinnsatsområde 1", [r for r in cb.UHR if r.delmal.startswith("1")]),
              ("3 Tiltak under hovedinnsatsområde 2", [r for r in cb.UHR if r.delmal.startswith("2")])]
    for g, (heading, rows) in enumerate(groups, 2):
        story.append(Paragraph(heading, h1))
        for i, row in enumerate(rows, 1):
            story.append(Paragraph(f"{g}.{i} {row.tiltak}", h2))
            story.append(Paragraph(row.desc, body))
            if i % 2:
                line = f"Delmål {row.delmal} · Type: {row.t_shown} · Ansvarlig: {row.ansv} · Samarbeid: {row.partn}"
            else:
                line = (f"({row.t_shown}, delmål {row.delmal}.) Ansvarlig: {row.ansv}. Samarbeidspartnere: "
                        f"{row.partn}.")
            story.append(Paragraph(line, meta))
    story += [Paragraph("4 Avslutning", h1),
              Paragraph("UHR vil i 2047 følge opp evalueringen av rådene for samarbeid med arbeidslivet og "
                        "arbeidet med korte, fleksible emner.", body),
              Spacer(1, 12), Paragraph("Oslo, 11. februar 2047", body)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title="UHR – rapport 2046", author="UHR",
                            invariant=1)
    doc.build(story)
    return path


def _scan_image() -> Image.Image:
    w, h = 2339, 1654  # A4 landscape at 200 dpi
    img = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 30)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 30)
    big = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
    d.text((150, 120), "Akademikerne – tiltak 2046 til Kompetansepolitisk råd", font=big, fill=20)
    d.text((150, 185), "Vedlegg til e-post 12.02.2047", font=font, fill=60)
    cols = [("Delmål", 170), ("Tiltak", 760), ("Type", 270), ("Ansvarlig", 360), ("Samarbeid", 480)]
    x0, y = 150, 260
    xs = [x0]
    for _, cw in cols:
        xs.append(xs[-1] + cw)
    rows = [[c for c, _ in cols]] + [[r.delmal, r.tiltak, r.t_shown, r.ansv, r.partn] for r in cb.AKADEMIKERNE]
    for ri, cells in enumerate(rows):
        wrapped = []
        for (_, cw), text in zip(cols, cells):
            words, lines, cur = text.split(), [], ""
            for word in words:
                trial = (cur + " " + word).strip()
                if d.textlength(trial, font=bold if ri == 0 else font) > cw - 30 and cur:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
            wrapped.append(lines)
        height = 30 + 40 * max(len(x) for x in wrapped)
        d.line([(xs[0], y), (xs[-1], y)], fill=40, width=3)
        for cx, lines in zip(xs, wrapped):
            for li, line in enumerate(lines):
                d.text((cx + 15, y + 15 + 40 * li), line, font=bold if ri == 0 else font, fill=25)
        y += height
    d.line([(xs[0], y), (xs[-1], y)], fill=40, width=3)
    for cx in xs:
        d.line([(cx, 260), (cx, y)], fill=40, width=3)
    d.text((150, y + 60), "Kontakt: Akademikernes sekretariat", font=font, fill=60)
    rng = random.Random(2646)
    for _ in range(2600):
        px, py = rng.randrange(w), rng.randrange(h)
        d.point((px, py), fill=rng.choice([90, 120, 160]))
    for _ in range(25):
        px, py = rng.randrange(w), rng.randrange(h)
        d.ellipse([px, py, px + rng.randrange(2, 6), py + rng.randrange(2, 6)], fill=110)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return img


def build_akademikerne(out: Path) -> Path:
    path = out / "Akademikerne_skannet_2046.pdf"
    img = _scan_image()
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    page = (A4[1], A4[0])
    c = canvas.Canvas(str(path), pagesize=page, invariant=1)
    c.setCreator("Canon iR-ADV C5840 scan")
    c.drawImage(ImageReader(buf), 0, 0, width=page[0], height=page[1])
    c.showPage()
    c.save()
    return path
