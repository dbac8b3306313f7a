"""PDFs drawn directly: Spekter's slide deck, UHR's two-column report, Fagskolerådet's letter and
Unio's scanned page."""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer)

from . import data

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- Spekter: a slide deck exported to PDF
SPEKTER_AREAS = [
    ("I", "Gode valg for den enkelte og for samfunnet", ["S03", "S05"]),
    ("II", "Læring i arbeidslivet", ["S10", "P01", "S08", "P02"]),
]


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def spekter(path: Path) -> None:
    W, H = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Spekter – rapportering til Kompetansepolitisk råd 2026")
    c.setAuthor("Spekter")
    navy = colors.HexColor("#0B2545")
    accent = colors.HexColor("#E07A1F")
    page = [0]

    def frame(title: str | None):
        page[0] += 1
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, fill=1, stroke=0)
        if title:
            c.setFillColor(navy)
            c.rect(0, H - 80, W, 80, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 26)
            c.drawString(40, H - 52, title)
        c.setFillColor(accent)
        c.rect(0, 0, W, 6, fill=1, stroke=0)
        c.setFillColor(colors.grey)
        c.setFont("Helvetica", 10)
        c.drawString(40, 18, "Spekter · Kompetansepolitisk råd · februar 2027")
        c.drawRightString(W - 40, 18, str(page[0]))

    # 1 title slide
    frame(None)
    c.setFillColor(navy)
    c.rect(0, 160, W, 220, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(60, 300, "Spekters rapportering til")
    c.drawString(60, 258, "Kompetansepolitisk råd 2026")
    c.setFont("Helvetica", 16)
    c.drawString(60, 205, "Rådsmøte 10. mars 2027 · Avdeling for kompetanse og rekruttering")
    c.showPage()

    # 2 contents
    frame("Innhold")
    y = H - 140
    c.setFillColor(navy)
    for txt in ["Om rapporteringen",
                "Innsatsområde I – Gode valg for den enkelte og for samfunnet",
                "Innsatsområde II – Læring i arbeidslivet",
                "Veien videre"]:
        c.setFont("Helvetica", 20)
        c.drawString(70, y, "›  " + txt)
        y -= 44
    c.showPage()

    # 3 about
    frame("Om rapporteringen")
    c.setFillColor(colors.black)
    y = H - 140
    for line in ["Spekter rapporterer tiltak der vi selv har ansvaret eller deltar aktivt.",
                 "Delmålene er angitt med innsatsområdets romertall, f.eks. II.3 = delmål 2.3.",
                 "Medlemsvirksomhetenes egne tiltak (helseforetak, kultur, NRK m.fl.) er ikke med."]:
        c.setFont("Helvetica", 19)
        c.drawString(60, y, "•")
        c.drawString(85, y, line)
        y -= 46
    c.showPage()

    rows = {r["sid"]: r for r in data.SPEKTER}
    for roman, name, ids in SPEKTER_AREAS:
        frame(f"Innsatsområde {roman} – {name}")
        y = H - 125
        for sid in ids:
            r = rows[sid]
            c.setFillColor(accent)
            c.rect(48, y - 3, 8, 18, fill=1, stroke=0)
            c.setFillColor(navy)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(68, y, r["tiltak"])
            y -= 24
            meta = [f"Delmål {r['dm_txt']}"]
            if r["type_txt"]:
                meta.append(r["type_txt"])
            if r["partners"]:
                meta.append(f"Sammen med {r['partners']}")
            c.setFillColor(colors.HexColor("#5A6B7B"))
            c.setFont("Helvetica-Oblique", 13)
            c.drawString(68, y, "  |  ".join(meta))
            y -= 20
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 14)
            for ln in _wrap(c, r["desc"], "Helvetica", 14, W - 140):
                c.drawString(68, y, ln)
                y -= 18
            y -= 16
        c.showPage()

    frame("Veien videre")
    c.setFillColor(colors.black)
    y = H - 140
    for line in ["Ny samfunnskontrakt fra 2027 – Spekter ønsker å delta i forhandlingene",
                 "Mer vekt på fagskoleutdanning i sykehusene",
                 "Spørsmål: kompetanse@spekter.no"]:
        c.setFont("Helvetica", 19)
        c.drawString(60, y, "•")
        c.drawString(85, y, line)
        y -= 46
    c.showPage()
    c.save()


# ---------------------------------------------------------------- UHR: two-column report
UHR_SECTIONS = [
    ("Samarbeid med arbeidslivet [delmål 1.4]", ["S05", "S04"]),
    ("Kunnskapsgrunnlaget [delmål 2.2]", ["H01"]),
    ("Livslang læring og fleksible tilbud [delmål 2.4]", ["H02"]),
]


