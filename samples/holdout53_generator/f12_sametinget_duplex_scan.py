"""Sametinget: a two-sided printed letter scanned on a duplex scanner, page 2 upside down (image only).

The letter was printed double-sided 'flip on short edge' and scanned as 'long edge', so the back side comes out
rotated 180°. The scanner stores each page as a JPEG 2000 (JPXDecode) grey image; show-through of the front side
is visible mirrored on the back. There is no text layer.
"""
from __future__ import annotations

import io
import math
import random
import re
import subprocess
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .common import (ARR, DEJAVU_SERIF, DEJAVU_SERIF_B, DEJAVU_SERIF_I, FOU, KURS, RAD, gauss_noise, load_font, row,
                     speckle, wrap_px)
from .pdfw import PDF, pdf_text_utf16

FILENAME = "Scan_20740127_093112.pdf"
MEMBER = "Sametinget"
FORMAT = ("PDF from a duplex office scanner: two 200-dpi grey page images encoded as JPEG 2000 (/JPXDecode), page 2 "
          "stored upside down (no /Rotate), show-through of page 1 mirrored on page 2; Pillow render, hand-written PDF "
          "wrapper; no text layer")
SHAPE = ("image only: a two-page signed letter on a bilingual Sámediggi/Sametinget letterhead with a received stamp; "
         "numbered measures, each a bold name, a text paragraph and a line 'Delmål x.y – type word – Ansvar: … – "
         "Samarbeid: …' (type missing for the council seat); the back page (upside down) carries items 4–5, 'Avsluttet "
         "i 2072', 'Planer for 2074' and the signature (not truth rows)")

DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)

ITEMS = [
    ("Observatørplass i Nasjonalt forum for karriereveiledning",
     "Sametinget la i 2073 fram innspill i forumet om karriereveiledning på samisk og om "
     "samiske elevers valg av utdanning.", "1.3", "", "Opplærings- og språkavdelingen", "", "M04", RAD),
    ("Duodjiløftet – fagbrev i duodji for voksne",
     "Modulbasert opplæring fram mot fagbrev i duodji; 22 voksne deltakere startet i 2073.", "3.1", "Opplæring",
     "Sametinget", "Troms og Finnmark fylkeskommune, Samisk videregående skole og reindriftsskole", "J04", KURS),
    ("Tilskudd til samiske språksentre – kurs for voksne",
     "Sametinget ga tilskudd til 14 språksentre som holdt kurs i nordsamisk, lulesamisk og sørsamisk for 1 100 "
     "voksne.", "3.1", "Tilskudd", "Sametinget", "Språksentrene", None, KURS),
    ("Kartlegging av kompetansebehov i reindriften",
     "Spørreundersøkelse og intervjuer om behovet for etter- og videreutdanning i reindriften; rapporten kom i "
     "desember.", "2.2", "Kartlegging", "Sametinget", "Norske Reindriftsamers Landsforbund, Nord universitet", None,
     FOU),
    ("Samisk karrieredag i Kautokeino",
     "Karrieredag for elever i videregående opplæring og unge voksne med 35 utstillere fra samisk nærings- og "
     "kulturliv.", "1.3", "Arrangement", "Sametinget", "Troms og Finnmark fylkeskommune, Kautokeino kommune", None,
     ARR),
]


class Page:
    def __init__(self):
        self.img = Image.new("L", (PW, PH), 255)
        self.d = ImageDraw.Draw(self.img)
        self.y = int(0.9 * DPI)
        self.x0 = int(1.0 * DPI)
        self.w = PW - 2 * self.x0

    def para(self, text, font, gap=10, indent=0):
        for line in wrap_px(self.d, text, font, self.w - indent):
            self.d.text((self.x0 + indent, self.y), line, font=font, fill=25)
            self.y += int(font.size * 1.38)
        self.y += gap


def pt(size):
    return int(size / 72 * DPI)


