"""Spreadsheets, the scan and the PDFs drawn directly (slides, annual report chapter)."""
from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from .data import R

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSI", FONT_DIR + "DejaVuSerif-Italic.ttf"))

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


# ------------------------------------------------------------------ NHO workbook
def nho_xlsx(path: Path, rows: list[R]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Les meg"
    for i, line in enumerate([
        "NHOs rapportering til Kompetansepolitisk råd – 2032",
        "",
        "Arkfanene «Innsatsområde 1» og «Innsatsområde 2» inneholder NHOs aktiviteter.",
        "NHO har ikke egne tiltak under innsatsområde 3 i år; se likevel fellestiltak rapportert av KD.",
        "Delmål er oppgitt med nummer fra strategien. Kolonnen «Form» er fylt ut der det er naturlig.",
        "Kontakt: NHO Kompetanse og samfunn, avdeling for kompetanse",
    ], 1):
        ws.cell(i, 1, line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 100
    head = ["Delmål", "Aktivitet i 2032", "Kort om aktiviteten", "Form", "Hvem i NHO", "Sammen med"]
    for area in ("1", "2"):
        sh = wb.create_sheet(f"Innsatsområde {area}")
        sh["A1"] = "NHO – aktiviteter 2032"
        sh["A1"].font = Font(bold=True, size=13)
        sh["A2"] = ("Gode valg for den enkelte og for samfunnet" if area == "1" else "Læring i arbeidslivet")
        sh["A2"].font = Font(italic=True)
        for j, h in enumerate(head, 1):
            c = sh.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="00509E")
        n = 5
        for r in rows:
            if r.delmal[0] != area:
                continue
            vals = [float(r.dm or r.delmal), r.tiltak, r.desc, r.ty or None, r.ans, r.partners or None]
            for j, v in enumerate(vals, 1):
                c = sh.cell(n, j, v)
                c.alignment = WRAP
            sh.cell(n, 1).number_format = "0.0"
            n += 1
        for col, w in zip("ABCDEF", (8, 42, 60, 14, 20, 28)):
            sh.column_dimensions[col].width = w
    hid = wb.create_sheet("Kodeliste")
    for i, (k, v) in enumerate([(1.1, "KBU"), (1.2, "Regionalt ansvar"), (1.3, "Karriereveiledning"),
                                (1.4, "Samarbeid utdanning–arbeidsliv"), (2.1, "Digital kompetanse"),
                                (2.2, "Kunnskapsgrunnlag"), (2.3, "Yrkesfag"), (2.4, "Klynger")], 1):
        hid.cell(i, 1, k)
        hid.cell(i, 2, v)
    hid.sheet_state = "hidden"
    wb.properties.creator = "NHO"
    wb.save(path)


# ------------------------------------------------------------------ Innlandet workbook
def innlandet_xlsx(path: Path, rows: list[R]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport 2032"
    ws["A1"] = "Innlandet fylkeskommune – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2032"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapportert av: Seksjon for kompetanse og karriere, 25.01.2033"
    # two-row header
    ws.merge_cells("A4:A5")
    ws["A4"] = "Delmål"
    ws.merge_cells("B4:C4")
    ws["B4"] = "Tiltak"
    ws["B5"] = "Navn"
    ws["C5"] = "Beskrivelse"
    ws.merge_cells("D4:D5")
    ws["D4"] = "Type"
    ws.merge_cells("E4:F4")
    ws["E4"] = "Aktører"
    ws["E5"] = "Ansvarlig"
    ws["F5"] = "Samarbeid"
    for row in ws.iter_rows(min_row=4, max_row=5, max_col=6):
        for c in row:
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    n = 6
    for r in rows:
        for j, v in enumerate([r.dm, r.tiltak, r.desc, r.ty or None, r.ans, r.partners or None], 1):
            ws.cell(n, j, v).alignment = WRAP
        n += 1
    for col, w in zip("ABCDEF", (8, 40, 55, 14, 24, 32)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Innlandet fylkeskommune"
    wb.save(path)


def _wrap_px(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        cand = f"{cur} {word}".strip()
        if font.getlength(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    return lines + [cur] if cur else lines or [""]


# ------------------------------------------------------------------ YS scan
def ys_scan(path: Path, rows: list[R]) -> None:
    rnd = random.Random(32)
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 21)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 22)
    ft = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 28)
    dr.text((110, 120), "YS – Yrkesorganisasjonenes Sentralforbund", font=fb, fill=20)
    dr.text((110, 180), "Rapportering til Kompetansepolitisk råd 2032", font=ft, fill=15)
    dr.text((110, 240), "YS og YS-forbundene har i 2032 arbeidet med disse tiltakene:", font=f, fill=25)
    cols = [("Delmål", 108), ("Tiltak", 355), ("Kategori", 140), ("Ansvar", 150), ("Samarbeid", 247)]
    x0, y = 110, 300
    widths = [w for _, w in cols]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    row_h_head = 46
    dr.rectangle([xs[0], y, xs[-1], y + row_h_head], outline=30, width=2)
    for (h, _), x in zip(cols, xs):
        dr.text((x + 8, y + 11), h, font=fb, fill=20)
    y += row_h_head
    for r in rows:
        cells = [r.dm or "", r.tiltak, r.ty or "", r.ans, r.partners]
        wrapped = [_wrap_px(t, f, w - 16) for t, w in zip(cells, widths)]
        h = 16 + 28 * max(len(x) for x in wrapped)
        dr.rectangle([xs[0], y, xs[-1], y + h], outline=30, width=2)
        for lines, x in zip(wrapped, xs):
            for k, line in enumerate(lines):
                dr.text((x + 8, y + 9 + 28 * k), line, font=f, fill=20)
        y += h
    for x in xs:
        dr.line([x, 300, x, y], fill=30, width=2)
    dr.text((110, y + 60), "Oslo, 28. januar 2033", font=f, fill=25)
    dr.text((110, y + 100), "for YS   Kari Myhre (sign.)", font=f, fill=25)
    # scanner artefacts: tilt, blur, speckle
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((70, 120, 200))
    img.save(path, "PDF", resolution=150.0)


# ------------------------------------------------------------------ Virke slides
def virke_slides(path: Path, rows: list[R]) -> None:
    W, H = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setAuthor("Virke")
    c.setTitle("Virke – rapportering til Kompetansepolitisk råd 2032")
    page = [0]

    def frame(title: str) -> None:
        page[0] += 1
        c.setFillColorRGB(0.0, 0.27, 0.35)
        c.rect(0, H - 80, W, 80, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 24)
        c.drawString(40, H - 52, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 9)
        c.drawString(40, 20, "Virke | Kompetansepolitisk råd | rapport 2032")
        c.drawRightString(W - 40, 20, str(page[0]))
        c.setFillColorRGB(0, 0, 0)

    frame("Virkes bidrag til kompetansestrategien 2032")
    c.setFont("DV", 18)
    c.drawString(60, 330, "Rapportering til Kompetansepolitisk råd")
    c.setFont("DV", 14)
    c.drawString(60, 300, "Hovedorganisasjonen Virke · februar 2033")
    c.showPage()
    slides = [("Gode valg for den enkelte og samfunnet", "1"), ("Læring i arbeidslivet", "2"),
              ("Voksne med svak tilknytning til arbeidslivet", "3")]
    for title, area in slides:
        frame(title)
        y = H - 130
        for r in rows:
            if r.delmal[0] != area:
                continue
            c.setFont("DVB", 16)
            c.drawString(60, y, "▪")
            c.drawString(85, y, r.tiltak)
            y -= 24
            c.setFont("DV", 12)
            c.drawString(110, y, r.desc)
            y -= 20
            meta = f"Delmål {r.dm}"
            if r.ty:
                meta += f" · {r.ty}"
            if r.partners:
                meta += f" · med {r.partners}"
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(110, y, meta)
            c.setFillColorRGB(0, 0, 0)
            y -= 40
        c.showPage()
    frame("Takk!")
    c.setFont("DV", 16)
    c.drawString(60, 330, "Spørsmål om rapporten: kompetanse@virke.no")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ UHR report chapter
def uhr_pdf(path: Path, rows: list[R]) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, author="Universitets- og høgskolerådet",
                            title="UHR årsrapport 2032 – kapittel 4")
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=15, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVSB", fontSize=16, leading=20, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="DVSB", fontSize=12, leading=16, spaceBefore=10, spaceAfter=4)
    meta = ParagraphStyle("m", fontName="DVSI", fontSize=9.5, leading=13, spaceAfter=8)
    story = [
        Paragraph("Universitets- og høgskolerådet – Årsrapport 2032", meta),
        Paragraph("4 Bidrag til Nasjonal kompetansepolitisk strategi", h1),
        Paragraph("UHR har vært medlem av Kompetansepolitisk råd siden 2020. Dette kapittelet er også UHRs "
                  "rapport til rådet for 2032, og beskriver de tiltakene sektoren har samordnet gjennom UHR.", body),
    ]
    for i, r in enumerate(rows, 1):
        story.append(Paragraph(f"4.{i} {r.tiltak}", h2))
        story.append(Paragraph(r.desc, body))
        m = f"{r.dm}."
        if r.partners:
            m += f" Samarbeid: {r.partners}."
        story.append(Paragraph(m, meta))
    story += [
        Paragraph(f"4.{len(rows) + 1} Videre arbeid", h2),
        Paragraph("I 2033 vil UHR prioritere oppfølgingen av stortingsmeldingen om livslang læring og arbeide "
                  "for en mer samordnet finansiering av fleksible tilbud. Styret behandler en ny handlingsplan "
                  "i juni.", body),
        Spacer(1, 12),
        Paragraph("5 Økonomi og administrasjon", h1),
        Paragraph("(Kapittelet er ikke gjengitt i dette utdraget.)", meta),
    ]
    doc.build(story)
