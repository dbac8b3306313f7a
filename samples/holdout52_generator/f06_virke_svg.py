"""Virke: an infographic from the communications department, downloaded from the design tool as
SVG: a hub in the middle, one card per measure around it, tag chips for goal and kind, the lines
of every text as separate tspans placed by x/y.
"""
from __future__ import annotations

import math

from PIL import ImageFont

from .common import esc, font_path, truth

FILENAME = "Virke_kompetanse_2072_infografikk.svg"
MEMBER = "Virke"
FORMAT = "SVG 1.1 image as exported from an online design tool (text kept as <text>/<tspan>), written as text"
SHAPE = ("hub-and-spoke infographic: a centre circle and six measure cards placed round it, joined by connector "
         "lines; every card has two tag chips (delmål as code, code+words or words only; an own kind word), a bold "
         "title, text lines and 'Ansvar: … · Med: …'; cards written in the file clockwise from the right, not in "
         "reading order; a ribbon with a 2071 item and a 2073 plan (not truth rows)")
NOT_TRUTH = 'the title, the centre circle, the ribbon (Virke survey finished in 2071, DLH extension and HR network planned for 2073), the footer'

CW, CH = 1600, 1250
CX, CY = 800, 640

# (seed, title, chip1, chip2, text, ansvar, med, delmal, type)
CARDS = [
    ("J06", "Digitalløftet for handelen (DLH)", "Digital kompetanse", "Kurs",
     "Gratis nettbaserte kurs i digitale verktøy, netthandel og datasikkerhet. 1 300 ansatte fullførte i 2072.",
     "Virke", "HK, Parat", "2.1", "Kurs/utdanning"),
    (None, "Kompetansenettverket for små virksomheter", "2.4", "Nettverk",
     "Nettverk for daglige ledere i virksomheter med under 20 ansatte; seks samlinger med fagskoler og "
     "høyskoler.", "Virke", "Fagskolen i Viken, OsloMet", "2.4", "Råd/utvalg/nettverk"),
    (None, "Podkasten «Lær i jobb»", "2.2 Kunnskap om læring", "Podkast",
     "Tolv episoder om hvordan virksomheter får læring til å skje i hverdagen. 38 000 avspillinger.",
     "Virke kommunikasjon", "", "2.2", "Informasjon"),
    ("M02", "SRY og faglig råd for salg, service og reiseliv", "1.4 Samarbeid utdanning–arbeidsliv", "Råd",
     "Virke har én plass i SRY og leder det faglige rådet for salg, service og reiseliv.", "Virke",
     "LO, NHO, YS, KS", "1.4", "Råd/utvalg/nettverk"),
    ("M01", "KBU – Kompetansebehovsutvalget", "1.1", "Utvalg",
     "Virke har fast plass i utvalget og har bidratt med tall fra handels- og tjenestenæringen.", "Virke",
     "KD og partene", "1.1", "Råd/utvalg/nettverk"),
    ("J02", "Fagbrev på jobb i handelen", "Dokumentere kompetanse", "Opplæring",
     "Virke-bedrifter har tatt inn 210 nye kandidater som tar fagbrev i salgsfaget ved siden av jobben.",
     "Virke", "NHO, YS, fylkeskommunene", "2.5", "Kurs/utdanning"),
]

_F = {}


