"""VOFO: two pages of VOFO's annual report as the printer's print-ready PDF: each page is the A4 trim plus 3 mm bleed
and a slug area with crop marks, registration marks, a CMYK colour bar and the layout program's page-information
line (file name, page, date and time); TrimBox and BleedBox are set. The text runs in two columns; each measure is a
heading, a paragraph and two small lines «Strategien: delmål x.y · kind» and «Ansvar: … · Med: …». A prize given for
the last time in 2095 is told only in words."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from .common import ARR, FOU, KURS, PROSJEKT, RAD, dated_pdf, PlainStreams, rl_fonts, row, wrap

FILENAME = "VOFO_aarsmelding_2096_s14-15_kompetanse_TRYKK.pdf"
MEMBER = "VOFO"
FORMAT = ("PDF (reportlab canvas, invariant) shaped as a print-ready file from the layout program: MediaBox = A4 trim "
          "+ 12 mm slug on every side, TrimBox and BleedBox (3 mm) set, crop marks, registration marks, a CMYK colour "
          "bar and the page-information slug line outside the trim, colour fills running into the bleed; Creator "
          "«Adobe InDesign 20.1 (Windows)», Producer «Adobe PDF Library 18.0»; CMYK colours, DejaVu fonts embedded")
SHAPE = ("pages 14–15 of VOFO's annual report as sent to the printer: a full-bleed colour band with the section name, "
         "headline, ingress, then two text columns; each measure a bold heading, a paragraph, and two small grey "
         "lines «Strategien: delmål 3.4 · Prosjekt» and «Ansvar: … · Med: …»; a fact box «Studieforbundene i tall» "
         "with key figures; page numbers 14 and 15 in the trim; outside the trim, the crop marks and the slug line "
         "«VOFO_aarsmelding_2096.indd  14  13.01.2097  09:41» that are not content; VOFO's kind words "
         "(Representasjon, Prosjekt, Opplæring, Konferanse, Evaluering); the NFK seat «VOFOs plass i det nasjonale "
         "forumet for karriereveiledning»; a prize given for the last time in 2095 told only in words")
NOT_TRUTH = ("the section band, headline and ingress, the «Strategien:» lines (codes and kind words), the labels "
             "«Ansvar:» and «Med:», the fact box, the page numbers, the block 'Frivillighetsprisen for læring' (given "
             "for the last time in 2095), and everything outside the trim (crop and registration marks, colour bar, "
             "slug line)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, dm, kind, ansvar, med, seed, type
ROWS = [
    ("VOFOs plass i det nasjonale forumet for karriereveiledning",
     "VOFO representerer studieforbundene i Nasjonalt forum for karriereveiledning. I 2096 la VOFO fram et notat om "
     "karriereveiledning i frivillig sektor.", "1.3", "Representasjon", "VOFO sentralt", "", "M01", RAD),
    ("Språkappen Ordkraft i norskkursene",
     "Studieforbundene brukte språkappen i 180 norskkurs for ansatte med kort botid. Frivillige språkverter fulgte "
     "opp deltakerne mellom kurskveldene.", "3.4", "Prosjekt", "Folkeuniversitetet", "KS, kommunene", "J05",
     PROSJEKT),
    ("Kompetansepluss frivillighet – grunnleggende ferdigheter",
     "Kurs i lesing, regning og digitale ferdigheter for 1 900 deltakere gjennom 14 studieforbund.", "3.2",
     "Opplæring", "studieforbundene", "HK-dir", None, KURS),
    ("Studieforbundskonferansen 2096",
     "Nasjonal konferanse i Trondheim i oktober om læringsmotivasjon og frivillig opplæring, med 220 deltakere.",
     "3.6", "Konferanse", "VOFO", "Trøndelag fylkeskommune", None, ARR),
    ("Frivillighetsprisen for læring",
     "Prisen ble delt ut for siste gang i 2095, og juryen er lagt ned.", "3.6", "Pris", "VOFO", "", "", None),
    ("Evaluering av lokale kurstilbud",
     "NIFU evaluerte hvordan studieforbundenes lokale kurs når voksne med lite utdanning. Rapporten kom i desember.",
     "3.6", "Evaluering", "VOFO", "NIFU", None, FOU),
]

SLUG = 12 * mm
BLEED = 3 * mm
TRIM_W, TRIM_H = 210 * mm, 297 * mm
PAGE_W, PAGE_H = TRIM_W + 2 * SLUG, TRIM_H + 2 * SLUG
COL_W = 80 * mm
COLS = (SLUG + 18 * mm, SLUG + 18 * mm + COL_W + 14 * mm)
TEAL = (0.85, 0.10, 0.35, 0.05)
BODY_TOP = SLUG + TRIM_H - 64 * mm
PLACEMENT = [(0, 0), (0, 1), (0, 0), (1, 0), (1, 1), (1, 0)]     # (page, column) of each block


def _marks(c, page_no: int) -> None:
    x0, y0, x1, y1 = SLUG, SLUG, SLUG + TRIM_W, SLUG + TRIM_H
    c.setStrokeColorCMYK(1, 1, 1, 1)
    c.setLineWidth(0.25)
    off, ln = BLEED + 1 * mm, 6 * mm
    for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        c.line(x + dx * off, y, x + dx * (off + ln), y)
        c.line(x, y + dy * off, x, y + dy * (off + ln))
    for cx, cy in ((PAGE_W / 2, SLUG / 2), (PAGE_W / 2, PAGE_H - SLUG / 2), (SLUG / 2, PAGE_H / 2),
                   (PAGE_W - SLUG / 2, PAGE_H / 2)):
        c.circle(cx, cy, 2 * mm)
        c.line(cx - 3 * mm, cy, cx + 3 * mm, cy)
        c.line(cx, cy - 3 * mm, cx, cy + 3 * mm)
    patches = [(1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (1, 1, 0, 0), (0, 1, 1, 0), (1, 0, 1, 0),
               (0, 0, 0, 0.5), (0, 0, 0, 0.25)]
    for i, p in enumerate(patches):
        c.setFillColorCMYK(*p)
        c.rect(SLUG + 30 * mm + i * 5 * mm, PAGE_H - SLUG + BLEED + 2 * mm, 5 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColorCMYK(1, 1, 1, 1)
    c.setFont("DV", 5.5)
    c.drawString(SLUG, SLUG - BLEED - 5 * mm, f"VOFO_aarsmelding_2096.indd   {page_no}   13.01.2097   09:41")


def _block(c, col: int, y: float, name, txt, dm, kind, ansvar, med) -> float:
    x = COLS[col]
    c.setFillColorCMYK(*TEAL)
    c.setFont("DV-B", 10.5)
    for ln in wrap(name, "DV-B", 10.5, COL_W):
        c.drawString(x, y, ln)
        y -= 13
    c.setFillColorCMYK(0, 0, 0, 0.9)
    c.setFont("DVS", 9.2)
    for ln in wrap(txt, "DVS", 9.2, COL_W):
        c.drawString(x, y, ln)
        y -= 12
    c.setFillColorCMYK(0, 0, 0, 0.6)
    c.setFont("DV", 7.6)
    c.drawString(x, y - 1, f"Strategien: delmål {dm} · {kind}")
    y -= 10.5
    tail = f"Ansvar: {ansvar}" + (f" · Med: {med}" if med else "")
    for ln in wrap(tail, "DV", 7.6, COL_W):
        c.drawString(x, y - 1, ln)
        y -= 10.5
    return y - 14


def build(out) -> list[dict]:
    with PlainStreams():
        rows = _draw(out)
    dated_pdf(out / FILENAME, "20970113094100+01'00'")
    return rows


def _draw(out) -> list[dict]:
    rl_fonts()
    c = canvas.Canvas(str(out / FILENAME), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setCreator("Adobe InDesign 20.1 (Windows)")
    c.setProducer("Adobe PDF Library 18.0")
    c.setTitle("VOFO årsmelding 2096")
    c.setSubject("Årsmelding 2096 – side 14–15")
    c.setAuthor("VOFO")
    trim = (SLUG, SLUG, SLUG + TRIM_W, SLUG + TRIM_H)
    bleed = (SLUG - BLEED, SLUG - BLEED, SLUG + TRIM_W + BLEED, SLUG + TRIM_H + BLEED)
    for page in (0, 1):
        c.setTrimBox(trim)
        c.setBleedBox(bleed)
        c.setFillColorCMYK(*TEAL)
        c.rect(SLUG - BLEED, SLUG + TRIM_H - 34 * mm, TRIM_W + 2 * BLEED, 34 * mm + BLEED, stroke=0, fill=1)
        c.setFillColorCMYK(0, 0, 0, 0)
        c.setFont("DV-B", 11)
        c.drawString(COLS[0], SLUG + TRIM_H - 14 * mm, "KOMPETANSEPOLITISK RÅD")
        if page == 0:
            c.setFont("DV-B", 21)
            c.drawString(COLS[0], SLUG + TRIM_H - 26 * mm, "VOFOs bidrag til kompetansestrategien i 2096")
            c.setFillColorCMYK(0, 0, 0, 0.9)
            c.setFont("DVS", 11)
            y = SLUG + TRIM_H - 46 * mm
            for ln in wrap("Studieforbundene når voksne som ellers ikke tar opplæring. Her er det VOFO og "
                           "studieforbundene gjorde i 2096 for å følge opp Nasjonal kompetansepolitisk strategi.",
                           "DVS", 11, TRIM_W - 36 * mm):
                c.drawString(COLS[0], y, ln)
                y -= 15
        else:
            c.setFillColorCMYK(0.10, 0, 0.04, 0)
            c.rect(COLS[1] - 4 * mm, SLUG + 28 * mm, COL_W + 8 * mm, 62 * mm, stroke=0, fill=1)
            c.setFillColorCMYK(*TEAL)
            c.setFont("DV-B", 10)
            c.drawString(COLS[1], SLUG + 82 * mm, "Studieforbundene i tall 2096")
            c.setFillColorCMYK(0, 0, 0, 0.9)
            c.setFont("DV", 9)
            for k, fact in enumerate(["14 studieforbund", "41 000 kurs", "512 000 deltakere",
                                      "2,1 millioner kurstimer"]):
                c.drawString(COLS[1], SLUG + (72 - 9 * k) * mm, fact)
        ys = {0: BODY_TOP, 1: BODY_TOP}
        for i, (pg, col) in enumerate(PLACEMENT):
            if pg == page:
                n, txt, dm, kind, ansvar, med, *_r = ROWS[i]
                ys[col] = _block(c, col, ys[col], n, txt, dm, kind, ansvar, med)
        c.setFillColorCMYK(0, 0, 0, 0.7)
        c.setFont("DV", 8)
        num = 14 + page
        c.drawString(SLUG + (15 * mm if page == 0 else TRIM_W - 18 * mm), SLUG + 10 * mm, str(num))
        c.drawString(SLUG + 30 * mm if page == 0 else SLUG + TRIM_W - 80 * mm, SLUG + 10 * mm,
                     "VOFO · Årsmelding 2096")
        _marks(c, num)
        c.showPage()
    c.save()
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t) for n, t, dm, _k, a, m, seed, ty in ROWS if ty]


def text(path) -> str:
    """The two text columns of each page read separately (the trim only), then the whole page."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            h = float(p.height)
            for x in COLS:
                out.append(p.crop((x - 2, h - BODY_TOP - 14, x + COL_W + 4, h - SLUG)).extract_text() or "")
            out.append(p.extract_text() or "")
    return "\n".join(out)
