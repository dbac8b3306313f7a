"""Fagskolerådet: a listing from the organisation's old measures register, printed on continuous tractor-feed paper
with green bars and pin-feed holes, then scanned. The listing is fixed-width Nynorsk: a register header, a
three-line column head, and per record a first line «NR  Tiltak  DM  Type  År  Status» followed by indented
«Ansvarleg: … / Saman med: …» and description lines. The selection «rapportår 2081 + tilstøytande år» brings in a
2080 and a 2082 record. Image only, no text layer."""
from __future__ import annotations

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import ARR, FONT_DIR, FOU, INFO, KURS, RAD, row, setup_reportlab

FILENAME = "Fagskolerådet utskrift tiltaksregister 2081 (skanna).pdf"
MEMBER = "Fagskolerådet"
FORMAT = ("PDF, image only: one 200-dpi colour JPEG page (Pillow render of tractor-feed listing paper: green bars, "
          "pin-feed holes, perforation, monospaced print with slight ink variation, 0.35° skew, seeded noise), "
          "wrapped by reportlab; no text layer")
SHAPE = ("scanned register listing (Nynorsk): header «FAGSKULERÅDET  TILTAKSREGISTER – UTSKRIFT  SIDE 1», run line "
         "«Køyrt 14.01.2082 09:31  Utval: rapportår 2081 + tilstøytande år», a three-line column head (NR / TILTAK / "
         "DM / TYPE / ÅR / STATUS; ANSVARLEG / SAMAN MED; SKILDRING) between dashed rules, then one fixed-width "
         "record per measure (first line with number, name, delmål code, type word, year and status; then "
         "«Ansvarleg: … / Saman med: …» and the wrapped description), «UTSKRIFT SLUTT – 7 POSTAR»")
NOT_TRUTH = ("the register header, run line and column head, the dashed rules, the record numbers and the DM, "
             "TYPE, ÅR and STATUS fields, the records 0008 'Fagskulelyftet – sluttseminar' (2080, Avslutta) and 0031 "
             "'Fagskuleportal for vaksne' (2082, Planlagt), the end line")
IMAGE_ONLY = True
SPLIT_FIELDS = ("samarbeidspartnere",)

# nr, name, dm, type word, year, status, ansvar, med, text, seed, type
RECORDS = [
    ("0008", "Fagskulelyftet – sluttseminar", "1.4", "Arrangement", "2080", "Avslutta", "Fagskulerådet", "",
     "Sluttseminar for fagskulelyftet i november 2080.", "", None),
    ("0012", "Nasjonalt fagskuleråd – vår plass", "1.4", "Rådsarbeid", "2081", "Aktiv", "Dagleg leiar", "",
     "Fagskulerådet har ein av plassane i rådet og arbeidde for betre finansiering av fagskuletilbod i små fag.",
     "M05", RAD),
    ("0019", "Bransjeprogrammet for varehandel – fagskulemodular", "2.4", "Kurs", "2081", "Aktiv",
     "Fagskulerådet", "Virke, UHR",
     "Fem fagskular leverte modular i logistikk og butikkleiing til programmet; 610 studentar.", "J06", KURS),
    ("0021", "Fagskuledagen 2081", "2.3", "Arrangement", "2081", "Gjennomført", "Fagskulerådet", "utdanning.no",
     "Open dag ved 40 fagskular i mars der elevar i vidaregåande prøvde fagskuleundervisning.", None, ARR),
    ("0024", "Kartlegging av fagskulestudentar i arbeid", "2.2", "Kartlegging", "2081", "Gjennomført",
     "Fagskulerådet", "NOKUT",
     "Undersøking blant 4 500 studentar om kor mange som studerer ved sida av jobb.", None, FOU),
    ("0027", "Kampanjen «Fagskule etter fagbrevet»", "2.3", "Kampanje", "2081", "Gjennomført", "Fagskulerådet",
     "", "Annonsar og filmar retta mot lærlingar som snart tek fagbrev.", None, INFO),
    ("0031", "Fagskuleportal for vaksne", "3.1", "Digital teneste", "2082", "Planlagt", "Fagskulerådet", "",
     "Portal med oversikt over fagskuletilbod for vaksne. Oppstart 2082.", "", None),
]
W, H = 1900, 2200  # 9.5 x 11 inch at 200 dpi
CHAR = 20
LINE = 34
X0 = 150


