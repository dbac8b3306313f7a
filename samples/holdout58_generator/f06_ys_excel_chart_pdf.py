"""YS: an Excel sheet saved as PDF ('Lagre som → PDF', fit to one page wide): a stacked bar chart 'YS-tiltak 2078
etter delmål og art' with its axis labels and legend on top, a text box under it, then the list the chart is made
from. reportlab canvas (invariant), Creator/Producer as Excel writes them."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, canvas_table, pdf_text, row, setup_reportlab

FILENAME = "YS tiltak KPR 2078.pdf"
MEMBER = "YS"
FORMAT = ("PDF (reportlab canvas, invariant) imitating Excel's 'Lagre som PDF' of a sheet with a chart: vector bar "
          "chart with axis labels and legend, a text box, a gridded cell range; Creator/Producer 'Microsoft® Excel® "
          "for Microsoft 365'")
SHAPE = ("printed worksheet: a horizontal stacked bar chart (one bar per delmål code, one colour per YS 'Art' word, "
         "legend on the right, data labels '1'), a text box 'Ikke med i figuren …' under it, then the list Tiltak / "
         "Delmål / Art / Ansvar / Med / Kort om in gridlines; the type words and delmål codes appear both in the "
         "chart and in the list")
CHECK = ("tiltak", "ansvarlig", "samarbeidspartnere")
NOT_TRUTH = ("the sheet title, the chart (title, axis labels, legend words, data labels), the text box (Lederskolen "
             "i Delta – fullført 2077; YS-konferansen om livslang læring – planlegges 2079), the header row, the "
             "footer")

ITEMS = [
    ("YS i KBU", "1.1", "Rådsarbeid", "YS", "",
     "YS' representant i Kompetansebehovsutvalget deltok på fem møter og i én arbeidsgruppe.", "M02", RAD),
    ("Undersøkelse om digital kompetanse blant Parats medlemmer", "2.1", "Undersøkelse", "Parat",
     "Respons Analyse", "1 800 medlemmer svarte; halvparten ønsker mer opplæring i nye digitale verktøy.", None,
     FOU),
    ("YS-kurs for medlemmer i faglige råd", "2.3", "Kurs", "YS", "Parat, Delta",
     "Innføringskurs for YS-medlemmer som er nye i de faglige rådene under SRY.", None, KURS),
    ("Finansbransjens kompetansedag", "2.4", "Arrangement", "Finansforbundet", "Finans Norge",
     "Dagskonferanse om omstilling og autorisasjonsordninger; 320 deltakere.", None, ARR),
    ("Realkompetansebanken", "2.5", "Utviklingsarbeid", "Parat", "Unio, Fagskolerådet",
     "Parat har testet vurderingsmodellen for kontor- og administrasjonsfag.", "J04", PROSJEKT),
]
COLOURS = {"Rådsarbeid": (0.27, 0.45, 0.77), "Undersøkelse": (0.93, 0.49, 0.19), "Kurs": (0.65, 0.65, 0.65),
           "Arrangement": (1.0, 0.75, 0.0), "Utviklingsarbeid": (0.36, 0.61, 0.84)}


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    path = out / FILENAME
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setCreator("Microsoft® Excel® for Microsoft 365")
    c.setProducer("Microsoft® Excel® for Microsoft 365")
    c.setAuthor("Randi Solberg")
    c.setTitle("")
    c.setFont("DV-B", 13)
    c.drawString(40, H - 45, "YS – tiltak i 2078 (rapportering til Kompetansepolitisk råd)")
    # chart area
    cx, cy, cw, ch = 40, H - 300, 520, 235
    c.setStrokeColorRGB(0.85, 0.85, 0.85)
    c.rect(cx, cy, cw, ch, stroke=1, fill=0)
    c.setFont("DV", 11)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawCentredString(cx + cw / 2, cy + ch - 20, "YS-tiltak 2078 etter delmål og art")
    px, py, pw, ph = cx + 45, cy + 30, 300, ch - 70
    codes = [it[1] for it in ITEMS]
    bar_h = ph / len(codes)
    c.setFont("DV", 8)
    for i in range(0, 3):
        gx = px + i * pw / 2
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(gx, py, gx, py + ph)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawCentredString(gx, py - 12, str(i))
    for k, (name, code, art, *_r) in enumerate(ITEMS):
        by = py + ph - (k + 1) * bar_h + bar_h * 0.2
        c.setFillColorRGB(*COLOURS[art])
        c.rect(px, by, pw / 2, bar_h * 0.6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawCentredString(px + pw / 4, by + bar_h * 0.3 - 3, "1")
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawRightString(px - 6, by + bar_h * 0.3 - 3, code)
    lx, ly = px + pw + 25, py + ph - 10
    for art, col in COLOURS.items():
        c.setFillColorRGB(*col)
        c.rect(lx, ly, 7, 7, stroke=0, fill=1)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(lx + 11, ly, art)
        ly -= 16
    # text box
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.rect(580, H - 300, 220, 90, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV", 8.5)
    for i, ln in enumerate(["Ikke med i figuren:", "Lederskolen i Delta (fullført 2077)",
                            "YS-konferansen om livslang læring", "(planlegges 2079)"]):
        c.drawString(588, H - 225 - i * 13, ln)
    head = ["Tiltak", "Delmål", "Art", "Ansvar", "Med", "Kort om"]
    tab = [head] + [[n, code, art, ansv, med, txt] for n, code, art, ansv, med, txt, _s, _t in ITEMS]
    canvas_table(c, 40, H - 320, [262, 40, 80, 80, 100, 200], tab, size=8, grid=(0.75, 0.75, 0.75),
                 head_fill=(0.85, 0.89, 0.95))
    c.setFont("DV", 7)
    c.drawCentredString(W / 2, 20, "Side 1")
    c.showPage()
    c.save()
    return [row(FILENAME, MEMBER, n, s, code, t, ansv, med, txt) for n, code, _a, ansv, med, txt, s, t in ITEMS]


def text(path) -> str:
    return pdf_text(path)
