"""Builders for the spreadsheet, the scan, the RTF memo and the slide deck."""
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import data as D

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def nho(path, truth, fname):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Les meg"
    ws0["A1"] = "Slik leser du arket"
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A3"] = "Arket «Tiltak 2030» viser NHOs bidrag til oppfølgingen av kompetansestrategien."
    ws0["A4"] = "Delmål er oppgitt med nummeret fra strategien. Tomme celler betyr at opplysningen ikke er kjent."
    ws0["A5"] = "Kontakt: kompetanse@nho.no"
    ws0.column_dimensions["A"].width = 100
    ws = wb.create_sheet("Tiltak 2030")
    ws["A1"] = "Næringslivets Hovedorganisasjon"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportering til Kompetansepolitisk råd – året 2030"
    ws["A3"] = "Sist oppdatert 26.01.2031"
    ws["A3"].font = Font(italic=True, color="777777")
    header = ["Nr", "Delmål nr.", "Vårt bidrag", "Kort om status 2030", "Tiltakstype", "Hvem har ansvaret", "Partnere"]
    hfill = PatternFill("solid", fgColor="1F3864")
    afill = PatternFill("solid", fgColor="D9E1F2")

    def put_header(r):
        for j, h in enumerate(header, 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = hfill
            c.alignment = Alignment(wrap_text=True, vertical="center")

    def put_area(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = afill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    r = 6
    put_header(r)
    area = None
    n = 0
    for mid, tiltak, delmal, num, typ, stype, ans, part, besk in D.NHO:
        a = delmal[0]
        if a != area:
            if area == "1":
                r += 2  # blank row, then header repeated as in a pasted block
                put_header(r)
            r += 1
            put_area(r, {"1": "HOVEDINNSATSOMRÅDE 1 – GODE VALG", "2": "HOVEDINNSATSOMRÅDE 2 – LÆRING I ARBEIDSLIVET",
                         "3": "HOVEDINNSATSOMRÅDE 3 – VOKSNE MED SVAK TILKNYTNING"}[a])
            area = a
        r += 1
        n += 1
        vals = [n, num, tiltak, besk, stype or None, ans or None, part or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=2).number_format = "0.0"
        truth.append((fname, "NHO", tiltak, mid, delmal, typ, ans, part, besk))
    for col, w in zip("ABCDEFG", [5, 10, 42, 60, 20, 18, 34]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.active = 1
    wb.save(path)


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def unio(path, truth, fname):
    rnd = random.Random(2030)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_b = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 40)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 30)
    f_h = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 30)
    d.text((140, 150), "Unio – rapportering til Kompetansepolitisk råd 2030", font=f_b, fill=20)
    d.text((140, 225), "Tiltak Unio sentralt har gjennomført eller deltatt i:", font=f, fill=30)
    cols = [120, 270, 760, 990, 1150, 1540]
    heads = ["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid"]
    y = 320
    rowh = 70
    d.line((cols[0], y, cols[-1], y), fill=60, width=3)
    for x, h in zip(cols, heads):
        d.text((x + 12, y + 18), h, font=f_h, fill=20)
    y += rowh
    d.line((cols[0], y, cols[-1], y), fill=60, width=3)
    for shown, mid, tiltak, stype, ans, part, typ in D.UNIO:
        cells = [shown.replace(".", ","), tiltak, stype, ans, part]
        wrapped = [_wrap(d, c, f, cols[i + 1] - cols[i] - 24) for i, c in enumerate(cells)]
        h = max(len(w) for w in wrapped) * 40 + 30
        for i, lines in enumerate(wrapped):
            for k, line in enumerate(lines):
                d.text((cols[i] + 12, y + 15 + 40 * k), line, font=f, fill=25)
        y += h
        d.line((cols[0], y, cols[-1], y), fill=150, width=2)
        truth.append((fname, "Unio", tiltak, mid, shown, typ, ans, part, ""))
    for x in cols:
        d.line((x, 320, x, y), fill=150, width=2)
    d.text((140, y + 60), "Oslo, 25. januar 2031", font=f, fill=30)
    d.text((140, y + 110), "Unio – Hovedorganisasjon for universitets- og høyskoleutdannede", font=f, fill=30)
    d.text((1000, y + 230), "Ragnhild Bakke", font=ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 38), fill=50)
    # scanner look: tilt, noise, blur, grey background
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=245)
    px = img.load()
    for _ in range(25000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = max(0, px[x, yy] - rnd.randrange(40, 120))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.point(lambda v: min(255, int(v * 0.96 + 6)))
    img.save(path, "PDF", resolution=200.0)


def _rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def ys(path, truth, fname):
    e = _rtf_escape
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}{\f1\fnil Symbol;}}",
             r"{\info{\title YS notat}{\author YS}{\creatim\yr2031\mo1\dy21\hr10\min0}}",
             r"\paperw11906\paperh16838\margl1417\margr1417\f0\fs22"]

    def para(text, bold=False, size=None):
        s = r"\pard\sa120 "
        if size:
            s += r"\fs%d " % size
        s += (r"\b " if bold else "") + e(text) + (r"\b0" if bold else "")
        if size:
            s += r"\fs22"
        parts.append(s + r"\par")

    para("NOTAT", bold=True, size=32)
    para("Til: Sekretariatet for Kompetansepolitisk råd")
    para("Fra: YS, avdeling for arbeidsliv og politikk")
    para("Dato: 21.01.2031")
    para("Sak: YS' tiltak i 2030 – oppfølging av kompetansestrategien", bold=True)
    para("YS har i 2030 prioritert kompetanse for medlemmer i privat tjenesteyting og i helse. Nedenfor er "
         "tiltakene listet med delmål og type i parentes. Flere av tiltakene er gjennomført av forbundene "
         "med YS som koordinator.")
    for mid, tiltak, delmal, shown, typ, stype, part, besk in D.YS:
        s = r"\pard\fi-360\li720\sa80 {\f1\'b7}\tab "
        inline = f" ({shown})"
        if stype:
            inline += f" [{stype}]"
        s += r"\b " + e(tiltak) + r"\b0 " + e(inline + ". " + besk)
        if part:
            s += e(f" Samarbeid: {part}.")
        parts.append(s + r"\par")
        truth.append((fname, "YS", tiltak, mid, delmal, typ, "", part, besk))
    para("Eventuelle spørsmål kan rettes til undertegnede.")
    para("Lars Øyen, politisk rådgiver")
    parts.append("}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write("\n".join(parts))


def akademikerne(path, truth, fname):
    pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Akademikerne – Kompetansepolitisk råd 2030")
    c.setAuthor("Akademikerne")
    navy = HexColor("#13294B")
    teal = HexColor("#00A3A1")

    def frame(n):
        c.setFillColor(navy)
        c.rect(0, 0, W, 28, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DVS", 10)
        c.drawString(30, 10, "Akademikerne  |  Kompetansepolitisk råd, rapportering 2030")
        c.drawRightString(W - 30, 10, str(n))

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    # title slide
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVSB", 36)
    c.drawString(60, 300, "Akademikernes oppfølging av")
    c.drawString(60, 255, "kompetansestrategien i 2030")
    c.setFont("DVS", 18)
    c.drawString(60, 200, "Innspill til Kompetansepolitisk råd  ·  februar 2031")
    c.showPage()
    # agenda
    frame(2)
    c.setFillColor(navy)
    c.setFont("DVSB", 28)
    c.drawString(60, 450, "Dette går vi gjennom")
    c.setFont("DVS", 20)
    for k, t in enumerate(["Gode valg: råd, utvalg og karriere", "Relevans i høyere utdanning",
                           "Kunnskap om etter- og videreutdanning", "Spørsmål"]):
        c.drawString(80, 380 - 45 * k, f"{k + 1}   {t}")
    c.showPage()
    for n, (mid, tiltak, delmal, shown, typ, stype, ans, part, besk) in enumerate(D.AKADEMIKERNE, 3):
        frame(n)
        c.setFillColor(teal)
        c.setFont("DVSB", 13)
        c.drawString(60, 490, shown.upper())
        c.setFillColor(navy)
        y = 450
        for line in wrap(tiltak, "DVSB", 26, 840):
            c.setFont("DVSB", 26)
            c.drawString(60, y, line)
            y -= 34
        y -= 20
        c.setFillColor(HexColor("#222222"))
        for line in wrap(besk, "DVS", 18, 820):
            c.setFont("DVS", 18)
            c.drawString(60, y, line)
            y -= 26
        c.setFillColor(HexColor("#EEF6F6"))
        c.rect(60, 60, 840, 70, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont("DVS", 14)
        c.drawString(80, 105, f"Type: {stype}")
        c.drawString(80, 80, f"Ansvar: {ans}" + (f"   ·   Med: {part}" if part else ""))
        c.showPage()
        truth.append((fname, "Akademikerne", tiltak, mid, delmal, typ, ans, part, besk))
    frame(len(D.AKADEMIKERNE) + 3)
    c.setFillColor(navy)
    c.setFont("DVSB", 40)
    c.drawString(60, 300, "Takk!")
    c.setFont("DVS", 18)
    c.drawString(60, 250, "Spørsmål: post@akademikerne.no")
    c.showPage()
    c.save()
