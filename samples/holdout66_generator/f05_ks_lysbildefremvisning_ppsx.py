"""KS: the presentation KS gave its board, saved as a PowerPoint show (.ppsx: the package's main part typed
presentationml.slideshow.main+xml, so it opens straight into the show) and sent as the report. Slide 1 is the title,
slide 2 an overview of the four measures' names, then one slide per measure: the slide title is the name, a body
with «Hva:» / «Ansvar i KS:» / «Med:» lines, and a small grey tag line at the foot «Strategien: <KS's paraphrase> ·
<KS's kind word>». The last slide «Kommer i neste års rapport» names a measure that starts next autumn. The
assembly for the county vocational boards is a trap (named like SRY work, but the boards are the counties')."""
from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

from .common import ARR, INFO, KURS, RAD, ooxml_part_text, retype_ooxml, row

FILENAME = "KS – orientering om kompetansetiltak 2086.ppsx"
MEMBER = "KS"
FORMAT = ("PPSX: PowerPoint show written with python-pptx, the main part re-typed as "
          "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml; 16:9; zip normalised")
SHAPE = ("board slides sent as the report, saved as a slide show: title slide, an overview slide listing the "
         "names, one slide per measure (title = name; «Hva:», «Ansvar i KS:», «Med:» lines; a grey foot tag "
         "«Strategien: <paraphrase> · <kind>» with KS's words: Rådsrepresentasjon, Opplæringsmoduler, Samling, "
         "Veileder, Lederprogram); a closing slide «Kommer i neste års rapport»")
NOT_TRUTH = ("the title slide, the overview slide (it repeats the names), the «Hva:», «Ansvar i KS:» and «Med:» "
             "labels, the foot tags, the closing slide 'Kommer i neste års rapport' with «Kompetanseuka for "
             "kommunene» (first held next autumn)")
SPLIT_FIELDS = ("samarbeidspartnere",)

SLIDES = [
    ("KS i Samarbeidsrådet for yrkesopplæring",
     "KS har to av arbeidsgiverplassene i SRY. Rådet behandlet i år dimensjoneringen av helsearbeiderfaget og "
     "barne- og ungdomsarbeiderfaget.", "Avdeling for arbeidsgiverpolitikk", "",
     "at flere velger yrkesfag og fullfører med fag- eller svennebrev", "Rådsrepresentasjon", "M03", "2.3", RAD),
    ("Norsk i arbeid – kommunale bransjemoduler",
     "KS har laget modulene for helse og omsorg og for barnehage i det felles kurset. 1 150 ansatte i 96 kommuner "
     "tok en modul.", "KS Læring", "NHO, VOFO",
     "norskopplæring og kvalifisering av innvandrere", "Opplæringsmoduler", "J04", "3.4", KURS),
    ("Samling for yrkesopplæringsnemndene",
     "KS inviterte medlemmer av de fylkeskommunale yrkesopplæringsnemndene til en todagers samling om "
     "læreplasser i kommunene. Samlingen var KS' egen; nemndene hører til fylkeskommunene og ikke til SRY.",
     "Avdeling for utdanning", "Fylkeskommunene",
     "at flere velger yrkesfag og fullfører med fag- eller svennebrev", "Samling", None, "2.3", ARR),
    ("Veileder for strategisk kompetanseplanlegging",
     "Digital veileder med maler og eksempler for kommuner som skal lage en kompetanseplan for hele "
     "organisasjonen. Lansert i mars, lastet ned 2 400 ganger.", "KS Arbeidsgiverpolitikk", "Fagforbundet, Delta",
     "bedre kobling mellom kompetansebehov og etter- og videreutdanning", "Veileder", None, "2.4", INFO),
    ("Lederprogram for oppvekst",
     "Tre samlinger for kommunalsjefer i oppvekst om ledelse av kompetanseutvikling i barnehage og skole. 140 "
     "ledere deltok.", "KS Læring", "Universitetet i Sørøst-Norge",
     "bedre kobling mellom kompetansebehov og etter- og videreutdanning", "Lederprogram", None, "2.4", KURS),
]

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x7F, 0x7F, 0x7F)


def _box(slide, x, y, w, h, paras, size=18, bold=False, color=None):
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, para in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        runs = para if isinstance(para, list) else [(para, bold)]
        for txt, b in runs:
            r = p.add_run()
            r.text = txt
            r.font.size = Pt(size)
            r.font.bold = b
            if color is not None:
                r.font.color.rgb = color
    return tb


def build(out) -> list[dict]:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank = prs.slide_layouts[6]
    W = 12192000
    s = prs.slides.add_slide(blank)
    _box(s, 700000, 2200000, W - 1400000, 1200000, ["Kompetansetiltak i KS 2086"], size=40, bold=True, color=NAVY)
    _box(s, 700000, 3500000, W - 1400000, 800000, ["Orientering til hovedstyret 22. januar 2087 – sendes også "
                                                   "som rapport til Kompetansepolitisk råd"], size=18, color=GREY)
    s = prs.slides.add_slide(blank)
    _box(s, 700000, 400000, W - 1400000, 900000, ["Dette har vi gjort"], size=32, bold=True, color=NAVY)
    _box(s, 900000, 1500000, W - 1800000, 4500000, [f"• {x[0]}" for x in SLIDES], size=20)
    rows = []
    for name, hva, ans, med, strat, kind, seed, dm, ty in SLIDES:
        s = prs.slides.add_slide(blank)
        _box(s, 700000, 400000, W - 1400000, 1000000, [name], size=30, bold=True, color=NAVY)
        _box(s, 900000, 1600000, W - 1800000, 3800000,
             [[("Hva: ", True), (hva, False)], [("Ansvar i KS: ", True), (ans, False)],
              [("Med: ", True), (med or "–", False)]], size=19)
        _box(s, 700000, 5900000, W - 1400000, 500000, [f"Strategien: {strat} · {kind}"], size=12, color=GREY)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, hva))
    s = prs.slides.add_slide(blank)
    _box(s, 700000, 400000, W - 1400000, 900000, ["Kommer i neste års rapport"], size=32, bold=True, color=NAVY)
    _box(s, 900000, 1600000, W - 1800000, 3000000,
         ["• Kompetanseuka for kommunene – første gang neste høst, planlegges sammen med fylkeskommunene"], size=20)
    import datetime as _dt
    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Ingrid Vatne Hjelle"
    cp.title = "Kompetansetiltak i KS 2086"
    cp.created = _dt.datetime(2087, 1, 12, 14, 0, 0)
    cp.modified = _dt.datetime(2087, 1, 16, 10, 20, 0)
    cp.revision = 4
    buf = io.BytesIO()
    prs.save(buf)
    (out / FILENAME).write_bytes(buf.getvalue())
    retype_ooxml(out / FILENAME, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                 "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml")
    return rows


def text(path) -> str:
    return ooxml_part_text(path, "ppt/slides/slide")
