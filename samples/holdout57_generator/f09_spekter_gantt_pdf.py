"""Spekter: the plan kept in Microsoft Project, printed to PDF from the Gantt view – a task sheet on the left
(summary tasks per delmål, one task per measure) and the bars on a quarterly time scale on the right."""
from __future__ import annotations

import io

from .common import FOU, INFO, KURS, RAD, pdf_text, row, setup_reportlab

FILENAME = "Spekter KPR 2077 - Gantt.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF (reportlab canvas, invariant, A4 landscape) imitating Microsoft Project's print of the Gantt view "
          "(Creator 'Microsoft® Project for Microsoft 365'): task sheet, time-scale header, bars, summary bars, "
          "milestone diamonds, legend box in the page footer")
SHAPE = ("Gantt print: columns Id / Oppgavenavn / Type (a custom text column in Spekter's words) / Start / Slutt "
         "/ Ressursnavn / Samarbeid; summary tasks name the delmål (code+words, or code only) and the measures are "
         "indented tasks under them; bars on a quarterly scale 2076–2078; no descriptions; a 100 % finished task of "
         "2076 and a task starting in 2078")
NOT_TRUTH = ("the summary tasks (delmål lines), the task 'Helseløftet-konferansen' (Slutt 30.11.76, 100 % – "
             "2076), the task 'Nasjonal bemanningsmodell for helse' (Start 03.01.78), the milestone 'Rapport "
             "levert KPR', the time scale, the legend box and the page footer")

