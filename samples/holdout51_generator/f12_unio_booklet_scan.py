"""Unio: a printed A5 booklet laid open on the copier and scanned.

Each PDF page is one grey-scale JPEG of a two-page spread (A5 + A5 on an
A3 scan): dark gutter shadow down the middle, spread slightly rotated,
grey scanner lid around the paper, speckles, mild blur.  No text layer.
Brochure content: foreword, then per measure a heading, a paragraph and
a shaded 'Fakta' box with 'Delmål · Form', 'Ansvar', 'Med' lines; page
numbers in the outer corners; contact page.
"""
from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from .common import truth, COUNCIL_IDS, pil_font, pil_wrap

FILENAME = "Unio_brosjyre_2071_skannet.pdf"
MEMBER = "Unio"
FORMAT = "image-only PDF: two grey-scale JPEG scans of an open A5 booklet (two pages per scan), reportlab wrapper"
SHAPE = ("booklet spreads scanned two pages at a time: gutter shadow, rotation, speckles; per measure a "
         "heading, a paragraph and a 'Fakta' box (Delmål x.y · Form: own word / Ansvar / Med); "
         "page numbers in outer corners")

PW, PH = 1165, 1654  # A5 at 200 dpi
MARG = 115

MEASURES = [
    dict(name="Samarbeidsrådet for yrkesopplæring (SRY)",
         text="Unio har én plass i SRY og har i 2071 lagt vekt på helse- og oppvekstfagene og på "
              "rekruttering til barne- og ungdomsarbeiderfaget.",
         dm="1.4", form="rådsarbeid", ansvar="Unio-sekretariatet",
         med="partene i arbeidslivet, KS", seed=COUNCIL_IDS["SRY"], ttype="Råd/utvalg/nettverk"),
    dict(name="Fagstrategiske enheter i UHR",
         text="Unio-forbundene deltar i UHRs fagstrategiske enheter for helse- og sosialfag og for "
              "lærerutdanning. Praksis og etter- og videreutdanning var hovedsaker i 2071.",
         dm="1.4", form="rådsarbeid", ansvar="Utdanningsforbundet og NSF på vegne av Unio",
         med="UHR", seed=COUNCIL_IDS["UHR-FSE"], ttype="Råd/utvalg/nettverk"),
    dict(name="KOMPHELSE",
         text="Sammen med KS og Spekter har Unio bidratt til å kartlegge kompetansebehovet i helse "
              "og omsorg. Unio leder referansegruppen for sykepleie.",
         dm="2.4", form="prosjekt", ansvar="KS", med="Spekter, Unio", seed="J01",
         ttype="Prosjekt"),
    dict(name="Praksisveilederutdanning for sykepleiere og lærere",
         text="Videreutdanning på 15 studiepoeng for dem som veileder studenter i praksis. Unio har "
              "fått på plass en stipendordning i tariffavtalene.",
         dm="2.4", form="videreutdanning", ansvar="Unio",
         med="OsloMet, VID vitenskapelige høgskole", seed=None, ttype="Kurs/utdanning"),
    dict(name="Unio-konferansen om livslang læring",
         text="Konferanse i Oslo 22. oktober om verdien av etter- og videreutdanning for ansatte i "
              "offentlig sektor, med 250 deltakere.",
         dm="2.2", form="konferanse", ansvar="Unio", med="", seed=None, ttype="Arrangement"),
    dict(name="Innspill til Nasjonalt fagskoleråd om helsefagskolene",
         text="Unio sendte i mars et skriftlig innspill til rådets arbeid med finansiering av "
              "fagskoletilbud i helse og oppvekst.",
         dm="1.4", form="innspill", ansvar="Unio-sekretariatet", med="", seed=None,
         ttype="Informasjon"),
]


