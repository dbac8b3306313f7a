"""Word sources converted by LibreOffice (Unio .odt, YS .doc, Virke/Oslo .pdf)
and the municipal plan (.docx, not a member report)."""
import os
import tempfile

from docx import Document
from docx.shared import Cm, Pt, RGBColor

from .common import (cell_text, normalize_zip, repeat_header, set_core,
                     set_widths, shade, soffice_convert)

DM_NAMES = {
    "1.1": "Kompetansebehovsutvalg", "1.4": "Samarbeid mellom utdanningstilbydere "
    "og arbeidslivet", "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
}


def _doc(title, author, font, size):
    doc = Document()
    set_core(doc, title, author)
    for sec in doc.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    return doc


def _convert(doc, out_dir, fname, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, os.path.splitext(fname)[0] + ".docx")
        doc.save(src)
        return soffice_convert(src, fmt, os.path.join(out_dir, fname))


def build_unio(out_dir, fname, rows):
    doc = _doc("Unio – tiltak 2053", "Unio", "Liberation Serif", 11.5)
    doc.add_heading("Unios rapportering til Kompetansepolitisk råd 2053", level=1)
    doc.add_paragraph(
        "Unio organiserer over 400 000 medlemmer i yrker som krever høyere utdanning. "
        "Nedenfor omtales tiltak Unio og Unio-forbundene har gjennomført i 2053, "
        "ordnet etter strategiens delmål.")
    for sec in sorted({r["sec"] for r in rows}):
        doc.add_heading(f"Delmål {sec} – {DM_NAMES[sec]}", level=2)
        for row in (r for r in rows if r["sec"] == sec):
            p = doc.add_paragraph()
            p.add_run(row["tiltak"]).bold = True
            p.add_run(" – " + row["desc"])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 2. februar 2054\nUnio sekretariatet")
    return _convert(doc, out_dir, fname, "odt")


def build_ys(out_dir, fname, rows):
    doc = _doc("YS tiltaksoversikt 2053", "YS", "Times New Roman", 11)
    doc.add_heading("YS – tiltaksoversikt for 2053", level=1)
    doc.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\n"
                      "Fra: YS, avdeling for arbeidsliv og kompetanse\n"
                      "Dato: 31.01.2054")
    fields = [("Tiltak", "tiltak"), ("Delmål", "dm"), ("Type tiltak", "tt"),
              ("Ansvarlig", "ans"), ("Partnere", "sam"), ("Omtale", "desc")]
    for row in rows:
        doc.add_paragraph("_" * 60)
        for label, key in fields:
            if not row[key]:
                continue
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.add_run(label + ": ").bold = True
            p.add_run(row[key])
    doc.add_paragraph("_" * 60)
    doc.add_paragraph("YS-forbundene rapporterer egne tiltak direkte til sine "
                      "hovedsammenslutninger og er ikke tatt med her.")
    return _convert(doc, out_dir, fname, "doc:MS Word 97")


def build_virke(out_dir, fname, rows):
    doc = _doc("Virke kompetansetiltak 2053", "Virke", "Arial", 10.5)
    p = doc.add_paragraph()
    r = p.add_run("VIRKE")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    doc.add_heading("Kompetansetiltak i 2053 – rapport til Kompetansepolitisk råd",
                    level=1)
    doc.add_paragraph(
        "Virke har i 2053 prioritert digital omstilling i handel og tjenesteyting og "
        "bedre koblinger mellom virksomheter og utdanningstilbydere. Tiltakene står "
        "under det delmålet i strategien de først og fremst støtter opp under. "
        "Arten av tiltak er angitt i hakeparentes.")
    for sec in dict.fromkeys(r["sec"] for r in rows):
        doc.add_heading(sec, level=2)
        for row in (r for r in rows if r["sec"] == sec):
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(row["tiltak"]).bold = True
            p.add_run(f" [{row['tt']}]").italic = True
            p.add_run(" – " + row["desc"])
    doc.add_paragraph()
    doc.add_paragraph("Virke, Oslo, januar 2054")
    return _convert(doc, out_dir, fname, "pdf:writer_pdf_Export")


