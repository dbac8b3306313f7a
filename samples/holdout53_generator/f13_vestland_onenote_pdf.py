"""Vestland fylkeskommune (Nynorsk): a OneNote page printed to PDF.

The page is a canvas of freely placed note containers: a title with date and time, a container with tags
(star 'Viktig', ticked 'Oppgåve' boxes) holding two council seats as text, a table pasted from Excel with four
measures, a container of items not to include (struck through, and a 2074 question), a pasted link and a
hand-drawn ink arrow.
"""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from .common import DEJAVU, DEJAVU_B, DEJAVU_I, KURS, PROSJEKT, RAD, row

FILENAME = "Vestland FK – KPR-rapportering 2073 (OneNote).pdf"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("PDF as printed from OneNote ('Skriv ut' → Microsoft Print to PDF look): reportlab canvas (invariant), A4 "
          "landscape, DejaVu fonts embedded")
SHAPE = ("Nynorsk OneNote page: title with date/time line, freely placed note containers (not in reading order); a "
         "container with OneNote tags (star, ticked to-do boxes) holding two council seats as 'Name – text. (1.4)'; a "
         "table pasted from Excel (Tiltak / Delmål / Kva slags / Ansvarleg / Med / Kort om) with four measures; an "
         "'Ikkje ta med' container with a struck-through 2072 item and a 2074 question tag; a pasted link and an ink "
         "arrow (not truth rows)")

SEATS = [
    ("Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet (RSA)",
     "fylkesdirektøren for opplæring og kompetanse er fast medlem; rådet drøfta EVU-tilbod innan helse og havbruk i "
     "2073.", "1.4", "fylkesdirektøren for opplæring og kompetanse", "M03"),
    ("Fylkeskommunen sin plass i Nasjonalt fagskuleråd",
     "Vestland har ein representant, oppnemnd etter forslag frå fylkeskommunane.", "1.4", "", "M05"),
]
TABLE = [
    # tiltak, delmål, kva slags, ansvarleg, med, kort om, seed, type
    ("Fagskoleløftet Vest – havbruk og maritim", "1.4", "Prosjekt", "Fagskulen Vestland", "Fagskolerådet, Møre og Romsdal fylkeskommune",
     "Korte fagskuletilbod for havbruk og maritim næring; tre nye emne starta hausten 2073.", "J06", PROSJEKT),
    ("Kompetanseforum Vestland", "1.2", "Partnarskap", "Vestland fylkeskommune", "NAV Vestland, KS, LO, NHO, HVL, UiB",
     "Fire møte i 2073; ny regional kompetansestrategi vedteken i juni.", None, RAD),
    ("Havbruksløftet for vaksne", "3.1", "Opplæring", "Opplæring og kompetanse", "Sjømat Norge, NAV",
     "Fagbrev i akvakultur for vaksne tilsette; 46 deltakarar.", None, KURS),
    ("Mobil karriererettleiing i distrikta", "1.3", "Pilot", "Karriere Vestland", "Kommunane i Sunnfjord",
     "Karriererettleiarar på turné med buss til 12 kommunar; 900 samtalar.", None, PROSJEKT),
]