def _lines() -> list[str]:
    rule = "-" * 80
    out = [f"{'FAGSKULERÅDET':<24}{'TILTAKSREGISTER – UTSKRIFT':<44}{'SIDE   1':>12}",
           f"{'Køyrt 14.01.2082 09:31   Utval: rapportår 2081 + tilstøytande år':<68}{'Brukar: TH':>12}",
           "", rule,
           f"{'NR':<6}{'TILTAK':<40}{'DM':<5}{'TYPE':<13}{'ÅR':<6}{'STATUS':<10}",
           f"{'':<6}ANSVARLEG / SAMAN MED", f"{'':<6}SKILDRING", rule]
    for nr, name, dm, typ, year, st, ans, med, txt, _s, _t in RECORDS:
        parts = textwrap.wrap(name, 39)
        out.append(f"{nr:<6}{parts[0]:<40}{dm:<5}{typ[:12]:<13}{year:<6}{st:<10}")
        for more in parts[1:]:
            out.append(f"{'':<6}{more}")
        out.append(f"{'':<6}Ansvarleg: {ans} / Saman med: {med or '–'}")
        for ln in textwrap.wrap(txt, 72):
            out.append(f"{'':<6}{ln}")
        out.append("")
    out += [rule, f"{'UTSKRIFT SLUTT – 7 POSTAR':^80}"]
    return out


def _page() -> Image.Image:
    rnd = random.Random(6113)
    img = Image.new("RGB", (W, H), (250, 250, 244))
    d = ImageDraw.Draw(img)
    band = 3 * LINE
    y = 60
    k = 0
    while y < H:
        if k % 2 == 0:
            d.rectangle((95, y, W - 95, y + band), fill=(214, 236, 214))
        y += band
        k += 1
    for x in (40, W - 40):
        for yy in range(35, H, 100):
            d.ellipse((x - 15, yy - 15, x + 15, yy + 15), fill=(60, 60, 60))
    for x in (90, W - 90):
        for yy in range(0, H, 14):
            d.line((x, yy, x, yy + 7), fill=(170, 170, 160), width=2)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 33)
    y = 110
    for ln in _lines():
        for i, ch in enumerate(ln):
            if ch == " ":
                continue
            g = rnd.randrange(20, 70)
            d.text((X0 + i * CHAR + rnd.choice((0, 0, 1)), y + rnd.choice((0, 0, 1))), ch, font=font, fill=(g, g, g))
        y += LINE
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    for _ in range(5000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        k = rnd.randrange(60, 140)
        px[x, yy] = tuple(max(0, v - k) for v in px[x, yy])
    return img.rotate(0.35, resample=Image.BICUBIC, expand=False, fillcolor=(236, 236, 230))


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    pw, ph = W * 72 / 200, H * 72 / 200
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.setCreator("ScanSnap Manager")
    jb = io.BytesIO()
    _page().save(jb, "JPEG", quality=85, optimize=False, progressive=False, dpi=(200, 200))
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt)
            for _n, name, dm, _tw, _y, _st, ans, med, txt, seed, ty in RECORDS if ty]


def text(path) -> str:
    """Image only: the text printed on the page (record lines joined so wrapped names and descriptions read on)."""
    out = []
    for _n, name, dm, tw, year, st, ans, med, txt, _s, _t in RECORDS:
        out.append(f"{name} {dm} {tw} {year} {st} Ansvarleg: {ans} / Saman med: {med or '–'} {txt}")
    return "\n".join(out)
