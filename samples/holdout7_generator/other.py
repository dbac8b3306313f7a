"""Spreadsheet, slide-deck PDF, two-column PDF and scanned-page renderers."""
from __future__ import annotations

import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from .data import NHO, NHO_HIDDEN_OLD, SPEKTER, VIRKE, VOFO

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONT_B))


def nho_xlsx(out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Veiledning"
    ws["A1"] = "Slik fyller du ut"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Bruk ett ark per hovedinnsatsområde. Oppgi delmål med nummer (f.eks. 2.3)."
    ws["A4"] = "Arket «Arkiv 2026» er fjorårets innrapportering og skal ikke sendes inn på nytt."
    head = ["Delmål (nr)", "Hva har NHO gjort i 2027?", "Nærmere beskrivelse", "Tiltakstype", "Hvem leder", "Sammen med"]
    sheets = {"1": ("HIO1 Gode valg", "Gode valg for den enkelte og for samfunnet"),
              "2": ("HIO2 Læring i arbeidslivet", "Læring i arbeidslivet"),
              "3": ("HIO3 Svak tilknytning", "Voksne med svak tilknytning til arbeidslivet")}
    for a, (name, full) in sheets.items():
        s = wb.create_sheet(name)
        s["A1"] = "NHO – rapportering til Kompetansepolitisk råd, 2027"
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = f"Hovedinnsatsområde {a}: {full}"
        s.append([])
        s.append(head)
        for c in s[4]:
            c.font = Font(bold=True)
        rows = [r for r in NHO if r.delmal[0] == a]
        for r in rows:
            s.append([float(r.shown_dm), r.tiltak, r.beskr or None, r.shown_type, r.ansvarlig, r.partnere or None])
        if not rows:
            s.append([None, "Ingen egne tiltak å rapportere for 2027."])
        for col, w in zip("ABCDEF", [11, 55, 60, 16, 18, 30]):
            s.column_dimensions[col].width = w
    old = wb.create_sheet("Arkiv 2026")
    old.append(["Delmål (nr)", "Hva har NHO gjort i 2026?", "Tiltakstype"])
    for dm, t, ty in NHO_HIDDEN_OLD:
        old.append([float(dm), t, ty])
    old.sheet_state = "hidden"
    wb.save(out)


def virke_slides(out: Path) -> None:
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setAuthor("Virke")
    c.setTitle("Virke – tiltak 2027")

    def frame(title: str) -> None:
        c.setFillColorRGB(0.05, 0.25, 0.35)
        c.rect(0, H - 80, W, 80, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DVB", 26)
        c.drawString(40, H - 55, title)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 9)
        c.drawString(40, 20, "Virke · Kompetansepolitisk råd · januar 2028")
        c.setFillColorRGB(0, 0, 0)

    c.setFillColorRGB(0.05, 0.25, 0.35)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVB", 34)
    c.drawString(60, H / 2 + 20, "Virkes tiltak 2027")
    c.setFont("DV", 18)
    c.drawString(60, H / 2 - 20, "Rapportering til Kompetansepolitisk råd")
    c.showPage()
    slides = [("Gode valg – samarbeid utdanning og arbeidsliv", [r for r in VIRKE if r.delmal[0] == "1"]),
              ("Læring i arbeidslivet (1/2)", VIRKE[1:3]),
              ("Læring i arbeidslivet (2/2)", VIRKE[3:])]
    for title, rows in slides:
        frame(title)
        y = H - 130
        for r in rows:
            c.setFont("DVB", 17)
            c.drawString(50, y, "■")
            c.drawString(75, y, f"{r.tiltak}   [{r.shown_dm}]")
            y -= 26
            c.setFont("DV", 14)
            if r.beskr:
                c.drawString(100, y, f"– {r.beskr}")
                y -= 22
            if r.partnere:
                c.drawString(100, y, f"– Partnere: {r.partnere}")
                y -= 22
            y -= 18
        c.showPage()
    frame("Takk!")
    c.setFont("DV", 16)
    c.drawString(60, H - 140, "Spørsmål: kompetanse@virke.no")
    c.showPage()
    c.save()


def vofo_twocol(out: Path) -> None:
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50,
                          author="VOFO", title="VOFO årsmelding 2027 – utdrag")
    W, H = A4
    gap = 24
    cw = (W - 80 - gap) / 2
    frames = [Frame(40, 50, cw, H - 100, id="c1"), Frame(40 + cw + gap, 50, cw, H - 100, id="c2")]

    def header(canv, _doc):
        canv.setFont("DV", 8)
        canv.drawString(40, H - 30, "Voksenopplæringsforbundet (VOFO) · Årsmelding 2027 · Utdrag til Kompetansepolitisk råd")

    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=header)])
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=6, alignment=4)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=18, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
    meta = ParagraphStyle("m", fontName="DV", fontSize=8.5, leading=11, textColor="#444444", spaceAfter=3)
    f = [Paragraph("Voksnes læring i frivillig sektor", h1),
         Paragraph("Studieforbundene hadde i 2027 over 450 000 deltakere. Dette utdraget fra årsmeldingen viser "
                   "VOFOs egne tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. Tiltakene er knyttet "
                   "til strategiens delmål, som er oppgitt under hver overskrift.", body)]
    for r in VOFO:
        f.append(Paragraph(r.tiltak, h2))
        f.append(Paragraph(f"Delmål {r.shown_dm} · Samarbeid: {r.partnere}", meta))
        f.append(Paragraph(r.beskr, body))
    f.append(Spacer(1, 8))
    f.append(Paragraph("Aktiviteten i studieforbundene varierer mye mellom regionene, og VOFO følger utviklingen tett "
                       "gjennom dialog med forbundene og fylkeskommunene gjennom året. Tallene for deltakelse i 2027 "
                       "blir publisert i statistikken for studieforbundene i mars.", body))
    f.append(Paragraph("Veien videre", h2))
    f.append(Paragraph("VOFO vil i 2028 arbeide for at opplæring i frivillig sektor får en tydeligere plass i "
                       "fylkeskommunenes kompetansestrategier, og for forutsigbar finansiering av studieforbundene.", body))
    doc.build(f)


