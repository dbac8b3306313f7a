"""Reports that are not Word documents: a workbook, a scan, a slide deck, an RTF memo, a programme."""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import data as d

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONT_B))


def nho(path: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Les meg"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd 2033"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Arket «Tiltak 2033» er NHOs rapport. Delmål er oppgitt med strategiens nummer."
    ws["A4"] = "Arket «Utkast» er en gammel arbeidsliste og skal ikke brukes."
    ws["A6"] = "Kontakt: NHO Kompetanse"
    ws.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Tiltak 2033")
    ws["B1"] = "NHO"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "Tiltak i 2033 som følger opp Nasjonal kompetansepolitisk strategi"
    ws["B3"] = "Oppdatert 28.01.2034"
    head = ["Nr", "Aktivitet", "Kort om aktiviteten", "Delmål nr.", "Type tiltak", "Hvem i NHO",
            "Sammen med"]
    fill = PatternFill("solid", fgColor="1F3864")
    for j, h in enumerate(head, 2):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
    for i, r in enumerate(d.NHO, 1):
        vals = [i, r.tiltak, r.desc, float(r.dm_txt), r.typ_txt, r.ans, r.partners or None]
        for j, v in enumerate(vals, 2):
            c = ws.cell(row=5 + i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 5:
                c.number_format = "0.0"
    for col, w in zip("BCDEFGH", [5, 45, 60, 11, 18, 18, 30]):
        ws.column_dimensions[col].width = w

    hid = wb.create_sheet("Utkast")
    hid.append(["Aktivitet", "Delmål nr.", "Type tiltak"])
    for t, dm, ty in d.NHO_HIDDEN:
        hid.append([t, dm, ty])
    hid.sheet_state = "hidden"
    wb.active = 1
    wb.properties.creator = "NHO"
    wb.properties.created = dt.datetime(2034, 1, 28, 9, 0)
    wb.save(path)


def ys_scan(path: str) -> None:
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(SERIF, 40)
    f = ImageFont.truetype(SERIF, 30)
    f_b = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 30)
    dr.text((150, 150), "YS – Yrkesorganisasjonenes Sentralforbund", font=f_t, fill=20)
    dr.text((150, 220), "Tiltak 2033 til Kompetansepolitisk råd", font=f, fill=20)
    x = [150, 330, 1050, 1500]
    y0 = 330
    rowh = 110
    rows = [("Delmål", "Tiltak", "Samarbeid")] + [
        (r.dm_txt, r.tiltak, r.partners or "—") for r in d.YS]
    for i, (a, b, c) in enumerate(rows):
        y = y0 + i * rowh
        font = f_b if i == 0 else f
        dr.text((x[0] + 15, y + 35), a, font=font, fill=25)
        # wrap the tiltak cell
        words, line, lines = b.split(), "", []
        for w in words:
            if dr.textlength(line + " " + w, font=font) > x[2] - x[1] - 30:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        lines.append(line)
        for k, ln in enumerate(lines):
            dr.text((x[1] + 15, y + 20 + k * 38), ln, font=font, fill=25)
        dr.text((x[2] + 15, y + 35), c, font=font, fill=25)
    ybot = y0 + len(rows) * rowh
    for xx in x:
        dr.line([(xx, y0), (xx, ybot)], fill=90, width=2)
    for i in range(len(rows) + 1):
        dr.line([(x[0], y0 + i * rowh), (x[-1], y0 + i * rowh)], fill=90, width=2)
    dr.text((150, ybot + 80), "Oslo, 29.01.2034", font=f, fill=30)
    dr.text((150, ybot + 130), "Sendt på vegne av YS-sekretariatet", font=f, fill=30)
    rnd = random.Random(2033)
    px = img.load()
    for _ in range(60000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice([120, 170, 200])
    img = img.rotate(-1.1, resample=Image.BICUBIC, fillcolor=235, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.convert("RGB").save(path, "PDF", resolution=200.0)


def virke_slides(path: str) -> None:
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setAuthor("Virke")
    c.setTitle("Virke – kompetansepolitisk innsats 2033")

    def frame(title: str, n: int) -> None:
        c.setFillColorRGB(0.05, 0.2, 0.35)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 26)
        c.drawString(40, H - 58, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 10)
        c.drawString(40, 20, "Virke | Rapport til Kompetansepolitisk råd | 2033")
        c.drawRightString(W - 40, 20, str(n))

    c.setFillColorRGB(0.05, 0.2, 0.35)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 34)
    c.drawString(60, 300, "Virkes kompetansepolitiske innsats 2033")
    c.setFont("DV", 18)
    c.drawString(60, 260, "Rapport til Kompetansepolitisk råd · januar 2034")
    c.showPage()

    groups = [("Gode valg: samarbeid med utdanningene", d.VIRKE[:2]),
              ("Læring i arbeidslivet", d.VIRKE[2:])]
    for n, (title, rows) in enumerate(groups, 2):
        frame(title, n)
        y = H - 135
        for r in rows:
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("DVB", 17)
            tag = r.dm_txt + (f", {r.typ_txt}" if r.typ_txt else "")
            c.drawString(50, y, "•")
            c.drawString(72, y, f"{r.tiltak} ({tag})")
            y -= 24
            c.setFont("DV", 13)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(90, y, f"– {r.desc}")
            y -= 40
        c.showPage()
    frame("Takk!", 4)
    c.setFont("DV", 18)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.drawString(60, 300, "Spørsmål? Ta kontakt med Virkes fagavdeling for kompetanse.")
    c.showPage()
    c.save()


def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def akademikerne(path: str) -> None:
    paras = [
        ("b", "NOTAT"),
        ("", "Til: Sekretariatet for Kompetansepolitisk råd"),
        ("", "Fra: Akademikerne"),
        ("", "Dato: 31. januar 2034"),
        ("", "Sak: Akademikernes rapportering for 2033"),
        ("", ""),
        ("", "Akademikerne har i 2033 prioritert kunnskapsgrunnlaget og høyt utdannedes behov for "
             "etter- og videreutdanning. Kort oversikt, ordnet etter delmålene i strategien:"),
    ]
    for r in d.AKADEMIKERNE:
        paras.append(("b", f"Delmålet om {r.dm_txt}:"))
        typ = f" ({r.typ_txt})" if r.typ_txt else ""
        line = f"\u2013 {r.tiltak}{typ}" + (f": {r.desc}" if r.desc else ".")
        paras.append(("i", line))
    paras.append(("", ""))
    paras.append(("", "Akademikerne stiller gjerne på rådets arbeidsmøte i mars."))
    body = []
    for kind, text in paras:
        pre = "\\pard\\sa120"
        if kind == "i":
            pre += "\\li360"
        t = _rtf_escape(text)
        if kind == "b":
            t = "{\\b " + t + "}"
        body.append(pre + " " + t + "\\par")
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
           "{\\info{\\author Akademikerne}{\\creatim\\yr2034\\mo1\\dy31}}\\f0\\fs22\n"
           + "\n".join(body) + "\n}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write(rtf)


def konferanse(path: str) -> None:
    c = canvas.Canvas(path, pagesize=A4)
    c.setAuthor("Kompetansekonferansen")
    W, H = A4
    y = H - 80
    c.setFont("DVB", 20)
    c.drawString(60, y, "Kompetansekonferansen 2033")
    y -= 26
    c.setFont("DV", 12)
    c.drawString(60, y, "Program – Oslo kongressenter, 14.–15. november 2033")
    y -= 40
    prog = [
        ("1", "Dag 1: Kompetanse for omstilling", [
            ("1.1", "09.00 Åpning og velkommen ved konferansier"),
            ("1.2", "09.15 Hvilken kompetanse trenger Norge? Innlegg fra en forsker i KBU"),
            ("1.3", "10.00 Karriereveiledning for voksne – erfaringer fra tre fylker"),
            ("1.4", "11.00 Panel: Hvordan får vi utdanningene tett på arbeidslivet?"),
        ]),
        ("2", "Dag 2: Læring i jobben", [
            ("2.1", "09.00 Kunstig intelligens på arbeidsplassen – hva må vi lære?"),
            ("2.2", "10.00 Hva lønner det seg å investere i kompetanse?"),
            ("2.3", "11.00 Fagbrev og yrkesfag – veien til gode karrierer"),
            ("3.1", "13.00 Avslutning og oppsummering"),
        ]),
    ]
    for _, title, items in prog:
        c.setFont("DVB", 14)
        c.drawString(60, y, title)
        y -= 24
        c.setFont("DV", 11)
        for num, text in items:
            c.drawString(70, y, num)
            c.drawString(110, y, text)
            y -= 20
        y -= 16
    c.setFont("DV", 10)
    c.drawString(60, y - 10, "Påmelding innen 1. november. Konferanseavgift 3 900 kr inkl. lunsj.")
    c.drawString(60, y - 26, "Arrangør: Konferanseselskapet Kunnskapsforum AS")
    c.showPage()
    c.save()
