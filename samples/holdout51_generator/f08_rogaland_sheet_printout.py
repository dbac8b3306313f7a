"""Rogaland fylkeskommune: a wide worksheet printed to PDF, split by columns.

Imitates Excel's print of a sheet that is too wide for the page: page 1
holds columns A–D (Nr, Tiltak, Strategimål, Hva slags), page 2 holds
columns E–G (Ansvarlig, Samarbeidspartnere, Beskrivelse) with column A
repeated as print title.  Rows keep the same heights on both pages
(auto-fit across all columns), gridlines are printed, the title in A1
spills over B–D on page 1 and is clipped on page 2; a note row under
the table names a measure that starts only in 2072.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from .common import truth, COUNCIL_IDS, register_reportlab_fonts, rl_wrap

FILENAME = "Rogaland fylkeskommune - tiltak 2071 (utskrift).pdf"
MEMBER = "Rogaland fylkeskommune"
FORMAT = "PDF imitating an Excel print (reportlab canvas, invariant): gridlines, header/footer, columns split over two pages"
SHAPE = ("worksheet printout split by columns: page 1 = Nr / Tiltak / Strategimål ('DM 1.3 – …') / "
         "Hva slags; page 2 = Nr (repeated) / Ansvarlig / Samarbeidspartnere / Beskrivelse; rows "
         "joined only by Nr; note row about a 2072 start")

HEAD = ["Nr", "Tiltak", "Strategimål", "Hva slags", "Ansvarlig", "Samarbeidspartnere",
        "Beskrivelse"]

ROWS = [
    ["1", "Kompetanseforum Rogaland", "DM 1.2 – regionalt samarbeid", "Regionalt forum",
     "Seksjon for kompetanse og næring",
     "NAV Rogaland, NHO Rogaland, LO i Rogaland, Universitetet i Stavanger, kommunene",
     "Forumet fulgte opp Regional kompetansestrategi for Rogaland 2070–2075 med tre møter og "
     "en felles innspillskonferanse i oktober."],
    ["2", "Fylkesnettverket for kompetansepolitikk", "DM 1.2 – regionalt samarbeid", "Nettverk",
     "Seksjon for kompetanse og næring", "Trøndelag fylkeskommune, Vestland fylkeskommune m.fl.",
     "Deltakelse i nettverket av fylkeskommunale kompetanserådgivere, med to samlinger "
     "(Stavanger i april og Steinkjer i oktober)."],
    ["3", "Råd for samarbeid med arbeidslivet, Universitetet i Stavanger",
     "DM 1.4 – utdanning og arbeidsliv", "Rådsmedlemskap", "Fylkesdirektør for regionalutvikling",
     "Universitetet i Stavanger",
     "Fylkeskommunen er fast medlem i RSA ved UiS og bidro i 2071 til en felles oversikt over "
     "behovet for etter- og videreutdanning i regionen."],
    ["4", "Nasjonalt forum for karriereveiledning", "DM 1.3 – karriereveiledning", "Forum",
     "Karriere Rogaland", "",
     "Lederen av Karriere Rogaland representerer fylkeskommunene i forumet i perioden "
     "2070–2072."],
    ["5", "Karriere Rogaland – veiledning for voksne i omstilling", "DM 1.3 – karriereveiledning",
     "Prosjekt", "Karriere Rogaland", "NAV Rogaland, Norsk Industri Rogaland",
     "Oppsøkende karriereveiledning for ansatte i bedrifter i omstilling, blant annet i "
     "leverandørindustrien. 1 340 veiledningssamtaler i 2071."],
    ["6", "Vekslingsmodellen for voksne", "DM 3.1 – fleksibel opplæring for voksne", "Opplæring",
     "Seksjon for videregående opplæring", "Opplæringskontoret for industrifag, NAV Rogaland",
     "Voksne uten fagbrev veksler mellom opplæring på skole og i bedrift, med fagbrev som mål. "
     "58 voksne startet i 2071."],
]
TRUTH = [
    ("1.2", "Råd/utvalg/nettverk", None),
    ("1.2", "Råd/utvalg/nettverk", "J07"),
    ("1.4", "Råd/utvalg/nettverk", COUNCIL_IDS["RSA"]),
    ("1.3", "Råd/utvalg/nettverk", COUNCIL_IDS["NFK"]),
    ("1.3", "Prosjekt", None),
    ("3.1", "Kurs/utdanning", None),
]

COLW = [30, 168, 150, 95, 132, 140, 200]
PAGE_COLS = [[0, 1, 2, 3], [0, 4, 5, 6]]
FS = 8.5
LEAD = 10.6
TITLE = "Rogaland fylkeskommune – tiltak 2071 (rapportering til Kompetansepolitisk råd)"
SUB = "Regionalutvikling, seksjon for kompetanse og næring"
NOTE = ("Merk: «Grønn omstilling Ryfylke» starter først i 2072 og er derfor ikke tatt med "
        "i oversikten.")


def build(out):
    register_reportlab_fonts()
    W, H = A4
    left, top = 50, H - 62
    # auto-fit row heights over all columns
    heights = []
    wrapped = []
    for r in ROWS:
        cells = [rl_wrap(v, "DVC", FS, COLW[i] - 5) if v else [] for i, v in enumerate(r)]
        wrapped.append(cells)
        n = max(len(c) for c in cells)
        heights.append(n * LEAD + 4)
    head_h = LEAD + 5
    c = rl_canvas.Canvas(str(out / FILENAME), pagesize=A4, invariant=1)
    c.setTitle("Tiltak 2071")
    c.setAuthor("Marit Skjæveland")
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    for pno, cols in enumerate(PAGE_COLS, 1):
        xs = [left]
        for ci in cols:
            xs.append(xs[-1] + COLW[ci])
        # header / footer
        c.setFont("DVC", 8)
        c.setFillGray(0)
        c.drawCentredString(W / 2, H - 30, "Tiltak 2071")
        c.drawString(left, 28, "Rogaland fylkeskommune")
        c.drawCentredString(W / 2, 28, f"Side {pno} av 2")
        c.drawRightString(W - left, 28, "Skrevet ut 10.02.2072")
        y = top
        # rows 1-3 (title rows); A1/A2 spill on page 1, clipped on page 2
        for txt, font, size in [(TITLE, "DVC-B", 10), (SUB, "DVC", 8.5), ("", "DVC", 8.5)]:
            rh = LEAD + 5
            c.setStrokeGray(0.78)
            c.setLineWidth(0.3)
            for i in range(len(cols)):
                c.rect(xs[i], y - rh, xs[i + 1] - xs[i], rh, stroke=1, fill=0)
            if txt:
                c.setFont(font, size)
                if pno == 1:
                    c.setFillGray(1)
                    c.rect(xs[0] + 0.4, y - rh + 0.4, xs[-1] - xs[0] - 0.8, rh - 0.8,
                           stroke=0, fill=1)
                    c.setFillGray(0)
                    c.drawString(xs[0] + 2, y - rh + 4, txt)
                else:
                    c.saveState()
                    p = c.beginPath()
                    p.rect(xs[0], y - rh, xs[1] - xs[0], rh)
                    c.clipPath(p, stroke=0, fill=0)
                    c.drawString(xs[0] + 2, y - rh + 4, txt)
                    c.restoreState()
            y -= rh
        # header row 4
        c.setFillColorRGB(0.85, 0.89, 0.94)
        c.rect(xs[0], y - head_h, xs[-1] - xs[0], head_h, stroke=0, fill=1)
        c.setStrokeGray(0.3)
        for i, ci in enumerate(cols):
            c.rect(xs[i], y - head_h, xs[i + 1] - xs[i], head_h, stroke=1, fill=0)
            c.setFillGray(0)
            c.setFont("DVC-B", FS)
            c.drawString(xs[i] + 2.5, y - head_h + 4, HEAD[ci])
        y -= head_h
        # data rows
        for r, cells, rh in zip(ROWS, wrapped, heights):
            for i, ci in enumerate(cols):
                c.setStrokeGray(0.3)
                c.rect(xs[i], y - rh, xs[i + 1] - xs[i], rh, stroke=1, fill=0)
                c.setFont("DVC", FS)
                c.setFillGray(0)
                ty = y - LEAD + 1
                for ln in cells[ci]:
                    if ci == 0:
                        c.drawRightString(xs[i + 1] - 3, ty, ln)
                    else:
                        c.drawString(xs[i] + 2.5, ty, ln)
                    ty -= LEAD
            y -= rh
        # empty row + note row
        for k in range(2):
            rh = LEAD + 5
            c.setStrokeGray(0.78)
            for i in range(len(cols)):
                c.rect(xs[i], y - rh, xs[i + 1] - xs[i], rh, stroke=1, fill=0)
            if k == 1:
                c.setFont("DVC-I", 8)
                if pno == 1:
                    c.setFillGray(1)
                    c.rect(xs[0] + 0.4, y - rh + 0.4, xs[-1] - xs[0] - 0.8, rh - 0.8,
                           stroke=0, fill=1)
                    c.setFillGray(0)
                    c.drawString(xs[0] + 2, y - rh + 4, NOTE)
                else:
                    c.saveState()
                    p = c.beginPath()
                    p.rect(xs[0], y - rh, xs[1] - xs[0], rh)
                    c.clipPath(p, stroke=0, fill=0)
                    c.setFillGray(0)
                    c.drawString(xs[0] + 2, y - rh + 4, NOTE)
                    c.restoreState()
            y -= rh
        c.showPage()
    c.save()

    rows = []
    for r, (dm, ttype, seed) in zip(ROWS, TRUTH):
        rows.append(truth(FILENAME, MEMBER, r[1], seed, dm, ttype, r[4], r[5], r[6]))
    return rows