def uhr(path: Path) -> None:
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=TA_LEFT,
                          spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=4,
                        textColor=colors.HexColor("#7A1E2C"))
    lead = ParagraphStyle("lead", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=10,
                          textColor=colors.HexColor("#333333"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8,
                        spaceAfter=4, textColor=colors.HexColor("#7A1E2C"))
    h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10, leading=12.5, spaceBefore=4,
                        spaceAfter=2)
    meta = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=8.5, leading=11,
                          spaceAfter=8, textColor=colors.HexColor("#555555"))

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                          title="UHR – rapport til Kompetansepolitisk råd 2026", author="UHR")
    W, H = A4
    gutter = 0.8 * cm
    colw = (W - 4 * cm - gutter) / 2
    top_h = 4.2 * cm
    first = [Frame(2 * cm, H - 2 * cm - top_h, W - 4 * cm, top_h, id="top", showBoundary=0),
             Frame(2 * cm, 2 * cm, colw, H - 4 * cm - top_h, id="c1"),
             Frame(2 * cm + colw + gutter, 2 * cm, colw, H - 4 * cm - top_h, id="c2")]
    later = [Frame(2 * cm, 2 * cm, colw, H - 4 * cm, id="l1"),
             Frame(2 * cm + colw + gutter, 2 * cm, colw, H - 4 * cm, id="l2")]

    def foot(cv, d):
        cv.saveState()
        cv.setFont("Helvetica", 8)
        cv.setFillColor(colors.grey)
        cv.drawString(2 * cm, 1.2 * cm, "Universitets- og høgskolerådet · Rapport til Kompetansepolitisk råd 2026")
        cv.drawRightString(W - 2 * cm, 1.2 * cm, str(d.page))
        cv.restoreState()

    doc.addPageTemplates([PageTemplate("first", first, onPage=foot),
                          PageTemplate("later", later, onPage=foot)])
    s = [NextPageTemplate("later"),
         Paragraph("Universitets- og høgskolerådet", lead),
         Paragraph("Rapport til Kompetansepolitisk råd for 2026", h1),
         Paragraph("UHR samler 33 universiteter og høgskoler. Rapporten viser hvordan sektoren har "
                   "fulgt opp strategien gjennom samarbeid med arbeidslivet, kunnskap om etter- og "
                   "videreutdanning og mer fleksible tilbud.", lead),
         FrameBreak(),
         Paragraph("Innledning", h2),
         Paragraph("Universitetene og høgskolene har et lovfestet ansvar for etter- og "
                   "videreutdanning og for å samarbeide med arbeidslivet om relevante studietilbud. "
                   "UHR er institusjonenes felles organ og koordinerer arbeidet gjennom utvalg, "
                   "fagstrategiske enheter og nettverk. Samarbeidet med partene i arbeidslivet har "
                   "vært tett i 2026, ikke minst fordi mange institusjoner har utvidet tilbudet av "
                   "korte emner for yrkesaktive.", body),
         Paragraph("Etterspørselen etter slike emner har økt sterkt, men finansieringen er "
                   "fortsatt en utfordring. Flere institusjoner melder at de må prioritere mellom "
                   "gradsstudier og videreutdanning når rammene er stramme.", body)]
    rows = {r["sid"]: r for r in data.UHR}
    for heading, ids in UHR_SECTIONS:
        s.append(Paragraph(heading, h2))
        for sid in ids:
            r = rows[sid]
            s.append(KeepTogether([
                Paragraph(r["tiltak"], h3),
                Paragraph(r["desc"], body),
                Paragraph(f"Type: {r['type_txt']} · Ansvarlig: {r['ansv']} · Samarbeid: {r['partners']}",
                          meta)]))
    s += [Paragraph("Veien videre", h2),
          Paragraph("UHR vil i 2027 arbeide for en mer forutsigbar finansiering av etter- og "
                    "videreutdanning og for at mikrokvalifikasjoner skal bli godkjent på tvers av "
                    "institusjonene. Vi tar gjerne opp disse spørsmålene i rådet.", body),
          Paragraph("Oslo, 29. januar 2027", body),
          Paragraph("Alf Rehn Ødegård, generalsekretær", body)]
    doc.build(s)