def _wrap(draw, text: str, font, width: int) -> list[str]:
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
    return lines or [""]


def spekter_scan(out: Path) -> None:
    rnd = random.Random(2027)
    Wp, Hp = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (Wp, Hp), 250)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(FONT_B, 34)
    f = ImageFont.truetype(FONT, 27)
    fh = ImageFont.truetype(FONT_B, 27)
    d.text((110, 130), "Spekter", font=ImageFont.truetype(FONT_B, 48), fill=30)
    d.text((110, 210), "Tiltak 2027 – rapportering til Kompetansepolitisk råd", font=fb, fill=20)
    d.text((110, 270), "Vedlegg til e-post av 17.01.2028", font=f, fill=40)
    cols = [("Delmål", 130), ("Tiltak", 560), ("Type", 230), ("Ansvarlig", 180), ("Samarbeid", 340)]
    x0, y = 110, 360
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rows = [[c for c, _ in cols]] + [[r.shown_dm, r.tiltak, r.shown_type or "", r.ansvarlig, r.partnere] for r in SPEKTER]
    for i, row in enumerate(rows):
        wrapped = [_wrap(d, v, fh if i == 0 else f, w - 24) for v, (_, w) in zip(row, cols)]
        h = max(len(w) for w in wrapped) * 36 + 26
        for j, lines in enumerate(wrapped):
            for k, line in enumerate(lines):
                d.text((xs[j] + 12, y + 13 + 36 * k), line, font=fh if i == 0 else f, fill=25)
        d.line([(x0, y), (xs[-1], y)], fill=120, width=2)
        y += h
    d.line([(x0, y), (xs[-1], y)], fill=120, width=2)
    for x in xs:
        d.line([(x, 360), (x, y)], fill=140, width=2)
    d.text((110, y + 60), "Spekter, avdeling for kompetanse og arbeidsliv", font=f, fill=40)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=245)
    px = img.load()
    for _ in range(45000):
        x, yy = rnd.randrange(Wp), rnd.randrange(Hp)
        px[x, yy] = rnd.choice((90, 150, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.save(out, "PDF", resolution=200.0)
