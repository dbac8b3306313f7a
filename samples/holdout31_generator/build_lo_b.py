"""Word documents sent on through LibreOffice, part 2: Virke (ODT memo with
a two-level list), Møre og Romsdal (ODT, type as a cross in one of six
columns) and UHR (DOC table with "ingen tiltak" rows)."""
from __future__ import annotations

import os

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .build_docx import cell_text, new_doc, shade, widths
from .build_lo_a import _stage
from .common import (ARR, DM_NB, DM_NN, FOU, INFO, KURS, PROS, RUN,
                     soffice_convert)
from .data_a import UHR, VIRKE
from .data_b import MORE


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ------------------------------------------------------------------ Virke
def virke(out, tmp):
    doc = new_doc("Verdana", 10)
    p = doc.add_paragraph()
    p.add_run("NOTAT").bold = True
    for k, v in (("Til", "Sekretariatet for Kompetansepolitisk råd"),
                 ("Fra", "Virke, avdeling for kompetansepolitikk"),
                 ("Dato", "3. februar 2052"),
                 ("Sak", "Virkes tiltak i 2051 – innspill til årsrapporten")):
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run(f"{k}:\t").bold = True
        q.add_run(v)
    doc.add_paragraph("_" * 70)
    doc.add_paragraph(
        "Her er en kort oversikt over det Virke har gjort på "
        "kompetansefeltet i 2051. Oversikten følger delmålene i "
        "strategien. Tiltakstype står i parentes.")
    groups = {}
    for r in VIRKE:
        groups.setdefault(r.delmal, []).append(r)
    for dm in sorted(groups):
        doc.add_paragraph(f"Delmål {dm} {DM_NB[dm]}", style="List Bullet")
        for r in groups[dm]:
            q = doc.add_paragraph(style="List Bullet 2")
            q.add_run(r.tiltak).bold = True
            txt = f" ({r.tw}): {r.beskrivelse} Ansvar: {r.ansvarlig}."
            if r.partnere:
                txt += f" Samarbeid med {r.partnere}."
            q.add_run(txt)
    doc.add_paragraph(
        "Virke har ikke egne tiltak å melde under innsatsområde 3 for "
        "2051, men bidrar gjennom bransjeprogrammet for varehandel, som "
        "rapporteres av departementet.")
    doc.add_paragraph("Kontakt: Marte Ødegård, marte.odegard@virke.no")
    src = _stage(doc, tmp, "Virke_notat_tiltak_2051.docx", "Notat",
                 "Marte Ødegård")
    return soffice_convert(src, "odt", out)


# ------------------------------------------------------------------ Møre og Romsdal
MATRIX = [(FOU, "FoU"), (KURS, "Kurs/ utd."), (RUN, "Råd/ nettverk"),
          (PROS, "Prosjekt"), (INFO, "Info"), (ARR, "Arr.")]


def more(out, tmp):
    doc = new_doc("Liberation Sans", 10)
    landscape(doc)
    doc.add_heading("Møre og Romsdal fylkeskommune – tiltak i 2051", level=1)
    doc.add_paragraph(
        "Rapportering til Kompetansepolitisk råd. Tabellen viser tiltaka "
        "fylkeskommunen har hatt ansvar for eller delteke i. Type tiltak "
        "er markert med kryss (x). Meir informasjon om kvart tiltak finst "
        "i årsmeldinga til fylkeskommunen.")
    head = ["Tiltak"] + [m[1] for m in MATRIX] + ["Ansvarleg", "Partnarar"]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        cell_text(c, h, bold=True, size=9)
        shade(c, "DEEAF6")
    groups = {}
    for r in MORE:
        groups.setdefault(r.delmal, []).append(r)
    groups.setdefault("3.4", [])
    for dm in sorted(groups):
        g = t.add_row().cells
        m = g[0].merge(g[-1])
        cell_text(m, f"Delmål {dm} – {DM_NN[dm]}", bold=True, size=9)
        shade(m, "F2F2F2")
        if not groups[dm]:
            cells = t.add_row().cells
            cell_text(cells[0], "(ingen tiltak i 2051)", italic=True, size=9)
        for r in groups[dm]:
            cells = t.add_row().cells
            cell_text(cells[0], r.tiltak, size=9)
            for i, (typ, _) in enumerate(MATRIX, 1):
                if r.type == typ:
                    cell_text(cells[i], "x", size=9)
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell_text(cells[7], r.ansvarlig, size=9)
            cell_text(cells[8], r.partnere, size=9)
    widths(t, [6.6, 1.2, 1.5, 1.9, 1.9, 1.2, 1.2, 4.0, 6.2])
    doc.add_paragraph()
    doc.add_paragraph("Molde, februar 2052. Kontaktperson: Eirik Rørvik, "
                      "eirik.rorvik@mrfylke.no")
    src = _stage(doc, tmp, "MoreogRomsdal_fk_tiltak_2051.docx",
                 "Tiltak 2051", "Eirik Rørvik")
    return soffice_convert(src, "odt", out)


# ------------------------------------------------------------------ UHR
def uhr(out, tmp):
    doc = new_doc("Times New Roman", 10)
    landscape(doc)
    doc.add_paragraph("Universitets- og høgskolerådet").runs[0].bold = True
    doc.add_heading("Rapportering av tiltak 2051 – Kompetansepolitisk råd",
                    level=1)
    doc.add_paragraph(
        "UHR rapporterer her tiltak i regi av UHR og av "
        "medlemsinstitusjonene i fellesskap. Institusjonenes egne tiltak "
        "rapporteres i deres årsrapporter. Delmål er angitt med «dm» og "
        "nummer.")
    cols = ["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere",
            "Beskrivelse"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
    plan = [("1.1", None)] + [(r.delmal, r) for r in UHR[:2]] \
        + [(None, "blank")] + [(r.delmal, r) for r in UHR[2:]] \
        + [("3.5", None)]
    prev_row, prev_dm = None, None
    for dm, r in plan:
        row = t.add_row()
        cells = row.cells
        if r == "blank":
            prev_dm = None
            continue
        if r is None:
            cell_text(cells[0], f"dm {dm}")
            cell_text(cells[1], "Ingen tiltak", italic=True)
            prev_dm = None
            continue
        if dm == prev_dm:
            prev_row.cells[0].merge(cells[0])
        else:
            cell_text(cells[0], f"dm {dm}")
        vals = [r.tiltak, r.tw, r.ansvarlig, r.partnere, r.beskrivelse]
        for c, v in zip(cells[1:], vals):
            cell_text(c, v)
        prev_row, prev_dm = row, dm
    widths(t, [1.9, 5.0, 2.9, 3.0, 4.4, 8.3])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 31. januar 2052\nFor UHR: Kristin Vik Aasen, "
                      "seniorrådgiver")
    src = _stage(doc, tmp, "UHR_rapportering_2051.docx", "Rapportering",
                 "Kristin Vik Aasen")
    return soffice_convert(src, "doc", out)


def build(out, tmp):
    return [virke(out, tmp), more(out, tmp), uhr(out, tmp)]
