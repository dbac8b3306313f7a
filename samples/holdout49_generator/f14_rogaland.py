"""14 Rogaland fylkeskommune - the secretariat's paper form, scanned blank, then filled in on screen with a
PDF reader's typewriter tool: the labels exist only in the scan image, every answer is a FreeText annotation."""
import io
import os
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFString, PDFArray
from .common import truth_row, result, FONT_DIR

FILE = "14_Rogaland_fylkeskommune_skjema_utfylt_2069.pdf"
MEMBER = "Rogaland fylkeskommune"
FORMAT = "PDF: scanned blank paper form (Pillow image, no text layer) + typed FreeText annotations (reportlab)"
SHAPE = ("The secretariat's paper form printed, scanned blank and then filled in with a PDF reader's typewriter "
         "tool: the labels (Navn på tiltaket / Delmål / Type tiltak / Ansvarlig / Samarbeidspartnere / Kort "
         "beskrivelse) are only pixels in the scanned page image, every answer is a FreeText annotation placed "
         "over its box; three blocks per page, seven blocks; type answers partly the member's own words")
TRAPS = ("block 7 (Hydrogenskolen) is «Ikke startet – planlagt 2070»; header annotations (Medlem, Rapportår, "
         "page); Rogaland karriereforum is the county's own regional forum modelled on NFK (U1401), not the NFK "
         "seat; printed guidance text on the form")

# seed, delmal, type, name, typed type, ansvar, partnere, text
MEAS = [
    ("M02", "2.3", "Råd/utvalg/nettverk", "Fylkeskommunenes representant i SRY", "Råd/utvalg",
     "Avdeling for opplæring", "KS",
     "Rogaland har i 2069 representert fylkeskommunene i Samarbeidsrådet for yrkesopplæring, med vekt på "
     "dimensjonering av læreplasser."),
    ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning", "Nettverk", "Karriere Rogaland",
     "", "Karriere Rogaland har deltatt i forumet og delt erfaringer fra veiledning av ansatte i omstilling i "
         "energisektoren."),
    ("U1401", "1.3", "Råd/utvalg/nettverk", "Rogaland karriereforum", "Regionalt nettverk", "Karriere Rogaland",
     "NAV Rogaland, skolene og partene i arbeidslivet",
     "Regionalt forum etter modell av det nasjonale forumet, der karriereveiledere fra skole, NAV og arbeidsliv "
     "møtes to ganger i året."),
    ("J08", "3.4", "Kurs/utdanning", "Norsk og fagopplæring for innvandrere (Fagnorsk)", "Kurs",
     "Avdeling for opplæring", "Vestland fylkeskommune og kommunene",
     "Felles modell med Vestland for norskopplæring knyttet til fagopplæring. 95 deltakere i Rogaland i 2069."),
    ("U1402", "2.4", "Kurs/utdanning", "Etter- og videreutdanning for leverandørindustrien i energiomstillingen",
     "EVU", "Regionalplan og næring", "Energiklyngen i Rogaland og Universitetet i Stavanger",
     "Korte kurs og videreutdanning i havvind, hydrogen og elektrifisering for ansatte i leverandørbedrifter. "
     "620 deltakere."),
    ("U1403", "2.5", "Prosjekt", "Fagbrev på jobb i Rogaland", "Prosjekt", "Fagopplæringskontoret",
     "opplæringskontorene",
     "Voksne i jobb får ta fagbrev gjennom læretid på egen arbeidsplass, med vurdering av kompetansen de "
     "allerede har. 130 kontrakter."),
    (None, "2.4", None, "Hydrogenskolen", "Kurs", "Regionalplan og næring", "", "Ikke startet – planlagt 2070."),
]

PW, PH = 1654, 2339
DPI = 200
X0, X1 = 140, PW - 140
BLOCK_H = 610


def _font(name, size):
    return ImageFont.truetype(os.path.join(FONT_DIR, name), size)


def _block_boxes(top):
    """Box geometry (pixels) for one block: returns dict field -> (x0, y0, x1, y1) of the writing area."""
    mid = (X0 + X1) // 2
    return {
        "nr": (X0 + 250, top + 8, X0 + 360, top + 56),
        "navn": (X0, top + 100, X1, top + 160),
        "delmal": (X0, top + 210, X0 + 300, top + 270),
        "type": (X0 + 340, top + 210, X1, top + 270),
        "ansvar": (X0, top + 330, mid - 20, top + 390),
        "partnere": (mid + 20, top + 330, X1, top + 390),
        "beskr": (X0, top + 440, X1, top + 580),
    }


