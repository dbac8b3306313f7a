"""YS: a roadmap slide deck (PowerPoint file). Slide 2 is the roadmap: three year columns 2081 / 2082 / 2083 and one
swimlane per hovedinnsatsområde; every measure is a rounded box placed in the years it runs (a seat spans all three
columns, a measure of 2082 sits in the middle column, one box sits only in 2081 and one, dashed, only in 2083). The
box holds the name, «DM x.y · own type word» and «Ansvar: … · Med: …». The descriptions are only in the speaker
notes of slide 2. Slide 3 lists plans for 2083."""
from __future__ import annotations

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

from .common import FOU, KURS, PROSJEKT, RAD, normalise_ooxml, row

FILENAME = "YS veikart kompetanse 2081–2083.pptx"
MEMBER = "YS"
FORMAT = ("PPTX (python-pptx), 16:9, rounded-rectangle shapes placed on a year grid, dashed outline for a planned "
          "box, speaker notes; zip normalised")
SHAPE = ("roadmap deck: slide 1 title; slide 2 «Veikart 2081–2083» with year columns 2081 / 2082 / 2083 and three "
         "swimlanes (the hovedinnsatsområder); each measure is a rounded box placed over the years it runs (seats "
         "span all three, a 2081-only box, a dashed 2083-only box), holding the bold name, «DM 2.2 · Undersøkelse» "
         "and «Ansvar: … · Med: …»; a legend line; the descriptions only in slide 2's speaker notes («Name: text»); "
         "slide 3 «Veien videre 2083» bullets")
NOT_TRUTH = ("the title slide, the year and lane labels, the legend, the DM/type lines, the boxes 'Fagbrev i finans' "
             "(2081 only) and 'Fagbrev for voksne i renholdsbransjen' (dashed, 2083 only) and their notes, slide 3 (plans for "
             "2083), the footer")

LANES = ["Gode valg for den enkelte og samfunnet", "Læring i arbeidslivet", "Voksne med svak tilknytning"]
# name, first year, last year, lane, dm, type word, ansvar, med, note, seed, type
BOXES = [
    ("Kompetansebehovsutvalget", 2081, 2083, 0, "1.1", "Utvalgsplass", "YS-sekretariatet", "",
     "YS har hatt plass i utvalget siden 2081. I 2082 var vi særlig opptatt av kapitlet om kompetansebehov i helse "
     "og omsorg.", "M04", RAD),
    ("Karriereveiledning på arbeidsplassen – pilot", 2082, 2083, 0, "1.3", "Pilot", "Parat", "Karriere Rogaland",
     "Karriereveiledere fra Karriere Rogaland hadde faste dager hos fire store arbeidsgivere; 290 ansatte fikk "
     "veiledning.", None, PROSJEKT),
    ("Samarbeidsrådet for yrkesopplæring (SRY)", 2081, 2083, 1, "2.3", "Rådsplass", "YS-sekretariatet", "Delta",
     "Vår representant fra Delta fulgte særlig opp læreplasser i helse- og oppvekstfag og i IKT-servicefaget.",
     "M06", RAD),
    ("Fagbrev i finans", 2081, 2081, 1, "2.5", "Prosjekt", "Finansforbundet", "Finans Norge",
     "Avsluttet i 2081 – 120 ansatte i bank og forsikring tok fagbrev.", "", None),
    ("Kompetansebarometeret 2082", 2082, 2082, 1, "2.2", "Undersøkelse", "YS Kommune",
     "KS, Unio",
     "YS Kommune var med i styringsgruppen og sørget for at assistenter og fagarbeidere var godt representert i "
     "utvalget.", "J02", FOU),
    ("Kompetansebarometeret – YS' tilleggsutvalg i privat sektor", 2082, 2083, 1, "2.2", "Undersøkelse",
     "YS-sekretariatet", "Parat, Finansforbundet",
     "YS betalte for et eget tilleggsutvalg på 3 000 ansatte i privat sektor med de samme spørsmålene. "
     "Tilleggsutvalget er YS' eget og inngår ikke i barometeret.", None, FOU),
    ("Digital førstehjelp for tillitsvalgte", 2082, 2082, 1, "2.1", "Kurs", "Delta", "Parat",
     "Nettkurs i grunnleggende digital sikkerhet og verktøy for tillitsvalgte; 640 fullførte.", None, KURS),
    ("Fagbrev for voksne i renholdsbransjen", 2083, 2083, 2, "3.1", "Prosjekt", "Parat", "NHO Service og Handel",
     "Planlegges fra høsten 2083, for renholdere uten fagbrev.", "", None),
]
SW, SH = Inches(13.333), Inches(7.5)
X0 = Inches(2.6)
COLW = Inches(3.5)
Y0 = Inches(1.5)
LANE_H = [Inches(1.6), Inches(3.02), Inches(0.83)]
BOX_H = Inches(0.68)
NAVY = RGBColor(0x1F, 0x38, 0x64)