def letterhead(p: Page):
    d = p.d
    d.ellipse((p.x0, p.y, p.x0 + 130, p.y + 130), outline=40, width=6)
    d.line((p.x0 + 20, p.y + 95, p.x0 + 110, p.y + 95), fill=40, width=5)
    d.arc((p.x0 + 25, p.y + 20, p.x0 + 105, p.y + 100), 200, 340, fill=40, width=5)
    d.text((p.x0 + 160, p.y + 8), "SÁMEDIGGI", font=load_font(DEJAVU_SERIF_B, pt(17)), fill=20)
    d.text((p.x0 + 160, p.y + 66), "SAMETINGET", font=load_font(DEJAVU_SERIF, pt(13)), fill=50)
    f = load_font(DEJAVU_SERIF, pt(8))
    for i, t in enumerate(["Ávjovárgeaidnu 50", "9730 Kárášjohka/Karasjok", "samediggi@samediggi.no"]):
        d.text((PW - p.x0 - 520, p.y + 10 + i * 34), t, font=f, fill=50)
    p.y += 200


def build_pages() -> list[Image.Image]:
    body = load_font(DEJAVU_SERIF, pt(10.5))
    bold = load_font(DEJAVU_SERIF_B, pt(10.5))
    ital = load_font(DEJAVU_SERIF_I, pt(10))
    small = load_font(DEJAVU_SERIF, pt(9))
    p1 = Page()
    letterhead(p1)
    for t in ["Sekretariatet for Kompetansepolitisk råd", "Direktoratet for høyere utdanning og kompetanse",
              "Postboks 1093", "5809 Bergen"]:
        p1.d.text((p1.x0, p1.y), t, font=body, fill=25)
        p1.y += int(body.size * 1.35)
    p1.d.text((PW - p1.x0 - 560, p1.y - 4 * int(body.size * 1.35)), "Min čuj./Vår ref.: 24/118-2", font=small, fill=40)
    p1.d.text((PW - p1.x0 - 560, p1.y - 3 * int(body.size * 1.35)), "Beaivi/Dato: 23.01.2074", font=small, fill=40)
    p1.y += 60
    p1.para("Sametingets rapportering til Kompetansepolitisk råd for 2073", load_font(DEJAVU_SERIF_B, pt(13)), 24)
    p1.para("Sametinget er observatør i Kompetansepolitisk råd. Vi rapporterer her på de tiltakene Sametinget har hatt "
            "ansvar for eller deltatt i i 2073, og som følger opp delmålene i strategien.", body, 26)

    def item(p, i, it):
        name, text, dm, typ, ans, sam, _s, _t = it
        p.para(f"{i}. {name}", bold, 4)
        p.para(text, body, 4, indent=50)
        bits = [f"Delmål {dm}"]
        if typ:
            bits.append(typ)
        bits.append(f"Ansvar: {ans}")
        if sam:
            bits.append(f"Samarbeid: {sam}")
        p.para(" – ".join(bits), ital, 26, indent=50)
    for i, it in enumerate(ITEMS[:3], 1):
        item(p1, i, it)
    p1.d.text((PW // 2 - 30, PH - int(0.6 * DPI)), "1 (2)", font=small, fill=60)
    # received stamp
    st = Image.new("L", (560, 200), 255)
    sd = ImageDraw.Draw(st)
    sd.rounded_rectangle((4, 4, 556, 196), radius=18, outline=90, width=6)
    sd.text((40, 24), "HK-dir  MOTTATT", font=load_font(DEJAVU_SERIF_B, 44), fill=90)
    sd.text((110, 100), "27 JAN 2074", font=load_font(DEJAVU_SERIF_B, 50), fill=90)
    st = st.rotate(8, expand=True, fillcolor=255)
    p1.img.paste(ImageChops.darker(p1.img.crop((PW - 760, 120, PW - 760 + st.width, 120 + st.height)), st),
                 (PW - 760, 120))

    p2 = Page()
    for i, it in enumerate(ITEMS[3:], 4):
        item(p2, i, it)
    p2.y += 10
    p2.para("Avsluttet i 2072", bold, 4)
    p2.para("Forprosjektet om et samisk karrieresenter ble avsluttet i 2072 og er derfor ikke tatt med over.", body, 20)
    p2.para("Planer for 2074", bold, 4)
    p2.para("Sametinget vil i 2074 følge opp Duodjiløftet med et tilbud i sørsamisk område og vurdere en felles "
            "karrieredag med Nordland fylkeskommune.", body, 40)
    p2.para("Dearvvuođaiguin / Med hilsen", body, 90)
    sig = p2.d
    x, y = p2.x0 + 20, p2.y - 60
    pts = [(x + i * 6, y + 22 * math.sin(i / 4.0) + (i % 7) * 2) for i in range(60)]
    sig.line(pts, fill=30, width=4)
    p2.para("Anne Marit Sara", body, 2)
    p2.para("fagleder, opplærings- og språkavdelingen", body, 30)
    p2.para("Kopi: Troms og Finnmark fylkeskommune", small, 0)
    p2.d.text((PW // 2 - 30, PH - int(0.6 * DPI)), "2 (2)", font=small, fill=60)

    out = []
    rnd = random.Random(5307)
    for k, p in enumerate((p1, p2)):
        img = p.img
        if k == 1:
            ghost = ImageOps.mirror(p1.img).point(lambda v: 255 - (255 - v) * 0.07)
            img = ImageChops.darker(img, ghost)
        img = img.rotate(rnd.uniform(-0.5, 0.5), resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        img = gauss_noise(img, 530 + k, 7.0)
        img = speckle(img, 5300 + k, 1500)
        # grey scanner edge on one side
        ImageDraw.Draw(img).rectangle((0, 0, 10, PH), fill=120)
        if k == 1:
            img = img.rotate(180)
        out.append(img)
    return out


def jp2(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG2000", quality_mode="rates", quality_layers=[28], irreversible=True)
    return buf.getvalue()


def build(out: Path) -> list[dict]:
    pdf = PDF()
    cat = pdf.reserve()
    pages_obj = pdf.reserve()
    kids = []
    for k, img in enumerate(build_pages()):
        data = jp2(img)
        im = pdf.add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                     b"/BitsPerComponent 8 /Filter /JPXDecode /Length %d >>\nstream\n" % (img.width, img.height, len(data))
                     + data + b"\nendstream")
        c = pdf.stream("", b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q")
        pg = pdf.add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << "
                     f"/Im0 {im} 0 R >> >> /Contents {c} 0 R >>")
        kids.append(pg)
    pdf.set(pages_obj, "<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>")
    pdf.set(cat, f"<< /Type /Catalog /Pages {pages_obj} 0 R >>")
    info = pdf.add(b"<< /Producer (Canon iR-ADV C5840 PDF) /Creator (Canon iR-ADV C5840) "
                   b"/CreationDate (D:20740127093112+01'00') /ModDate (D:20740127093112+01'00') /Title "
                   + pdf_text_utf16("Scan_20740127_093112") + b" >>")
    (out / FILENAME).write_bytes(pdf.write(cat, info, header=b"%PDF-1.5"))
    return [row(FILENAME, MEMBER, n, s, dm, t, a, sam, txt) for n, txt, dm, _ty, a, sam, s, t in ITEMS]


IMAGE_ONLY = True


def images(path: Path) -> list[Image.Image]:
    raw = path.read_bytes()
    out = []
    for m in re.finditer(rb"/Filter /JPXDecode /Length (\d+) >>\nstream\n", raw):
        n = int(m.group(1))
        out.append(Image.open(io.BytesIO(raw[m.end():m.end() + n])))
    return out


def text(path: Path) -> str:
    return ""


def ocr(path: Path) -> str:
    outs = []
    for img in images(path):
        for rot in (0, 180):
            buf = io.BytesIO()
            img.rotate(rot).save(buf, "PNG")
            r = subprocess.run(["tesseract", "stdin", "stdout", "-l", "nor", "--psm", "4"], input=buf.getvalue(),
                               capture_output=True, check=True)
            outs.append(r.stdout.decode("utf-8"))
    return "\n".join(outs)


NOT_TRUTH = ("the letterhead, address, references and received stamp, the introduction, 'Avsluttet i 2072' (pre-project "
             "for a Sámi career centre), 'Planer for 2074', the signature, copy line and page numbers")