LABELS = {"navn": "Navn på tiltaket", "delmal": "Delmål (nr., f.eks. 2.3)", "type": "Type tiltak",
          "ansvar": "Ansvarlig", "partnere": "Samarbeidspartnere", "beskr": "Kort beskrivelse (maks 400 tegn)"}


def _blank_page(page_no, first_block):
    img = Image.new("L", (PW, PH), 255)
    d = ImageDraw.Draw(img)
    d.text((X0, 110), "Kompetansepolitisk råd", font=_font("DejaVuSans.ttf", 30), fill=60)
    d.text((X0, 150), "Rapporteringsskjema – tiltak i rapportåret", font=_font("DejaVuSans-Bold.ttf", 40), fill=0)
    f = _font("DejaVuSans.ttf", 26)
    d.text((X0, 225), "Medlem:", font=f, fill=0)
    d.rectangle((X0 + 130, 215, X0 + 820, 262), outline=0, width=2)
    d.text((X0 + 860, 225), "Rapportår:", font=f, fill=0)
    d.rectangle((X0 + 1020, 215, X0 + 1160, 262), outline=0, width=2)
    d.text((X1 - 200, 225), "Side %d av 3" % page_no, font=f, fill=0)
    small = _font("DejaVuSans-Oblique.ttf", 20)
    d.text((X0, 280), "Fyll ut én blokk per tiltak. Ta bare med tiltak som er gjennomført eller pågår i "
                      "rapportåret.", font=small, fill=40)
    lab = _font("DejaVuSans.ttf", 22)
    boxes_all = []
    for k in range(3):
        top = 330 + k * BLOCK_H
        bx = _block_boxes(top)
        d.rectangle((X0 - 20, top - 6, X1 + 20, top + BLOCK_H - 22), outline=90, width=2)
        d.text((X0, top + 16), "Tiltak nr.", font=_font("DejaVuSans-Bold.ttf", 28), fill=0)
        d.rectangle(bx["nr"], outline=0, width=2)
        for key, (a, b_, c, e) in bx.items():
            if key == "nr":
                continue
            d.text((a, b_ - 30), LABELS[key], font=lab, fill=0)
            d.rectangle((a, b_, c, e), outline=0, width=2)
        d.text((X0 + 340, top + 274), "(FoU · kurs/utdanning · råd/utvalg/nettverk · prosjekt · informasjon · "
                                      "arrangement)", font=_font("DejaVuSans.ttf", 17), fill=70)
        boxes_all.append(bx)
    d.text((X0, PH - 110), "Skjema KPR-R1 · versjon 2069 · sendes sekretariatet innen 31. januar",
           font=_font("DejaVuSans.ttf", 18), fill=80)
    return img, boxes_all


def _scan(img, rng, angle):
    a = np.asarray(img.rotate(angle, resample=Image.BICUBIC, fillcolor=255), dtype=np.float32)
    a = a * 0.93 + 12
    a += rng.normal(0, 7, a.shape)
    specks = rng.random(a.shape) < 0.0009
    a[specks] = rng.integers(40, 140, specks.sum())
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.6))


def build(outdir):
    rng = np.random.default_rng(4914)
    path = os.path.join(outdir, FILE)
    W, H = PW * 72.0 / DPI, PH * 72.0 / DPI
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Skann_20700124_0931")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    rows = []

    def annot(box, text, size=10):
        a, b_, cc, e = box
        rect = (a * 72.0 / DPI + 3, H - e * 72.0 / DPI + 2, cc * 72.0 / DPI - 3, H - b_ * 72.0 / DPI - 2)
        c.freeTextAnnotation(text, PDFString("/Helv %d Tf 0 0 0.55 rg" % size), Rect=rect,
                             T=PDFString("Hanne Tjelta"), F=4, Border=PDFArray([0, 0, 0]),
                             M=PDFString("D:20700124101500+01'00'"))

    for page in range(3):
        blank, boxes = _blank_page(page + 1, page * 3 + 1)
        scan = _scan(blank, rng, (0.18, -0.12, 0.22)[page])
        buf = io.BytesIO()
        scan.save(buf, "JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        annot((X0 + 130, 215, X0 + 820, 262), "Rogaland fylkeskommune", 11)
        annot((X0 + 1020, 215, X0 + 1160, 262), "2069", 11)
        for k in range(3):
            idx = page * 3 + k
            if idx >= len(MEAS):
                break
            seed, dm, typ, name, own, ans, part, text = MEAS[idx]
            bx = boxes[k]
            annot(bx["nr"], str(idx + 1), 11)
            annot(bx["navn"], name)
            annot(bx["delmal"], dm)
            annot(bx["type"], own)
            annot(bx["ansvar"], ans)
            if part:
                annot(bx["partnere"], part)
            annot(bx["beskr"], text)
            if seed:
                rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
        c.showPage()
    c.save()
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
