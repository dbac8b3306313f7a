"""python-docx based files: 03 KS, 06 Akademikerne, 12 Vestland, 09 UHR (via soffice to PDF)."""
import datetime
import os
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .common import normalise_zip, patch_pdf, soffice_convert

FIXED = datetime.datetime(2068, 2, 14, 10, 0, 0)


def _props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.comments = ""


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _col_widths(table, widths):
    """Fixed column widths in both tblGrid and every cell (Word and LibreOffice honour different ones)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def _base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


# ------------------------------------------------------------------ 03 KS
def build_ks(spec, path):
    doc = Document()
    _props(doc, "Rapportering Kompetansepolitisk råd 2067", "KS")
    _base_font(doc, "Calibri", 10.5)
    p = doc.add_paragraph()
    r = p.add_run("KS")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
    doc.add_heading("Rapportering til Kompetansepolitisk råd – tiltak i 2067", level=1)
    doc.add_paragraph(
        "KS rapporterer her tiltak der KS har hatt en aktiv rolle i 2067. Hvert tiltak er beskrevet i et eget "
        "skjema etter sekretariatets mal. Tiltak som bare er omtalt i KS' strategier, og som ikke er satt i gang, "
        "er ikke tatt med.")
    fields = [("Navn på tiltak", "tiltak"), ("Delmål", "dm"), ("Type tiltak", "ty"),
              ("Ansvarlig i KS", "ansvarlig"), ("Samarbeidspartnere", "samarb"), ("Beskrivelse", "beskr"),
              ("Status per 31.12.2067", "status")]
    n = len(spec.rows)
    for i, row in enumerate(spec.rows, 1):
        cap = doc.add_paragraph()
        cr = cap.add_run("Tiltak %d av %d" % (i, n))
        cr.bold = True
        cr.font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
        cap.paragraph_format.space_before = Pt(10)
        cap.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=len(fields), cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for j, (label, attr) in enumerate(fields):
            val = row.x.get("status", "") if attr == "status" else getattr(row, attr)
            c0, c1 = t.rows[j].cells
            c0.text = ""
            rr = c0.paragraphs[0].add_run(label)
            rr.bold = True
            _shade(c0, "DCE9F5")
            c1.text = val
            if attr == "tiltak":
                c1.paragraphs[0].runs[0].bold = True
        _col_widths(t, [Cm(4.6), Cm(11.9)])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: Avdeling for utdanning og oppvekst, KS. Oslo, 26. februar 2068.")
    doc.save(path)
    normalise_zip(path)


# ------------------------------------------------------------------ 06 Akademikerne (English)
def build_akademikerne(spec, path):
    doc = Document()
    _props(doc, "Report to the Skills Policy Council 2067", "Akademikerne")
    _base_font(doc, "Georgia", 10.5)
    doc.add_heading("Akademikerne – Report to the Skills Policy Council (Kompetansepolitisk råd)", level=1)
    doc.add_paragraph("Reporting year 2067 · Submitted 28 February 2068")
    doc.add_paragraph(
        "This report is submitted in English, as agreed with the secretariat. Measure names are given in "
        "Norwegian as they are used in our communication with member associations. Sub-goal numbers refer to "
        "the Council's strategy; categories are our own description.")
    areas = [("1", "Main area 1: Good choices for individuals and society"),
             ("2", "Main area 2: Learning in working life")]
    for a, title in areas:
        doc.add_heading(title, level=2)
        for r in spec.rows:
            if r.delmal[0] != a:
                continue
            doc.add_heading(r.tiltak, level=3)
            doc.add_paragraph(r.beskr)
            parts = ["Sub-goal: " + r.dm, "Category: " + r.ty, "Lead: " + r.ansvarlig]
            if r.samarb:
                parts.append("Partners: " + r.samarb)
            fp = doc.add_paragraph()
            run = fp.add_run("  ·  ".join(parts))
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.add_heading("Other matters", level=2)
    doc.add_paragraph(
        "Akademikerne follows the Læringsløftet project run by LO, NHO and KS with interest. We are not a partner "
        "in the project and do not report it as one of our measures.")
    doc.add_paragraph(
        "A planned mentoring scheme for newly qualified graduates in the municipalities was postponed and will "
        "start in 2068; it is therefore not included.")
    doc.save(path)
    normalise_zip(path)


# ------------------------------------------------------------------ 12 Vestland (Nynorsk)
def build_vestland(spec, path):
    doc = Document()
    _props(doc, "Rapportering til Kompetansepolitisk råd 2067", "Vestland fylkeskommune")
    _base_font(doc, "Calibri", 11)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2067", level=1)
    doc.add_paragraph(
        "Under følgjer tiltaka Vestland fylkeskommune har gjennomført eller teke del i i 2067, sorterte etter "
        "innsatsområde og delmål i strategien. Fylkeskommunen har ansvaret for vidaregåande opplæring, "
        "fagskulane og karrieresentera i fylket, og rapporten speglar dette.")
    area_titles = {"1": "Innsatsområde 1: Gode val for den enkelte og for samfunnet",
                   "2": "Innsatsområde 2: Læring i arbeidslivet"}
    dm_titles = {"1.2": "Delmål 1.2 – regionalt ansvar og samordning",
                 "1.3": "Delmål 1.3 – karriererettleiing",
                 "1.4": "Delmål 1.4 – samarbeid mellom utdanning og arbeidsliv",
                 "2.3": "Delmål 2.3 – karrieremoglegheiter i yrkesfag",
                 "2.4": "Delmål 2.4 – etter- og vidareutdanning"}
    cur_a = cur_d = None
    for r in spec.rows:
        if r.delmal[0] != cur_a:
            cur_a = r.delmal[0]
            doc.add_heading(area_titles[cur_a], level=2)
        if r.delmal != cur_d:
            cur_d = r.delmal
            doc.add_heading(dm_titles[cur_d], level=3)
        p = doc.add_paragraph()
        b = p.add_run("Tiltak: ")
        b.bold = True
        n = p.add_run(r.tiltak + ". ")
        n.bold = True
        p.add_run(r.beskr)
        parts = []
        if r.ansvarlig:
            parts.append("Ansvarleg: " + r.ansvarlig + ".")
        if r.samarb:
            parts.append("Samarbeidspartnarar: " + r.samarb + ".")
        parts.append("Type: " + r.ty + ".")
        q = doc.add_paragraph()
        ir = q.add_run(" ".join(parts))
        ir.italic = True
        ir.font.size = Pt(9.5)
    doc.add_heading("Planar for 2068", level=2)
    doc.add_paragraph(
        "Desse tiltaka er vedtekne, men ikkje sette i gang i 2067. Dei vert rapporterte neste år.")
    p = doc.add_paragraph()
    b = p.add_run("Tiltak: ")
    b.bold = True
    p.add_run("Vaksenopplæringsløftet Vestland. Modulstrukturert vidaregåande opplæring for vaksne i alle "
              "regionane i fylket, med oppstart hausten 2068.")
    p = doc.add_paragraph()
    b = p.add_run("Tiltak: ")
    b.bold = True
    p.add_run("Karrieremesse for vaksne i Bergen, planlagd saman med NAV Vestland i mars 2068.")
    doc.add_paragraph("Bergen, 24. februar 2068\nSeksjon for kompetanse og næring")
    doc.save(path)
    normalise_zip(path)


# ------------------------------------------------------------------ 09 UHR (DOCX -> PDF)
def build_uhr(spec, path):
    doc = Document()
    _props(doc, "UHR – rapport til Kompetansepolitisk råd 2067", "UHR")
    _base_font(doc, "Liberation Serif", 11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    p = doc.add_paragraph()
    r = p.add_run("Universitets- og høgskolerådet")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Rapport til Kompetansepolitisk råd – tiltak i 2067", level=1)
    doc.add_paragraph(
        "UHR rapporterer på tiltak der UHR som organisasjon har hatt ansvar eller deltatt i 2067. Tiltak som "
        "den enkelte medlemsinstitusjon har, rapporteres ikke her. For å gjøre tabellen kortere bruker vi "
        "UHRs interne referanser til strategiens delmål; se nøkkelen under.")
    doc.add_heading("Nøkkel til referansene", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    kv = [("Referanse", "Betyr"),
          ("1a, 1b, 1c, 1d", "delmål 1.1, 1.2, 1.3, 1.4 (innsatsområde 1)"),
          ("2a–2f", "delmål 2.1–2.6 (innsatsområde 2), f.eks. 2e = delmål 2.5"),
          ("3a–3f", "delmål 3.1–3.6 (innsatsområde 3)")]
    for i, (a, b) in enumerate(kv):
        key.rows[i].cells[0].text = a
        key.rows[i].cells[1].text = b
        if i == 0:
            for c in key.rows[i].cells:
                c.paragraphs[0].runs[0].bold = True
    _col_widths(key, [Cm(3.5), Cm(9.5)])
    doc.add_paragraph("Løpenummeret etter bindestreken skiller tiltak under samme delmål: 1d-2 er det andre "
                      "tiltaket under delmål 1.4.")
    doc.add_heading("Tiltak", level=2)
    heads = ["Ref.", "Tiltak", "Type", "Ansvarlig", "Partnere", "Omtale"]
    t = doc.add_table(rows=1 + len(spec.rows), cols=len(heads))
    t.style = "Table Grid"
    widths = [Cm(1.2), Cm(4.2), Cm(2.8), Cm(1.9), Cm(2.6), Cm(4.3)]
    for j, h in enumerate(heads):
        c = t.rows[0].cells[j]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.size = Pt(9)
        c.paragraphs[0].runs[0].font.name = "DejaVu Sans Condensed"
        _shade(c, "D9D9D9")
    for i, r in enumerate(spec.rows, 1):
        vals = [r.dm, r.tiltak, r.ty, r.ansvarlig, r.samarb, r.beskr]
        for j, v in enumerate(vals):
            c = t.rows[i].cells[j]
            c.text = v
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(8.5)
                    run.font.name = "DejaVu Sans Condensed"
    _col_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph(
        "Fagskolenes eget arbeid med realkompetanse er omtalt i Fagskolerådets rapport, og UHR viser til den. "
        "Arbeidet med nasjonale retningslinjer for praksis i helseutdanningene ble avsluttet i 2066 og er derfor "
        "ikke med.")
    doc.add_paragraph("Oslo, 27. februar 2068 – UHR-sekretariatet")
    tmp = tempfile.mkdtemp(prefix="h47uhr_")
    src = os.path.join(tmp, "UHR_rapport_2067.docx")
    doc.save(src)
    soffice_convert(src, path, "pdf:writer_pdf_Export")
    patch_pdf(path)
