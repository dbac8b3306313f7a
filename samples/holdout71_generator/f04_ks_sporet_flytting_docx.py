"""KS: a Word report with one Heading 2 per delmål in KS's words («2.3 Fagopplæring og læreplasser»), each measure a
bold name, a description and a small line «Arbeidsform: … · Ansvar i KS: … · Med: …». It was sent with «Spor
endringer» on after a reviewer moved one measure: the joint project's three paragraphs were cut from under «1.4
Samarbeid med utdanningene» and pasted under «2.3 Fagopplæring og læreplasser». Word records that as a tracked move
(w:moveFrom / w:moveTo with named move ranges, the paragraph marks moved too), and the reviewer left a comment on the
moved name. Read with the changes accepted, the project stands once, under 2.3. The trap is KS' own course for the
municipal members of the county vocational boards, right after the joint project. One measure ended last year."""
from __future__ import annotations

import datetime as dt

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from .common import KURS, PROSJEKT, RAD, base_docx, docx_text_deep, row, save_docx

FILENAME = "KS – oppfølging av kompetansestrategien 2091.docx"
MEMBER = "KS"
FORMAT = ("DOCX (python-docx) with a tracked move added to the XML: three paragraphs in w:moveFrom under one heading "
          "and the same three in w:moveTo under another (moveFromRangeStart/End and moveToRangeStart/End named "
          "«move…», paragraph marks marked moved), a review comment on the moved name; zip normalised")
SHAPE = ("ordinary Word report sent with tracked changes: title, intro, five Heading 2s that are delmål with KS's "
         "words («1.3 Karriereveiledning», «1.4 Samarbeid med utdanningene», «2.3 Fagopplæring og læreplasser», «2.4 "
         "Videreutdanning i kommunene», «3.1 Voksne uten fullført videregående»), per measure a bold name, a "
         "description and a small line «Arbeidsform: … · Ansvar i KS: … · Med: …»; KS's kind words (Medlemskap i "
         "forum, Modellutvikling, Deltakelse i råd, Prosjekt, Kurs, Videreutdanning); the joint project moved from 1.4 "
         "to 2.3 as a tracked move, with the comment «Flyttet fra 1.4 – prosjektet handler om læreplasser»; one "
         "measure under 3.1 ended last year, told in its text")
