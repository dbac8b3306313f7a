"""Non-Word shapes: spreadsheet, scan, RTF letter, slide deck."""
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from . import data as D

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


# --------------------------------------------------------------------------- NHO workbook
def nho(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Forside"
    ws["B2"] = "NHO – Næringslivets Hovedorganisasjon"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B4"] = "Rapportering til Kompetansepolitisk råd, rapporteringsår 2041"
    ws["B6"] = "Kontakt:"
    ws["C6"] = "Kompetanse og arbeidsliv, NHO"
    ws["B7"] = "Sendt:"
    ws["C7"] = "2042-01-22"
    ws["B9"] = "Oversikten over tiltak ligger i arkfanen «Tiltak 2041». Merknader står i egen fane."
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 40

    t = wb.create_sheet("Tiltak 2041")
    t["A1"] = "NHOs tiltak 2041"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Delmål oppgis med kode fra strategien (f.eks. 2.3)."
    t["A2"].font = Font(italic=True, color="666666")
    head = ["Løpenr", "Hva gjør vi?", "Nærmere om tiltaket", "Dm.", "Kategori", "Hovedansvar", "Sammen med"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, h in enumerate(head, 1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill
    for n, r in enumerate(D.NHO, 1):
        vals = [n, r.tiltak, r.beskrivelse or None, r.dm_shown, r.type_shown, r.ansvarlig, r.partnere or None]
        for i, v in enumerate(vals, 1):
            c = t.cell(row=4 + n, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(r.dm_shown, float):
            t.cell(row=4 + n, column=4).number_format = "0.0"
    for col, w in zip("ABCDEFG", [8, 45, 60, 6, 20, 18, 28]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"

    m = wb.create_sheet("Merknader")
    m["A1"] = "Merknader"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Tallene for Grønt fagløft er foreløpige; endelig deltakertall kommer i mars."
    m["A4"] = "Kampanjen «Bli lærebedrift» videreføres i 2042 med egne midler fra landsforeningene."
    m.column_dimensions["A"].width = 90

    k = wb.create_sheet("Oppslag")
    k["A1"] = "Kode"
    k["B1"] = "Delmål (kortform)"
    for i, (code, text) in enumerate([
        ("1.1", "Kompetansebehovsutvalget"), ("1.2", "Regionalt ansvar"), ("1.3", "Karriereveiledning"),
        ("1.4", "Utdanning og arbeidsliv"), ("2.1", "Digital kompetanse"), ("2.2", "Kunnskapsgrunnlag"),
        ("2.3", "Yrkesfag"), ("2.4", "Virksomheter og tilbydere"), ("2.5", "Dokumentasjon"),
        ("2.6", "Godkjenning"), ("3.1", "Fleksibel opplæring"), ("3.2", "Kompetansepluss"),
        ("3.3", "Arbeidsmarkedstiltak"), ("3.4", "Innvandrere"), ("3.5", "NAV"), ("3.6", "Frivillig sektor"),
    ], 2):
        k.cell(row=i, column=1, value=code)
        k.cell(row=i, column=2, value=text)
    k.sheet_state = "hidden"
    wb.active = 1
    wb.save(path)


# --------------------------------------------------------------------------- KS scan
def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def ks_scan(path):
    rnd = random.Random(2041)
    W, H = 2480, 3508
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(FONT_B, 52)
    f_h = ImageFont.truetype(FONT_B, 36)
    f = ImageFont.truetype(FONT, 36)
    f_s = ImageFont.truetype(SERIF, 34)
    d.text((180, 200), "KS", font=ImageFont.truetype(FONT_B, 90), fill=20)
    d.text((180, 330), "Rapportering til Kompetansepolitisk råd – tiltak 2041", font=f_t, fill=15)
    d.text((180, 420), "Kommunesektorens organisasjon, avdeling for arbeidsgiverpolitikk", font=f_s, fill=40)
    cols = [("Delmål", 170), ("Tiltak", 760), ("Type", 330), ("Ansvarlig", 300), ("Samarbeidspartnere", 560)]
    x0, y = 180, 560
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    line_h = 48
    d.line((xs[0], y, xs[-1], y), fill=30, width=3)
    for (name, _), x in zip(cols, xs):
        d.text((x + 14, y + 16), name, font=f_h, fill=10)
    y_head_end = y + 80
    d.line((xs[0], y_head_end, xs[-1], y_head_end), fill=30, width=3)
    y = y_head_end
    for r in D.KS:
        vals = [r.dm_shown, r.tiltak, r.type_shown or "", r.ansvarlig, r.partnere]
        wrapped = [_wrap(d, v, f, w - 28) for v, (_, w) in zip(vals, cols)]
        n = max(len(w) for w in wrapped)
        for lines, x in zip(wrapped, xs):
            for k, ln in enumerate(lines):
                d.text((x + 14, y + 18 + k * line_h), ln, font=f, fill=15)
        y += 36 + n * line_h
        d.line((xs[0], y, xs[-1], y), fill=120, width=2)
    for x in xs:
        d.line((x, 560, x, y), fill=110, width=2)
    y += 120
    d.text((180, y), "Oslo, 25. januar 2042", font=f_s, fill=30)
    d.text((180, y + 60), "Med hilsen KS", font=f_s, fill=30)
    # stamp
    d.text((1650, 150), "MOTTATT 27.01.2042", font=f_h, fill=90)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=245)
    px = img.load()
    for _ in range(60000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((70, 120, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.resize((W * 2 // 3, H * 2 // 3))  # about 200 dpi
    img.convert("RGB").save(path, "PDF", resolution=200.0)


# --------------------------------------------------------------------------- YS letter (RTF)
def _rtf(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def ys(path):
    paras = []
    P = lambda t, extra="": paras.append(f"{{\\pard\\sa160{extra} {_rtf(t)}\\par}}")
    P("Sekretariatet for Kompetansepolitisk råd", "\\qr")
    P("Oslo, 19. januar 2042", "\\qr")
    paras.append(f"{{\\pard\\sa200\\b {_rtf('YS’ rapportering for 2041')}\\b0\\par}}")
    P("Vi viser til brev fra sekretariatet med frist for rapportering av tiltak som følger opp Nasjonal "
      "kompetansepolitisk strategi. YS og YS-forbundene har i 2041 arbeidet med følgende:")
    for r in D.YS:
        tail = r.dm_shown + (f", {r.type_shown}" if r.type_shown else "")
        extra = f" Samarbeidspartner: {r.partnere}." if r.partnere else ""
        paras.append(
            "{\\pard\\fi-360\\li720\\sa120 \\u8226?\\tab "
            + "{\\b " + _rtf(r.tiltak) + ":}"
            + " " + _rtf(r.beskrivelse + extra + f" ({tail})") + "\\par}")
    P("Vi bidrar gjerne med mer informasjon om tiltakene ved behov.")
    P("Med vennlig hilsen")
    P("Yrkesorganisasjonenes Sentralforbund YS")
    P("Avdeling for samfunnspolitikk")
    body = "\n".join(paras)
    doc = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
           "{\\info{\\title YS brev 2041}{\\author YS}}\n\\f0\\fs24\n" + body + "\n}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write(doc)


# --------------------------------------------------------------------------- Spekter slides
def spekter(path):
    from reportlab.lib.colors import HexColor, white
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Spekter – Kompetansepolitisk råd 2041")
    c.setAuthor("Spekter")
    navy = HexColor("#12355B")

    def frame(title, n):
        c.setFillColor(navy)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DVB", 28)
        c.drawString(40, H - 58, title)
        c.setFillColor(HexColor("#888888"))
        c.setFont("DV", 10)
        c.drawString(40, 20, "Spekter | Rapportering til Kompetansepolitisk råd 2041")
        c.drawRightString(W - 40, 20, str(n))

    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 40)
    c.drawString(60, 300, "Kompetansepolitisk råd")
    c.setFont("DV", 24)
    c.drawString(60, 255, "Spekters tiltak 2041")
    c.setFont("DV", 14)
    c.drawString(60, 120, "Arbeidsgiverforeningen Spekter · rådsmøte februar 2042")
    c.showPage()

    groups = [
        ("Gode valg for den enkelte og samfunnet", ["M26", "M33"]),
        ("Læring i arbeidslivet", ["M40", "M41", "M42"]),
        ("Voksne med svak tilknytning", ["M43"]),
    ]
    by = {r.seed: r for r in D.SPEKTER}
    n = 2
    for title, seeds in groups:
        frame(title, n)
        y = H - 140
        for s in seeds:
            r = by[s]
            c.setFillColor(navy)
            c.rect(50, y - 2, 10, 10, stroke=0, fill=1)
            c.setFillColor(HexColor("#111111"))
            c.setFont("DVB", 19)
            tag = r.dm_shown + (f" · {r.type_shown}" if r.type_shown else "")
            c.drawString(72, y, r.tiltak)
            c.setFont("DV", 13)
            c.setFillColor(HexColor("#2E75B6"))
            c.drawString(72 + c.stringWidth(r.tiltak, "DVB", 19) + 10, y + 2, f"[{tag}]")
            c.setFillColor(HexColor("#333333"))
            c.setFont("DV", 14)
            y -= 24
            c.drawString(92, y, "– " + r.beskrivelse)
            if r.partnere:
                y -= 20
                c.drawString(92, y, "– Sammen med: " + r.partnere)
            y -= 48
        c.showPage()
        n += 1
    frame("Spørsmål?", n)
    c.setFont("DV", 18)
    c.setFillColor(HexColor("#333333"))
    c.drawString(60, 360, "Kontakt: avdeling for kompetanse og utdanning, Spekter")
    c.showPage()
    c.save()
