"""Spekter: the slides shown to Spekter's board, sent as the report. Made in PowerPoint (python-pptx) and exported to
PDF by LibreOffice Impress. A title slide, a «Hovedbudskap» slide (no measures), then one slide per measure: the
title is the name, an orange line names Spekter's theme, the body holds the description, and three rounded «chips»
at the bottom carry «Strategien: 2.5», «Form: …» and «Eier: …»; a grey line «Sammen med: …» lists the partners. The
last slide «Ferdig i fjor – og nytt neste år» names two measures outside 2084."""
from __future__ import annotations

import datetime as _dt
import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

from .common import INFO, KURS, PROSJEKT, RAD, lo_to_pdf, pdf_text, row

FILENAME = "Spekter – rapport til KPR 2084 (styrepresentasjon).pdf"
MEMBER = "Spekter"
FORMAT = "PDF exported by LibreOffice Impress from a 16:9 PPTX (python-pptx) with text boxes and rounded-rectangle shapes; dates and /ID fixed"
SHAPE = ("board slides sent as the report: title slide «Orientering til styret – sak 07/85», a «Hovedbudskap» slide "
         "with three bullets that are not measures, then one slide per measure – the slide title is the name, an "
         "orange theme line, the description in the body, three rounded chips at the bottom «Strategien: 2.5» · «Form: "
         "Rekrutteringskampanje» · «Eier: Helse Vest RHF» and a grey line «Sammen med: …»; Spekter's kind words "
         "(Rådsplass, Prosjekt, Rekrutteringskampanje, Videreutdanning, Nettverk); a closing slide «Ferdig i fjor – og "
         "nytt neste år» with two measures outside 2084")
NOT_TRUTH = ("the title slide, the «Hovedbudskap» slide, the orange theme lines, the chips' labels and their Strategien "
             "and Form values, the closing slide ('Lederløftet for avdelingsledere', ended last year; 'Nasjonal "
             "helsefagmesse', starts next year), the slide numbers")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

ORANGE = RGBColor(0xE0, 0x6C, 0x00)
NAVY = RGBColor(0x1B, 0x2A, 0x4A)

# name, theme, paragraphs, dm, form, eier, partners, seed, type
SLIDES = [
    ("Helse Nords plass i UiTs råd for samarbeid med arbeidslivet", "Utdanning i takt med tjenestene",
     ["Helse Nord RHF har en av arbeidslivets plasser i RSA ved UiT Norges arktiske universitet.",
      "Rådet ga i 2084 råd om flere studieplasser i radiografi og om desentralisert sykepleierutdanning i "
      "Finnmark."], "1.4", "Rådsplass", "Helse Nord RHF", "", "M01", RAD),
    ("Spekters plass i Faglig råd for helse- og oppvekstfag", "Rekruttering av fagarbeidere",
     ["Spekter representerer sykehusene i det faglige rådet under SRY.",
      "Rådet arbeidet med ny læreplan for ambulansefaget og med flere læreplasser for helsearbeiderfaget i "
      "sykehusene."], "2.3", "Rådsplass", "Spekter", "", "M04", RAD),
    ("Fagbrevløftet 50+ i helseforetakene", "Rekruttering av fagarbeidere",
     ["Ansatte over 50 år uten fagbrev får veiledning, teorikurs og fagprøve som praksiskandidater.",
      "I 2084 var 140 ansatte i helseforetakene med, og 52 tok fagprøven i helsefag, renhold eller "
      "kokkefag."], "2.5", "Prosjekt", "Spekter", "LO, Vestland fylkeskommune", "J02", PROSJEKT),
    ("Praksiskandidatkampanjen i Helse Vest", "Rekruttering av fagarbeidere",
     ["Helse Vest har kjørt en egen kampanje på intranett og i personalmøter for å få flere ansatte til å ta fagbrev "
      "som praksiskandidat.",
      "Kampanjen er Helse Vests egen og er ikke en del av Fagbrevløftet 50+."], "2.5", "Rekrutteringskampanje",
     "Helse Vest RHF", "Helse Bergen, Helse Stavanger", None, INFO),
    ("Kompetanseløft i intensivsykepleie", "Spesialkompetanse i sykehusene",
     ["Deltidsvidereutdanning i intensivsykepleie for sykepleiere som står i jobb, med lønn under studiet.",
      "65 sykepleiere startet i 2084, og studiet er lagt opp i samarbeid med sykehusenes intensivavdelinger."],
     "2.4", "Videreutdanning", "Helse Sør-Øst RHF", "OsloMet, Universitetet i Oslo", None, KURS),
    ("Nettverk for simuleringstrening", "Utdanning i takt med tjenestene",
     ["Nettverket samler simuleringssentrene i helseforetakene og utdanningene for å dele scenarioer og utstyr.",
      "Fire samlinger ble holdt i 2084, og studenter fra tre høyskoler fikk trene i sykehusenes "
      "simuleringssentre."], "1.4", "Nettverk", "Helse Midt-Norge RHF", "NTNU, Nord universitet", None, RAD),
]