NOT_TRUTH = ("the title and intro, the five delmål headings, the labels and Arbeidsform values of the small lines, the "
             "moved-from copy of 'Læreplassløftet i helse' under 1.4 (a tracked move: it counts once, where it was "
             "moved to), the reviewer's comment, 'Fagbrev for ufaglærte i renhold' (ended before the summer last "
             "year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

AUTHOR = "Ingrid Bakke"
WHEN = "2092-01-13T14:03:00Z"

J02 = ("Læreplassløftet i helse",
       "Kommunene har med støtte fra KS opprettet 290 nye læreplasser i helsearbeiderfaget. KS har laget en veileder "
       "for lærlinger som går i turnus, og holdt nettmøter for lærlingansvarlige i kommunene.",
       "Prosjekt", "Avdeling for utdanning og kompetanse", "Fagforbundet, Spekter", "J02", "2.3", PROSJEKT)

# heading, [measures]; measure = (name, text, kind, ansvar, med, seed, dm, type) or "MOVE_FROM" / "MOVE_TO"
SECTIONS = [
    ("1.3 Karriereveiledning", [
        ("Nasjonalt forum for karriereveiledning",
         "KS møter i forumet for kommunesektoren. Forumet drøftet i 2091 hvordan kommunene kan gi ansatte i omstilling "
         "karriereveiledning, og KS la fram erfaringer fra fire kommuner.",
         "Medlemskap i forum", "Avdeling for arbeidsgiverpolitikk", "", "M01", "1.3", RAD),
    ]),
    ("1.4 Samarbeid med utdanningene", [
        "MOVE_FROM",
        ("Lengre praksis i hjemmetjenesten",
         "KS har sammen med fire universiteter laget en modell for lengre praksisperioder for sykepleierstudenter i "
         "hjemmetjenesten. 36 kommuner tok modellen i bruk i 2091.",
         "Modellutvikling", "Avdeling for utdanning og kompetanse",
         "OsloMet, Universitetet i Agder, Nord universitet, UiT Norges arktiske universitet", None, "1.4", PROSJEKT),
    ]),
    ("2.3 Fagopplæring og læreplasser", [
        ("Samarbeidsrådet for yrkesopplæring",
         "KS har en av arbeidsgiverplassene i SRY. Rådet behandlet i 2091 forslag til ny tilbudsstruktur i helse- og "
         "oppvekstfag og i bygg- og anleggsteknikk.",
         "Deltakelse i råd", "Avdeling for utdanning og kompetanse", "", "M02", "2.3", RAD),
        "MOVE_TO",
        ("Kurs for kommunale representanter i yrkesopplæringsnemndene",
         "Et dagskurs for de 44 representantene kommunene har i fylkenes yrkesopplæringsnemnder, om dimensjonering og "
         "læreplasser. Kurset er KS' eget og er ikke en del av arbeidet i SRY.",
         "Kurs", "Avdeling for utdanning og kompetanse", "", None, "2.3", KURS),
    ]),
    ("2.4 Videreutdanning i kommunene", [
        ("Lederprogram i endringsledelse for kommunene",
         "Et videreutdanningsprogram på 30 studiepoeng for ledere i kommunene, gitt sammen med Handelshøyskolen BI. "
         "180 ledere startet i 2091.",
         "Videreutdanning", "KS Læring", "Handelshøyskolen BI", None, "2.4", KURS),
    ]),
    ("3.1 Voksne uten fullført videregående", [
        ("Fagbrev for ufaglærte i renhold",
         "Prosjektet ble avsluttet før sommeren i fjor, og resultatene ble rapportert da. Det er tatt med her fordi "
         "flere kommuner har spurt etter sluttrapporten.",
         "Prosjekt", "Avdeling for utdanning og kompetanse", "", "", "", None),
    ]),
]


def _measure(d, m):
    name, txt, kind, ans, med, *_ = m
    p1 = d.add_paragraph()
    r = p1.add_run(name)
    r.bold = True
    p1.paragraph_format.space_after = Pt(2)
    p2 = d.add_paragraph(txt)
    p2.paragraph_format.space_after = Pt(2)
    p3 = d.add_paragraph()
    r = p3.add_run(f"Arbeidsform: {kind} · Ansvar i KS: {ans} · Med: {med or '–'}")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return [p1, p2, p3]


def _mark_moved(paras, kind: str, range_id: int, first_id: int) -> None:
    """Turn whole paragraphs into a tracked move: every run wrapped in w:moveFrom / w:moveTo, every paragraph mark
    marked moved, the range opened in the first paragraph and closed in the last."""
    tag = "w:moveFrom" if kind == "from" else "w:moveTo"
    rng = "w:moveFromRange" if kind == "from" else "w:moveToRange"
    nid = first_id
    for i, p in enumerate(paras):
        el = p._p
        ppr = el.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        mark = OxmlElement(tag)
        mark.set(qn("w:id"), str(nid))
        mark.set(qn("w:author"), AUTHOR)
        mark.set(qn("w:date"), WHEN)
        nid += 1
        rpr.insert(0, mark)
        for r in [c for c in el if c.tag == qn("w:r")]:
            wrap = OxmlElement(tag)
            wrap.set(qn("w:id"), str(nid))
            wrap.set(qn("w:author"), AUTHOR)
            wrap.set(qn("w:date"), WHEN)
            nid += 1
            r.addprevious(wrap)
            wrap.append(r)
        if i == 0:
            start = OxmlElement(rng + "Start")
            start.set(qn("w:id"), str(range_id))
            start.set(qn("w:author"), AUTHOR)
            start.set(qn("w:date"), WHEN)
            start.set(qn("w:name"), "move218934102")
            ppr.addnext(start)
        if i == len(paras) - 1:
            end = OxmlElement(rng + "End")
            end.set(qn("w:id"), str(range_id))
            el.append(end)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    r = p.add_run("KS – oppfølging av Nasjonal kompetansepolitisk strategi 2091")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("KS rapporterer her tiltakene vi har hatt ansvar for eller vært med på i 2091. Tiltakene står "
                    "under det delmålet i strategien de først og fremst bidrar til.")
    rows = []
    moved_from = moved_to = None
    for heading, items in SECTIONS:
        d.add_heading(heading, level=2)
        for m in items:
            if m == "MOVE_FROM":
                moved_from = _measure(d, J02)
                continue
            if m == "MOVE_TO":
                moved_to = _measure(d, J02)
                name, txt, kind, ans, med, seed, dm, ty = J02
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
                continue
            _measure(d, m)
            name, txt, kind, ans, med, seed, dm, ty = m
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_paragraph()
    d.add_paragraph("Kontakt: Ingrid Bakke, spesialrådgiver i avdeling for utdanning og kompetanse, KS.")
    c = d.add_comment(moved_to[0].runs, text="Flyttet fra 1.4 – prosjektet handler om læreplasser.", author=AUTHOR,
                      initials="IB")
    c._comment_elm.date = dt.datetime(2092, 1, 13, 14, 5, 0, tzinfo=dt.timezone.utc)
    _mark_moved(moved_from, "from", 900, 901)
    _mark_moved(moved_to, "to", 950, 951)
    save_docx(d, out / FILENAME, "Ingrid Bakke")
    return rows


def text(path) -> str:
    return docx_text_deep(path)

