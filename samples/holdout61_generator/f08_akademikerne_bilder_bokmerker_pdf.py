"""Akademikerne: «2081 i bilder», a picture report. Each page is one large picture with a caption under it; the
measure's name is only the PDF bookmark (outline entry) of its page, the caption tells what happened and ends with
«Ansvar: … Med: … (Delmål x.y)». A look back at 2080 and a 2082 teaser page are bookmarked the same way."""
from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

from .common import ARR, FOU, KURS, RAD, pdf_outline_text, pdf_text, rl_wrap, row, setup_reportlab

FILENAME = "Akademikerne 2081 i bilder.pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF (reportlab canvas, invariant) with an outline (bookmarks, /PageMode /UseOutlines) and one "
          "Pillow-drawn JPEG picture per page; DejaVu fonts")
SHAPE = ("picture report: cover page, then one page per measure with a large picture and an italic caption "
         "ending «Ansvar: … Med: … (Delmål x.y)»; the measure's name appears only as the page's bookmark under "
         "the outline root «2081 i bilder»; a bookmarked page «Tilbakeblikk: Juristenes lederdag 2080» and «Kommer i "
         "2082: Mentorprogram for unge økonomer»; no kind of measure")
NOT_TRUTH = ("the cover page, the running header and page numbers, the pictures, the outline root, the pages "
             "bookmarked «Tilbakeblikk: Juristenes lederdag 2080» (2080) and «Kommer i 2082: Mentorprogram for unge "
             "økonomer» (2082), the back page with the contact")
SPLIT_FIELDS = ("ansvarlig", "samarbeidspartnere")

# bookmark (name), caption, ansvar, med, delmål, seed, type, palette seed
PAGES = [
    ("Akademikerne i Kompetansebehovsutvalget",
     "Akademikernes representant Kari Mo presenterer utvalgets rapport om kompetanse for grønn omstilling under "
     "Arendalsuka. Akademikerne har én av plassene i utvalget og fikk med et eget kapittel om behovet for "
     "realfagskompetanse.", "Akademikerne sentralt", "", "1.1", "M03", RAD, 1),
    ("Akademikernes skyggeutvalg for kompetansebehov",
     "Unge medlemmer i skyggeutvalget vårt kommenterte utvalgsrapporten fra et studentperspektiv på et møte i "
     "Oslo i september. Skyggeutvalget er Akademikernes eget og ikke en del av Kompetansebehovsutvalget.",
     "Akademikerne sentralt", "", "1.1", None, RAD, 2),
    ("Nasjonalt råd for teknologisk utdanning",
     "Fra rådsmøtet i Trondheim i mai, der UHRs råd for teknologisk utdanning drøftet praksis i "
     "ingeniørutdanningene. Tekna sitter i rådet for Akademikerne.", "Tekna", "", "1.4", "M06", RAD, 3),
    ("Læring på jobb-undersøkelsen – Akademikernes del",
     "Samfunnsøkonomene la fram tallene for Akademikernes medlemmer fra den felles undersøkelsen om læring på "
     "jobb. Tre av fire sier de lærer mest av kolleger.", "Samfunnsøkonomene", "Virke, Unio", "2.2", "J04",
     FOU, 4),
    ("Karrieredag for ph.d.-kandidater",
     "120 ph.d.-kandidater møtte arbeidsgivere utenfor akademia på karrieredagen i Oslo i mars.",
     "Tekna, Econa", "Universitetet i Oslo", "1.3", None, ARR, 5),
    ("Etterutdanningskurs i klinisk kommunikasjon",
     "Kurset samlet 400 leger i spesialisering til tre dager med trening i vanskelige samtaler med pasienter og "
     "pårørende.", "Den norske legeforening", "", "2.4", None, KURS, 6),
]
EXTRA = [
    ("Tilbakeblikk: Juristenes lederdag 2080", "Fra lederdagen i november 2080, som var den siste i sitt slag. "
     "Juristforbundet samler i stedet ledere i regionale nettverk.", 7),
    ("Kommer i 2082: Mentorprogram for unge økonomer", "Econa starter et mentorprogram for nyutdannede økonomer "
     "høsten 2082.", 8),
]
W, H = 595.27, 841.89


