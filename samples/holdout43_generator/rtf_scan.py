"""02 LO (hand-written RTF letter) and 08 Fagskolerådet (scanned, image-only PDF)."""
import io
import os
import textwrap

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import rtf_escape as e
from .common import setup_reportlab
from .truth import FILES, get


def build_02(out_dir):
    g = lambda s: get("02", s)  # noqa: E731
    own = {"M01": "utvalgsarbeid", "M03": "rådsarbeid", "U01": "skolering", "J01": "kurstilbud",
           "J05": "opplæringstiltak", "J08": "prosjekt"}
    sections = [("1. Deltakelse i råd og utvalg", ["M01", "M03", "U01"]), ("2. Læring i arbeidslivet", ["J01"]),
                ("3. Voksne med svak tilknytning til arbeidslivet", ["J05", "J08"])]
    P = "\\pard\\plain\\sa160\\sl276\\slmult1\\f0\\fs22 "
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1044",
           "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}",
           "{\\colortbl;\\red192\\green0\\blue0;\\red80\\green80\\blue80;}",
           "{\\info{\\title " + e("Rapportering fra LO for 2063") + "}{\\author LO}"
           "{\\creatim\\yr2064\\mo1\\dy12\\hr9\\min30}{\\revtim\\yr2064\\mo1\\dy12\\hr9\\min30}}",
           "\\paperw11906\\paperh16838\\margl1417\\margr1417\\margt1134\\margb1134",
           "{\\footer\\pard\\plain\\qc\\f1\\fs16\\cf2 " + e("LO · Postboks 231 Sentrum, 0103 Oslo · lo.example") + "\\par}",
           "\\pard\\plain\\f1\\fs36\\b\\cf1 " + e("LO") + "\\b0\\fs20\\cf2  " + e("Landsorganisasjonen i Norge")
           + "\\par",
           P + "\\par",
           P + e("Sekretariatet for Kompetansepolitisk råd") + "\\line " + e("Kunnskapsdepartementet") + "\\par",
           "\\pard\\plain\\sa160\\f0\\fs18 " + e("Vår ref.: 24/0037-2\tSaksbehandler: Kari Nordvik\tDato: "
                                                 "12.01.2064") + "\\par",
           P + "\\b " + e("Rapportering fra LO for 2063 – oppfølging av Nasjonal kompetansepolitisk strategi")
           + "\\b0\\par",
           P + e("Vi viser til brev av 20. november 2063 der sekretariatet ber medlemmene om «en oversikt over "
                 "tiltak som er gjennomført i 2063, med kobling til delmål og type tiltak». LO rapporterer med "
                 "dette følgende:") + "\\par"]
    for head, seeds in sections:
        out.append("\\pard\\plain\\sb120\\sa80\\keepn\\f1\\fs22\\b " + e(head) + "\\b0\\par")
        for s in seeds:
            r = g(s)
            out.append(P + "\\b " + e(r["tiltak"]) + "\\b0  " + e("(delmål %s, %s): " % (r["delmal"], own[s]))
                       + e(r["beskrivelse"]) + ("" if not r["samarbeidspartnere"] else e(
                           " Samarbeidspartnere: " + r["samarbeidspartnere"].replace("; ", " og ") + "."))
                       + "\\par")
    out += [P + e("LO vil i 2064 prioritere arbeidet med en ny trepartsavtale om etter- og videreutdanning. Dette "
                  "er en plan og ikke et tiltak for 2063.") + "\\par",
            P + e("Med vennlig hilsen") + "\\line " + e("Landsorganisasjonen i Norge") + "\\par",
            P + e("Trond Aasen") + "\\line " + e("avdelingsleder, samfunnspolitisk avdeling") + "\\par",
            "\\pard\\plain\\f0\\fs18\\cf2 " + e("Kontaktperson: Kari Nordvik, rådgiver, tlf. 23 06 10 00") + "\\par",
            "}"]
    with open(os.path.join(out_dir, FILES["02"]), "w", encoding="ascii", newline="\r\n") as fh:
        fh.write("\n".join(out) + "\n")


DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)


def _scan_image():
    g = lambda s: get("08", s)  # noqa: E731
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    base = "/usr/share/fonts/truetype/dejavu/"
    f = ImageFont.truetype(base + "DejaVuSerif.ttf", 30)
    fb = ImageFont.truetype(base + "DejaVuSerif-Bold.ttf", 30)
    fh = ImageFont.truetype(base + "DejaVuSans-Bold.ttf", 50)
    x0, y = 190, 170
    d.text((x0, y), "FAGSKOLERÅDET", font=fh, fill=20)
    y += 70
    d.line((x0, y, W - 190, y), fill=60, width=3)
    y += 40
    for line in ("Kompetansepolitisk råd", "v/sekretariatet i Kunnskapsdepartementet", "Postboks 8119 Dep",
                 "0032 Oslo"):
        d.text((x0, y), line, font=f, fill=25)
        y += 40
    y += 30
    d.text((x0, y), "Deres ref.: 23/4410      Vår ref.: FSR 2/64      Dato: 15.01.2064", font=f, fill=25)
    y += 80
    d.text((x0, y), "Rapportering for 2063", font=fb, fill=15)
    y += 60
    intro = ("Fagskolerådet viser til brev av 20.11.2063 og rapporterer med dette følgende tiltak for 2063. "
             "Delmålet i strategien står i parentes.")
    for line in textwrap.wrap(intro, 74):
        d.text((x0, y), line, font=f, fill=25)
        y += 40
    y += 20
    for i, s in enumerate(("M05", "J07", "J11", "U01"), 1):
        r = g(s)
        text = "%s. %s (delmål %s)" % (r["tiltak"], r["beskrivelse"], r["delmal"])
        lines = textwrap.wrap(text, 70)
        d.text((x0, y), "%d." % i, font=f, fill=25)
        for line in lines:
            d.text((x0 + 50, y), line, font=f, fill=25)
            y += 40
        y += 22
    y += 40
    for line in ("Med hilsen", "", "Torunn Aas", "leder, Fagskolerådet", "",
                 "Dokumentet er elektronisk godkjent og har ingen signatur."):
        d.text((x0, y), line, font=f, fill=25)
        y += 40
    stamp = Image.new("L", (420, 170), 255)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((4, 4, 415, 165), outline=110, width=5)
    fs = ImageFont.truetype(base + "DejaVuSans-Bold.ttf", 34)
    sd.text((30, 20), "MOTTATT", font=fs, fill=110)
    sd.text((30, 68), "18. JAN. 2064", font=fs, fill=110)
    sd.text((30, 116), "KD · arkiv", font=ImageFont.truetype(base + "DejaVuSans.ttf", 28), fill=110)
    stamp = stamp.rotate(8, expand=True, fillcolor=255)
    mask = stamp.point(lambda v: 255 if v < 200 else 0)
    img.paste(stamp, (W - 620, 250), mask)
    return img


def scan_jpeg_bytes():
    rng = np.random.default_rng(4343)
    img = _scan_image().rotate(-0.55, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, 7.0, a.shape)
    speck = rng.random(a.shape) < 0.0008
    a[speck] = 90
    shade = np.linspace(0, 14, a.shape[1])[None, :]
    a = np.clip(a - shade, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(a, "L").save(buf, "JPEG", quality=72, optimize=False)
    return buf.getvalue()


def build_08(out_dir):
    setup_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    path = os.path.join(out_dir, FILES["08"])
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C5840 PDF")
    c.setTitle("Skannet dokument")
    c.drawImage(ImageReader(io.BytesIO(scan_jpeg_bytes())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