def _tb(slide, x, y, w, h, paras, size=16, color=None, bold=False):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, t in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = t
        r.font.size = Pt(size)
        r.font.bold = bold
        if color is not None:
            r.font.color.rgb = color
        p.space_after = Pt(8)
    return tb


def _title(slide, text, size=30):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(0.45), Inches(11.5), Inches(1.0)
    t.text = text
    for p in t.text_frame.paragraphs:
        p.alignment = PP_ALIGN.LEFT
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.color.rgb = NAVY


def _chip(slide, x, text):
    sh = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(6.15), Inches(3.6), Inches(0.5))
    sh.fill.solid()
    sh.fill.fore_color.rgb = RGBColor(0xFD, 0xE9, 0xD9)
    sh.line.color.rgb = ORANGE
    tf = sh.text_frame
    tf.word_wrap = True
    r = tf.paragraphs[0].add_run()
    r.text = text
    r.font.size = Pt(13)
    r.font.color.rgb = NAVY


def build(out) -> list[dict]:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank = prs.slide_layouts[6]
    title_only = prs.slide_layouts[5]
    s = prs.slides.add_slide(blank)
    _tb(s, 0.9, 2.2, 11.5, 1.2, ["Rapportering til Kompetansepolitisk råd 2084"], size=36, color=NAVY, bold=True)
    _tb(s, 0.9, 3.5, 11.5, 1.0, ["Orientering til styret – sak 07/85 · Spekter, 22. januar 2085"], size=20,
        color=ORANGE)
    s = prs.slides.add_slide(title_only)
    _title(s, "Hovedbudskap")
    _tb(s, 0.9, 1.8, 11.5, 4.0,
        ["• Spekter og helseforetakene rapporterer seks tiltak for 2084.",
         "• Mangelen på fagarbeidere og spesialsykepleiere er den største utfordringen.",
         "• Styret bes ta orienteringen til etterretning; rapporten sendes rådets sekretariat."], size=20)
    rows = []
    for name, theme, paras, dm, form, eier, med, seed, ty in SLIDES:
        s = prs.slides.add_slide(title_only)
        _title(s, name)
        _tb(s, 0.9, 1.55, 11.5, 0.5, [theme], size=16, color=ORANGE, bold=True)
        _tb(s, 0.9, 2.2, 11.5, 3.0, paras, size=19)
        if med:
            _tb(s, 0.9, 5.45, 11.5, 0.5, [f"Sammen med: {med}"], size=14, color=RGBColor(0x70, 0x70, 0x70))
        for x, t in zip((0.9, 4.7, 8.5), (f"Strategien: {dm}", f"Form: {form}", f"Eier: {eier}")):
            _chip(s, x, t)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, med, " ".join(paras)))
    s = prs.slides.add_slide(title_only)
    _title(s, "Ferdig i fjor – og nytt neste år")
    _tb(s, 0.9, 1.8, 11.5, 4.0,
        ["• Lederløftet for avdelingsledere: avsluttet i fjor etter tre kull. Sluttrapporten er sendt helseforetakene.",
         "• Nasjonal helsefagmesse: starter neste år i samarbeid med fylkeskommunene, første messe i Trondheim."],
        size=20)
    for i, sl in enumerate(prs.slides, 1):
        _tb(sl, 12.2, 7.0, 0.8, 0.4, [str(i)], size=11, color=RGBColor(0x90, 0x90, 0x90))
    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Anders Hegge"
    cp.title = "Rapportering til Kompetansepolitisk råd 2084"
    cp.created = _dt.datetime(2085, 1, 12, 8, 0, 0)
    cp.modified = _dt.datetime(2085, 1, 16, 10, 20, 0)
    cp.revision = 7
    buf = io.BytesIO()
    prs.save(buf)
    lo_to_pdf(buf.getvalue(), ".pptx", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
