"""08 – Akademikerne: PowerPoint file whose measures sit in a native table that continues on the next slide."""
from __future__ import annotations

from pathlib import Path

from .common import R, normalise_zip

FILE = "Akademikerne_tiltak_2070.pptx"
MEMBER = "Akademikerne"
HOW = "PPTX (python-pptx), 16:9, native PowerPoint tables (a:tbl), zip normalised"
SHAPE = ("Slide deck whose measures are rows of a native table: slide 2 'Tiltak 2070' with three rows, "
         "slide 3 'Tiltak 2070 (forts.)' repeats the header and holds two more; columns Tiltak / Delmål / "
         "Form / Ansvar / Med / Kort om; a closing slide 'Planlagt for 2071' with bullets that are not "
         "this year's measures")

ROWS = [
    R("Representant i Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk", "Akademikerne",
      "", "Fast medlem; ledet arbeidsgruppen om behovet for høyere utdanning i offentlig sektor.",
      form="Utvalg", dm="1.1"),
    R("Fagstrategiske enheter i UHR", "M06", "1.4", "Råd/utvalg/nettverk",
      "Akademikerne og forbundene", "UHR",
      "Forbundene deltar i enhetene for medisin, jus, teknologi og samfunnsfag.",
      form="Råd", dm="1.4"),
    R("Felles EVU-undersøkelse med YS og Unio", "J09", "2.2", "FoU", "Akademikerne", "YS, Unio",
      "Akademikerne sto for analysen av svarene fra medlemmer med høyere utdanning.",
      form="Analyse", dm="2.2"),
    R("Kurs for Akademikernes representanter i RSA-ene", "U18", "1.4", "Kurs/utdanning",
      "Akademikerne", "",
      "Heldagskurs for medlemmer som sitter i råd for samarbeid med arbeidslivet ved universitetene.",
      form="Kurs", dm="1.4"),
    R("Nettkurs i kunstig intelligens for akademikere", "U19", "2.1", "Kurs/utdanning",
      "Akademikerne", "NTNU",
      "Gratis nettkurs for medlemmer; 3 400 fullførte i 2070.", form="Nettkurs", dm="2.1"),
]

HEAD = ["Tiltak", "Delmål", "Form", "Ansvar", "Med", "Kort om"]


def _table(slide, rows):
    from pptx.util import Emu, Pt

    top = Emu(1_300_000)
    shape = slide.shapes.add_table(len(rows) + 1, len(HEAD), Emu(380_000), top, Emu(11_430_000),
                                   Emu(600_000 * (len(rows) + 1)))
    tbl = shape.table
    widths = [2_700_000, 800_000, 1_000_000, 1_700_000, 1_330_000, 3_900_000]
    for i, w in enumerate(widths):
        tbl.columns[i].width = Emu(w)
    for j, h in enumerate(HEAD):
        tbl.cell(0, j).text = h
    for i, r in enumerate(rows, 1):
        vals = [r.tiltak, r.x("dm"), r.x("form"), r.ansvarlig, r.samarbeidspartnere, r.beskrivelse]
        for j, v in enumerate(vals):
            tbl.cell(i, j).text = v
    for row in tbl.rows:
        for cell in row.cells:
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)


def build(out: Path) -> Path:
    import datetime as dt

    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12_192_000), Emu(6_858_000)
    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Akademikerne"
    cp.title = "Akademikernes tiltak 2070"
    cp.created = dt.datetime(2071, 1, 29, 9, 0, 0)
    cp.modified = dt.datetime(2071, 1, 30, 12, 0, 0)
    cp.revision = 2

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Akademikernes tiltak 2070"
    s.placeholders[1].text = "Rapportering til Kompetansepolitisk råd · januar 2071"

    for title, rows in (("Tiltak 2070", ROWS[:3]), ("Tiltak 2070 (forts.)", ROWS[3:])):
        s = prs.slides.add_slide(prs.slide_layouts[5])
        s.shapes.title.text = title
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        _table(s, rows)

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Planlagt for 2071"
    tf = s.placeholders[1].text_frame
    tf.text = "Medlemsundersøkelse om bruk av KI i arbeidet (oppstart mars 2071)"
    tf.add_paragraph().text = "Seminar om karriereveiledning for studenter – avventer finansiering"
    tf.add_paragraph().text = "Mentorprogrammet for unge akademikere ble avsluttet i 2069"

    path = out / FILE
    prs.save(path)
    normalise_zip(path)
    return path