def _fonts():
    for name, path in (("DV", DEJAVU), ("DVB", DEJAVU_B), ("DVI", DEJAVU_I)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def star(c, x, y, r=5):
    import math
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.setFillColor(HexColor("#F2C811"))
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(Color(0, 0, 0))


def checkbox(c, x, y, ticked=True):
    c.setStrokeColor(HexColor("#555555"))
    c.setLineWidth(0.8)
    c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
    if ticked:
        c.setStrokeColor(HexColor("#2E7D32"))
        c.setLineWidth(1.4)
        c.line(x + 1.5, y + 3, x + 3.5, y + 0.5)
        c.line(x + 3.5, y + 0.5, x + 7.5, y + 7)
    c.setStrokeColor(Color(0, 0, 0))
    c.setLineWidth(1)


def build(out: Path) -> list[dict]:
    _fonts()
    buf = io.BytesIO()
    W, H = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("KPR-rapportering 2073")
    c.setAuthor("Ingvild Nes")
    c.setCreator("Microsoft OneNote")
    # title and date
    c.setFont("DV", 20)
    c.drawString(40, H - 50, "KPR-rapportering 2073")
    c.setStrokeColor(HexColor("#BFBFBF"))
    c.line(40, H - 58, 360, H - 58)
    c.setFont("DV", 8.5)
    c.setFillColor(HexColor("#767676"))
    c.drawString(40, H - 72, "fredag 17. januar 2074")
    c.drawString(160, H - 72, "13:47")
    c.setFillColor(Color(0, 0, 0))

    # container: Ikkje ta med (drawn first: it was the first note on the page, placed right)
    x, y = 560, H - 100
    c.setFont("DVB", 10)
    c.drawString(x, y, "Ikkje ta med:")
    y -= 15
    c.setFont("DV", 9)
    t = "Karrieremessa Vestland 2072 (ferdig i 2072)"
    c.drawString(x + 12, y, t)
    c.line(x + 12, y + 3, x + 12 + pdfmetrics.stringWidth(t, "DV", 9), y + 3)
    y -= 15
    c.setFillColor(HexColor("#7030A0"))
    c.setFont("DVB", 9)
    c.drawString(x, y, "?")
    c.setFillColor(Color(0, 0, 0))
    c.setFont("DV", 9)
    for line in wrap("2074: søkje om Yrkes-NM saman med Møre og Romsdal? Ta opp med fylkesdirektøren.", "DV", 9, 240):
        c.drawString(x + 12, y, line)
        y -= 12

    # container: intro with star tag
    x, y = 40, H - 100
    star(c, x + 4, y + 3)
    c.setFont("DVB", 10)
    c.drawString(x + 14, y, "Rapportering til Kompetansepolitisk råd – frist 31.1.!")
    c.setFont("DV", 9)
    c.drawString(x + 14, y - 14, "Sendast til postmottak.kpr@hkdir.no frå seksjon for opplæring og kompetanse.")
    c.drawString(x + 14, y - 27, "Tabellen er kopiert frå Excel-arket vårt (Tiltak 2073.xlsx).")

    # container: seats
    x, y = 40, H - 160
    c.setFont("DVB", 11)
    c.setFillColor(HexColor("#2E74B5"))
    c.drawString(x, y, "Råd og utval vi sit i")
    c.setFillColor(Color(0, 0, 0))
    y -= 17
    for name, text, dm, ans, seed in SEATS:
        checkbox(c, x, y)
        lines = wrap(f"{name} – {text} ({dm})", "DV", 9, 440)
        c.setFont("DV", 9)
        for line in lines:
            c.drawString(x + 14, y, line)
            y -= 12
        y -= 5
    seats_bottom = y

    # pasted Excel table
    st = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=8, leading=10, textColor=HexColor("#FFFFFF"))
    data = [[Paragraph(h, sth) for h in ("Tiltak", "Delmål", "Kva slags", "Ansvarleg", "Med", "Kort om")]]
    for r in TABLE:
        data.append([Paragraph(v, st) for v in r[:6]])
    tbl = Table(data, colWidths=[120, 46, 62, 100, 144, 250])
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#44546A")),
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#A6A6A6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [HexColor("#FFFFFF"), HexColor("#F2F2F2")]),
    ]))
    tw, th = tbl.wrapOn(c, W, H)
    tx, ty = 70, seats_bottom - 30 - th
    tbl.drawOn(c, tx, ty)
    # ink arrow drawn with the pen, from the seats note towards the table
    c.setStrokeColor(HexColor("#C00000"))
    c.setLineWidth(1.6)
    p = c.beginPath()
    p.moveTo(500, seats_bottom + 20)
    p.curveTo(540, seats_bottom + 5, 545, seats_bottom - 12, 520, ty + th + 6)
    c.drawPath(p, stroke=1, fill=0)
    c.line(520, ty + th + 6, 514, ty + th + 14)
    c.line(520, ty + th + 6, 527, ty + th + 13)
    c.setStrokeColor(Color(0, 0, 0))
    c.setLineWidth(1)
    # pasted link
    c.setFont("DV", 8)
    c.setFillColor(HexColor("#0563C1"))
    c.drawString(70, ty - 22, "https://www.vestlandfylke.no/opplaring-og-kompetanse/kompetanseforum-vestland/")
    c.setFillColor(HexColor("#767676"))
    c.drawString(70, ty - 34, "Lima inn frå: <https://www.vestlandfylke.no/opplaring-og-kompetanse/>")
    c.setFillColor(Color(0, 0, 0))
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = [row(FILENAME, MEMBER, n, s, dm, RAD, a, "", t) for n, t, dm, a, s in SEATS]
    for tiltak, dm, kva, ans, med, kort, seed, typ in TABLE:
        rows.append(row(FILENAME, MEMBER, tiltak, seed, dm, typ, ans, med, kort))
    return rows


def text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")


NOT_TRUTH = ("the page title and date line, the deadline note with the star tag, the heading 'Råd og utval vi sit i', "
             "the 'Ikkje ta med' container (Karrieremessa Vestland 2072, struck through; the 2074 Yrkes-NM question), "
             "the table header, the pasted link and 'Lima inn frå' line, the ink arrow")
