"""Word reports: Regjeringen (two-row header, table continued) and Unio (draft + v2)."""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm

from .common import DELMAL, HOVED, normalise_zip, pin_docx
from .data_a import REGJERINGEN, UNIO_V2, UNIO_DRAFT
from .docx_util import (base_font, cell_text, col_widths, landscape, repeat_header,
                        set_borders, shade, add_page_field, cant_split)

KD_HEAD = ["Nr.", "Tiltak", "Plassering i strategien", None, "Type tiltak", "Ansvarlig",
           "Samarbeidspartnere", "Beskrivelse"]
KD_W = [1.0, 4.4, 2.1, 1.6, 2.6, 2.8, 3.8, 7.6]


def _kd_table(doc, rows, start):
    t = doc.add_table(rows=2, cols=8)
    set_borders(t)
    top, sub = t.rows[0].cells, t.rows[1].cells
    for i, h in enumerate(KD_HEAD):
        if h is not None:
            cell_text(top[i], h, bold=True, size=9)
    cell_text(sub[2], "Hovedområde", bold=True, size=8.5)
    cell_text(sub[3], "Delmål", bold=True, size=8.5)
    top[2].merge(top[3])
    for i in (0, 1, 4, 5, 6, 7):
        top[i].merge(sub[i])
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells:
            shade(c, "D9E2F3")
    for n, x in enumerate(rows, start):
        c = t.add_row().cells
        vals = [f"{n}.", x["t"], x["d"].split(".")[0], x["d"], x["tw"], x["a"], x["p"], x["b"]]
        for cell, v in zip(c, vals):
            cell_text(cell, v, size=8.5)
        cant_split(t.rows[-1])
    col_widths(t, KD_W)
    return t


def write_regjeringen(out):
    name = "KD_rapport_kompetansepolitisk_rad_2054.docx"
    doc = Document()
    base_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Kunnskapsdepartementet\tRapportering 2054\tVår ref. 54/1187-12"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("Kompetansepolitisk råd v/sekretariatet")
    p.add_run("\nOslo, 20. januar 2055")
    h = doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2054", level=1)
    doc.add_paragraph(
        "Kunnskapsdepartementet rapporterer på vegne av regjeringen. Tabell 1 viser tiltak som er "
        "gjennomført eller videreført i 2054 under Nasjonal kompetansepolitisk strategi. Tiltak i "
        "regi av andre departementer rapporteres ikke her. For Kompetansebehovsutvalget vises det i "
        "tillegg til utvalgets egne rapporter, som er publisert på utvalgets nettside.")
    cap = doc.add_paragraph()
    cap.add_run("Tabell 1 Regjeringens tiltak 2054").bold = True
    _kd_table(doc, REGJERINGEN[:5], 1)
    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    cap = doc.add_paragraph()
    cap.add_run("Tabell 1 (forts.)").bold = True
    _kd_table(doc, REGJERINGEN[5:], 6)
    doc.add_paragraph()
    doc.add_paragraph(
        "Spørsmål om rapporteringen kan rettes til seniorrådgiver Henrik Østgård, "
        "tlf. 22 24 00 00.")
    doc.add_paragraph("Med hilsen\n\nTorunn Aasheim (e.f.)\navdelingsdirektør")
    note = doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.")
    note.runs[0].italic = True
    note.runs[0].font.size = Pt(8)
    pin_docx(doc, "Regjeringens rapportering 2054", "Kunnskapsdepartementet")
    path = os.path.join(out, name)
    doc.save(path)
    normalise_zip(path)
    return dict(file=name, member="Regjeringen", rows=REGJERINGEN,
                shape="docx, landscape letter; table with two-row merged header (Hovedområde/Delmål) "
                      "continued as a second table after a page break")


def _unio_block(doc, x):
    t = doc.add_table(rows=0, cols=2)
    set_borders(t, 2)
    for label, val in (("Tiltak", x["t"]), ("Type", x["tw"]), ("Ansvarlig", x["a"]),
                       ("Samarbeidspartnere", x["p"]), ("Beskrivelse", x["b"])):
        c = t.add_row().cells
        cell_text(c[0], label, bold=True, size=9.5)
        shade(c[0], "F2F2F2")
        cell_text(c[1], val, size=9.5)
    col_widths(t, [3.6, 12.4])
    doc.add_paragraph()


def write_unio_v2(out):
    name = "Unio_rapport_2054_v2.docx"
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Unio – Kompetansepolitisk råd – rapport 2054 – versjon 2"
    add_page_field(sec.footer.paragraphs[0])
    doc.add_heading("Unio – rapportering til Kompetansepolitisk råd for 2054", level=1)
    p = doc.add_paragraph()
    p.add_run("Versjon 2 – revidert 20. januar 2055. Erstatter utkastet av 9. januar 2055.").italic = True
    doc.add_paragraph(
        "Unio rapporterer her på tiltak der Unio eller ett eller flere av Unio-forbundene har hatt en "
        "aktiv rolle i 2054. Tiltakene er sortert etter hovedområde og delmål i strategien.")
    last_h = last_d = None
    for x in UNIO_V2:
        ho = x["d"].split(".")[0]
        if ho != last_h:
            doc.add_heading(f"Hovedområde {ho}: {HOVED[ho]}", level=2)
            last_h = ho
        if x["d"] != last_d:
            doc.add_heading(f"Delmål {x['d']} {DELMAL[x['d']]}", level=3)
            last_d = x["d"]
        _unio_block(doc, x)
    doc.add_paragraph("Kontaktperson: Marit Hovland, rådgiver, Unio-sekretariatet.")
    pin_docx(doc, "Unio rapport 2054 v2", "Unio", dt.datetime(2055, 1, 20, 14, 5))
    path = os.path.join(out, name)
    doc.save(path)
    normalise_zip(path)
    return dict(file=name, member="Unio", rows=UNIO_V2,
                shape="docx v2 (revised); headings per hovedområde/delmål, one two-column "
                      "key/value table per tiltak")


def write_unio_draft(out):
    name = "Unio_rapport_2054_utkast.docx"
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "UTKAST – ikke til videreformidling"
    doc.add_heading("UTKAST: Unio – tiltak 2054", level=1)
    doc.add_paragraph("Arbeidsversjon 9. januar 2055. Innspill fra forbundene innarbeides i versjon 2.")
    for x in UNIO_DRAFT:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(x["t"]).bold = True
        p.add_run(f" (delmål {x['d']}, {x['tw'].lower()}) – {x['b']}")
    doc.add_paragraph("[Mangler: felles prosjekt med Spekter – venter på tekst fra NSF]")
    pin_docx(doc, "UTKAST Unio 2054", "Unio", dt.datetime(2055, 1, 9, 11, 40))
    path = os.path.join(out, name)
    doc.save(path)
    normalise_zip(path)
    return dict(file=name, member="Unio", rows=[],
                shape="docx draft (superseded by v2, no truth rows); bullet list with "
                      "delmål/type in brackets and editor comments")
