"""Files converted by LibreOffice: YS (.doc, lettered nested list) and Trøndelag
(PDF export of a landscape report with repeated table header and footnotes)."""
import datetime as dt
import os
import shutil
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .common import DELMAL, pin_docx, pin_pdf_bytes, soffice_convert
from .data_b import YS, TRONDELAG
from .docx_util import (add_page_field, base_font, cell_text, col_widths, landscape,
                        repeat_header, set_borders, shade)


def _ys_docx(path):
    doc = Document()
    base_font(doc, "Times New Roman", 11)
    p = doc.add_paragraph()
    r = p.add_run("YS – Yrkesorganisasjonenes Sentralforbund")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_heading("Tiltak for 2054 – rapport til Kompetansepolitisk råd", level=1)
    doc.add_paragraph("Oslo, 13. januar 2055")
    doc.add_paragraph(
        "YS gir her en kort oversikt over tiltak i 2054. Listen omfatter både tiltak i YS sentralt og "
        "tiltak der YS-forbund har hatt ansvaret. For hvert tiltak er delmål, type, ansvar og "
        "eventuelle samarbeidspartnere oppgitt i kulepunkter.")
    for letter, x in zip("abcdefgh", YS):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run(f"{letter})\t")
        p.add_run(x["t"]).bold = True
        subs = [f"delmål {x['d']} ({DELMAL[x['d']].lower()})", f"type: {x['tw']}"]
        if x["a"]:
            subs.append(f"ansvar: {x['a']}")
        if x["p"]:
            subs.append(f"i samarbeid med: {x['p']}")
        for s in subs:
            q = doc.add_paragraph(f"–\t{s}")
            q.paragraph_format.left_indent = Cm(1.4)
            q.paragraph_format.first_line_indent = Cm(-0.5)
            q.paragraph_format.space_after = Pt(0)
        q = doc.add_paragraph(x["b"])
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.space_before = Pt(4)
    doc.add_paragraph()
    doc.add_paragraph("Med hilsen\nYS\n\nLars Tveitå\nfagsjef")
    pin_docx(doc, "YS tiltak 2054", "YS", dt.datetime(2055, 1, 13, 12, 0))
    doc.save(path)


def write_ys(out):
    name = "YS_tiltak_2054.doc"
    tmp = tempfile.mkdtemp(prefix="h34_ys_")
    try:
        src = os.path.join(tmp, "YS_tiltak_2054.docx")
        _ys_docx(src)
        res = soffice_convert(src, "doc:MS Word 97", tmp)
        shutil.copyfile(res, os.path.join(out, name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dict(file=name, member="YS", rows=YS,
                shape="doc (Word 97 via soffice); lettered list a)–e) with nested dash sub-points for "
                      "delmål/type/ansvar/samarbeid and an indented description")


FOOT = {
    "M05": ("¹", "Fylkeskommunen er representert ved fylkesdirektør for utdanning, på vegne av alle "
                 "fylkeskommunene."),
    "R1001": ("²", "Forumet er regionalt og må ikke forveksles med det nasjonale "
                   "Kompetansebehovsutvalget."),
}


def _trondelag_docx(path):
    doc = Document()
    base_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Rapport til Kompetansepolitisk råd 2054 – ")
    add_page_field(fp, "side ")
    doc.add_heading("Rapport til Kompetansepolitisk råd – Trøndelag fylkeskommune 2054", level=1)
    doc.add_heading("1 Innledning", level=2)
    doc.add_paragraph(
        "Trøndelag fylkeskommune har et regionalt ansvar for kompetansepolitikken og samarbeider tett "
        "med NAV, universitetene og høgskolene, fagskolene og partene i arbeidslivet. 2054 har vært "
        "preget av arbeidet med ny regional kompetansestrategi, økt satsing på voksne som mangler "
        "fag- og svennebrev, og en styrking av karriereveiledningen i de sørsamiske områdene.")
    doc.add_paragraph(
        "Tabellen i kapittel 2 viser tiltakene fylkeskommunen rapporterer for 2054. Tiltak som "
        "fylkeskommunen bare har gitt tilskudd til, uten å ha en aktiv rolle, er ikke tatt med. Der "
        "et tiltak gjennomføres sammen med andre rådsmedlemmer, er dette angitt i kolonnen Samarbeid.")
    doc.add_paragraph(
        "Fylkestinget behandlet rapporten i sak 12/55. Merknader fra hovedutvalg for utdanning er "
        "innarbeidet.")
    doc.add_heading("2 Tiltak i 2054", level=2)
    t = doc.add_table(rows=1, cols=6)
    set_borders(t)
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Tiltakstype", "Ansvarlig enhet",
                                      "Samarbeid", "Beskrivelse"]):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, "C6E0B4")
    repeat_header(t.rows[0])
    for x in TRONDELAG:
        c = t.add_row().cells
        for cell, v in zip(c, [x["t"], x["d"], x["tw"], x["a"], x["p"], x["b"]]):
            cell_text(cell, v, size=9.5)
        if x["s"] in FOOT:
            r = c[2].paragraphs[0].add_run(FOOT[x["s"]][0])
            r.font.superscript = True
            r.font.size = Pt(9.5)
    col_widths(t, [5.2, 1.5, 2.4, 3.6, 4.4, 8.9])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Fotnoter").bold = True
    for mark, txt in FOOT.values():
        q = doc.add_paragraph(f"{mark} {txt}")
        q.runs[0].font.size = Pt(8.5)
    doc.add_paragraph()
    doc.add_paragraph("Steinkjer, 19. januar 2055\nAvdeling for utdanning")
    pin_docx(doc, "Rapport til Kompetansepolitisk råd 2054", "Trøndelag fylkeskommune",
             dt.datetime(2055, 1, 19, 13, 0))
    doc.save(path)


def write_trondelag(out):
    name = "Trondelag_fylkeskommune_rapport_2054.pdf"
    tmp = tempfile.mkdtemp(prefix="h34_tr_")
    try:
        src = os.path.join(tmp, "Trondelag_fylkeskommune_rapport_2054.docx")
        _trondelag_docx(src)
        res = soffice_convert(src, "pdf", tmp)
        dst = os.path.join(out, name)
        shutil.copyfile(res, dst)
        pin_pdf_bytes(dst)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dict(file=name, member="Trøndelag fylkeskommune", rows=TRONDELAG,
                shape="pdf (soffice export), landscape, numbered chapters, table with repeated header "
                      "row running over a page break, superscript footnote marks in the type column")
