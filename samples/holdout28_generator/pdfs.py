"""The reports drawn as PDF directly: a slide deck, a scan and an e-mail printout."""
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .data import DM_WORDS, ROWS

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if c.stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    return lines + [cur] if cur else lines


def ks_05(path):
    from reportlab.pdfgen import canvas
    w, h = 960, 540
    c = canvas.Canvas(path, pagesize=(w, h), invariant=1)
    c.setTitle("KS – Kompetansepolitisk råd 2048")
    c.setAuthor("KS")

    def frame(n):
        c.setFillColor(colors.HexColor("#00395d"))
        c.rect(0, 0, w, 36, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV", 11)
        c.drawString(30, 13, "KS – Kommunesektorens organisasjon")
        c.drawRightString(w - 30, 13, str(n))

    frame(1)
    c.setFillColor(colors.HexColor("#00395d"))
    c.setFont("DVB", 34)
    c.drawString(60, 320, "KS' oppfølging av kompetansestrategien")
    c.setFont("DV", 20)
    c.drawString(60, 280, "Status 2048 – til Kompetansepolitisk råd, februar 2049")
    c.showPage()
    for i, (_k, dm, typ, t, a, p, b) in enumerate(ROWS["05"], 2):
        frame(i)
        c.setFillColor(colors.HexColor("#00395d"))
        y = h - 70
        for line in _wrap(c, t, "DVB", 26, w - 120):
            c.setFont("DVB", 26)
            c.drawString(60, y, line)
            y -= 34
        y -= 20
        c.setFillColor(colors.black)
        bullets = [f"Delmål {dm} – {DM_WORDS[dm].lower()}"]
        if i % 2 == 0:
            bullets.append(f"Type: {typ}")
        bullets += [f"Ansvarlig: {a}"] + ([f"Partnere: {p}"] if p else []) + [b]
        for bl in bullets:
            for j, line in enumerate(_wrap(c, bl, "DV", 18, w - 160)):
                c.setFont("DV", 18)
                c.drawString(80, y, ("•  " if j == 0 else "   ") + line)
                y -= 26
            y -= 8
        c.showPage()
    frame(len(ROWS["05"]) + 2)
    c.setFont("DVB", 30)
    c.setFillColor(colors.HexColor("#00395d"))
    c.drawString(60, 300, "Takk for oppmerksomheten!")
    c.showPage()
    c.save()


def ys_06(path):
    rnd = random.Random(2048)
    W, H = 2480, 3508  # A4 at 300 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 40)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 44)
    dr.text((180, 200), "YS – Yrkesorganisasjonenes Sentralforbund", font=fb, fill=20)
    dr.text((180, 280), "Tiltak i 2048 – oppfølging av kompetansepolitisk strategi", font=f, fill=20)
    cols = [("Delmål", 200), ("Tiltak", 700), ("Type", 480), ("Ansvarlig", 300), ("Samarbeid", 440)]
    x0, y = 180, 420
    rows = [[c for c, _ in cols]] + [[dm, t, typ, a, p] for _k, dm, typ, t, a, p, _b in ROWS["06"]]
    for ri, row in enumerate(rows):
        cells = []
        for (_, cw), v in zip(cols, row):
            lines, cur = [], ""
            for wd in v.split():
                trial = (cur + " " + wd).strip()
                if dr.textlength(trial, font=f) > cw - 30 and cur:
                    lines.append(cur)
                    cur = wd
                else:
                    cur = trial
            cells.append(lines + [cur])
        rh = 60 * max(len(c) for c in cells) + 30
        x = x0
        for (_, cw), lines in zip(cols, cells):
            dr.rectangle([x, y, x + cw, y + rh], outline=30, width=3)
            for li, line in enumerate(lines):
                dr.text((x + 15, y + 15 + 60 * li), line, font=fb if ri == 0 else f, fill=25)
            x += cw
        y += rh
    dr.text((180, y + 80), "Oslo, 30. januar 2049   – sign. –", font=f, fill=40)
    for _ in range(2500):
        px, py = rnd.randrange(W), rnd.randrange(H)
        dr.ellipse([px, py, px + rnd.randint(1, 4), py + rnd.randint(1, 4)], fill=rnd.randint(60, 160))
    img = img.rotate(1.3, resample=Image.BICUBIC, fillcolor=235, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    img = img.resize((W // 2, H // 2))
    img.convert("RGB").save(path, "PDF", resolution=150.0)


def vofo_11(path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=36, rightMargin=36, topMargin=36,
                            bottomMargin=36, title="VS: Rapportering 2048", author="VOFO", invariant=1)
    st = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11)
    hd = ParagraphStyle("h", fontName="DVB", fontSize=9, leading=11)
    story = [Paragraph(x, st) for x in [
        "<b>Fra:</b> Post VOFO &lt;post@vofo.example&gt;", "<b>Sendt:</b> fredag 7. februar 2049 14:22",
        "<b>Til:</b> Sekretariatet Kompetansepolitisk råd", "<b>Emne:</b> VS: Rapportering 2048 – VOFO"]]
    story += [Spacer(1, 10), Paragraph("Hei! Her kommer VOFOs tiltak for 2048. Vi satte dem opp på tvers, "
                                       "slik vi gjør i styresakene våre. Mvh Siri, VOFO", st), Spacer(1, 12)]
    fields = [("Tiltak", 3), ("Delmål", 1), ("Type", 2), ("Ansvarlig", 4), ("Samarbeid", 5), ("Om tiltaket", 6)]
    rows = ROWS["11"]
    for chunk in (rows[:3], rows[3:]):
        data = []
        for label, idx in fields:
            line = [Paragraph(label, hd)]
            for r in chunk:
                v = DM_WORDS[r[1]] if idx == 1 else r[idx]
                line.append(Paragraph(v, hd if idx == 3 else st))
            data.append(line)
        t = Table(data, colWidths=[80] + [220] * len(chunk))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
        story += [t, Spacer(1, 14)]
    story.append(Paragraph("-- <br/>Voksenopplæringsforbundet (VOFO), Akersgata 16, Oslo", st))
    doc.build(story)
