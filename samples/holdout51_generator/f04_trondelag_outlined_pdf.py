"""Trøndelag fylkeskommune: designed PDF with all text converted to outlines.

Every letter is drawn as a filled vector path (glyph outlines taken from
DejaVu with fontTools), as when a designer exports with 'convert text to
outlines'.  The PDF has no text layer and no fonts, yet it is not an
image either.  Layout: coloured title band, area headings, per measure a
bold name, two rounded tags (delmål code, own type word), an
'Ansvar · Partnere' line and the text; footer with page numbers.
"""
from __future__ import annotations

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from .common import truth, COUNCIL_IDS, font_path

FILENAME = "Trondelag_fk_kompetanseregnskap_2071.pdf"
MEMBER = "Trøndelag fylkeskommune"
FORMAT = "PDF (reportlab) with every glyph drawn as a vector path – no text layer, no fonts, not an image"
SHAPE = ("designed two-page report, text converted to outlines; per measure a bold name, tag chips "
         "'Strategimål x.y' and an own type word, a grey 'Ansvar: … · Partnere: …' line and the text")

GREEN = (0.0, 0.37, 0.35)
GREY = (0.35, 0.35, 0.35)


class _Outline:
    def __init__(self, fname):
        self.f = TTFont(font_path(fname))
        self.cmap = self.f.getBestCmap()
        self.gs = self.f.getGlyphSet()
        self.hmtx = self.f["hmtx"]
        self.upem = self.f["head"].unitsPerEm

    def gname(self, ch):
        return self.cmap.get(ord(ch)) or self.cmap.get(ord("?"))

    def width(self, text, size):
        return sum(self.hmtx[self.gname(c)][0] for c in text) * size / self.upem


class _Pen(BasePen):
    def __init__(self, gs, path, x, y, s):
        super().__init__(gs)
        self.p, self.x, self.y, self.s = path, x, y, s

    def _pt(self, pt):
        return self.x + pt[0] * self.s, self.y + pt[1] * self.s

    def _moveTo(self, pt):
        self.p.moveTo(*self._pt(pt))

    def _lineTo(self, pt):
        self.p.lineTo(*self._pt(pt))

    def _curveToOne(self, a, b, c):
        self.p.curveTo(*self._pt(a), *self._pt(b), *self._pt(c))

    def _closePath(self):
        self.p.close()


class Writer:
    def __init__(self, c):
        self.c = c
        self.fonts = {
            "r": _Outline("DejaVuSans.ttf"),
            "b": _Outline("DejaVuSans-Bold.ttf"),
            "i": _Outline("DejaVuSans-Oblique.ttf"),
        }

    def text(self, x, y, s, size, style="r", color=(0, 0, 0)):
        f = self.fonts[style]
        p = self.c.beginPath()
        sc = size / f.upem
        cx = x
        for ch in s:
            g = f.gname(ch)
            if ch != " ":
                f.gs[g].draw(_Pen(f.gs, p, cx, y, sc))
            cx += f.hmtx[g][0] * sc
        self.c.setFillColorRGB(*color)
        self.c.drawPath(p, stroke=0, fill=1, fillMode=1)  # non-zero winding
        return cx

    def width(self, s, size, style="r"):
        return self.fonts[style].width(s, size)

    def wrap(self, s, size, width, style="r"):
        lines, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if self.width(t, size, style) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines


AREAS = [
    ("Innsatsområde 1 – Gode valg for den enkelte og for samfunnet", [
        dict(name="Kompetanseforum Trøndelag", dm="1.2", tag="Forum",
             ansvar="Seksjon for kompetanse og tilrettelegging",
             med="NAV Trøndelag, NHO Trøndelag, LO i Trøndelag, NTNU, fagskolene",
             text="Forumet samler partene i arbeidslivet, NAV, utdanningsinstitusjonene og "
                  "kommunene fire ganger i året. I 2071 ble det vedtatt en felles handlingsplan "
                  "for kompetanse i Trøndelag 2071–2074.",
             seed=None, ttype="Råd/utvalg/nettverk"),
        dict(name="Fylkesnettverket for kompetansepolitikk", dm="1.2", tag="Nettverk",
             ansvar="Seksjon for kompetanse og tilrettelegging",
             med="Rogaland fylkeskommune, Vestland fylkeskommune og de andre fylkeskommunene",
             text="Nettverk for kompetanserådgiverne i fylkeskommunene. Trøndelag var vertskap "
                  "for høstsamlingen i Steinkjer, der regionale kompetanseplaner og bruk av "
                  "kunnskapsgrunnlaget var tema.",
             seed="J07", ttype="Råd/utvalg/nettverk"),
        dict(name="Karriereveiledning på sørsamisk", dm="1.3", tag="Utviklingsarbeid",
             ansvar="Karriere Trøndelag", med="Saemien Sijte, Sametinget",
             text="Utvikling av veiledningsmateriell og digitale veiledningstimer på sørsamisk "
                  "for unge og voksne i Trøndelag. Materiellet ble tatt i bruk i november.",
             seed=None, ttype="Prosjekt"),
        dict(name="Råd for samarbeid med arbeidslivet (RSA) ved NTNU og Nord universitet",
             dm="1.4", tag="Rådsplass", ansvar="Fylkesdirektør for utdanning",
             med="NTNU, Nord universitet",
             text="Fylkeskommunen har plass i rådene ved begge institusjonene. Rådene drøftet i "
                  "2071 behovet for videreutdanning innen teknologi og helse.",
             seed=COUNCIL_IDS["RSA"], ttype="Råd/utvalg/nettverk"),
    ]),
    ("Innsatsområde 2 – Læring i arbeidslivet", [
        dict(name="DigiTrøndelag – digitale ferdigheter i små bedrifter", dm="2.1",
             tag="Kursrekke", ansvar="Seksjon for kompetanse og tilrettelegging",
             med="Trøndelag høyere yrkesfagskole, NHO Trøndelag",
             text="Korte, praktiske kurs i digital drift og datasikkerhet for bedrifter med under "
                  "20 ansatte. 34 kurs med til sammen 480 deltakere i 2071.",
             seed=None, ttype="Kurs/utdanning"),
        dict(name="Fagbrev på jobb – Trøndelagsmodellen", dm="2.5", tag="Utviklingsprosjekt",
             ansvar="Seksjon for fag- og yrkesopplæring", med="NAV Trøndelag, opplæringskontorene",
             text="Voksne ansatte tar fagbrev gjennom arbeidet, med en vurdering av "
                  "realkompetansen ved oppstart. 212 kandidater var i løp ved utgangen av året.",
             seed=None, ttype="Prosjekt"),
    ]),
]