def _w(text, size, bold=False):
    k = bold
    if k not in _F:
        _F[k] = ImageFont.truetype(font_path("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), 100)
    return _F[k].getlength(text) * size / 100


def _wrap(text, size, width, bold=False):
    lines, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if _w(t, size, bold) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def _text(x, y, lines, size, lh, weight="400", fill="#1D1D1B", anchor="start"):
    tsp = "".join(f'<tspan x="{x:.1f}" y="{y + i * lh:.1f}">{esc(ln)}</tspan>' for i, ln in enumerate(lines))
    return (f'<text font-family="Open Sans, DejaVu Sans, sans-serif" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}" xml:space="preserve">{tsp}</text>')


def build(out):
    el = []
    el.append(f'<rect x="0" y="0" width="{CW}" height="{CH}" fill="#F6F1EA"/>')
    el.append(_text(60, 80, ["Virke og kompetanse 2072"], 44, 50, "700", "#0B3B2E"))
    el.append(_text(60, 118, ["Hva vi gjorde for Nasjonal kompetansepolitisk strategi – rapport til "
                              "Kompetansepolitisk råd"], 20, 24, "400", "#0B3B2E"))
    cards_svg, lines_svg = [], []
    cw = 430
    radius_x, radius_y = 545, 330
    for i, (_s, title, chip1, chip2, text, ans, med, *_r) in enumerate(CARDS):
        ang = math.radians(-30 + 60 * i)  # clockwise from the right
        mx = CX + radius_x * math.cos(ang)
        my = CY + radius_y * math.sin(ang)
        t_lines = _wrap(title, 22, cw - 40, True)
        d_lines = _wrap(text, 16, cw - 40)
        a_lines = _wrap(f"Ansvar: {ans} · Med: {med or '–'}", 14, cw - 40)
        ch = 62 + len(t_lines) * 27 + 8 + len(d_lines) * 21 + 10 + len(a_lines) * 18 + 18
        x0, y0 = mx - cw / 2, my - ch / 2
        lines_svg.append(f'<line x1="{CX}" y1="{CY}" x2="{mx:.1f}" y2="{my:.1f}" stroke="#0B3B2E" '
                         'stroke-width="2" stroke-dasharray="6 6"/>')
        g = [f'<g id="kort-{i + 1}">',
             f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{cw}" height="{ch:.1f}" rx="18" ry="18" fill="#FFFFFF" '
             'stroke="#0B3B2E" stroke-width="2"/>']
        cx = x0 + 20
        for chip, col in ((chip1, "#0B3B2E"), (chip2, "#E2553B")):
            wch = _w(chip, 14, True) + 24
            g.append(f'<rect x="{cx:.1f}" y="{y0 + 18:.1f}" width="{wch:.1f}" height="26" rx="13" fill="{col}"/>')
            g.append(_text(cx + 12, y0 + 36, [chip], 14, 18, "700", "#FFFFFF"))
            cx += wch + 8
        yy = y0 + 62 + 20
        g.append(_text(x0 + 20, yy, t_lines, 22, 27, "700", "#0B3B2E"))
        yy += len(t_lines) * 27 + 8
        g.append(_text(x0 + 20, yy, d_lines, 16, 21))
        yy += len(d_lines) * 21 + 10
        g.append(_text(x0 + 20, yy, a_lines, 14, 18, "400", "#5A5A5A"))
        g.append("</g>")
        cards_svg.append("\n".join(g))
    el.extend(lines_svg)
    el.append(f'<circle cx="{CX}" cy="{CY}" r="150" fill="#0B3B2E"/>')
    el.append(_text(CX, CY - 30, ["Læring i", "handel og", "tjenester"], 30, 36, "700", "#FFFFFF", "middle"))
    el.append(_text(CX, CY + 88, ["6 tiltak i 2072"], 18, 22, "400", "#F6F1EA", "middle"))
    el.extend(cards_svg)
    el.append(f'<rect x="60" y="{CH - 120}" width="{CW - 120}" height="70" rx="12" fill="#E8DED0"/>')
    el.append(_text(84, CH - 90, ["Avsluttet i 2071: Virke-undersøkelsen om kompetanse i reiselivet (rapport "
                                  "desember 2071)."], 16, 20))
    el.append(_text(84, CH - 64, ["Neste år (2073): Vi utvider DLH til reiseliv og kultur og starter et nytt "
                                  "nettverk for HR-ledere."], 16, 20))
    el.append(_text(CW - 60, CH - 18, ["virke.no/kompetanse · Kilde: Virke"], 14, 18, "400", "#5A5A5A", "end"))
    svg = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
           f'width="{CW}" height="{CH}" viewBox="0 0 {CW} {CH}">\n'
           '<title>Virke og kompetanse 2072</title>\n'
           '<desc>Infografikk – tiltak 2072. Laget i designverktøy, eksportert som SVG.</desc>\n'
           + "\n".join(el) + "\n</svg>\n")
    (out / FILENAME).write_bytes(svg.encode("utf-8"))
    return [truth(FILENAME, MEMBER, c[1], c[0], c[7], c[8], c[5], c[6], c[4]) for c in CARDS]
