"""NHO: a PowerPoint handout printed to PDF – three slides per page down the left side with ruled note lines on the
right; one slide per measure."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4

from .common import ARR, INFO, KURS, PROSJEKT, RAD, pdf_stream_text, row
from .rl import new_canvas, width, wrap

FILENAME = "NHO_KPR_2074_utdelingsark.pdf"
MEMBER = "NHO"
FORMAT = ("PDF (reportlab canvas, invariant) imitating PowerPoint's 'Utdelingsark – 3 lysbilder per side' printed "
          "to PDF: 16:9 slides drawn at full size and scaled into frames, header/footer of the handout master")
SHAPE = ("slide handout: four A4 pages, three framed slide thumbnails per page on the left and empty ruled note "
         "lines on the right; title slide, an overview slide listing short names, one slide per measure (title = "
         "name; lines 'Strategimål:' (code, code+words or words only) / 'Tiltakstype:' (own word, missing once) / "
         "'Ansvar:' / 'Med:' / 'Kort om:'), a slide with a 2073 item and a 2075 plan, a closing slide (not truth "
         "rows)")
NOT_TRUTH = ("the handout header/footer, the title slide, the overview slide (short names only), the slide 'Ferdig "
             "i 2073 og videre i 2075' (Kompetansebarometeret for reiselivet 2073; lærlingkampanje for industrien "
             "2075), the closing slide, the empty note lines")

W, H = A4
SW, SH = 960, 540

MEASURES = [
    dict(name="NHO i Kompetansebehovsutvalget", sm="1.1", typ="Utvalg", ansv="NHO, kompetanseavdelingen",
         med="", kort="NHOs representant la vekt på bedriftenes behov for fagarbeidere og ingeniører.",
         truth=("M01", "1.1", RAD)),
    dict(name="SRY og de faglige rådene – NHOs plasser", sm="1.4 Samarbeid utdanning–arbeidsliv",
         typ="Rådsarbeid", ansv="NHO og landsforeningene", med="",
         kort="NHO-fellesskapet har 48 plasser i de faglige rådene og hadde ledervervet i SRY i 2074.",
         truth=("M02", "1.4", RAD)),
    dict(name="Yrkes-NM i Lillehammer", sm="Synliggjøre yrkesfagene og karrieremulighetene", typ=None,
         ansv="NHO og WorldSkills Norway", med="Innlandet fylkeskommune, LO",
         kort="Over 300 deltakere konkurrerte i 38 fag, og 11 000 elever fra ungdomsskolene besøkte mesterskapet.",
         truth=("J03", "2.3", ARR)),
    dict(name="Fleksibel fagskole for industrien (Norsk Industri)", sm="2.4", typ="Pilot", ansv="Norsk Industri",
         med="Fagskolerådet, Fagskolen Innlandet",
         kort="Fagskoleemner på 10 studiepoeng som kan tas ved siden av jobb, med samlinger hos bedriftene på "
              "Raufoss.", truth=("J05", "2.4", PROSJEKT)),
    dict(name="Vertskapsskolen – nettkurs for reiselivet", sm="2.1 Digital kompetanse", typ="Nettkurs",
         ansv="NHO Reiseliv", med="HK-dir",
         kort="Gratis nettkurs i digitale bookingsystemer og kundeservice; 4 200 fullførte i 2074.",
         truth=(None, "2.1", KURS)),
    dict(name="Innspill til KBU om kompetansebehov i byggenæringen", sm="1.1", typ="Innspill", ansv="BNL", med="",
         kort="Notat til utvalgets sekretariat med tall fra medlemsbedriftene om mangel på tømrere og "
              "betongfagarbeidere.", truth=(None, "1.1", INFO)),
]


def _slides():
    s = [dict(kind="title", title="NHOs kompetansetiltak 2074",
              sub=["Rapport til Kompetansepolitisk råd", "Kompetanseavdelingen, NHO"]),
         dict(kind="bullets", title="Oversikt",
              bullets=["KBU", "SRY og faglige råd", "Yrkes-NM", "Fleksibel fagskole", "Vertskapsskolen",
                       "Innspill fra BNL"])]
    for m in MEASURES:
        lines = [("Strategimål: ", m["sm"])]
        if m["typ"]:
            lines.append(("Tiltakstype: ", m["typ"]))
        lines += [("Ansvar: ", m["ansv"]), ("Med: ", m["med"] or "–"), ("Kort om: ", m["kort"])]
        s.append(dict(kind="measure", title=m["name"], lines=lines))
    s.append(dict(kind="bullets", title="Ferdig i 2073 og videre i 2075",
                  bullets=["Ferdig i 2073: Kompetansebarometeret for reiselivet",
                           "2075: Ny kampanje for flere lærlinger i industrien"]))
    s.append(dict(kind="title", title="Takk!", sub=["kompetanse@nho.no"]))
    return s


def _draw_slide(c, sl):
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColorRGB(0.0, 0.22, 0.4)
    c.rect(0, 0, SW, 18, stroke=0, fill=1)
    if sl["kind"] == "title":
        c.rect(0, SH - 300, SW, 300, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DV-B", 52)
        c.drawString(60, SH - 170, sl["title"])
        c.setFillColorRGB(0.1, 0.1, 0.1)
        y = SH - 370
        for t in sl["sub"]:
            c.setFont("DV", 28)
            c.drawString(60, y, t)
            y -= 40
        return
    c.setFillColorRGB(0.0, 0.22, 0.4)
    y = SH - 80
    for ln in wrap(sl["title"], "DV-B", 36, SW - 120):
        c.setFont("DV-B", 36)
        c.drawString(60, y, ln)
        y -= 42
    y -= 14
    c.setFillColorRGB(0.1, 0.1, 0.1)
    if sl["kind"] == "bullets":
        for b in sl["bullets"]:
            c.setFont("DV", 24)
            c.drawString(70, y, "•")
            c.drawString(100, y, b)
            y -= 36
        return
    for lab, val in sl["lines"]:
        lw = width(lab, "DV-B", 22)
        parts = wrap(val, "DV", 22, SW - 160 - lw)
        c.setFont("DV-B", 22)
        c.drawString(70, y, lab)
        c.setFont("DV", 22)
        for i, p in enumerate(parts):
            c.drawString(70 + lw, y, p)
            y -= 30
        y -= 6


def build(out) -> list[dict]:
    c, buf = new_canvas(A4, "NHOs kompetansetiltak 2074", "NHO", creator="Microsoft® PowerPoint® for Microsoft 365")
    slides = _slides()
    fw = 250
    fh = fw * SH / SW
    scale = fw / SW
    pages = [slides[i:i + 3] for i in range(0, len(slides), 3)]
    for pno, chunk in enumerate(pages, 1):
        c.setFont("DV", 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(50, H - 40, "NHO – Kompetansepolitisk råd")
        c.drawRightString(W - 50, H - 40, "12.02.2075")
        c.drawRightString(W - 50, 34, str(pno))
        for i, sl in enumerate(chunk):
            top = H - 80 - i * (fh + 90)
            c.saveState()
            c.translate(54, top - fh)
            c.scale(scale, scale)
            _draw_slide(c, sl)
            c.restoreState()
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.6)
            c.rect(54, top - fh, fw, fh, stroke=1, fill=0)
            c.setStrokeColorRGB(0.55, 0.55, 0.55)
            c.setLineWidth(0.4)
            for k in range(8):
                yy = top - 8 - k * 22
                c.line(330, yy, W - 54, yy)
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, m["name"], m["truth"][0], m["truth"][1], m["truth"][2], m["ansv"], m["med"],
                m["kort"]) for m in MEASURES]


def text(path) -> str:
    return pdf_stream_text(path.read_bytes())
