"""Builders for the spreadsheet, the scan and the slide deck."""
import random

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import landscape, A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from . import data as d

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ------------------------------------------------------------------ NHO
def nho(path, dt):
    wb = Workbook()
    wb.properties.creator = "NHO Kompetanse og arbeidsliv"
    wb.properties.created = dt
    wb.properties.modified = dt
    ws0 = wb.active
    ws0.title = "Les meg"
    ws0["A1"] = "NHO – rapportering til Kompetansepolitisk råd 2034"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A3"] = "Arkfane «Område 1 og 2» og «Område 3» inneholder tiltakene."
    ws0["A4"] = "Delmål er oppgitt som tall. Kategori er fylt ut der den er avklart med fagavdelingen."
    ws0["A5"] = "Kontakt: Marte Fossheim, NHO"
    ws0.column_dimensions["A"].width = 80

    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E78")
    head = ["Delmål", "Aktivitet", "Omtale", "Kategori", "NHO-enhet", "Med"]

    ws = wb.create_sheet("Område 1 og 2")
    ws["A1"] = "NHO – tiltak 2034"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Hovedinnsatsområde 1 og 2"
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = bold
        c.fill = fill
    r = 5
    for sid, tiltak, dm, typ, ans, part, besk, given in d.NHO:
        if dm[0] == "3":
            continue
        vals = [float(dm), tiltak, besk, given, ans, part]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=1).number_format = "0.0"
        r += 1
    for col, w in zip("ABCDEF", [9, 42, 60, 14, 16, 30]):
        ws.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Område 3")
    ws3["B1"] = "Hovedinnsatsområde 3 – voksne med svak tilknytning"
    ws3["B1"].font = Font(bold=True)
    for i, h in enumerate(head, 2):
        c = ws3.cell(row=3, column=i, value=h)
        c.font = bold
        c.fill = fill
    r = 4
    for sid, tiltak, dm, typ, ans, part, besk, given in d.NHO:
        if dm[0] != "3":
            continue
        vals = [float(dm), tiltak, besk, given, ans, part]
        for i, v in enumerate(vals, 2):
            ws3.cell(row=r, column=i, value=v if v != "" else None)
        r += 1
    for col, w in zip("BCDEFG", [9, 42, 60, 14, 16, 30]):
        ws3.column_dimensions[col].width = w

    wh = wb.create_sheet("utkast_des")
    wh.sheet_state = "hidden"
    for i, h in enumerate(head, 1):
        wh.cell(row=1, column=i, value=h)
    wh.append([2.2, "Kompetanseundersøkelse blant bedrifter (utgår)", "Flyttet til 2035", None, "NHO", None])
    wb.save(path)


# ------------------------------------------------------------------ Unio scan
def unio(path, dt):
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_b = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 38)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 30)
    f_s = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 28)
    y = 150
    dr.text((140, y), "Unio", font=ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 64), fill=20)
    dr.text((140, y + 80), "Hovedorganisasjon for universitets- og høyskoleutdannede", font=f_s, fill=40)
    y = 360
    dr.text((140, y), "Unios tiltak 2034 – rapport til Kompetansepolitisk råd", font=f_b, fill=10)
    y += 80
    dr.text((140, y), "Oversikten under er godkjent av Unios sekretariat 16.01.2035.", font=f, fill=30)
    y += 90
    cols = [140, 330, 1180, 1520]
    heads = ["Delmål", "Tiltak", "Type"]
    dr.rectangle([cols[0], y, cols[-1], y + 60], outline=60, width=2)
    for i, h in enumerate(heads):
        dr.text((cols[i] + 14, y + 12), h, font=f_b, fill=10)
    top = y
    y += 60
    for sid, tiltak, dm, typ, ans, part, besk, given in d.UNIO:
        words = tiltak.split()
        lines, cur = [], ""
        for w in words:
            if dr.textlength((cur + " " + w).strip(), font=f) > cols[2] - cols[1] - 30:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        lines.append(cur)
        h = 24 + 44 * len(lines)
        dr.text((cols[0] + 14, y + 14), dm.replace(".", ","), font=f, fill=15)
        for k, ln in enumerate(lines):
            dr.text((cols[1] + 14, y + 14 + 44 * k), ln, font=f, fill=15)
        dr.text((cols[2] + 14, y + 14), given, font=f, fill=15)
        dr.line([cols[0], y + h, cols[-1], y + h], fill=110, width=1)
        y += h
    for x in cols:
        dr.line([x, top, x, y], fill=110, width=1)
    y += 80
    dr.text((140, y), "Kontaktperson: rådgiver Nils Aamodt, Unio", font=f, fill=30)
    dr.text((140, y + 50), "Side 1 av 1", font=f, fill=30)
    # scan artefacts
    rnd = random.Random(2034)
    px = img.load()
    for _ in range(3500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice([120, 160, 200])
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.point(lambda v: min(255, int(v * 0.96 + 6)))
    img.save(path, "PDF", resolution=200.0)


# ------------------------------------------------------------------ Spekter slides
def spekter(path, dt):
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Spekter – Kompetansepolitisk råd 2034")
    c.setAuthor("Spekter")

    def frame(title, n):
        c.setFillColorRGB(0.05, 0.25, 0.45)
        c.rect(0, H - 80, W, 80, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 24)
        c.drawString(40, H - 52, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 9)
        c.drawString(40, 20, "Spekter | Rapportering til Kompetansepolitisk råd 2034")
        c.drawRightString(W - 40, 20, str(n))
        c.setFillColorRGB(0, 0, 0)

    # cover
    c.setFillColorRGB(0.05, 0.25, 0.45)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 34)
    c.drawString(60, H / 2 + 20, "Spekters kompetansetiltak 2034")
    c.setFont("DV", 18)
    c.drawString(60, H / 2 - 20, "Innspill til Kompetansepolitisk råd – januar 2035")
    c.showPage()
    n = 2
    frame("Hovedbudskap", n)
    c.setFont("DV", 18)
    yy = H - 140
    for line in ["Stort behov for fagarbeidere og spesialsykepleiere i helseforetakene",
                 "Partssamarbeidet i de faglige rådene er viktig for oss",
                 "Digital kompetanseplanlegging tas i bruk i alle regionale helseforetak"]:
        c.drawString(60, yy, "–  " + line)
        yy -= 40
    c.showPage()
    slides = [
        ("1.4", "Samarbeid utdanning – arbeidsliv (delmål 1.4)"),
        ("2.1", "Digital kompetanse (delmål 2.1)"),
        ("2.3", "Yrkesfag og karriere (delmål 2.3)"),
    ]
    for dm, title in slides:
        n += 1
        frame(title, n)
        yy = H - 140
        for sid, tiltak, dmx, typ, ans, part, besk, given in d.SPEKTER:
            if dmx != dm:
                continue
            c.setFont("DV", 18)
            c.drawString(60, yy, "•")
            txt = tiltak + (f"  [{given}]" if given else "")
            c.drawString(85, yy, txt)
            yy -= 26
            if part:
                c.setFont("DV", 13)
                c.setFillColorRGB(0.35, 0.35, 0.35)
                c.drawString(85, yy, f"Sammen med {part}")
                c.setFillColorRGB(0, 0, 0)
                yy -= 22
            yy -= 18
        c.showPage()
    n += 1
    frame("Takk!", n)
    c.setFont("DV", 18)
    c.drawString(60, H - 150, "Spørsmål? Kontakt fagdirektør Ellen Brevik, Spekter")
    c.showPage()
    c.save()
