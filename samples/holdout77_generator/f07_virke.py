"""Virke: an eight-page A5 booklet printed from Word with book fold to the Adobe PDF printer, so the PDF holds the
printer's sheets: four A4-landscape pages, each with two A5 pages side by side in saddle-stitch order (8|1, 2|7,
6|3, 4|5). Read page by page, the booklet starts with its back cover, and the measures on pages 3–5 come in the order
page 3, page 4, page 5 only if each half is read on its own and the halves are put back in page order. Each measure
is a heading, a paragraph and two small grey lines with the delmål, Virke's kind word, the responsible and the
partners. A mentoring programme that starts in February 2098 is told only in words on page 7."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from .common import ARR, FOU, KURS, RAD, PlainStreams, dated_pdf, rl_fonts, row, wrap

FILENAME = "Virke_kompetanse_2097_hefte.pdf"
MEMBER = "Virke"
FORMAT = ("PDF (reportlab canvas, invariant) shaped as Word's book-fold print to the Adobe PDF printer: four A4-"
          "landscape pages, each holding two A5 pages drawn as form XObjects in saddle-stitch imposition (8|1, 2|7, "
          "6|3, 4|5); Creator «PScript5.dll Version 5.2.2», Producer «Acrobat Distiller 25.0 (Windows)», title "
          "«Microsoft Word - Virke_kompetanse_2097.docx»; DejaVu fonts embedded")
SHAPE = ("eight-page A5 booklet in printer's order: the PDF's first page shows the back cover (page 8, contact) left "
         "and the cover (page 1) right, then 2|7, 6|3, 4|5; each A5 page has a running head «Virke · Kompetanse "
         "2097» and its page number; page 2 a foreword, pages 3–5 the measures (bold heading, paragraph, grey lines "
         "«Delmål 2.3 · Åpne dager» and «Ansvar: … · Med: …»), page 6 key figures, page 7 «Dette skjer i 2098»; "
         "read in PDF order the pages run 8, 1, 2, 7, 6, 3, 4, 5 and the two halves of a sheet share text lines; "
         "Virke's kind words (Rådsplass, Undersøkelse, Åpne dager, Kursrekke, Nettverk); the RSA seat «Virke i RSA ved "
         "Høgskolen i Innlandet»; a mentoring programme that starts in February 2098 told only in words")
NOT_TRUTH = ("the running heads and page numbers, the cover and back cover, the foreword, the grey «Delmål … · kind» "
             "lines and the labels «Ansvar:» and «Med:», the key figures on page 6, page 7 with 'Mentorprogram for nye "
             "butikkledere' (starts in February 2098)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# page, name, text, delmål, kind, ansvar, med, seed, type
ROWS = [
    (3, "Virke i RSA ved Høgskolen i Innlandet",
     "Virke har en plass i høgskolens råd for samarbeid med arbeidslivet. Rådet drøftet i 2097 nye "
     "videreutdanninger i handel, service og ledelse og praksis i økonomiutdanningene.", "1.4", "Rådsplass",
     "Virke Innlandet", "", "M02", RAD),
    (3, "Kompetanseradaren 2097 – handel og tjenester",
     "Virke sto for utvalget i handel og tjenesteyting i den felles undersøkelsen om kompetansebehov. 2 100 "
     "virksomheter svarte, og Virke la fram egne tall for handelen i september.", "2.2", "Undersøkelse",
     "Virke Analyse", "NHO, Spekter", "J02", FOU),
    (4, "Åpen butikk for yrkesfagelever",
     "I 45 medlemsvirksomheter fikk elever fra salg, service og sikkerhet prøve seg i butikk og lager i en uke. "
     "Ordningen ble laget sammen med fylkeskommunene, og 620 elever deltok.", "2.3", "Åpne dager", "Virke Handel",
     "Handel og Kontor, fylkeskommunene", None, ARR),
    (5, "Netthandelsskolen",
     "Kursrekke på seks kvelder om netthandel, logistikk og kundedialog for ansatte uten fagbrev. 780 deltakere "
     "fra 120 virksomheter.", "2.1", "Kursrekke", "Virke Kompetanse", "Fagskolen Oslo", None, KURS),
    (5, "HR-nettverk for ideelle virksomheter",
     "Nettverk for HR-ledere i 40 ideelle virksomheter med fire samlinger om kompetanseplaner og "
     "lærlingordninger.", "2.4", "Nettverk", "Virke Ideell", "", None, RAD),
]

A5W, A5H = 148 * mm, 210 * mm
SHEETS = [(8, 1), (2, 7), (6, 3), (4, 5)]
LM = 15 * mm
TW = A5W - 2 * LM
GREEN = (0.0, 0.33, 0.27)


def _text(c, x, y, s, font, size, width, lead):
    for ln in wrap(s, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, ln)
        y -= lead
    return y


def _page(c, n):
    c.beginForm(f"p{n}", 0, 0, A5W, A5H)
    if n not in (1, 8):
        c.setFillColorRGB(*GREEN)
        c.setFont("DV", 7.5)
        c.drawString(LM, A5H - 12 * mm, "Virke · Kompetanse 2097")
        c.drawRightString(A5W - LM, 10 * mm, str(n))
        c.setFillColorRGB(0, 0, 0)
    y = A5H - 26 * mm
    if n == 1:
        c.setFillColorRGB(*GREEN)
        c.rect(0, A5H - 95 * mm, A5W, 95 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DV-B", 24)
        c.drawString(LM, A5H - 55 * mm, "Virke og kompetanse")
        c.drawString(LM, A5H - 67 * mm, "2097")
        c.setFont("DV", 11)
        c.drawString(LM, A5H - 80 * mm, "Rapport til Kompetansepolitisk råd")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("DV", 9)
        c.drawString(LM, 22 * mm, "Hovedorganisasjonen Virke · januar 2098")
    elif n == 2:
        c.setFont("DV-B", 14)
        c.drawString(LM, y, "Forord")
        y = _text(c, LM, y - 9 * mm,
                  "Virke organiserer virksomheter i handel, tjenesteyting og ideell sektor. I dette heftet forteller "
                  "vi hva vi gjorde i 2097 for å følge opp Nasjonal kompetansepolitisk strategi.", "DVS", 10, TW, 14)
        _text(c, LM, y - 6,
              "Under hvert tiltak står det hvilket delmål i strategien tiltaket hører til, hva slags tiltak det er, "
              "hvem i Virke som har ansvaret og hvem vi har samarbeidet med.", "DVS", 10, TW, 14)
    elif n in (3, 4, 5):
        for p, name, txt, dm, kind, ansvar, med, *_r in ROWS:
            if p != n:
                continue
            y = _text(c, LM, y, name, "DV-B", 12, TW, 15) - 3
            y = _text(c, LM, y, txt, "DVS", 9.8, TW, 13.2) - 2
            c.setFillColorRGB(0.42, 0.42, 0.42)
            y = _text(c, LM, y, f"Delmål {dm} · {kind}", "DV", 7.8, TW, 10.5)
            y = _text(c, LM, y, f"Ansvar: {ansvar}" + (f" · Med: {med}" if med else ""), "DV", 7.8, TW, 10.5)
            c.setFillColorRGB(0, 0, 0)
            y -= 16
    elif n == 6:
        c.setFont("DV-B", 14)
        c.drawString(LM, y, "Kompetanse i tall")
        y -= 12 * mm
        for big, small in (("620", "elever i Åpen butikk"), ("780", "deltakere i Netthandelsskolen"),
                           ("2 100", "svar fra handel og tjenester i Kompetanseradaren"),
                           ("40", "ideelle virksomheter i HR-nettverket")):
            c.setFillColorRGB(*GREEN)
            c.setFont("DV-B", 20)
            c.drawString(LM, y, big)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("DV", 9)
            c.drawString(LM + 32 * mm, y + 2, small)
            y -= 15 * mm
    elif n == 7:
        c.setFont("DV-B", 14)
        c.drawString(LM, y, "Dette skjer i 2098")
        y = _text(c, LM, y - 9 * mm, "Mentorprogram for nye butikkledere", "DV-B", 11, TW, 14) - 2
        _text(c, LM, y, "Programmet er ferdig planlagt og starter i februar 2098. Erfarne ledere blir mentorer for "
                        "nye butikkledere i ett år.", "DVS", 9.8, TW, 13.2)
    elif n == 8:
        c.setFont("DV-B", 10)
        c.drawString(LM, 60 * mm, "Hovedorganisasjonen Virke")
        y = 55 * mm
        for ln in ("Postboks 2900 Solli, 0230 Oslo", "virke.no", "",
                   "Kontakt: Hilde Strand, fagsjef kompetanse", "hilde.strand@virke.no"):
            c.setFont("DV", 8.5)
            c.drawString(LM, y, ln)
            y -= 11
    c.endForm()


def build(out) -> list[dict]:
    with PlainStreams():
        _draw(out)
    dated_pdf(out / FILENAME, "20980114153205+01'00'")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t) for _p, n, t, dm, _k, a, m, seed, ty in ROWS]


def _draw(out) -> None:
    rl_fonts()
    c = canvas.Canvas(str(out / FILENAME), pagesize=(2 * A5W, A5H), invariant=1, pageCompression=1)
    c.setCreator("PScript5.dll Version 5.2.2")
    c.setProducer("Acrobat Distiller 25.0 (Windows)")
    c.setTitle("Microsoft Word - Virke_kompetanse_2097.docx")
    c.setAuthor("hstrand")
    for n in range(1, 9):
        _page(c, n)
    for left, right in SHEETS:
        c.doForm(f"p{left}")
        c.saveState()
        c.translate(A5W, 0)
        c.doForm(f"p{right}")
        c.restoreState()
        c.showPage()
    c.save()


def text(path) -> str:
    """Each half of each sheet read on its own, the A5 pages put back in page order."""
    import pdfplumber
    pages = {}
    with pdfplumber.open(str(path)) as pdf:
        for sheet, (left, right) in zip(pdf.pages, SHEETS):
            w = float(sheet.width)
            pages[left] = sheet.crop((0, 0, w / 2, float(sheet.height))).extract_text() or ""
            pages[right] = sheet.crop((w / 2, 0, w, float(sheet.height))).extract_text() or ""
    return "\n".join(pages[k] for k in sorted(pages))
