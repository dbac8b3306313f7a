"""KS: a PowerPoint deck for the board, sent as the report. The deck is divided into PowerPoint sections (the
p14:sectionLst extension of presentation.xml, shown only in the thumbnail pane and the slide sorter), and the
sections are named by delmål («2.3 Yrkesfag og læreplasser»); the measure slides themselves never name the delmål.
Each measure slide has the name as its title, a description, a tag with KS' kind word and a small line with the
responsible and the partners. A portal to be launched in March 2098 is told only in words on the last slide."""
from __future__ import annotations

import io

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt

from .common import ARR, KURS, PROSJEKT, RAD, WHEN, repack, row

FILENAME = "KS styresak 3-2098 – kompetansetiltak 2097.pptx"
MEMBER = "KS"
FORMAT = ("PPTX (python-pptx), 16:9, with PowerPoint sections added to presentation.xml (p:extLst with the "
          "p14:sectionLst extension: named sections, each listing its slide ids), text boxes and a rounded-rectangle "
          "tag per measure slide; zip normalised")
SHAPE = ("board deck sent as the report, the delmål only in the section names: slide 1 title «Kompetansetiltak i KS "
         "2097», slide 2 «Om rapporten» saying that the measures are ordered in sections by the strategy's delmål "
         "and that the section names show in the thumbnail pane; sections «Innledning», «1.2 Regionalt samarbeid», "
         "«2.1 Digital kompetanse», «2.3 Yrkesfag og læreplasser», «3.4 Norskopplæring» (two slides) and «Veien "
         "videre»; one slide per measure with the name as title, a description, a tag with KS' kind word "
         "(Samlinger, Lederprogram, Rådsarbeid, Prosjekt, Forprosjekt) and a grey line «Ansvar: … · Med: …»; the SRY "
         "seat «KS' plass i Samarbeidsrådet for yrkesopplæring»; KS' own pre-project for a second phase of the joint "
         "language project (its own phase, not the joint measure); a portal to be launched in March 2098 told only "
         "in words on the last slide")