INTRO = ("Trøndelag fylkeskommune har et regionalt ansvar for kompetansepolitikken. "
         "Dette kompetanseregnskapet viser hva vi gjorde i 2071 for å følge opp Nasjonal "
         "kompetansepolitisk strategi, og hvem vi samarbeidet med.")
OUTRO = ("Spørsmål om rapporten kan rettes til seksjonsleder Torunn Melhus Aune, "
         "seksjon for kompetanse og tilrettelegging.")


def _tag(w, x, y, label, fill, fg):
    size = 7.5
    tw = w.width(label, size, "b")
    w.c.setFillColorRGB(*fill)
    w.c.roundRect(x, y - 3, tw + 10, 12, 5, stroke=0, fill=1)
    w.text(x + 5, y, label, size, "b", fg)
    return x + tw + 16


def build(out):
    path = out / FILENAME
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Kompetanseregnskap 2071")
    c.setAuthor("Trøndelag fylkeskommune")
    c.setCreator("Adobe InDesign 19.4 (Windows)")
    w = Writer(c)
    W, H = A4
    L, R = 56, W - 56
    rows = []
    page = [1]
    total_pages = 2

    def footer():
        c.setStrokeColorRGB(*GREEN)
        c.setLineWidth(0.6)
        c.line(L, 42, R, 42)
        s = f"Trøndelag fylkeskommune · Kompetanseregnskap 2071 · side {page[0]} av {total_pages}"
        w.text(R - w.width(s, 7.5), 30, s, 7.5, "r", GREY)

    # title band
    c.setFillColorRGB(*GREEN)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    w.text(L, H - 62, "TRØNDELAG FYLKESKOMMUNE  ·  TRÖÖNDELAGEN FYLKENTJÏELTE", 8.5, "b",
           (0.8, 0.92, 0.9))
    w.text(L, H - 98, "Kompetanseregnskap 2071", 26, "b", (1, 1, 1))
    w.text(L, H - 122, "Rapport til Kompetansepolitisk råd", 12, "r", (1, 1, 1))
    y = H - 182
    for ln in w.wrap(INTRO, 10, R - L):
        w.text(L, y, ln, 10)
        y -= 14
    y -= 10

    for area, ms in AREAS:
        if y < 200:
            footer()
            c.showPage()
            page[0] += 1
            y = H - 70
        w.text(L, y, area, 13, "b", GREEN)
        c.setStrokeColorRGB(*GREEN)
        c.setLineWidth(1.2)
        c.line(L, y - 6, R, y - 6)
        y -= 28
        for m in ms:
            name_lines = w.wrap(m["name"], 11, R - L, "b")
            desc = w.wrap(m["text"], 9.5, R - L)
            meta = w.wrap(f"Ansvar: {m['ansvar']}  ·  Partnere: {m['med']}", 8.5, R - L)
            need = 15 * len(name_lines) + 18 + 12 * len(meta) + 13 * len(desc) + 18
            if y - need < 60:
                footer()
                c.showPage()
                page[0] += 1
                y = H - 70
            for ln in name_lines:
                w.text(L, y, ln, 11, "b")
                y -= 15
            x = _tag(w, L, y - 2, f"Strategimål {m['dm']}", GREEN, (1, 1, 1))
            _tag(w, x, y - 2, m["tag"], (0.85, 0.93, 0.92), GREEN)
            y -= 18
            for ln in meta:
                w.text(L, y, ln, 8.5, "i", GREY)
                y -= 12
            y -= 2
            for ln in desc:
                w.text(L, y, ln, 9.5)
                y -= 13
            y -= 16
            rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["ttype"],
                              m["ansvar"], m["med"], m["text"]))
    y -= 6
    for ln in w.wrap(OUTRO, 9, R - L):
        w.text(L, y, ln, 9, "i", GREY)
        y -= 12
    footer()
    c.showPage()
    assert page[0] == total_pages, page[0]
    c.save()
    return rows
