"""Spreadsheet, scanned form and slide deck."""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from . import data

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- NHO spreadsheet
def nho(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Les meg"
    for i, line in enumerate([
        "Innrapportering til Kompetansepolitisk råd – NHO",
        "",
        "Arket «Tiltak 2038» er årets innrapportering.",
        "Arket med fjorårets tiltak er beholdt for sammenligning og skal ikke rapporteres på nytt.",
        "Delmål oppgis med nummer fra strategien. Kontakt: kompetanse@nho.example",
    ], 1):
        ws0.cell(i, 1, line)
    ws0["A1"].font = Font(bold=True, size=14)

    ws = wb.create_sheet("Tiltak 2038")
    ws["B1"] = "NHO – tiltak som følger opp Nasjonal kompetansepolitisk strategi"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B2"] = "Rapporteringsår 2038 · oversendt 31.01.2039"
    heads = ["Løpenr.", "Delmål", "Hva har NHO gjort?", "Utdypning", "Ansv. i NHO-fellesskapet",
             "Partnere", "Tiltakstype"]
    for j, h in enumerate(heads, 2):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True)
    row = 5
    area = None
    areas = {"1": "HOVEDINNSATSOMRÅDE 1 – GODE VALG", "2": "HOVEDINNSATSOMRÅDE 2 – LÆRING I ARBEIDSLIVET",
             "3": "HOVEDINNSATSOMRÅDE 3 – VOKSNE MED SVAK TILKNYTNING"}
    for n, r in enumerate(data.NHO, 1):
        if r.d[0] != area:
            area = r.d[0]
            ws.cell(row, 2, areas[area]).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            ws.cell(row, 2).fill = PatternFill("solid", fgColor="D9E1F2")
            row += 1
        vals = [n, r.dshow, r.t, r.b, r.a, r.p, r.tyshow]
        for j, v in enumerate(vals, 2):
            c = ws.cell(row, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(r.dshow, float):
            ws.cell(row, 3).number_format = "0.0"
        row += 1
    for col, w in zip("ABCDEFGH", [2, 8, 9, 40, 55, 22, 24, 14]):
        ws.column_dimensions[col].width = w

    old = wb.create_sheet("Tiltak 2037")
    old.sheet_state = "hidden"
    for j, h in enumerate(heads, 2):
        old.cell(4, j, h)
    for i, (dm, t) in enumerate([(1.1, "Deltakelse i KBU"), (2.3, "Yrkesfagkampanje 2037"),
                                 (2.2, "NHOs kompetansebarometer 2037")], 5):
        old.cell(i, 2, i - 4)
        old.cell(i, 3, dm)
        old.cell(i, 4, t)
    wb.properties.creator = "NHO Kompetanse"
    wb.properties.created = dt.datetime(2039, 1, 31, 14, 0)
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------- YS scanned form
def ys(path):
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(FONT_B, 40)
    f_h = ImageFont.truetype(FONT_B, 28)
    f = ImageFont.truetype(FONT, 27)
    f_s = ImageFont.truetype(FONT, 22)
    dr.text((120, 130), "YS – Yrkesorganisasjonenes Sentralforbund", font=f_t, fill=20)
    dr.text((120, 200), "Rapportering av tiltak til Kompetansepolitisk råd 2038", font=f_h, fill=20)
    dr.text((120, 250), "Utfylt skjema, skannet hos sekretariatet. Delmål etter strategien.", font=f_s, fill=40)
    cols = [120, 260, 930, 1120, 1540]
    heads = ["Delmål", "Tiltak", "Type", "Samarbeid"]
    y0 = 330
    rh = 110
    dr.rectangle([cols[0], y0, cols[-1], y0 + 70], fill=225)
    for x, h in zip(cols, heads):
        dr.text((x + 14, y0 + 20), h, font=f_h, fill=10)

    def wrap(text, width, font):
        words, lines, cur = text.split(), [], ""
        for w in words:
            cand = (cur + " " + w).strip()
            if dr.textlength(cand, font=font) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = cand
        lines.append(cur)
        return lines

    y = y0 + 70
    for r in data.YS:
        cells = [r.dshow, r.t, r.tyshow or "", r.p]
        for k, (x, v) in enumerate(zip(cols, cells)):
            for li, line in enumerate(wrap(v, cols[k + 1] - x - 28, f)):
                dr.text((x + 14, y + 14 + li * 36), line, font=f, fill=15)
        y += rh
    for x in cols:
        dr.line([x, y0, x, y], fill=90, width=2)
    for yy in range(y0, y + 1, rh):
        pass
    dr.line([cols[0], y0, cols[-1], y0], fill=90, width=2)
    dr.line([cols[0], y0 + 70, cols[-1], y0 + 70], fill=90, width=2)
    for i in range(len(data.YS) + 1):
        yy = y0 + 70 + i * rh
        dr.line([cols[0], yy, cols[-1], yy], fill=120, width=1)
    dr.text((120, y + 80), "Oslo, 29.01.2039        Signert: Kari Vik, YS Arbeidsliv", font=f_s, fill=40)
    rnd = random.Random(2038)
    px = img.load()
    for _ in range(60000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice([120, 160, 200])
    img = img.rotate(-0.9, resample=Image.BICUBIC, fillcolor=245, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.convert("RGB").save(path, "PDF", resolution=200.0)


# ---------------------------------------------------------------- Virke slides
def _wrap_rl(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if c.stringWidth(cand, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    lines.append(cur)
    return lines


def virke(path):
    W, H = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setAuthor("Virke")
    c.setTitle("Virkes bidrag til kompetansepolitikken 2038")
    green = HexColor("#0B5345")
    c.setFillColor(green)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(70, 300, "Virkes bidrag til kompetansepolitikken")
    c.setFont("Helvetica", 24)
    c.drawString(70, 255, "Rapportering til Kompetansepolitisk råd · 2038")
    c.setFont("Helvetica", 14)
    c.drawString(70, 60, "Virke – Hovedorganisasjonen Virke · februar 2039")
    c.showPage()
    for i, r in enumerate(data.VIRKE, 2):
        c.setFillColor(green)
        c.rect(0, H - 20, W, 20, fill=1, stroke=0)
        c.setFillColor(HexColor("#555555"))
        c.setFont("Helvetica", 16)
        sub = r.dshow + (f"  ·  {r.tyshow}" if r.tyshow else "")
        c.drawString(60, H - 60, sub)
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 30)
        y = H - 105
        for line in _wrap_rl(c, r.t, "Helvetica-Bold", 30, W - 120):
            c.drawString(60, y, line)
            y -= 38
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 22)
        y -= 30
        lines = _wrap_rl(c, r.b, "Helvetica", 22, W - 160)
        c.drawString(70, y, "\u2022")
        for line in lines:
            c.drawString(95, y, line)
            y -= 30
        if r.p:
            c.setFont("Helvetica-Oblique", 16)
            c.setFillColor(HexColor("#555555"))
            c.drawString(60, 60, f"Sammen med: {r.p}")
        c.setFont("Helvetica", 11)
        c.drawRightString(W - 30, 20, str(i))
        c.showPage()
    c.setFillColor(green)
    c.setFont("Helvetica-Bold", 36)
    c.drawString(70, 280, "Takk!")
    c.setFont("Helvetica", 18)
    c.drawString(70, 240, "Spørsmål: kompetanse@virke.example")
    c.showPage()
    c.save()