# (summary, [tasks]) ; task: id, name, type, start, slutt, ressurs, samarbeid, truth or None, q0, q1
PLAN = [
    ("Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv", [
        ("Deltakelse i UHR-Helse og velferd", "Råd", "04.01.77", "15.12.77", "Spekter", "Helse Sør-Øst",
         ("M04", "1.4", RAD), 4, 8),
        ("Innspill til UHR-Helse og velferd om praksisplasser", "Innspill", "01.03.77", "30.04.77", "Spekter",
         "", ("U", "1.4", INFO), 5, 6),
        ("Helseløftet-konferansen", "Konferanse", "01.09.76", "30.11.76", "Spekter", "", None, 2, 4),
    ]),
    ("Delmål 2.2", [
        ("Kompetansebarometer for helse og omsorg", "Kartlegging", "01.02.77", "31.10.77", "Spekter",
         "KS, Unio", ("J04", "2.2", FOU), 4, 8),
    ]),
    ("Delmål 2.4 Koble kompetansebehov og utdanningstilbud", [
        ("Lederprogram for kompetanseplanlegging i helseforetak", "Program", "15.01.77", "15.11.77",
         "Spekter", "Helseforetakene", ("U", "2.4", KURS), 4, 8),
        ("Nettverk for opplæringsansvarlige i helseforetakene", "Nettverk", "04.01.77", "20.12.77", "Spekter",
         "Helse Vest, Helse Nord", ("U", "2.4", RAD), 4, 8),
        ("Nasjonal bemanningsmodell for helse", "Utredning", "03.01.78", "30.06.78", "Spekter", "", None, 8, 10),
    ]),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.colors import Color, HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    Wp, Hp = landscape(A4)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(Wp, Hp), invariant=1)
    c.setTitle("KPR 2077")
    c.setCreator("Microsoft® Project for Microsoft 365")
    c.setProducer("Microsoft® Project for Microsoft 365")
    cols = [(30, "Id", 18), (48, "Oppgavenavn", 220), (268, "Type", 52), (320, "Start", 42),
            (362, "Slutt", 42), (404, "Ressursnavn", 52), (456, "Samarbeid", 92)]
    gx0, gx1 = 552, Wp - 25
    quarters = [f"K{q}" for q in range(1, 5)] * 3
    years = ["2076", "2077", "2078"]
    top = Hp - 50
    rh = 17
    c.setFont("DVC-B", 7.5)
    c.setFillColor(Color(0.92, 0.92, 0.92))
    c.rect(30, top - 2 * rh, gx1 - 30, 2 * rh, stroke=0, fill=1)
    c.setFillColor(Color(0, 0, 0))
    for x, h, _w in cols:
        c.drawString(x + 2, top - 1.5 * rh - 2, h)
    qw = (gx1 - gx0) / 12
    for i, yr in enumerate(years):
        c.drawCentredString(gx0 + qw * (4 * i + 2), top - rh + 5, yr)
        c.line(gx0 + qw * 4 * i, top, gx0 + qw * 4 * i, 60)
    c.setFont("DVC", 7)
    for i, q in enumerate(quarters):
        c.drawCentredString(gx0 + qw * (i + 0.5), top - 2 * rh + 5, q)
    c.setStrokeColor(Color(0.6, 0.6, 0.6))
    c.line(30, top - 2 * rh, gx1, top - 2 * rh)
    y = top - 2 * rh
    n = 0
    rows = []
    blue = HexColor("#4472C4")
    for summary, tasks in PLAN:
        n += 1
        y -= rh
        c.setFont("DVC-B", 7.5)
        c.drawString(32, y + 5, str(n))
        c.drawString(50, y + 5, summary)
        c.setFillColor(Color(0.2, 0.2, 0.2))
        q0 = min(t[7] for t in tasks)
        q1 = max(t[8] for t in tasks)
        c.rect(gx0 + qw * q0, y + 7, qw * (q1 - q0), 4, stroke=0, fill=1)
        c.setFillColor(Color(0, 0, 0))
        for name, kind, start, slutt, res, med, truth, a, b in tasks:
            n += 1
            y -= rh
            c.setFont("DVC", 7.5)
            vals = [str(n), "   " + name, kind, start, slutt, res, med]
            for (x, _h, w), v in zip(cols, vals):
                c.drawString(x + 2, y + 5, v)
            c.setFillColor(blue if slutt[-2:] != "76" else Color(0.55, 0.55, 0.55))
            c.rect(gx0 + qw * a, y + 4, qw * (b - a), 9, stroke=0, fill=1)
            c.setFillColor(Color(0, 0, 0))
            c.setFont("DVC", 6.5)
            c.drawString(gx0 + qw * b + 3, y + 6, res + (" [100 %]" if slutt.endswith("76") else ""))
            if truth:
                seed, code, typ = truth
                rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, res, med, ""))
        c.setStrokeColor(Color(0.85, 0.85, 0.85))
        c.line(30, y, gx1, y)
    n += 1
    y -= rh
    c.setFont("DVC", 7.5)
    c.drawString(32, y + 5, str(n))
    c.drawString(50, y + 5, "Rapport levert KPR")
    c.drawString(320 + 2, y + 5, "15.01.78")
    c.drawString(362 + 2, y + 5, "15.01.78")
    mx = gx0 + qw * 8.15
    p = c.beginPath()
    p.moveTo(mx, y + 13)
    p.lineTo(mx + 4, y + 8.5)
    p.lineTo(mx, y + 4)
    p.lineTo(mx - 4, y + 8.5)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    for x, _h, _w in cols[1:]:
        c.setStrokeColor(Color(0.8, 0.8, 0.8))
        c.line(x, top, x, y)
    c.setStrokeColor(Color(0, 0, 0))
    c.rect(30, 25, Wp - 55, 32)
    c.setFont("DVC", 7)
    c.drawString(36, 46, "Prosjekt: KPR 2077.mpp")
    c.drawString(36, 34, "Dato: fr 14.01.78")
    c.drawString(200, 46, "Oppgave")
    c.setFillColor(blue)
    c.rect(240, 46, 30, 6, stroke=0, fill=1)
    c.setFillColor(Color(0, 0, 0))
    c.drawString(200, 34, "Sammendrag")
    c.rect(250, 35, 30, 3, stroke=0, fill=1)
    c.drawString(320, 46, "Milepæl ◆")
    c.drawCentredString(Wp / 2, 12, "Side 1")
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return rows


def text(path) -> str:
    return pdf_text(path)