def _picture(seed: int) -> bytes:
    rnd = random.Random(6100 + seed)
    w, h = 1500, 1000
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    top = (rnd.randrange(60, 200), rnd.randrange(80, 200), rnd.randrange(120, 230))
    bot = (rnd.randrange(20, 90), rnd.randrange(20, 90), rnd.randrange(30, 110))
    for y in range(h):
        t = y / h
        d.line((0, y, w, y), fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bot)))
    d.rectangle((0, int(h * 0.7), w, h), fill=(70 + rnd.randrange(40), 55, 45))
    d.rectangle((int(w * 0.55), int(h * 0.12), int(w * 0.92), int(h * 0.5)), fill=(235, 235, 228),
                outline=(40, 40, 40), width=6)
    for _ in range(4):
        x = rnd.randrange(int(w * 0.6), int(w * 0.85))
        y = rnd.randrange(int(h * 0.18), int(h * 0.42))
        d.rectangle((x, y, x + rnd.randrange(40, 120), y + 14), fill=(90, 110, 160))
    for k in range(rnd.randrange(5, 9)):
        cx = int(w * (0.06 + 0.11 * k)) + rnd.randrange(-20, 20)
        cy = int(h * 0.62) + rnd.randrange(-30, 30)
        col = (rnd.randrange(30, 220), rnd.randrange(30, 220), rnd.randrange(30, 220))
        d.ellipse((cx - 42, cy - 190, cx + 42, cy - 105), fill=(224, 186, 150))
        d.rounded_rectangle((cx - 70, cy - 100, cx + 70, cy + 160), radius=40, fill=col)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82, optimize=False, progressive=False)
    return buf.getvalue()


def _caption(c, text: str, y: float) -> float:
    for ln in rl_wrap(text, "DVS-I", 11, W - 130):
        c.setFont("DVS-I", 11)
        c.drawString(65, y, ln)
        y -= 15
    return y


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("2081 i bilder")
    c.setAuthor("Akademikerne")
    c.setCreator("Akademikerne kommunikasjon")
    c.setFillColorRGB(0.11, 0.22, 0.36)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DV-B", 40)
    c.drawString(60, H - 260, "2081 i bilder")
    c.setFont("DV", 16)
    c.drawString(60, H - 300, "Akademikerne")
    c.setFont("DV", 11)
    c.drawString(60, H - 340, "Vårt bidrag til rapporteringen til Kompetansepolitisk råd.")
    c.drawString(60, H - 356, "Bruk bokmerkene for å gå rett til hvert tiltak.")
    c.bookmarkPage("forside")
    c.addOutlineEntry("2081 i bilder", "forside", level=0)
    c.showPage()
    pages = [(p[0], p[1] + " " + " ".join(x for x in (f"Ansvar: {p[2]}.", f"Med: {p[3]}." if p[3] else "")
                                          if x) + f" (Delmål {p[4]})", p[7]) for p in PAGES]
    pages.insert(4, (EXTRA[0][0], EXTRA[0][1], EXTRA[0][2]))
    pages.append((EXTRA[1][0], EXTRA[1][1], EXTRA[1][2]))
    for n, (mark, caption, pal) in enumerate(pages, 2):
        key = f"p{n}"
        c.bookmarkPage(key)
        c.addOutlineEntry(mark, key, level=1)
        c.setFont("DV", 8)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(60, H - 40, "Akademikerne – 2081 i bilder")
        c.drawRightString(W - 60, H - 40, f"{n}")
        c.drawImage(ImageReader(io.BytesIO(_picture(pal))), 60, H - 70 - 317, width=W - 120, height=317)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        _caption(c, caption, H - 415)
        c.showPage()
    c.setFont("DV", 11)
    c.drawString(60, H - 120, "Kontakt: Ingrid Fosse, fagsjef kompetanse, Akademikerne")
    c.drawString(60, H - 138, "Foto: Akademikernes foreninger")
    c.showPage()
    c.showOutline()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, cap)
            for name, cap, ans, med, dm, seed, ty, _p in PAGES]


def text(path) -> str:
    return pdf_outline_text(path) + "\n" + pdf_text(path)
