"""Spekter: an ordinary Word table with two header rows: group cells «Kobling til strategien» (over Delmål and
Virkemiddel) and «Ansvar» (over Leder and Deltakere) merged across two columns each, with Tiltak and Omtale merged
down over both header rows. Spekter's kind words (Rådsplass, Prosjekt, Lederutdanning, Kartlegging, Samarbeidsråd).
The trap is a hospital trust's own cooperation council with a university, modelled on RSA but not part of it, right
after the RSA seat. A conference was not held this year."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Spekter – kompetansetiltak 2089.docx"
MEMBER = "Spekter"
FORMAT = "DOCX (python-docx), landscape, one ruled table with two header rows (horizontally and vertically merged), zip normalised"
SHAPE = ("ordinary Word table with two header rows: «Tiltak» and «Omtale» merged down over both, «Kobling til "
         "strategien» merged over Delmål / Virkemiddel and «Ansvar» over Leder / Deltakere; delmål as a plain code; "
         "Spekter's kind words (Rådsplass, Prosjekt, Lederutdanning, Kartlegging, Samarbeidsråd); the SRY seat named "
         "«Spekters plass i SRY», the RSA seat «Helse Nord i RSA ved UiT»; a conference not held this year")
NOT_TRUTH = ("the title and intro, the two header rows, the Delmål and Virkemiddel cells, the row 'Nasjonal "
             "kompetansekonferanse for sykehusene' (not held in 2089; next in April 2090), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Spekters plass i SRY",
     "Spekter har arbeidsgiverplassen for helseforetakene i Samarbeidsrådet for yrkesopplæring og har særlig fulgt "
     "opp læreplasser i helsearbeiderfaget.", "2.3", "Rådsplass", "Spekter", "", "M03", "2.3", RAD),
    ("Helse Nord i RSA ved UiT",
     "Helse Nord RHF har Spekter-plassen i rådet for samarbeid med arbeidslivet ved UiT Norges arktiske "
     "universitet. Rådet behandlet opptaket til sykepleierutdanningen i Finnmark.", "1.4", "Rådsplass",
     "Helse Nord RHF", "", "M05", "1.4", RAD),
    ("Samarbeidsrådet Helse Nord – Nord universitet",
     "Et eget råd mellom helseforetaket og universitetet om praksisplasser. Rådet er helseforetakets og "
     "universitetets eget samarbeidsorgan og er ikke et RSA.", "1.4", "Samarbeidsråd", "Helse Nord RHF",
     "Nord universitet", None, "1.4", RAD),
    ("Helsefagarbeider nå – sykehusene",
     "Sju helseforetak tok inn 90 ufaglærte ansatte som praksiskandidater. 41 har bestått fagprøven.", "2.5",
     "Prosjekt", "Spekter", "Fagforbundet, KS", "J02", "2.5", PROSJEKT),
    ("Lederutdanning for avdelingsledere i sykehus",
     "Et ettårig program på 30 studiepoeng. 75 ledere fra alle regionale helseforetak deltok.", "2.4",
     "Lederutdanning", "Helse Sør-Øst RHF", "Handelshøyskolen BI", None, "2.4", KURS),
    ("Kartlegging av kompetansebehov i psykisk helsevern",
     "Spekter kartla hvilke stillinger som blir vanskeligst å fylle fram mot 2035. Rapporten kom i oktober.", "1.1",
     "Kartlegging", "Spekter", "SINTEF", None, "1.1", FOU),
    ("Nasjonal kompetansekonferanse for sykehusene",
     "Konferansen ble ikke holdt i 2089. Neste konferanse er i april 2090.", "2.4", "Konferanse", "Spekter", "",
     "", "", None),
]


def build(out) -> list[dict]:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    d = base_docx(font="Liberation Sans", size=9.5, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Spekter – kompetansetiltak i 2089", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Oversikten gjelder Spekter og helseforetakene.")
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0])
    b = h0[1].merge(h1[1])
    g1 = h0[2].merge(h0[3])
    g2 = h0[4].merge(h0[5])
    for c, txt in ((a, "Tiltak"), (b, "Omtale"), (g1, "Kobling til strategien"), (g2, "Ansvar"),
                   (h1[2], "Delmål"), (h1[3], "Virkemiddel"), (h1[4], "Leder"), (h1[5], "Deltakere")):
        add_runs(c.paragraphs[0], [(txt, "b")])
    for r in t.rows[:2]:
        for c in r.cells:
            set_cell_shading(c, "D9D9D9")
    rows = []
    for name, desc, dmc, kind, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [desc, dmc, kind, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    set_col_widths(t, [5.2, 9.4, 1.8, 2.9, 3.2, 3.5])
    d.add_paragraph()
    d.add_paragraph("Kontakt: fagdirektør Henrik Solbakken, Spekter.")
    save_docx(d, out / FILENAME, "Henrik Solbakken")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
