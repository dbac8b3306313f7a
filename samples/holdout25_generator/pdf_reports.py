"""PDFs drawn directly: NHO's slide deck, Spekter's forwarded e-mail, Akademikerne's scan."""
from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

from . import content_a as A
from . import content_b as B
from .model import Report

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_fonts_done = False


def fonts() -> None:
    global _fonts_done
    if not _fonts_done:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")
        _fonts_done = True


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- NHO: slides ---------------------------------------------------------------------------------------------

SLIDE = (960, 540)
NAVY, TEAL = HexColor("#0B2E59"), HexColor("#1B7F86")


def _slide_frame(c: canvas.Canvas, title: str, page: int) -> None:
    w, h = SLIDE
    c.setFillColor(NAVY)
    c.rect(0, h - 78, w, 78, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DejaVu-Bold", 25)
    c.drawString(40, h - 50, title)
    c.setFillColor(HexColor("#666666"))
    c.setFont("DejaVu", 9)
    c.drawString(40, 18, "NHO · Rapportering til Kompetansepolitisk råd 2045")
    c.drawRightString(w - 40, 18, str(page))


def _para(c: canvas.Canvas, text: str, style: ParagraphStyle, x: float, y: float, width: float) -> float:
    par = Paragraph(text, style)
    _, height = par.wrap(width, 400)
    par.drawOn(c, x, y - height)
    return y - height


def nho(out: Path, tmp: Path) -> Report:
    fonts()
    name = "NHO_KPR-rapportering_2045_presentasjon.pdf"
    c = canvas.Canvas(str(out / name), pagesize=SLIDE, invariant=1)
    c.setAuthor("NHO")
    c.setTitle("NHOs rapportering til Kompetansepolitisk råd 2045")
    c.setCreator("Microsoft PowerPoint for Microsoft 365")
    w, h = SLIDE
    title_st = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=18, leading=22, textColor=NAVY)
    meta_st = ParagraphStyle("m", fontName="DejaVu", fontSize=11, leading=14, textColor=TEAL)
    body_st = ParagraphStyle("b", fontName="DejaVu", fontSize=13, leading=17)
    # cover
    c.setFillColor(NAVY)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DejaVu-Bold", 34)
    c.drawString(60, 300, "NHOs rapportering til Kompetansepolitisk råd")
    c.setFont("DejaVu", 22)
    c.drawString(60, 255, "Tiltak i 2045")
    c.setFont("DejaVu", 13)
    c.drawString(60, 110, "Næringslivets Hovedorganisasjon · Avdeling for kompetanse · februar 2046")
    c.showPage()
    _slide_frame(c, "Innhold", 2)
    c.setFont("DejaVu", 18)
    c.setFillColor(NAVY)
    for i, line in enumerate(["1  Gode valg for den enkelte og samfunnet", "2  Læring i arbeidslivet",
                              "3  Voksne med svak tilknytning til arbeidslivet"]):
        c.drawString(80, 380 - i * 50, line)
    c.showPage()
    slides = [("1  Gode valg for den enkelte og samfunnet", A.NHO[0:2]),
              ("2  Læring i arbeidslivet", A.NHO[2:4]),
              ("2  Læring i arbeidslivet (forts.)", A.NHO[4:6]),
              ("3  Voksne med svak tilknytning til arbeidslivet", A.NHO[6:7])]
    page = 3
    for title, rows in slides:
        _slide_frame(c, title, page)
        y = h - 110
        for row in rows:
            c.setFillColor(TEAL)
            c.rect(40, y - 8, 6, 8 - 0, stroke=0, fill=1)
            y = _para(c, esc(row.tiltak), title_st, 56, y, w - 120) - 4
            meta = f"Delmål {row.delmal} · {row.type} · Ansvarlig: {row.ansvarlig} · Med: {row.partnere}"
            y = _para(c, esc(meta), meta_st, 56, y, w - 120) - 6
            y = _para(c, esc(row.beskrivelse), body_st, 56, y, w - 140) - 34
        c.showPage()
        page += 1
    _slide_frame(c, "Spørsmål?", page)
    c.setFont("DejaVu", 16)
    c.setFillColor(NAVY)
    c.drawString(80, 380, "Kontakt: kompetanse@nho.no")
    c.showPage()
    c.save()
    return Report(name, "NHO", "Slide deck exported to PDF (16:9): cover, contents, one slide per area with the "
                  "tiltak as slide items and an inline line «Delmål x.y · type · Ansvarlig · Med»", A.NHO)


# --- Spekter: a forwarded e-mail printed to PDF ------------------------------------------------------------