def _page(num, blocks):
    """blocks: list of ('h1'|'h2'|'p'|'fakta'|'gap', payload)."""
    im = Image.new("L", (PW, PH), 250)
    d = ImageDraw.Draw(im)
    d.text((MARG if num % 2 == 0 else PW - MARG - 330, 62), "Unio · Kompetanse 2071",
           font=pil_font(20), fill=120)
    y = 150
    width = PW - 2 * MARG
    for kind, payload in blocks:
        if kind == "h1":
            for ln in pil_wrap(d, payload, pil_font(44, bold=True, serif=True), width):
                d.text((MARG, y), ln, font=pil_font(44, bold=True, serif=True), fill=25)
                y += 56
            y += 20
        elif kind == "h2":
            for ln in pil_wrap(d, payload, pil_font(31, bold=True), width):
                d.text((MARG, y), ln, font=pil_font(31, bold=True), fill=20)
                y += 40
            y += 6
        elif kind == "p":
            for ln in pil_wrap(d, payload, pil_font(26, serif=True), width):
                d.text((MARG, y), ln, font=pil_font(26, serif=True), fill=30)
                y += 36
            y += 12
        elif kind == "fakta":
            lines = []
            for ln in payload:
                lines += pil_wrap(d, ln, pil_font(22), width - 40)
            h = 20 + 30 * len(lines) + 44
            d.rectangle([MARG, y, MARG + width, y + h], fill=222)
            d.rectangle([MARG, y, MARG + 8, y + h], fill=90)
            d.text((MARG + 24, y + 12), "FAKTA", font=pil_font(20, bold=True), fill=60)
            ty = y + 44
            for ln in lines:
                d.text((MARG + 24, ty), ln, font=pil_font(22), fill=25)
                ty += 30
            y += h + 46
        elif kind == "img":
            h, cap = payload
            box = Image.new("L", (width, h), 180)
            bd = ImageDraw.Draw(box)
            for k in range(0, h, 6):
                bd.line([0, k, width, k], fill=150 + (k * 70) // h)
            bd.ellipse([width // 2 - 150, h // 2 - 150, width // 2 + 150, h // 2 + 150], fill=105)
            bd.rectangle([width // 2 - 260, h - 120, width // 2 + 260, h], fill=95)
            im.paste(box, (MARG, y))
            y += h + 10
            d.text((MARG, y), cap, font=pil_font(19, italic=True), fill=90)
            y += 50
        elif kind == "gap":
            y += payload
    assert y < PH - 110, (num, y)
    pn = str(num)
    if num % 2 == 0:
        d.text((MARG - 20, PH - 95), pn, font=pil_font(24), fill=60)
    else:
        d.text((PW - MARG + 5, PH - 95), pn, font=pil_font(24), fill=60)
    return im


def _measure_blocks(m):
    fakta = [f"Delmål {m['dm']} · Form: {m['form']}", f"Ansvar: {m['ansvar']}"]
    if m["med"]:
        fakta.append(f"Med: {m['med']}")
    return [("h2", m["name"]), ("p", m["text"]), ("fakta", fakta)]


def _scan(left, right, seed):
    rnd = random.Random(seed)
    spread = Image.new("L", (2 * PW, PH), 250)
    spread.paste(left, (0, 0))
    spread.paste(right, (PW, 0))
    # gutter shadow
    arr = np.asarray(spread, dtype=np.float32)
    x = np.arange(2 * PW, dtype=np.float32)
    dist = np.abs(x - PW)
    shade = 1.0 - 0.55 * np.exp(-dist / 38.0) - 0.12 * np.exp(-dist / 160.0)
    arr = arr * shade[None, :]
    spread = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    # place on the scanner bed (A3 landscape at 200 dpi) with rotation
    bed = Image.new("L", (3307, 2339), 70)
    rot = spread.rotate(0.55 if seed % 2 else -0.4, resample=Image.BICUBIC, expand=True,
                        fillcolor=70)
    bed.paste(rot, (140, 120))
    # speckles
    d = ImageDraw.Draw(bed)
    for _ in range(900):
        px, py = rnd.randrange(3307), rnd.randrange(2339)
        r = rnd.choice((1, 1, 1, 2))
        d.ellipse([px, py, px + r, py + r], fill=rnd.randrange(40, 140))
    noise = np.frombuffer(rnd.randbytes(3307 * 2339), dtype=np.uint8).reshape(2339, 3307)
    arr = np.asarray(bed, dtype=np.int16) + (noise.astype(np.int16) % 17) - 8
    bed = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    bed = bed.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    bed.save(buf, format="JPEG", quality=78, optimize=False)
    return buf.getvalue()


def build(out):
    foreword = ("Unio samler forbund for arbeidstakere med universitets- og høyskoleutdanning. "
                "Kompetanse og livslang læring er avgjørende for kvaliteten i helse, skole og "
                "forskning. Denne brosjyren viser hva Unio gjorde i 2071 for å følge opp Nasjonal "
                "kompetansepolitisk strategi, og er samtidig vår rapportering til "
                "Kompetansepolitisk råd.")
    p2 = _page(2, [("h1", "Kompetanse i offentlig sektor – Unio 2071"), ("p", foreword),
                   ("gap", 20)] + _measure_blocks(MEASURES[0]))
    p3 = _page(3, _measure_blocks(MEASURES[1]) + _measure_blocks(MEASURES[2])
               + [("img", (420, "Foto: Unio / illustrasjon"))])
    p4 = _page(4, [("img", (460, "Praksisveiledning på sykehjem. Foto: Unio"))]
               + _measure_blocks(MEASURES[3]) + _measure_blocks(MEASURES[4]))
    p5 = _page(5, _measure_blocks(MEASURES[5]) + [
        ("gap", 30), ("h2", "Kontakt"),
        ("p", "Unio – hovedorganisasjon for universitets- og høyskoleutdannede. "
              "Rådgiver for kompetansepolitikk: Marte Lien Solheim."),
        ("p", "Brosjyren ble trykket i februar 2072.")])
    jpgs = [_scan(p2, p3, 51), _scan(p4, p5, 52)]
    W, H = landscape(A3)
    c = rl_canvas.Canvas(str(out / FILENAME), pagesize=(W, H), invariant=1)
    c.setCreator("RICOH IM C3000")
    c.setTitle("Scan")
    for j in jpgs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, W, H)
        c.showPage()
    c.save()
    return [truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["ttype"], m["ansvar"],
                  m["med"], m["text"]) for m in MEASURES]