# ---------------------------------------------------------------- Nasjonalt fagskoleråd: a letter
def fagskoleradet(path: Path) -> None:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=8)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=1,
                           textColor=colors.HexColor("#444444"))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceAfter=10)
    item = ParagraphStyle("i", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=3,
                          leftIndent=16, firstLineIndent=-16)
    meta = ParagraphStyle("m", fontName="Helvetica-Oblique", fontSize=9.5, leading=12.5,
                          leftIndent=16, spaceAfter=10, textColor=colors.HexColor("#444444"))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Rapportering fra Nasjonalt fagskoleråd 2026", author="Nasjonalt fagskoleråd")

    def letterhead(cv, d):
        cv.saveState()
        cv.setFillColor(colors.HexColor("#00544A"))
        cv.setFont("Helvetica-Bold", 15)
        cv.drawString(2.5 * cm, A4[1] - 1.5 * cm, "Nasjonalt fagskoleråd")
        cv.setFont("Helvetica", 8)
        cv.setFillColor(colors.grey)
        cv.drawString(2.5 * cm, 1.2 * cm, "Nasjonalt fagskoleråd · Postboks 1172 Sentrum · 0107 Oslo · post@fagskoleradet.no")
        cv.restoreState()

    s = [Spacer(1, 0.8 * cm),
         Paragraph("Sekretariatet for Kompetansepolitisk råd", small),
         Paragraph("v/ Direktoratet for høyere utdanning og kompetanse", small),
         Spacer(1, 0.6 * cm),
         Paragraph("Vår ref.: 27/0031 · Dato: 30.01.2027", small),
         Spacer(1, 0.6 * cm),
         Paragraph("Rapportering fra Nasjonalt fagskoleråd for 2026", title),
         Paragraph("Nasjonalt fagskoleråd ble tatt opp som medlem av Kompetansepolitisk råd i 2025, "
                   "og dette er vår første rapportering. Fagskolene er en viktig del av "
                   "kompetansepolitikken fordi de gir fagarbeidere videre utdanning tett på "
                   "arbeidslivets behov. Vi rapporterer to tiltak:", body)]
    for n, r in enumerate(data.FAGSKOLERADET, start=1):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;<b>{r['tiltak']}</b>", item))
        s.append(Paragraph(r["desc"], ParagraphStyle("d", parent=body, leftIndent=16, spaceAfter=2)))
        bits = [r["dm_txt"].capitalize(), f"type: {r['type_txt']}", f"ansvarlig: {r['ansv']}"]
        if r["partners"]:
            bits.append(f"samarbeid: {r['partners']}")
        s.append(Paragraph(", ".join(bits) + ".", meta))
    s += [Paragraph("Vi ser fram til å bidra i rådets arbeid og stiller gjerne på neste møte for å "
                    "orientere om fagskolenes situasjon.", body),
          Spacer(1, 0.4 * cm),
          Paragraph("Med vennlig hilsen", body),
          Paragraph("Eirik Haugland<br/>leder, Nasjonalt fagskoleråd", body)]
    doc.build(s, onFirstPage=letterhead, onLaterPages=letterhead)


# ---------------------------------------------------------------- Unio: a scanned page
def unio_scan(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(2026)
    dpi = 200
    Wp, Hp = 1654, 2339
    img = Image.new("L", (Wp, Hp), 255)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 27)
    f_bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 27)
    f_head = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 58)
    f_title = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 36)
    f_small = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 23)

    d.text((130, 120), "Unio", font=f_head, fill=20)
    d.text((130, 195), "Hovedorganisasjon for universitets- og høyskoleutdannede", font=f_small, fill=70)
    d.text((130, 330), "Rapportering til Kompetansepolitisk råd 2026", font=f_title, fill=10)
    d.text((130, 395), "Oversendt sekretariatet 29. januar 2027", font=f_reg, fill=30)

    cols = [("Delmål", 150), ("Tiltak", 560), ("Type", 170), ("Ansvarlig", 200), ("Samarbeid med", 330)]
    x0, y0 = 120, 480
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    line_h = 38
    # header
    hh = 64
    d.rectangle([xs[0], y0, xs[-1], y0 + hh], fill=225)
    for (name, _), x in zip(cols, xs):
        d.text((x + 14, y0 + 16), name, font=f_bold, fill=0)
    y = y0 + hh
    ys_ = [y0, y]
    for r in data.UNIO:
        cells = [r["dm_txt"], r["tiltak"], r["type_txt"], r["ansv"], r["partners"]]
        wrapped = [wrap(t, f_reg, w - 28) for t, (_, w) in zip(cells, cols)]
        n = max(len(w) for w in wrapped)
        rh = n * line_h + 28
        for lines, x in zip(wrapped, xs):
            for i, ln in enumerate(lines):
                d.text((x + 14, y + 14 + i * line_h), ln, font=f_reg, fill=0)
        y += rh
        ys_.append(y)
    # ruling lines, faint
    for yy in ys_:
        d.line([xs[0], yy, xs[-1], yy], fill=110, width=2)
    for x in xs:
        d.line([x, y0, x, y], fill=110, width=2)

    d.text((130, y + 70), "Tiltakene er omtalt nærmere i Unios årsrapport for 2026.", font=f_reg, fill=30)
    d.text((130, y + 190), "Med vennlig hilsen", font=f_reg, fill=30)
    d.text((130, y + 240), "Unio – sekretariatet", font=f_reg, fill=30)
    d.text((Wp - 330, Hp - 120), "Side 1 av 1", font=f_small, fill=80)

    # scanner artefacts: slight rotation, grey background, speckles, blur
    img = img.rotate(-1.1, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    for _ in range(9000):
        x, yv = rnd.randrange(Wp), rnd.randrange(Hp)
        px[x, yv] = rnd.choice((60, 100, 140, 180))
    noise = Image.effect_noise((Wp, Hp), 18)
    img = Image.blend(img, noise, 0.10)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    # a dark band along the left edge, as from the scanner lid
    d2 = ImageDraw.Draw(img)
    d2.rectangle([0, 0, 14, Hp], fill=90)
    img.save(path, "PDF", resolution=dpi)
