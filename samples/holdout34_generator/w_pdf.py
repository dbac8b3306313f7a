"""reportlab PDFs: LO (prose with bold lead-ins) and Akademikerne (slide deck)."""
import os
from collections import Counter
from xml.sax.saxutils import escape as esc

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, KeepTogether, Table,
                                TableStyle)

from .common import HOVED, DELMAL, pinned_canvas_class
from .data_a import LO, LO_HEADINGS
from .data_b import AKADEMIKERNE

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=4)
LEAD = ParagraphStyle("lead", parent=BODY, spaceBefore=6, spaceAfter=2)
META = ParagraphStyle("meta", parent=BODY, fontName="Times-Italic", fontSize=9.5, leading=12,
                      textColor=colors.HexColor("#444444"), spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10,
                    textColor=colors.HexColor("#B3001B"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=12,
                    spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=14,
                    spaceBefore=6, spaceAfter=2, textColor=colors.HexColor("#555555"))


def _lo_page(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(colors.HexColor("#B3001B"))
    c.drawString(2 * cm, A4[1] - 1.3 * cm, "Landsorganisasjonen i Norge")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"LO – rapport til Kompetansepolitisk råd 2054 – side {doc.page}")
    c.restoreState()


def write_lo(out):
    name = "LO_rapport_2054.pdf"
    path = os.path.join(out, name)
    rows = sorted(LO, key=lambda x: x["d"])
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="LOs rapportering 2054", author="LO", subject="Kompetansepolitisk råd",
                            creator="LO", producer="LO")
    st = [Paragraph("LOs rapportering til Kompetansepolitisk råd – tiltak i 2054", H1),
          Paragraph("Oslo, 14. januar 2055", META),
          Paragraph(
              "LO viser til brev fra sekretariatet om rapportering. Nedenfor omtales de viktigste "
              "tiltakene LO og forbundene har gjennomført i 2054, ordnet etter strategiens tre "
              "hovedområder. Tiltakstypen er angitt i klammer etter navnet på tiltaket.", BODY)]
    last_h = last_d = None
    for x in rows:
        ho = x["d"][0]
        if ho != last_h:
            st.append(Paragraph(f"{ho}. {esc(HOVED[ho])}", H2))
            last_h = ho
        if x["d"] != last_d:
            st.append(Paragraph(esc(LO_HEADINGS[x["d"]]), H3))
            last_d = x["d"]
        block = [Paragraph(f"<b>{esc(x['t'])}</b> [{esc(x['tw'])}]", LEAD),
                 Paragraph(esc(x["b"]), BODY)]
        meta = []
        if x["a"]:
            meta.append(f"Ansvar: {esc(x['a'])}")
        if x["p"]:
            meta.append(f"Samarbeid med: {esc(x['p'])}")
        if meta:
            block.append(Paragraph(" · ".join(meta), META))
        st.append(KeepTogether(block))
    st += [Spacer(1, 12), Paragraph("Med vennlig hilsen<br/>Landsorganisasjonen i Norge<br/><br/>"
                                    "Kari Brekkestø<br/>rådgiver, samfunnspolitisk avdeling", BODY)]
    doc.build(st, onFirstPage=_lo_page, onLaterPages=_lo_page, canvasmaker=pinned_canvas_class())
    return dict(file=name, member="LO", rows=rows,
                shape="pdf (reportlab) letter; prose with bold lead-in titles, type in square brackets, "
                      "delmål only as paraphrased sub-headings, italic Ansvar/Samarbeid line")


SW, SH = 960, 540
NAVY = colors.HexColor("#12355B")


def _slide_frame(c, n, total):
    c.setFillColor(colors.white)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.rect(0, SH - 86, SW, 86, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#E8B931"))
    c.rect(0, SH - 92, SW, 6, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#777777"))
    c.setFont("Helvetica", 10)
    c.drawString(36, 20, "Akademikerne | Rapport til Kompetansepolitisk råd 2054")
    c.drawRightString(SW - 36, 20, f"{n}/{total}")


def _para(c, text, style, x, y_top, w):
    p = Paragraph(text, style)
    _, h = p.wrapOn(c, w, 1000)
    p.drawOn(c, x, y_top - h)
    return h


def write_akademikerne(out):
    name = "Akademikerne_presentasjon_radsmote_2054.pdf"
    path = os.path.join(out, name)
    C = pinned_canvas_class()
    c = C(path, pagesize=(SW, SH))
    c.setTitle("Akademikernes tiltak 2054")
    c.setAuthor("Akademikerne")
    c.setCreator("Akademikerne")
    total = len(AKADEMIKERNE) + 2
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=31, textColor=colors.white)
    kv = ParagraphStyle("kv", fontName="Helvetica", fontSize=15, leading=21)
    desc = ParagraphStyle("d", fontName="Helvetica", fontSize=16, leading=23)
    # cover
    c.setFillColor(NAVY)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    _para(c, "Akademikernes tiltak 2054", ParagraphStyle("c", parent=title, fontSize=40, leading=46),
          70, 360, 820)
    _para(c, "Rapport til Kompetansepolitisk råd<br/>Rådsmøte 29. januar 2055",
          ParagraphStyle("c2", parent=title, fontName="Helvetica", fontSize=20, leading=28), 70, 270, 820)
    c.showPage()
    for n, x in enumerate(AKADEMIKERNE, 2):
        _slide_frame(c, n, total)
        _para(c, esc(x["t"]), title, 36, SH - 22, SW - 72)
        lines = [f"<b>Delmål:</b> {x['d']} {esc(DELMAL[x['d']])}", f"<b>Type:</b> {esc(x['tw'])}"]
        if x["a"]:
            lines.append(f"<b>Ansvar:</b> {esc(x['a'])}")
        if x["p"]:
            lines.append(f"<b>Partnere:</b> {esc(x['p'])}")
        y = SH - 125
        for ln in lines:
            y -= _para(c, ln, kv, 36, y, 330) + 10
        c.setFillColor(colors.HexColor("#F1F4F8"))
        c.roundRect(400, 70, SW - 436, SH - 200, 10, stroke=0, fill=1)
        c.setFillColor(colors.black)
        _para(c, esc(x["b"]), desc, 424, SH - 150, SW - 484)
        c.showPage()
    _slide_frame(c, total, total)
    _para(c, "Oppsummering: tiltak per delmål", title, 36, SH - 22, SW - 72)
    cnt = Counter(x["d"] for x in AKADEMIKERNE)
    data = [["Delmål", "Antall tiltak"]] + [[f"{k} {DELMAL[k]}", str(v)] for k, v in sorted(cnt.items())]
    data.append(["Sum", str(len(AKADEMIKERNE))])
    t = Table(data, colWidths=[520, 140])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 14),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 14),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 14),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY),
                           ("ALIGN", (1, 0), (1, -1), "CENTER"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    _, h = t.wrapOn(c, 700, 400)
    t.drawOn(c, 60, SH - 130 - h)
    c.showPage()
    c.save()
    return dict(file=name, member="Akademikerne", rows=AKADEMIKERNE,
                shape="pdf slide deck (16:9, reportlab); one slide per tiltak with key/value bullets "
                      "left and description box right; closing summary table counting tiltak per delmål")
