"""DOCX files: 01 LO (measure blocks spanning rows), 14 Akademikerne
(transposed table, landscape), 16 research note (not a report)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from .common import docx_fix_props, normalise_zip
from .data1 import LO
from .data2 import AKADEMIKERNE


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips")
                                  else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def save(doc, path, title, author):
    docx_fix_props(doc, title, author)
    doc.save(path)
    normalise_zip(path)


def build_lo(path):
    doc = base_doc()
    doc.add_heading("Landsorganisasjonen i Norge (LO)", level=2)
    doc.add_heading("Rapportering til Kompetansepolitisk råd – tiltak 2064",
                    level=1)
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet om rapportering på Nasjonal "
        "kompetansepolitisk strategi. Under følger LOs tiltak for 2064. "
        "Hvert tiltak er beskrevet i en egen blokk i tabellen.")
    labels = ["Navn på tiltak", "Innsatsområde / delmål", "Hva slags tiltak",
              "Ansvarlig i LO", "Samarbeider med", "Kort om tiltaket"]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for n, r in enumerate(LO, 1):
        head = t.add_row().cells
        m = head[0].merge(head[1])
        set_text(m, "Tiltak %d" % n, bold=True)
        shade(m, "C00000")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        vals = [r["name"], "Delmål %s (%s)" % (r["dm"], r["x"]["dmt"]),
                r["x"]["own"], r["ans"], r["par"] or "–", r["desc"]]
        for lab, val in zip(labels, vals):
            c = t.add_row().cells
            set_text(c[0], lab, bold=True, size=9)
            shade(c[0], "F2F2F2")
            set_text(c[1], val, size=10)
    set_col_widths(t, [Cm(4.2), Cm(12)])
    doc.add_paragraph("")
    doc.add_paragraph("Med vennlig hilsen\nLO, avdeling for samfunnspolitikk")
    save(doc, path, "LO – tiltak 2064", "LO")


def build_akademikerne(path):
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading("Akademikerne – innrapportering av tiltak 2064", level=1)
    doc.add_paragraph(
        "Tabellen viser våre tiltak i kolonner. Radene følger malen fra "
        "sekretariatet i Kompetansepolitisk råd.")
    rows = [("Tiltak", "name"), ("Delmål i strategien", "dm"),
            ("Type", "own"), ("Ansvarlig", "ans"),
            ("Samarbeidspartnere", "par"), ("Beskrivelse", "desc")]
    t = doc.add_table(rows=len(rows), cols=len(AKADEMIKERNE) + 1)
    t.style = "Table Grid"
    for i, (lab, key) in enumerate(rows):
        set_text(t.cell(i, 0), lab, bold=True, size=9)
        shade(t.cell(i, 0), "DCE6F1")
        for j, r in enumerate(AKADEMIKERNE, 1):
            if key == "own":
                val = r["x"]["own"]
            elif key == "name":
                val = r["x"].get("cell", r["name"])
            else:
                val = r[key]
            set_text(t.cell(i, j), val, bold=(key == "name"), size=9)
    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson: rådgiver for utdanningspolitikk, "
                      "Akademikerne.")
    save(doc, path, "Akademikerne tiltak 2064", "Akademikerne")


NOTE = [
    ("1", "Innledning", None),
    ("1.1", "Bakgrunn",
     "Sekretariatet for Kompetansepolitisk råd har bedt om et kort notat om "
     "kunnskapsgrunnlaget for voksnes læring i arbeidslivet. Notatet er ikke "
     "en rapportering av tiltak, men et bakgrunnsdokument til rådsmøtet."),
    ("1.2", "Problemstillinger",
     "Vi spør hvor mange voksne som deltar i opplæring, hva som hindrer "
     "deltakelse, og hvilken betydning ordninger som Kompetansepluss har for "
     "voksne med svake grunnleggende ferdigheter."),
    ("2", "Data og metode", None),
    ("2.1", "Datakilder",
     "Vi bruker Lærevilkårsmonitoren, registerdata fra SSB og rapporten fra "
     "Kompetansebehovsutvalget (KBU) for 2064."),
    ("2.2", "Avgrensninger",
     "Vi ser ikke på høyere utdanning for studenter under 25 år."),
    ("3", "Funn", None),
    ("3.1", "Deltakelse i opplæring",
     "Om lag halvparten av de sysselsatte deltok i kurs eller opplæring i "
     "løpet av 2064. Andelen er lavest blant dem uten fullført videregående "
     "opplæring."),
    ("3.2", "Hindringer",
     "Tid, kostnader og mangel på relevante tilbud nær bostedet er de "
     "viktigste hindringene. Ordninger som Norsk på jobb og bransjeprogrammene "
     "ser ut til å senke tersklene."),
    ("3.3", "Frivillig sektor",
     "Studieforbundenes kurs når grupper som ellers deltar lite i opplæring."),
    ("4", "Oppsummering",
     "Kunnskapsgrunnlaget er godt for deltakelse, men svakt for effekter. "
     "Vi anbefaler at rådet drøfter behovet for flere effektstudier."),
]


def build_note(path):
    doc = base_doc("Cambria", 11)
    doc.add_paragraph("NOTAT").runs[0].bold = True
    doc.add_paragraph("Til: Kompetansepolitisk råd\nFra: Analysegruppen i "
                      "sekretariatet\nDato: 14. januar 2065\nSak: "
                      "Kunnskapsgrunnlag om voksnes læring i arbeidslivet")
    for num, title, text in NOTE:
        doc.add_heading("%s %s" % (num, title), level=1 if "." not in num
                        else 2)
        if text:
            doc.add_paragraph(text)
    doc.add_paragraph("Referanser: Lærevilkårsmonitoren 2064 (SSB); "
                      "Kompetansebehovsutvalget, rapport 2064.")
    save(doc, path, "Notat voksnes læring", "Sekretariatet")