def spekter(out: Path, tmp: Path) -> Report:
    fonts()
    name = "VS_ Rapportering til KPR 2045 fra Spekter.pdf"
    doc = SimpleDocTemplate(str(out / name), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50,
                            bottomMargin=50, invariant=1, title="VS: Rapportering til KPR 2045 fra Spekter",
                            author="Kari Nordbø", creator="Microsoft Outlook")
    base = ParagraphStyle("e", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("h", parent=base, spaceAfter=0)
    quoted = ParagraphStyle("q", parent=base, textColor=HexColor("#555555"), leftIndent=10)
    story = [Paragraph("<b>Kari Nordbø</b>", ParagraphStyle("n", parent=base, fontSize=13)),
             HRFlowable(width="100%", thickness=1.2, color=HexColor("#000000")), Spacer(1, 6)]
    for label, value in [("Fra:", "Kari Nordbø &lt;kari.nordbo@spekter.no&gt;"),
                         ("Sendt:", "tirsdag 24. februar 2046 14:12"),
                         ("Til:", "Postmottak KPR-sekretariatet &lt;kpr-sekretariat@hkdir.no&gt;"),
                         ("Kopi:", "Jon Ekre &lt;jon.ekre@spekter.no&gt;"),
                         ("Emne:", "VS: Rapportering til KPR 2045 fra Spekter")]:
        story.append(Paragraph(f"<b>{label}</b> {value}", head))
    story += [Spacer(1, 12), Paragraph("Hei!", base),
              Paragraph("Videresender Spekters innspill for 2045, som lovet. Vi rakk ikke å bruke skjemaet i år, "
                        "så tiltakene står rett i e-posten. Si fra om noe mangler.", base),
              Paragraph("<b>Spekters tiltak i 2045:</b>", base)]
    for n, row in enumerate(B.SPEKTER, start=1):
        line = (f"{n}) {esc(row.tiltak)} – delmål {row.delmal}, {row.type.lower()}. Ansvarlig: "
                f"{esc(row.ansvarlig)}. Samarbeid: {esc(row.partnere)}. {esc(row.beskrivelse)}")
        story.append(Paragraph(line, ParagraphStyle("i", parent=base, leftIndent=14, firstLineIndent=-14)))
    story += [Paragraph("Mvh<br/>Kari Nordbø<br/>spesialrådgiver, Spekter<br/>tlf. 23 00 00 00", base),
              Spacer(1, 10), Paragraph("<b>Fra:</b> Postmottak KPR-sekretariatet", quoted),
              Paragraph("<b>Sendt:</b> 10. desember 2045 08:30", quoted),
              Paragraph("<b>Emne:</b> Rapportering 2045 – frist 1. mars", quoted),
              Paragraph("Til medlemmene i Kompetansepolitisk råd. Vi ber om rapportering av tiltak for 2045 på "
                        "vedlagte skjema innen 1. mars 2046. Husk å ta med deltakelse i råd og utvalg, for "
                        "eksempel KBU, SRY og de faglige rådene. Med hilsen sekretariatet", quoted)]
    doc.build(story)
    return Report(name, "Spekter", "Forwarded e-mail printed to PDF: mail headers, numbered items «n) title – "
                  "delmål x.y, type. Ansvarlig: … Samarbeid: …», then the secretariat's quoted request", B.SPEKTER)


# --- Akademikerne: a scanned printout --------------------------------------------------------------------


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


def _scan_image() -> Image.Image:
    size = (1240, 1754)  # A4 at 150 dpi
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    reg = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 21)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 21)
    big = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 32)
    draw.text((70, 90), "Akademikerne", font=big, fill=20)
    draw.text((70, 140), "Rapportering til Kompetansepolitisk råd – tiltak 2045", font=bold, fill=20)
    draw.text((70, 175), "Oslo, 18. februar 2046", font=reg, fill=40)
    cols = [("Delmål", 105), ("Tiltak", 360), ("Type", 225), ("Ansvarlig", 235), ("Samarbeid", 215)]
    x0, y = 70, 240
    pad = 8
    rows = [[c for c, _ in cols]] + [[x.delmal, x.tiltak, x.type, x.ansvarlig, x.partnere or "–"]
                                     for x in B.AKADEMIKERNE]
    right = x0 + sum(w for _, w in cols)
    draw.line([(x0, y), (right, y)], fill=0, width=2)
    for i, values in enumerate(rows):
        font = bold if i == 0 else reg
        wrapped = [_wrap(draw, v, font, w - 2 * pad) for v, (_, w) in zip(values, cols)]
        height = max(len(w) for w in wrapped) * 27 + 2 * pad
        x = x0
        for lines, (_, w) in zip(wrapped, cols):
            for k, line in enumerate(lines):
                draw.text((x + pad, y + pad + k * 27), line, font=font, fill=15)
            draw.line([(x, y), (x, y + height)], fill=0, width=2)
            x += w
        draw.line([(right, y), (right, y + height)], fill=0, width=2)
        y += height
        draw.line([(x0, y), (right, y)], fill=0, width=2)
    draw.text((70, y + 40), "Kontaktperson: Akademikernes sekretariat", font=reg, fill=40)
    stamp_font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 26)
    stamp = Image.new("L", (420, 76), 255)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle([2, 2, 417, 73], outline=90, width=4)
    sd.text((20, 20), "MOTTATT 19. FEB. 2046", font=stamp_font, fill=90)
    stamp = stamp.rotate(6, expand=True, fillcolor=255)
    img.paste(stamp, (760, 20), Image.eval(stamp, lambda p: 255 - p))
    # the scanner: a grey sheet, a slight tilt, specks, a soft focus
    rnd = random.Random(2045)
    img = img.rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    for _ in range(9000):
        xx, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
        px[xx, yy] = rnd.choice((70, 110, 150, 190))
    for _ in range(2500):
        xx, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
        px[xx, yy] = min(255, px[xx, yy] + 0) if px[xx, yy] > 128 else 200
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = Image.eval(img, lambda p: int(18 + p * 0.88))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 18, size[1]], fill=60)  # the scanner lid's shadow at the edge
    return img


def akademikerne(out: Path, tmp: Path) -> Report:
    name = "Skann_20460219_Akademikerne.pdf"
    img = _scan_image()
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    c = canvas.Canvas(str(out / name), pagesize=A4, invariant=1)
    c.setCreator("RICOH IM C3000")
    c.setProducer("RICOH IM C3000")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return Report(name, "Akademikerne", "Scan: a printed table photographed by the office copier, tilted, specks, "
                  "a «MOTTATT» stamp; image-only PDF, no descriptions", B.AKADEMIKERNE)
