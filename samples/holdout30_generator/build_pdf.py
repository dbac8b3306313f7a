"""PDFs drawn with reportlab: KS (landscape table), Spekter (two-column
newsletter) and UHR (presentation slides)."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from .common import DELMAL, FONT_DIR

rl_config.invariant = 1
_FONTS = False


def fonts() -> None:
    global _FONTS
    if _FONTS:
        return
    for name, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                    ("DV-I", "DejaVuSans-Oblique.ttf"),
                    ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                    ("DVC", "DejaVuSansCondensed.ttf"),
                    ("DVC-B", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I",
                                  boldItalic="DV-B")
    pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVS-B",
                                  italic="DVS", boldItalic="DVS-B")
    pdfmetrics.registerFontFamily("DVC", normal="DVC", bold="DVC-B",
                                  italic="DVC", boldItalic="DVC-B")
    _FONTS = True


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


KS_KEY = ("*Type: FU = forskning/utredning · KU = kurs og utdanning · "
          "RN = råd, utvalg og nettverk · PR = prosjekt · IN = informasjon · "
          "AR = arrangement")


def build_ks(m: dict, out: Path) -> Path:
    fonts()
    path = out / m["file"]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.6 * cm,
                            rightMargin=1.6 * cm, topMargin=1.4 * cm,
                            bottomMargin=1.4 * cm, title="KS rapportering 2050",
                            author="KS", invariant=1)
    base = ParagraphStyle("b", fontName="DVC", fontSize=9, leading=11.5)
    head = ParagraphStyle("h", parent=base, fontName="DVC-B", textColor=colors.white)
    title = ParagraphStyle("t", fontName="DV-B", fontSize=16, leading=20)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10)
    story = [Paragraph("KS – Kommunesektorens organisasjon", small),
             Paragraph("Rapportering av tiltak 2050", title), Spacer(1, 6),
             Paragraph("KS rapporterer her tiltak der KS har hovedansvar eller deltar "
                       "på vegne av kommunesektoren. Tiltak som gjennomføres av "
                       "enkeltkommuner er ikke tatt med.", base), Spacer(1, 10)]
    data = [[Paragraph(h, head) for h in
             ["Delmål (kode)", "Tiltak og beskrivelse", "Type*", "Hovedansvar",
              "Med på laget"]]]
    for (_k, dm, _t, name, ans, partners, desc, raw) in sorted(m["rows"],
                                                                key=lambda r: r[1]):
        data.append([Paragraph(dm, base),
                     Paragraph(f"<b>{_esc(name)}</b><br/>{_esc(desc)}", base),
                     Paragraph(raw, base), Paragraph(_esc(ans), base),
                     Paragraph(_esc(partners), base)])
    data.append([Paragraph("3.6", base),
                 Paragraph("<i>Ingen tiltak rapportert</i>", base), "", "", ""])
    t = Table(data, colWidths=[2.6 * cm, 12.5 * cm, 1.6 * cm, 3.8 * cm, 5.8 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00546B")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F9FA8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF4F6")]),
    ]))
    story += [t, Spacer(1, 8), Paragraph(KS_KEY, small), Spacer(1, 14),
              Paragraph("Kontakt: Tone Vik, seniorrådgiver, KS Arbeidsgiverpolitikk.",
                        small)]
    doc.build(story)
    return path


def build_spekter(m: dict, out: Path) -> Path:
    fonts()
    path = out / m["file"]
    W, H = A4
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Spekter – kompetansetiltak 2050",
                          author="Spekter", invariant=1)
    lm, gap, top = 1.8 * cm, 0.8 * cm, 4.2 * cm
    colw = (W - 2 * lm - gap) / 2
    masthead = Frame(lm, H - top, W - 2 * lm, top - 1.2 * cm, id="mast")
    first = [masthead,
             Frame(lm, 1.8 * cm, colw, H - top - 2.0 * cm, id="c1"),
             Frame(lm + colw + gap, 1.8 * cm, colw, H - top - 2.0 * cm, id="c2")]
    later = [Frame(lm, 1.8 * cm, colw, H - 3.6 * cm, id="l1"),
             Frame(lm + colw + gap, 1.8 * cm, colw, H - 3.6 * cm, id="l2")]

    def footer(c, d):
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(lm, 1.0 * cm, "Spekter · Arbeidsgiverforeningen · www.spekter.example")
        c.drawRightString(W - lm, 1.0 * cm, f"side {d.page}")

    doc.addPageTemplates([PageTemplate("first", first, onPage=footer,
                                       autoNextPageTemplate="later"),
                          PageTemplate("later", later, onPage=footer)])
    big = ParagraphStyle("big", fontName="DVS-B", fontSize=22, leading=26,
                         textColor=colors.HexColor("#7A1F3D"))
    sub = ParagraphStyle("sub", fontName="DVS", fontSize=11, leading=14)
    body = ParagraphStyle("body", fontName="DVS", fontSize=10.6, leading=14.2,
                          alignment=TA_LEFT, spaceAfter=3)
    dmh = ParagraphStyle("dmh", fontName="DV-B", fontSize=9, leading=12,
                         textColor=colors.HexColor("#7A1F3D"), spaceBefore=8,
                         spaceAfter=2, keepWithNext=1)
    th = ParagraphStyle("th", fontName="DVS-B", fontSize=12.5, leading=15,
                        spaceBefore=3, spaceAfter=2, keepWithNext=1)
    meta = ParagraphStyle("meta", fontName="DV-I", fontSize=8.6, leading=11,
                          textColor=colors.HexColor("#333333"), spaceAfter=6)
    story = [Paragraph("Spekter informerer", big),
             Paragraph("Kompetansetiltak 2050 – rapport til Kompetansepolitisk råd",
                       sub), FrameBreak(),
             Paragraph("Spekter organiserer arbeidsgivere i helseforetak og andre "
                       "virksomheter med offentlig eierskap. I denne utgaven "
                       "oppsummerer vi tiltakene vi har rapportert for 2050, "
                       "sortert etter delmål (DM) i strategien.", body)]
    last = None
    for (_k, dm, _t, name, ans, partners, desc, raw) in sorted(m["rows"],
                                                                key=lambda r: r[1]):
        if dm != last:
            story.append(Paragraph(f"DM {dm} · {DELMAL[dm].upper()}", dmh))
            last = dm
        story.append(Paragraph(_esc(name), th))
        story.append(Paragraph(_esc(desc), body))
        bits = [f"Tiltakstype: {raw}", f"Ansvar: {_esc(ans)}"]
        if partners:
            bits.append(f"Partnere: {_esc(partners)}")
        story.append(Paragraph(" · ".join(bits), meta))
    story += [Spacer(1, 10),
              Paragraph("<b>Kort oppsummert:</b> Spekters medlemmer bruker stadig mer "
                        "av opplæringen på digital kompetanse og på å beholde "
                        "fagarbeidere. Vi vil følge dette opp i 2051.", body),
              Paragraph("Kontakt: Lars Eide, fagdirektør kompetanse.", meta)]
    doc.build(story)
    return path


SLIDE = (960, 540)


def _slide_frame(c, n: int) -> None:
    w, h = SLIDE
    c.setFillColor(colors.HexColor("#102A43"))
    c.rect(0, h - 18, w, 18, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F0B429"))
    c.rect(0, 0, w, 6, stroke=0, fill=1)
    c.setFont("DV", 9)
    c.setFillColor(colors.HexColor("#486581"))
    c.drawString(40, 16, "UHR · Kompetansepolitisk råd 2050")
    c.drawRightString(w - 40, 16, str(n))


def _para(c, text: str, style: ParagraphStyle, x: float, y_top: float, w: float) -> float:
    p = Paragraph(text, style)
    _, ph = p.wrap(w, 1000)
    p.drawOn(c, x, y_top - ph)
    return y_top - ph


def build_uhr(m: dict, out: Path) -> Path:
    fonts()
    path = out / m["file"]
    c = canvas.Canvas(str(path), pagesize=SLIDE, invariant=1)
    c.setTitle("UHR – tiltak 2050")
    c.setAuthor("UHR")
    w, h = SLIDE
    ttl = ParagraphStyle("ttl", fontName="DV-B", fontSize=26, leading=31,
                         textColor=colors.HexColor("#102A43"))
    bul = ParagraphStyle("bul", fontName="DV", fontSize=17, leading=23,
                         leftIndent=18, bulletIndent=0, bulletFontName="DV")
    box = ParagraphStyle("box", fontName="DV-I", fontSize=15, leading=20,
                         textColor=colors.HexColor("#243B53"))
    n = 1
    _slide_frame(c, n)
    _para(c, "Universitets- og høgskolerådet (UHR)", ttl, 60, h - 140, w - 120)
    _para(c, "Tiltak i 2050 – rapportering til Kompetansepolitisk råd", bul,
          42, h - 200, w - 120)
    _para(c, "Presentert i rådsmøtet 20. januar 2051", box, 60, h - 260, w - 120)
    c.showPage()
    n += 1
    _slide_frame(c, n)
    y = _para(c, "Innhold", ttl, 60, h - 60, w - 120)
    for item in ["Samarbeid med arbeidslivet", "Livslang læring og fleksible tilbud",
                 "Utenlandsk utdanning", "Veien videre"]:
        y = _para(c, f"<bullet>•</bullet>{item}", bul, 60, y - 10, w - 120)
    c.showPage()
    for (_k, dm, _t, name, ans, partners, desc, raw) in m["rows"]:
        n += 1
        _slide_frame(c, n)
        y = _para(c, _esc(name), ttl, 60, h - 50, w - 120)
        lines = [f"Delmål {dm} – {DELMAL[dm]}", f"Type: {raw}", f"Ansvar: {_esc(ans)}"]
        if partners:
            lines.append(f"Partnere: {_esc(partners)}")
        y -= 14
        for ln in lines:
            y = _para(c, f"<bullet>•</bullet>{ln}", bul, 60, y - 6, w - 120)
        c.setFillColor(colors.HexColor("#F0F4F8"))
        c.roundRect(60, 50, w - 120, max(60, y - 70), 8, stroke=0, fill=1)
        _para(c, _esc(desc), box, 80, y - 30, w - 160)
        c.showPage()
    n += 1
    _slide_frame(c, n)
    _para(c, "Takk for oppmerksomheten!", ttl, 60, h - 160, w - 120)
    _para(c, "Spørsmål? Kontakt seniorrådgiver Nils Bakke, post@uhr.example", bul,
          42, h - 230, w - 120)
    c.showPage()
    c.save()
    return path