NOT_TRUTH = ("the title slide, the slide «Om rapporten», the section names (the delmål), the kind tags, the labels "
             "«Ansvar:» and «Med:», the last slide «Veien videre» (a portal launched in March 2098, the contact "
             "line)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# section, name, description, kind, ansvar, med, delmål, seed, type
ROWS = [
    ("1.2 Regionalt samarbeid", "Regionale samlinger om kompetanseplanlegging",
     "KS holdt samlinger i alle fylker der kommunene, fylkeskommunen og statsforvalteren gikk gjennom "
     "kompetanseplanene sine sammen. 14 samlinger med til sammen 610 deltakere.", "Samlinger",
     "KS' regionkontorer", "fylkeskommunene, statsforvalterne", "1.2", None, ARR),
    ("2.1 Digital kompetanse", "KS Digitalt lederprogram",
     "Program over seks samlinger for ledere i kommunene om digital omstilling og tjenesteutvikling. 240 ledere "
     "fullførte.", "Lederprogram", "KS Læring", "BI", "2.1", None, KURS),
    ("2.3 Yrkesfag og læreplasser", "KS' plass i Samarbeidsrådet for yrkesopplæring",
     "KS har én av arbeidsgiverplassene i rådet. I 2097 var dimensjonering av læreplasser i helsearbeiderfaget og "
     "barne- og ungdomsarbeiderfaget de viktigste sakene.", "Rådsarbeid", "KS Arbeidsgiverpolitikk", "", "2.3",
     "M05", RAD),
    ("3.4 Norskopplæring", "Språkløypa i kommunale helse- og omsorgstjenester",
     "56 kommuner tok i bruk Språkløypa for ansatte med kort botid i sykehjem og hjemmetjenester. Språkmentorer i "
     "kommunene fulgte opp de ansatte.", "Prosjekt", "KS Læring", "VOFO, studieforbundene", "3.4", "J05",
     PROSJEKT),
    ("3.4 Norskopplæring", "Språkløypa – forprosjekt for fase 2",
     "KS utredet på egen hånd hvordan Språkløypa kan tas i bruk i barnehagene. Forprosjektet er KS' eget og er ikke "
     "en del av fellesprosjektet.", "Forprosjekt", "KS Utvikling", "", "3.4", None, PROSJEKT),
]

W, H = Emu(12192000), Emu(6858000)
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
GREY = RGBColor(0x59, 0x59, 0x59)
KS_BLUE = RGBColor(0x00, 0x4B, 0x87)


def _box(slide, x, y, w, h, paragraphs):
    """paragraphs: list of (text, size, bold, colour)."""
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, (t, size, bold, colour) in enumerate(paragraphs):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = t
        r.font.size = Pt(size)
        r.font.bold = bold
        if colour is not None:
            r.font.color.rgb = colour
    return tb


def _title(slide, text):
    slide.shapes.title.text = text
    tf = slide.shapes.title.text_frame
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(30)
            r.font.bold = True
            r.font.color.rgb = KS_BLUE


def build(out) -> list[dict]:
    prs = Presentation()
    prs.slide_width, prs.slide_height = W, H
    title_only = prs.slide_layouts[5]
    sections: list[tuple[str, list]] = []

    def add(section, layout):
        s = prs.slides.add_slide(layout)
        if not sections or sections[-1][0] != section:
            sections.append((section, []))
        sections[-1][1].append(s.slide_id)
        for ph in s.placeholders:
            if ph.placeholder_format.idx == 0:
                ph.left, ph.top, ph.width, ph.height = Emu(600000), Emu(380000), Emu(10990000), Emu(1000000)
        return s

    s = add("Innledning", prs.slide_layouts[0])
    s.shapes.title.text = "Kompetansetiltak i KS 2097"
    s.placeholders[1].text = "Orientering til Kompetansepolitisk råd · styresak 3/2098 · januar 2098"
    for ph, top, height in ((s.shapes.title, 2000000, 1300000), (s.placeholders[1], 3500000, 900000)):
        ph.left, ph.top, ph.width, ph.height = Emu(600000), Emu(top), Emu(10990000), Emu(height)
    s = add("Innledning", title_only)
    _title(s, "Om rapporten")
    _box(s, 600000, 1600000, 10990000, 3000000, [
        ("Dette er KS' rapport for 2097 til Kompetansepolitisk råd. Presentasjonen ble brukt i styremøtet 9. januar "
         "2098.", 20, False, None),
        ("Tiltakene er ordnet i seksjoner etter delmålene i strategien. Seksjonsnavnene vises i miniatyrvisningen til "
         "venstre og i stikkordvisningen.", 20, False, None)])
    for section, name, desc, kind, ansvar, med, *_r in ROWS:
        s = add(section, title_only)
        _title(s, name)
        tag = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(9600000), Emu(1500000), Emu(1990000), Emu(420000))
        tag.fill.solid()
        tag.fill.fore_color.rgb = RGBColor(0xD9, 0xE7, 0xF3)
        tag.line.fill.background()
        tag.text_frame.text = kind
        tag.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
        tag.text_frame.paragraphs[0].runs[0].font.color.rgb = KS_BLUE
        _box(s, 600000, 2100000, 10990000, 2800000, [(desc, 22, False, None)])
        tail = f"Ansvar: {ansvar}" + (f" · Med: {med}" if med else "")
        _box(s, 600000, 5900000, 10990000, 500000, [(tail, 14, False, GREY)])
    s = add("Veien videre", title_only)
    _title(s, "Veien videre")
    _box(s, 600000, 1700000, 10990000, 3000000, [
        ("Kompetanseportalen for kommunene er ferdig utviklet og lanseres i mars 2098.", 22, False, None),
        ("Kontakt: Jon Tore Hals, spesialrådgiver, KS", 16, False, GREY)])

    pres = prs.part._element
    ext_lst = etree.SubElement(pres, f"{{{NS_P}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{NS_P}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    sl = etree.SubElement(ext, f"{{{P14}}}sectionLst", nsmap={"p14": P14})
    for k, (name, ids) in enumerate(sections, 1):
        sec = etree.SubElement(sl, f"{{{P14}}}section", name=name, id="{7A3C%04X-5B1E-4D2A-9C61-2098000000%02d}"
                               % (k * 17, k))
        lst = etree.SubElement(sec, f"{{{P14}}}sldIdLst")
        for i in ids:
            etree.SubElement(lst, f"{{{P14}}}sldId", id=str(i))

    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Jon Tore Hals"
    cp.title = "Kompetansetiltak i KS 2097"
    cp.created, cp.modified = WHEN.replace(day=8), WHEN
    cp.revision = 6
    buf = io.BytesIO()
    prs.save(buf)
    (out / FILENAME).write_bytes(repack(buf.getvalue(), iso=WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, d) for _s, n, d, _k, a, m, dm, seed, ty in ROWS]


def text(path) -> str:
    """Slide text and the section names (in presentation order)."""
    import zipfile
    prs = Presentation(str(path))
    out = []
    for s in prs.slides:
        for sh in s.shapes:
            if sh.has_text_frame:
                out.append(sh.text_frame.text)
    pres = etree.fromstring(zipfile.ZipFile(path).read("ppt/presentation.xml"))
    out += [e.get("name") for e in pres.iter(f"{{{P14}}}section")]
    return "\n".join(out)


def section_of_slides(path) -> dict[str, list[str]]:
    import zipfile
    pres = etree.fromstring(zipfile.ZipFile(path).read("ppt/presentation.xml"))
    return {e.get("name"): [x.get("id") for x in e.iter(f"{{{P14}}}sldId")] for e in pres.iter(f"{{{P14}}}section")}
