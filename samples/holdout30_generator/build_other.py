"""Scanned image-only PDF (Akademikerne) and hand-written RTF (Unio)."""
from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import DELMAL, FIXED_STRUCT, FONT_DIR

DPI = 200


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def build_scan(m: dict, out: Path) -> Path:
    W, H = int(8.27 * DPI), int(11.69 * DPI)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
    f_head = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 25)
    f_body = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 25)
    f_small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 21)
    x0, y = 150, 170
    d.text((x0, y), "Akademikerne", font=f_title, fill=20)
    y += 62
    d.text((x0, y), "Tiltak rapportert til Kompetansepolitisk råd – 2050", font=f_head,
           fill=30)
    y += 50
    intro = ("Akademikerne rapporterer fire tiltak for 2050. Oversikten er "
             "godkjent i Akademikernes styre 8. januar 2051.")
    for ln in _wrap(d, intro, f_body, W - 2 * x0):
        d.text((x0, y), ln, font=f_body, fill=35)
        y += 34
    y += 30
    cols = [("Delmål", 150), ("Tiltak", 470), ("Type", 170), ("Ansvarlig", 280),
            ("Samarbeid", 284)]
    rows = [[dm, name, raw, ans, partners]
            for (_k, dm, _t, name, ans, partners, _d, raw) in m["rows"]]
    rows.append(["3.1–3.6", "Ingen tiltak", "", "", ""])
    pad, lh = 14, 33

    def draw_row(vals, font, y, shade=False):
        wrapped = [_wrap(d, v, font, w - 2 * pad) for v, (_, w) in zip(vals, cols)]
        hgt = max(len(wl) for wl in wrapped) * lh + 2 * pad
        x = x0
        if shade:
            d.rectangle([x0, y, x0 + sum(w for _, w in cols), y + hgt], fill=225)
        for wl, (_, w) in zip(wrapped, cols):
            d.rectangle([x, y, x + w, y + hgt], outline=40, width=3)
            for i, ln in enumerate(wl):
                d.text((x + pad, y + pad + i * lh), ln, font=font, fill=25)
            x += w
        return y + hgt

    y = draw_row([c for c, _ in cols], f_head, y, shade=True)
    for r in rows:
        y = draw_row(r, f_body, y)
    y += 50
    d.text((x0, y), "Kontaktperson: Randi Holm, fagsjef utdanning", font=f_small,
           fill=40)
    d.text((x0, y + 36), "Mottatt sekretariatet 11.01.2051  /  sign. KH", font=f_small,
           fill=70)
    # scan artefacts: slight skew, blur, speckle noise, grey edge
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    rnd = random.Random(2050)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = max(0, min(255, px[x, yy] + rnd.choice((-90, -60, 60))))
    ed = ImageDraw.Draw(img)
    ed.rectangle([0, 0, 18, H], fill=200)
    path = out / m["file"]
    img.save(path, "PDF", resolution=DPI, creationDate=FIXED_STRUCT,
             modDate=FIXED_STRUCT, title="Skannet dokument", producer="Scanner")
    return path


def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif ord(ch) < 256:
            out.append("\\'%02x" % ord(ch))
        else:
            code = ord(ch)
            out.append("\\u%d?" % (code if code < 32768 else code - 65536))
    return "".join(out)


def build_rtf(m: dict, out: Path) -> Path:
    def p(text: str, bold: bool = False, size: int = 22, after: int = 120) -> str:
        b0, b1 = ("\\b ", "\\b0") if bold else ("", "")
        return f"\\pard\\sa{after}\\fs{size} {b0}{_rtf_escape(text)}{b1}\\par\n"

    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\n",
             "{\\fonttbl{\\f0\\fswiss Calibri;}}\n",
             "{\\info{\\title Unio - rapportering 2050}{\\author Unio}"
             "{\\creatim\\yr2051\\mo1\\dy14\\hr9\\min30}"
             "{\\revtim\\yr2051\\mo1\\dy14\\hr9\\min30}}\n",
             "\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1418\\margb1418\n",
             p("Unio – rapportering av tiltak for 2050", bold=True, size=32, after=240),
             p("Unio er hovedorganisasjonen for blant annet sykepleiere, lærere, "
               "politiet og forskere. Vi rapporterer her de tiltakene Unio og "
               "forbundene har hatt i 2050. Under hovedinnsatsområde 3 har Unio "
               "ingen tiltak i år.", after=240)]
    for i, (_k, dm, _t, name, ans, partners, desc, _raw) in enumerate(m["rows"], 1):
        parts.append(p(f"Tiltak {i}: {name}", bold=True, size=24, after=60))
        parts.append(p(f"Delmål: {dm} {DELMAL[dm]}", after=0))
        parts.append(p(f"Ansvarlig: {ans}", after=0))
        if partners:
            parts.append(p(f"Samarbeidspartnere: {partners}", after=0))
        parts.append(p(f"Beskrivelse: {desc}", after=240))
    parts.append(p("Oppsummert har Unio prioritert rådsarbeid og etter- og "
                   "videreutdanning for medlemmene i offentlig sektor.", after=120))
    parts.append(p("Kontakt: Eva Sæther, spesialrådgiver, Unio-sekretariatet", size=20))
    parts.append("}\n")
    path = out / m["file"]
    path.write_text("".join(parts), encoding="ascii")
    return path
