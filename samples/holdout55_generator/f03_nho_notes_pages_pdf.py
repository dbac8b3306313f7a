"""NHO: an Impress deck exported to PDF as notes pages ('Notatsider'): every A4 page holds a reduced slide at the
top and the speaker's notes below it. The slides carry the name and short facts; the description is only in the
notes."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4

from .common import ARR, FOU, INFO, PROSJEKT, RAD, row
from .rl import draw_lines, new_canvas, pdf_text, wrap

FILENAME = "NHO_KPR2075_notatsider.pdf"
MEMBER = "NHO"
FORMAT = ("PDF (reportlab canvas, invariant) imitating LibreOffice Impress 'Eksporter som PDF' with "
          "'Eksporter notatsider': A4 portrait, a framed 16:9 slide drawn at reduced scale on top, notes text "
          "below, page number in the footer; Creator 'Impress', Producer 'LibreOffice 24.8'")
SHAPE = ("notes pages: title slide, one slide per measure (title = name; lines 'Strategimål:' as code, code+words "
         "or words only, 'Type:' in NHO's words (missing once), 'Ansvar:', 'Med:'); the description is only in the "
         "speaker notes under the slide; a slide 'Ferdig i 2074 – videre i 2076' and a closing slide (not truth "
         "rows)")
NOT_TRUTH = ("the title slide and its notes, the slide 'Ferdig i 2074 – videre i 2076' (Fagbrevkampanjen «Velg "
             "fag» – finished 2074; Kompetanseforum for grønn industri – from 2076) and its notes, the closing "
             "slide 'Takk!', page numbers")

# (title, [slide lines], notes, truth)
SLIDES = [
    ("NHO i Kompetansebehovsutvalget",
     ["Strategimål: 1.1", "Type: Utvalg", "Ansvar: NHO Kompetanse", "Med: –"],
     "NHO har to medlemmer i KBU. I 2075 var vi særlig opptatt av at hovedrapporten skulle få med "
     "behovet for fagarbeidere i industrien og i bygg og anlegg.",
     ("M01", "1.1", RAD, "NHO Kompetanse", "")),
    ("SRY og faglige råd – NHOs representanter",
     ["Strategimål: 1.4 Samarbeid mellom utdanning og arbeidsliv", "Type: Rådsarbeid",
      "Ansvar: NHO og landsforeningene", "Med: –"],
     "NHO har plass i Samarbeidsrådet for yrkesopplæring og i alle de faglige rådene. Rådene behandlet "
     "tilbudsstrukturen og nye læreplaner i 2075.",
     ("M02", "1.4", RAD, "NHO og landsforeningene", "")),
    ("Yrkes-NM 2075 i Bodø",
     ["Strategimål: Gjøre yrkesfagene og karrieremulighetene kjent", "Ansvar: NHO Nordland",
      "Med: Nordland fylkeskommune, WorldSkills Norway"],
     "Over 20 000 besøkende så 180 deltakere konkurrere i 34 fag. Ungdomsskoleelever fra hele Nord-Norge "
     "fikk prøve yrkene.",
     ("J03", "2.3", ARR, "NHO Nordland", "Nordland fylkeskommune, WorldSkills Norway")),
    ("Lærlingløftet i prosessindustrien",
     ["Strategimål: Samarbeid mellom utdanning og arbeidsliv", "Type: Prosjekt", "Ansvar: Norsk Industri",
      "Med: Fylkeskommunene, Fellesforbundet"],
     "Femten bedrifter testet en modell der lærlinger roterer mellom bedrifter i samme industripark, slik at "
     "flere små bedrifter kan ta inn lærlinger.",
     ("U", "1.4", PROSJEKT, "Norsk Industri", "Fylkeskommunene, Fellesforbundet")),
    ("NHOs innspill til KBU om kompetansebehov i reiselivet",
     ["Strategimål: 1.1 Kompetansebehovsutvalget", "Type: Innspill", "Ansvar: NHO Reiseliv", "Med: –"],
     "Et skriftlig innspill til utvalgets arbeid med hovedrapporten, basert på en rundspørring blant "
     "medlemsbedriftene i reiselivet.",
     ("U", "1.1", INFO, "NHO Reiseliv", "")),
    ("Kompetansebarometeret 2075",
     ["Strategimål: 2.2", "Type: Undersøkelse", "Ansvar: NHO", "Med: NIFU"],
     "Den årlige undersøkelsen blant medlemsbedriftene viste at seks av ti bedrifter har udekket behov for "
     "kompetanse, flest innen fagarbeid.",
     ("U", "2.2", FOU, "NHO", "NIFU")),
]

EXTRA = [
    ("Ferdig i 2074 – videre i 2076",
     ["Fagbrevkampanjen «Velg fag» (avsluttet 2074)", "Kompetanseforum for grønn industri (fra 2076)"],
     "Disse to er ikke med i rapporten for 2075, men nevnes for sammenhengens skyld."),
    ("Takk!", ["NHO – Norges største arbeidsgiverorganisasjon"], ""),
]

PW, PH = A4
SW, SH = 1280.0, 720.0   # slide in its own units
SCALE = 0.40
SX, SY = (PW - SW * SCALE) / 2, PH - 60 - SH * SCALE


def _slide(c, title: str, lines: list[str], title_slide: bool = False) -> None:
    c.saveState()
    c.translate(SX, SY)
    c.scale(SCALE, SCALE)
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(2)
    c.rect(0, 0, SW, SH, fill=1, stroke=1)
    c.setFillColorRGB(0.0, 0.23, 0.44)
    c.rect(0, SH - 22, SW, 22, fill=1, stroke=0)
    c.setFillColorRGB(0.0, 0.23, 0.44)
    if title_slide:
        y = draw_lines(c, 90, 430, wrap(title, "DV-B", 56, SW - 180), "DV-B", 56, 66)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        draw_lines(c, 90, y - 20, lines, "DV", 30, 40)
    else:
        y = draw_lines(c, 70, SH - 110, wrap(title, "DV-B", 46, SW - 140), "DV-B", 46, 54)
        c.setFillColorRGB(0.15, 0.15, 0.15)
        y -= 30
        for ln in lines:
            c.setFont("DV", 30)
            c.drawString(80, y, "•")
            y = draw_lines(c, 120, y, wrap(ln, "DV", 30, SW - 200), "DV", 30, 40) - 14
    c.setFont("DV", 16)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(70, 30, "NHO · Rapport til Kompetansepolitisk råd 2075")
    c.restoreState()


def _notes(c, text: str, n: int) -> None:
    c.setFillColorRGB(0, 0, 0)
    if text:
        draw_lines(c, 72, SY - 40, wrap(text, "DV", 12, PW - 144), "DV", 12, 16)
    c.setFont("DV", 9)
    c.drawCentredString(PW / 2, 30, str(n))


def build(out) -> list[dict]:
    c, buf = new_canvas(A4, "NHO – tiltak 2075 til Kompetansepolitisk råd", "NHO Kompetanse", "Impress",
                        "LibreOffice 24.8")
    n = 1
    _slide(c, "Tiltak 2075 – rapport til Kompetansepolitisk råd", ["NHO Kompetanse · januar 2076"], True)
    _notes(c, "Presentasjon for sekretariatet i Kompetansepolitisk råd. Under hvert lysbilde står en kort "
              "omtale av tiltaket.", n)
    c.showPage()
    rows = []
    for title, lines, notes, truth in SLIDES:
        n += 1
        _slide(c, title, lines)
        _notes(c, notes, n)
        c.showPage()
        seed, dm, typ, ansv, samarb = truth
        rows.append(row(FILENAME, MEMBER, title, None if seed == "U" else seed, dm, typ, ansv, samarb, notes))
    for title, lines, notes in EXTRA:
        n += 1
        _slide(c, title, lines, title == "Takk!")
        _notes(c, notes, n)
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return rows


def text(path) -> str:
    return pdf_text(path.read_bytes())
