"""KS: a Word document with a role matrix. One row per measure; the actors are columns and a letter says who is
responsible (A) and who takes part (M). The descriptions are in a numbered list under the table."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import FOU, INFO, KURS, RAD, docx_text, normalise_ooxml, row

FILENAME = "KS rollematrise KPR 2077.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), landscape section, shaded cells, zip normalised"
SHAPE = ("role matrix (RACI-like): columns Delmål / Tiltak / Type / KS / Fylkeskommunene / Kommunene / "
         "Arbeidstakerorganisasjonene / Udir / HK-dir; in the actor columns 'A' = ansvarlig and 'M' = medvirker "
         "(legend above the table), so responsible and partners are only given by the column heads; type in KS's "
         "words (empty once); delmål as code or code+words; the descriptions are a numbered list 'Om tiltakene' "
         "under the table; two greyed rows marked '(avsluttet 2076)' and '(fra 2078)'")
NOT_TRUTH = ("the title, the legend, the header row, the greyed rows 'Kompetanseløft for teknisk sektor (avsluttet "
             "2076)' and 'Kompetansestrategi for kommunal sektor 2078–2082 (fra 2078)', their entries in the list "
             "'Om tiltakene', the closing remark")
SPLIT_FIELDS = ("samarbeidspartnere",)

ACTORS = ["KS", "Fylkeskommunene", "Kommunene", "Arbeidstakerorganisasjonene", "Udir", "HK-dir"]

# delmål cell, name, type cell, roles {actor: A/M}, description, truth
ITEMS = [
    ("2.3 Yrkesfag", "Samarbeidsrådet for yrkesopplæring", "Rådsarbeid", {"KS": "A", "Fylkeskommunene": "M"},
     "KS har to medlemmer i SRY og la i 2077 fram et notat om lærlingplasser i kommunal sektor.",
     ("M02", "2.3", RAD)),
    ("2.3", "Regionalt samarbeidsforum for yrkesopplæring i Agder", "Nettverk",
     {"KS": "A", "Fylkeskommunene": "M", "Kommunene": "M"},
     "KS Agder driver et regionalt forum etter mønster av SRY der kommunene og fylkeskommunen drøfter "
     "lærlingbehov.", ("U", "2.3", RAD)),
    ("2.1 Digital kompetanse", "Digitalt grunnløft – kommunal sektor", "Opplæring",
     {"KS": "A", "Kommunene": "M", "Arbeidstakerorganisasjonene": "M"},
     "Nettbasert opplæring i digitale grunnferdigheter for ansatte i kommunene; 11 000 fullførte.",
     ("J01", "2.1", KURS)),
    ("2.2", "Kompetansebarometer helse og omsorg – kommunedelen", "Kartlegging",
     {"KS": "A", "Kommunene": "M", "Arbeidstakerorganisasjonene": "M"},
     "KS sto for kommunedelen av den felles kartleggingen med Spekter og Unio.", ("J04", "2.2", FOU)),
    ("2.4 Koble behov og tilbud", "Lederutdanning for barnehagestyrere", "",
     {"KS": "A", "Udir": "M"},
     "Videreutdanning i ledelse for styrere i kommunale barnehager, 30 studiepoeng; 210 deltakere.",
     ("U", "2.4", KURS)),
    ("2.3", "Veileder om lærlinger i kommunene", "Veileder", {"KS": "A", "Kommunene": "M", "HK-dir": "M"},
     "Digital veileder for kommuner som vil ta inn flere lærlinger i helse- og oppvekstfag.",
     ("U", "2.3", INFO)),
]
GREY = [
    ("3.1", "Kompetanseløft for teknisk sektor (avsluttet 2076)", "Opplæring", {"KS": "A", "Kommunene": "M"},
     "Avsluttet i 2076 – tatt med for sammenhengens skyld."),
    ("2.4", "Kompetansestrategi for kommunal sektor 2078–2082 (fra 2078)", "Strategi", {"KS": "A"},
     "Arbeidet starter i 2078."),
]


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def build(out) -> list[dict]:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.core_properties.author = "KS"
    doc.core_properties.title = "Rollematrise – KS' tiltak 2077"
    doc.add_heading("KS' tiltak i 2077 – hvem gjør hva", level=1)
    doc.add_paragraph("Forklaring: A = ansvarlig, M = medvirker. Tomme ruter betyr at aktøren ikke deltar.")
    head = ["Delmål", "Tiltak", "Type"] + ACTORS
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9D9D9")
    rows = []
    for dm, name, typ_cell, roles, txt, truth in ITEMS + [(*g, None) for g in GREY]:
        cells = t.add_row().cells
        cells[0].text = dm
        cells[1].text = name
        cells[2].text = typ_cell
        for k, a in enumerate(ACTORS):
            cells[3 + k].text = roles.get(a, "")
        if truth is None:
            for c in cells:
                _shade(c, "EDEDED")
            continue
        seed, code, typ = truth
        ansv = ", ".join(a for a in ACTORS if roles.get(a) == "A")
        med = ", ".join(a for a in ACTORS if roles.get(a) == "M")
        rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    for r in t.rows:
        for i, w in enumerate([2.6, 7.0, 2.4, 1.6, 2.6, 2.2, 3.4, 1.4, 1.6]):
            r.cells[i].width = Cm(w)
            for p in r.cells[i].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_heading("Om tiltakene", level=2)
    for _dm, name, _t, _r, txt, _tr in ITEMS + [(*g, None) for g in GREY]:
        p = doc.add_paragraph(style="List Number")
        p.add_run(name + ": ").bold = True
        p.add_run(txt)
    doc.add_paragraph("Spørsmål om matrisen kan rettes til KS' avdeling for arbeidsgiverpolitikk.")
    p = out / FILENAME
    doc.save(str(p))
    normalise_ooxml(p)
    return rows


def text(path) -> str:
    return docx_text(path)