def _tb(slide, x, y, w, h, lines, size=12, bold=False, color=None, align=None):
    box = slide.shapes.add_textbox(x, y, w, h)
    tf = box.text_frame
    tf.word_wrap = True
    for i, ln in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = ln
        r.font.size = Pt(size)
        r.font.bold = bold
        if color is not None:
            r.font.color.rgb = color
        if align is not None:
            p.alignment = align
    return box


def build(out) -> list[dict]:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SW, SH
    blank = prs.slide_layouts[6]

    s1 = prs.slides.add_slide(blank)
    _tb(s1, Inches(0.8), Inches(2.4), Inches(11.5), Inches(1.2), ["Veikart for YS' kompetansepolitiske arbeid"],
        size=36, bold=True, color=NAVY)
    _tb(s1, Inches(0.8), Inches(3.6), Inches(11.5), Inches(0.8),
        ["Rapport til Kompetansepolitisk råd – status for 2082"], size=20)
    _tb(s1, Inches(0.8), Inches(6.6), Inches(8), Inches(0.4), ["YS – Yrkesorganisasjonenes Sentralforbund · januar 2083"],
        size=11)

    s2 = prs.slides.add_slide(blank)
    _tb(s2, Inches(0.4), Inches(0.25), Inches(12.5), Inches(0.6), ["Veikart 2081–2083"], size=26, bold=True,
        color=NAVY)
    for k, yr in enumerate(["2081", "2082", "2083"]):
        hdr = s2.shapes.add_shape(MSO_SHAPE.RECTANGLE, X0 + k * COLW, Inches(1.0), COLW - Inches(0.05),
                                  Inches(0.45))
        hdr.fill.solid()
        hdr.fill.fore_color.rgb = NAVY if yr == "2082" else RGBColor(0x8E, 0xA9, 0xDB)
        hdr.line.fill.background()
        hdr.text_frame.text = yr
        p = hdr.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.CENTER
        p.runs[0].font.size = Pt(16)
        p.runs[0].font.bold = True
        p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    y = Y0
    lane_top = []
    for k, lab in enumerate(LANES):
        lane_top.append(y)
        band = s2.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.3), y, Inches(12.8), LANE_H[k] - Inches(0.06))
        band.fill.solid()
        band.fill.fore_color.rgb = RGBColor(0xF2, 0xF2, 0xF2) if k % 2 == 0 else RGBColor(0xE7, 0xEC, 0xF5)
        band.line.fill.background()
        _tb(s2, Inches(0.35), y + Inches(0.1), Inches(2.2), LANE_H[k] - Inches(0.2), [lab], size=12, bold=True,
            color=NAVY)
        y += LANE_H[k]
    used: dict[int, list] = {0: [], 1: [], 2: []}
    notes = []
    rows = []
    for name, y1, y2, lane, dm, tw, ans, med, note, seed, ty in BOXES:
        x = X0 + (y1 - 2081) * COLW + Inches(0.08)
        w = (y2 - y1 + 1) * COLW - Inches(0.2)
        slot = 0
        while any(not (y2 < a or y1 > b) and s == slot for a, b, s in used[lane]):
            slot += 1
        used[lane].append((y1, y2, slot))
        top = lane_top[lane] + Inches(0.05) + slot * (BOX_H + Inches(0.05))
        shp = s2.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, top, w, BOX_H)
        shp.fill.solid()
        shp.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF) if y1 == 2083 else RGBColor(0xDD, 0xEB, 0xF7)
        shp.line.color.rgb = NAVY
        shp.line.width = Pt(1.25)
        if y1 == 2083:
            shp.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        tf = shp.text_frame
        tf.word_wrap = True
        tf.margin_left = tf.margin_right = Inches(0.08)
        tf.margin_top = tf.margin_bottom = Inches(0.03)
        lines = [(name, 11, True), (f"DM {dm} · {tw}", 9, False),
                 ("Ansvar: " + ans + (f" · Med: {med}" if med else ""), 9, False)]
        for i, (t, sz, b) in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            r = p.add_run()
            r.text = t
            r.font.size = Pt(sz)
            r.font.bold = b
            r.font.color.rgb = RGBColor(0x20, 0x20, 0x20)
        notes.append(f"{name}: {note}")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, note))
    _tb(s2, Inches(0.3), Inches(7.02), Inches(12.6), Inches(0.35),
        ["Boksen står under årene tiltaket pågår. Stiplet kant = planlagt. Utdypende tekst i notatfeltet."], size=10,
        color=RGBColor(0x59, 0x59, 0x59))
    ntf = s2.notes_slide.notes_text_frame
    for i, n in enumerate(notes):
        p = ntf.paragraphs[0] if i == 0 else ntf.add_paragraph()
        p.text = n

    s3 = prs.slides.add_slide(blank)
    _tb(s3, Inches(0.6), Inches(0.4), Inches(12), Inches(0.8), ["Veien videre 2083"], size=28, bold=True, color=NAVY)
    _tb(s3, Inches(0.8), Inches(1.5), Inches(11.5), Inches(4.5), [
        "• Fagbrev for voksne i renholdsbransjen starter til høsten, sammen med NHO Service og Handel",
        "• Piloten med karriereveiledning på arbeidsplassen utvides til Agder",
        "• Tilleggsutvalget i privat sektor får egen rapport i april",
        "• YS fortsetter i Kompetansebehovsutvalget og SRY"], size=18)

    for k, s in enumerate(prs.slides, 1):
        if k > 1:
            _tb(s, Inches(11.6), Inches(7.05), Inches(1.5), Inches(0.35), [f"{k}"], size=10,
                color=RGBColor(0x80, 0x80, 0x80), align=PP_ALIGN.RIGHT)
    import datetime as _dt
    cp = prs.core_properties
    cp.author = "YS"
    cp.last_modified_by = "YS"
    cp.title = "Veikart kompetanse 2081–2083"
    cp.created = _dt.datetime(2083, 1, 14, 9, 0, 0)
    cp.modified = _dt.datetime(2083, 1, 16, 10, 20, 0)
    cp.revision = 4
    prs.save(str(out / FILENAME))
    normalise_ooxml(out / FILENAME)
    return rows


def text(path) -> str:
    """Slide shapes (all paragraphs) and the speaker notes."""
    prs = Presentation(str(path))
    outl = []
    for s in prs.slides:
        for shp in s.shapes:
            if shp.has_text_frame:
                outl.append("\n".join(p.text for p in shp.text_frame.paragraphs))
        if s.has_notes_slide:
            outl.append(s.notes_slide.notes_text_frame.text)
    return "\n".join(outl)

