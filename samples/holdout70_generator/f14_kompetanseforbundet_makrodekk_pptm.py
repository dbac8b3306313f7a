"""Kompetanseforbundet: the board's slide deck sent as the report, saved as a macro-enabled PowerPoint presentation
(.pptm: the main part typed application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml, no VBA project left).
Slide 2 is a native PowerPoint table giving each measure's delmål, type, responsible and partners; the descriptions
are on the slides after it, one slide per measure with the measure as the slide title and the description as
bullets. Speaker notes hold the presenter's reminders. The last slide lists next year's plans. The trap is the
member's own version of the joint tool for workers over 60, right after the joint tool."""
from __future__ import annotations

import datetime as _dt
import io
import zipfile

from .common import ARR, INFO, KURS, RAD, normalise_ooxml, row

FILENAME = "Kompetanseforbundet – tiltak 2090.pptm"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PPTM: PowerPoint macro-enabled presentation written with python-pptx, the main part re-typed as "
          "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml (no VBA project); 4:3, a native table "
          "(a:tbl), speaker notes; zip normalised")
SHAPE = ("board deck sent as the report: a title slide, slide 2 «Tiltakene i 2090» with a native table Tiltak / Delmål "
         "/ Type / Ansvarlig / Partnere (no descriptions), then one slide per measure whose title is the measure and "
         "whose bullets are its description, speaker notes with reminders, a last slide «Planer for 2091»; the "
         "member's type words (Observatørplass, Digitalt verktøy, Konferanse, Kurs); partners joined by «og»; the FSR "
         "seat named «Nasjonalt fagskoleråd – vår observatør»")
NOT_TRUTH = ("the title slide, the table's header and its Delmål and Type cells, the «–» cells, the speaker notes, the "
             "slide «Planer for 2091» (a network for counsellors in adult education starting next autumn)")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

MACRO_CT = "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
PPTX_CT = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"

# name, delmål, type word, ansvarlig, partners (as written), partners truth, bullets, note, seed, type
ITEMS = [
    ("Nasjonalt fagskoleråd – vår observatør", "2.4", "Observatørplass", "Generalsekretæren", "–", "",
     ["Kompetanseforbundet har observatørplass i rådet og deltok på alle fire møtene.",
      "Vi tok opp behovet for flere korte fagskoletilbud for voksne i jobb."],
     "Si litt om møtet i oktober.", "M05", RAD),
    ("Karrierekompasset – innhold om voksne i jobb", "1.3", "Digitalt verktøy", "Fagavdelingen",
     "HK-dir og fylkeskommunene", "HK-dir, fylkeskommunene",
     ["Vi skrev innholdet om realkompetanse og om å kombinere jobb og utdanning i Karrierekompasset.",
      "Før lanseringen i mars testet vi verktøyet med 40 voksne."],
     "Vis gjerne skjermbildet fra kompasset.", "J01", INFO),
    ("Karrierekompasset 60+", "1.3", "Digitalt verktøy", "Fagavdelingen", "Senter for seniorpolitikk",
     "Senter for seniorpolitikk",
     ["En egen versjon av kompasset for arbeidstakere over 60 år, med spørsmål om seniorordninger og omstilling.",
      "Seniorversjonen er vår egen og er ikke en del av fellesverktøyet."],
     "", None, INFO),
    ("Realkompetansedagen 2090", "2.5", "Konferanse", "Kompetanseforbundet", "UHR og Fagskolerådet",
     "UHR, Fagskolerådet",
     ["Vi ledet planleggingen av den nasjonale konferansen om realkompetanse i Trondheim 17. september.",
      "380 deltakere fra voksenopplæring, fagskoler, universiteter og arbeidsliv."],
     "Takk UHR og Fagskolerådet.", "J05", ARR),
    ("Kurs i realkompetansevurdering for voksenopplæringen", "2.5", "Kurs", "Fagavdelingen", "–", "",
     ["Tre dagers kurs for ansatte i kommunal voksenopplæring som vurderer realkompetanse.",
      "150 deltok fordelt på fire kurs."],
     "", None, KURS),
]


def _notes(slide, text: str) -> None:
    if text:
        slide.notes_slide.notes_text_frame.text = text


def build(out) -> list[dict]:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Kompetanseforbundet – tiltak 2090"
    s.placeholders[1].text = "Rapport til Kompetansepolitisk råd · styremøtet 22. januar 2091"
    _notes(s, "Presentasjonen sendes sekretariatet etter styremøtet.")
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Tiltakene i 2090"
    head = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere"]
    widths = [Inches(3.3), Inches(0.9), Inches(1.5), Inches(1.6), Inches(1.7)]
    gt = s.shapes.add_table(len(ITEMS) + 1, len(head), Inches(0.5), Inches(1.5), Emu(sum(widths)), Inches(5.0))
    tbl = gt.table
    for j, w in enumerate(widths):
        tbl.columns[j].width = w
    for j, h in enumerate(head):
        tbl.cell(0, j).text = h
    for i, it in enumerate(ITEMS, 1):
        for j, v in enumerate([it[0], it[1], it[2], it[3], it[4]]):
            c = tbl.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(11)
    rows = []
    for name, dm, tw, ans, med, partners, bullets, note, seed, ty in ITEMS:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = name
        body = s.placeholders[1].text_frame
        body.text = bullets[0]
        for b in bullets[1:]:
            body.add_paragraph().text = b
        _notes(s, note)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, " ".join(bullets)))
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Planer for 2091"
    s.placeholders[1].text_frame.text = "Nettverk for veiledere i voksenopplæringen – oppstart til høsten"
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Hanne Wold"
    cp.title = "Kompetanseforbundet – tiltak 2090"
    cp.created = _dt.datetime(2091, 1, 18, 9, 0, 0)
    cp.modified = _dt.datetime(2091, 1, 22, 15, 40, 0)
    cp.revision = 4
    buf = io.BytesIO()
    prs.save(buf)
    path = out / FILENAME
    path.write_bytes(buf.getvalue())

    def retype(data: bytes) -> bytes:
        assert PPTX_CT.encode() in data
        return data.replace(PPTX_CT.encode(), MACRO_CT.encode())
    normalise_ooxml(path, when="2091-01-22T15:40:00Z", extra={"[Content_Types].xml": retype})
    return rows


def text(path) -> str:
    from lxml import etree
    out = []
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if n.startswith(("ppt/slides/slide", "ppt/notesSlides/"))
                       and n.endswith(".xml"))
        for n in names:
            root = etree.fromstring(z.read(n))
            for p in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}p"):
                out.append("".join(t.text or "" for t in p.iter("{http://schemas.openxmlformats.org/drawingml/2006/"
                                                                  "main}t")))
    return "\n".join(out)