def build_oslo(out_dir, fname, rows):
    doc = _doc("Oslo kommune – rapportering 2053", "Oslo kommune", "Arial", 10)
    doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(2.0)
    p = doc.add_paragraph()
    r = p.add_run("Oslo kommune\nByrådsavdeling for oppvekst og kunnskap")
    r.bold = True
    doc.add_heading("Rapportering til Kompetansepolitisk råd – 2053", level=1)
    doc.add_paragraph(
        "Oslo kommune rapporterer tiltak der kommunen har en aktiv rolle. Kolonnen "
        "«Delmål» viser nummeret i Nasjonal kompetansepolitisk strategi.")
    heads = ["Delmål", "Tiltak", "Beskrivelse", "Ansvarlig virksomhet"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C9DAF8")
    repeat_header(t.rows[0])
    for row in sorted(rows, key=lambda x: x["delmal"]):
        c = t.add_row().cells
        for i, key in enumerate(("delmal", "tiltak", "desc", "ans")):
            cell_text(c[i], row[key], size=9.5)
    set_widths(t, [1.8, 4.2, 7.0, 4.0])
    doc.add_paragraph()
    doc.add_paragraph("Saksbehandler: Jonas Ekeberg Aas, tlf. 23 46 00 00")
    return _convert(doc, out_dir, fname, "pdf:writer_pdf_Export")


PLAN = [
    ("1", "Innledning", None),
    ("1.1", "Formål med planen",
     "Kompetanseplanen skal sikre at Gjøvik kommune har riktig kompetanse for å "
     "løse oppgavene i planperioden 2053–2056. Planen bygger på kommuneplanens "
     "samfunnsdel og arbeidsgiverstrategien."),
    ("1.2", "Kompetansebehov i kommunen",
     "Kartleggingen høsten 2053 viser størst behov innen sykepleie, "
     "spesialpedagogikk og digital forvaltning. Om lag 14 prosent av de ansatte i "
     "helse og omsorg mangler relevant fagutdanning."),
    ("2", "Satsingsområder", None),
    ("2.1", "Digital kompetanse hos ansatte",
     "Alle ansatte skal gjennomføre grunnkurs i informasjonssikkerhet innen utgangen "
     "av 2054. Enhetsledere skal ha opplæring i bruk av kunstig intelligens i "
     "saksbehandling."),
    ("2.2", "Lærlinger og fagbrev",
     "Kommunen skal ha minst to lærlinger per 1 000 innbyggere og tilby "
     "fagbrevløp for ufaglærte assistenter."),
    ("2.3", "Videreutdanning og lederutvikling",
     "Det avsettes 3,2 millioner kroner årlig til stipend for videreutdanning."),
    ("3", "Gjennomføring og oppfølging", None),
    ("3.1", "Ansvar",
     "Kommunedirektøren har det overordnede ansvaret. Tjenesteområdene utarbeider "
     "egne handlingsplaner."),
    ("3.2", "Rapportering",
     "Status rapporteres til formannskapet i forbindelse med årsmeldingen."),
]

PLAN_TABLE = [
    ("Grunnkurs i informasjonssikkerhet for alle ansatte", "HR og digitalisering",
     "Des. 2054"),
    ("Fagbrevløp for assistenter i barnehage og helse", "Oppvekst / Helse og omsorg",
     "Løpende"),
    ("Stipendordning for videreutdanning", "HR", "Årlig"),
]


def build_plan(out_dir, fname):
    doc = _doc("Kompetanseplan for Gjøvik kommune 2053–2056", "Gjøvik kommune",
               "Calibri", 11)
    doc.add_heading("Kompetanseplan for Gjøvik kommune 2053–2056", level=0)
    doc.add_paragraph("Vedtatt av kommunestyret 11. desember 2053, sak 88/53")
    for num, head, body in PLAN:
        doc.add_heading(f"{num} {head}", level=1 if "." not in num else 2)
        if body:
            doc.add_paragraph(body)
        if num == "2.3":
            doc.add_paragraph("Tabell 1. Prioriterte tiltak i planperioden")
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for i, h in enumerate(("Tiltak", "Ansvar", "Frist")):
                cell_text(t.rows[0].cells[i], h, bold=True)
            for vals in PLAN_TABLE:
                c = t.add_row().cells
                for i, v in enumerate(vals):
                    cell_text(c[i], v)
            set_widths(t, [8.5, 5, 2.5])
    path = os.path.join(out_dir, fname)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.5)
    doc.save(path)
    normalize_zip(path)
    return path
