"""Spreadsheet, scan and slide deck."""
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from . import data as D

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def lo(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Forside"
    ws["A1"] = "LOs rapportering til Kompetansepolitisk råd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Rapporteringsår"
    ws["B3"] = 2043
    ws["A4"] = "Utfylt av"
    ws["B4"] = "LO, avdeling for utdanning og kompetanse"
    ws["A5"] = "Sist oppdatert"
    ws["B5"] = "28.02.2044"
    ws["A7"] = "Tiltakene står på arkene for hvert innsatsområde. Merknader på eget ark."
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 45
    hdr = ["Nr.", "Hva gjør LO?", "Kort beskrivelse", "Delmål", "Art", "Ansvar", "Sammen med"]
    groups = [("Innsatsområde 1", "Hovedinnsatsområde 1 – Gode valg", [r for r in D.LO if r.dm[0] == "1"]),
              ("Innsatsområde 2 og 3", "Hovedinnsatsområde 2 og 3 – Læring i arbeidslivet og voksne med "
               "svak tilknytning", [r for r in D.LO if r.dm[0] != "1"])]
    n = 0
    fill = PatternFill("solid", fgColor="FCE4D6")
    for name, title, rows in groups:
        s = wb.create_sheet(name)
        s["A1"] = title
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells("A1:G1")
        s["A2"] = "LO – rapportering 2043"
        for j, h in enumerate(hdr, 1):
            c = s.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill
        for i, r in enumerate(rows):
            n += 1
            dm = float(r.dmx) if "." in r.dmx else r.dmx
            vals = [n, r.t, r.besk, dm, r.tx, r.ans, r.sam]
            for j, v in enumerate(vals, 1):
                c = s.cell(row=5 + i, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(dm, float):
                s.cell(row=5 + i, column=4).number_format = "0.0"
        for col, w in zip("ABCDEFG", [5, 40, 55, 8, 14, 18, 24]):
            s.column_dimensions[col].width = w
    m = wb.create_sheet("Merknader")
    m["A1"] = "Merknader"
    m["A1"].font = Font(bold=True)
    m["A2"] = ("LO mener rapporteringsmalen bør forenkles. Flere av tiltakene gjennomføres av forbundene "
               "og er ført med forbundet som ansvarlig.")
    m["A3"] = "Delmål 1.1 og 1.4: se også LOs innspill til rådsmøtet i november."
    m.column_dimensions["A"].width = 100
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


def ks_scan(path, seed=4304):
    rnd = random.Random(seed)
    W, H = 2339, 1654  # A4 landscape at 200 dpi
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 40)
    f_h = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 28)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 28)
    d.text((120, 90), "KS – Rapportering til Kompetansepolitisk råd 2043", font=f_t, fill=20)
    d.text((120, 150), "Kommunesektorens organisasjon. Vedlegg til e-post 26.02.2044", font=f, fill=40)
    cols = [("Tiltak", 760), ("Delmål", 150), ("Type", 230), ("Ansvarlig", 230), ("Samarbeidspartnere", 720)]
    x0, y = 120, 230
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rows = [[h for h, _ in cols]] + [[r.t, r.dmx, r.tx, r.ans, r.sam] for r in D.KS]
    for ri, row in enumerate(rows):
        font = f_h if ri == 0 else f
        cell_lines = [_wrap(d, v, font, w - 30) for v, (_, w) in zip(row, cols)]
        h = max(len(ls) for ls in cell_lines) * 38 + 28
        for ci, ls in enumerate(cell_lines):
            for li, line in enumerate(ls):
                d.text((xs[ci] + 14, y + 14 + li * 38), line, font=font, fill=15)
        d.line((x0, y, xs[-1], y), fill=90, width=2)
        y += h
    d.line((x0, y, xs[-1], y), fill=90, width=2)
    for x in xs:
        d.line((x, 230, x, y), fill=110, width=2)
    d.text((120, y + 40), "Kontaktperson: avdeling for arbeidsgiverpolitikk, KS", font=f, fill=40)
    d.text((1700, H - 110), "Side 1 av 1", font=f, fill=60)
    # the scanner: slight tilt, grey noise, a little blur, a dark edge
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    for _ in range(60000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = max(0, min(255, px[x, yy] + rnd.randint(-70, 40)))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    ImageDraw.Draw(img).rectangle((0, 0, 18, H), fill=70)
    img.convert("RGB").save(path, "PDF", resolution=200.0)


def virke_slides(path):
    W, H = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Virke – Kompetansepolitisk råd 2043")
    c.setAuthor("Virke")
    green = HexColor("#00594F")
    c.setFillColor(green)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont("Helvetica-Bold", 40)
    c.drawString(60, 300, "Virkes bidrag til kompetansestrategien")
    c.setFont("Helvetica", 24)
    c.drawString(60, 255, "Rapportering til Kompetansepolitisk råd – året 2043")
    c.drawString(60, 80, "Hovedorganisasjonen Virke · februar 2044")
    c.showPage()
    for i, r in enumerate(D.VIRKE, 2):
        c.setFillColor(green)
        c.rect(0, H - 95, W, 95, fill=1, stroke=0)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont("Helvetica-Bold", 30)
        c.drawString(50, H - 62, r.t)
        c.setFillColor(HexColor("#E8F1EF"))
        c.roundRect(50, H - 150, 330, 38, 8, fill=1, stroke=0)
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(62, H - 137, f"{r.dmx}  |  {r.tx}")
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 22)
        # one bullet, wrapped
        words, lines, cur = r.besk.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if c.stringWidth(t, "Helvetica", 22) < 820:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        yy = H - 210
        c.drawString(55, yy, "•")
        for ln in lines:
            c.drawString(80, yy, ln)
            yy -= 32
        c.setFont("Helvetica", 14)
        c.setFillColor(HexColor("#555555"))
        foot = f"Ansvar: {r.ans}"
        if r.sam:
            foot += f"   ·   Partnere: {r.sam}"
        c.drawString(50, 40, foot)
        c.drawRightString(W - 40, 40, str(i))
        c.showPage()
    c.setFillColor(green)
    c.rect(0, H - 95, W, 95, fill=1, stroke=0)
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont("Helvetica-Bold", 30)
    c.drawString(50, H - 62, "Veien videre")
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica", 22)
    for k, ln in enumerate(["Virke vil bruke kompetanseindeksen aktivt i dialogen med myndighetene",
                            "Vi ønsker en enklere rapporteringsmal fra 2044",
                            "Takk for samarbeidet i rådet!"]):
        c.drawString(55, H - 170 - k * 45, "•")
        c.drawString(80, H - 170 - k * 45, ln)
    c.setFont("Helvetica", 14)
    c.drawRightString(W - 40, 40, str(len(D.VIRKE) + 2))
    c.showPage()
    c.save()
