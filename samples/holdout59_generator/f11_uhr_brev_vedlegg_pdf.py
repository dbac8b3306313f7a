"""UHR: a short cover letter (portrait) that names two of the measures in passing, followed by «Vedlegg 1» in a
landscape section: a table whose narrow columns have their headings turned 90° (text direction bottom-to-top), as
people do to save width. Word document exported to PDF by LibreOffice."""
from __future__ import annotations

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import ARR, KURS, PROSJEKT, RAD, docx_to_pdf, pdf_text_with_cells, row, set_col_widths

FILENAME = "UHR brev og vedlegg KPR 2079.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with a portrait and a landscape section and "
          "rotated header cells (w:textDirection btLr); dates and /ID fixed")
SHAPE = ("cover letter (letterhead, Vår ref./Deres ref., addressee, two paragraphs naming two measures in prose and "
         "a 2080 plan, signature) followed by «Vedlegg 1: UHRs tiltak 2079» in a landscape section: table Nr / "
         "Tiltak / Delm. / Type / Ansvar i UHR / Samarbeid / Beskrivelse where the narrow columns' headings are "
         "turned 90° (bottom-to-top); delmål as code, type in UHR's words")
NOT_TRUTH = ("the letterhead, references and addressee, the letter's paragraphs (they name RSA and the "
             "mikroemne catalogue again and announce 'Felles EVU-portal' for 2080), the signature, the appendix "
             "title, the rotated header row, the Nr column")

# name, dm, type word, ansvar, med, text, seed, type
ITEMS = [
    ("Rådene for samarbeid med arbeidslivet (RSA) ved medlemsinstitusjonene", "1.4", "Rådsarbeid",
     "UHR-sekretariatet", "universitetene og høyskolene, partene",
     "Alle 29 medlemsinstitusjoner har et RSA; UHR samler rådenes årsrapporter og deltar i rådene gjennom "
     "institusjonene.", "M02", RAD),
    ("UHR-Helse og velferd", "1.4", "Fagstrategisk enhet", "UHR-Helse og velferd", "Spekter, KS, Unio",
     "Enheten hadde fire møter og arbeidet med kvalitet i praksisstudiene i helse- og sosialfagene.", "M06",
     RAD),
    ("Nasjonal samling for RSA-ledere", "1.4", "Samling", "UHR-sekretariatet", "NHO, LO",
     "Årlig samling for lederne av rådene for samarbeid med arbeidslivet, denne gang om etter- og "
     "videreutdanning; 70 deltakere.", None, ARR),
    ("Felles katalog for mikroemner", "2.4", "Utviklingsprosjekt", "UHR-sekretariatet", "HK-dir",
     "Katalogen samler korte emner for yrkesaktive fra 24 institusjoner; 310 emner ved utgangen av 2079.",
     None, PROSJEKT),
    ("Kompletterende utdanning for lærere med utenlandsk utdanning", "2.6", "Utdanningstilbud",
     "UHR-Lærerutdanning", "HK-dir, OsloMet",
     "Tilbudet ble gitt ved fire institusjoner; 120 lærere fikk fullført kompletterende utdanning.", None, KURS),
]


def _rotate(cell):
    tc_pr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "btLr")
    tc_pr.append(td)


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    p = d.add_paragraph()
    p.add_run("Universitets- og høgskolerådet").bold = True
    d.add_paragraph("Vår ref.: 79/1142-4        Deres ref.: 79/886        Dato: 15.01.2080")
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nHK-dir")
    p = d.add_paragraph()
    p.add_run("Rapportering fra UHR for 2079").bold = True
    d.add_paragraph("Vi viser til brev om rapportering av tiltak for 2079. UHRs tiltak står i vedlegg 1. Arbeidet "
                    "i rådene for samarbeid med arbeidslivet har også i år vært det viktigste bidraget fra "
                    "universitetene og høyskolene, og katalogen for mikroemner har vokst raskt.")
    d.add_paragraph("Fra 2080 tar vi sikte på å etablere en felles EVU-portal sammen med HK-dir. Den vil bli "
                    "rapportert neste år.")
    d.add_paragraph("Med vennlig hilsen\n\nAdministrerende direktør\nUniversitets- og høgskolerådet")
    new = d.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    d.add_heading("Vedlegg 1: UHRs tiltak 2079", level=2)
    head = ["Nr", "Tiltak", "Delm.", "Type", "Ansvar i UHR", "Samarbeid", "Beskrivelse"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    hr = t.rows[0]
    tr_pr = hr._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), "1100")
    h.set(qn("w:hRule"), "atLeast")
    tr_pr.append(h)
    for k, (c, txt) in enumerate(zip(hr.cells, head)):
        c.paragraphs[0].add_run(txt).bold = True
        if k in (0, 2, 3):
            _rotate(c)
    rows = []
    for i, (name, dm, tw, ansv, med, txt, seed, ty) in enumerate(ITEMS, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), name, dm, tw, ansv, med, txt]):
            c.text = v
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ansv, med, txt))
    set_col_widths(t, [0.9, 5.0, 1.1, 3.4, 3.2, 3.8, 7.2])
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
