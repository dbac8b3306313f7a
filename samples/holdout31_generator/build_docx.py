"""Word documents kept as DOCX: Regjeringen, Sametinget, Vestland and the
secretariat's meeting notice (not a member report)."""
from __future__ import annotations

import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import AREA_NB, AREA_NN, DM_NB, DM_NN, docx_props, fix_zip
from .data_a import REGJERINGEN
from .data_b import SAMETINGET, VESTLAND


def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2)
    return doc


def shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return run


def widths(table, cms):
    """Set the grid and every cell, as Word does (LibreOffice reads the grid)."""
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def save(doc, path, title, author):
    docx_props(doc, title, author)
    doc.save(path)
    fix_zip(path)
    return path


# ------------------------------------------------------------ Regjeringen
def regjeringen(out):
    doc = new_doc("Times New Roman", 12)
    doc.add_paragraph("Kunnskapsdepartementet", style="Title")
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd – "
                      "Regjeringens tiltak i 2051").runs[0].bold = True
    doc.add_paragraph(
        "Vår ref.: 51/4471-7        Dato: 28. januar 2052")
    doc.add_paragraph(
        "Kunnskapsdepartementet rapporterer her på vegne av regjeringen om "
        "tiltak som følger opp Nasjonal kompetansepolitisk strategi. "
        "Tiltakene er ordnet etter innsatsområde og delmål i strategien. "
        "Tiltakstype er oppgitt i parentes etter tittelen. Tiltak som "
        "Arbeids- og inkluderingsdepartementet har ansvar for alene, "
        "rapporteres i eget brev.")
    by_area = {}
    for r in REGJERINGEN:
        by_area.setdefault(r.delmal[0], []).append(r)
    for area in ("1", "2", "3"):
        doc.add_heading(f"Innsatsområde {area}: {AREA_NB[area]}", level=1)
        seen = []
        for r in by_area.get(area, []):
            if r.delmal not in seen:
                seen.append(r.delmal)
                doc.add_heading(f"Delmål {r.delmal} {DM_NB[r.delmal]}",
                                level=2)
                n = 0
            n += 1
            p = doc.add_paragraph()
            p.add_run(f"{r.delmal}.{n}  ").bold = True
            p.add_run(r.tiltak).bold = True
            p.add_run(f" ({r.tw})")
            doc.add_paragraph(r.beskrivelse)
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            p.add_run(f"Ansvarlig: {r.ansvarlig}").italic = True
            if r.partnere:
                p.add_run(f". Samarbeidspartnere: {r.partnere}.").italic = True
        if area == "3":
            doc.add_heading("Delmål 3.5 NAVs opplæringstilbud for "
                            "arbeidssøkere", level=2)
            doc.add_paragraph("Se eget brev fra Arbeids- og "
                              "inkluderingsdepartementet.")
    doc.add_paragraph()
    doc.add_paragraph("Med hilsen")
    doc.add_paragraph("Ingrid Solberg Haugen (e.f.)\navdelingsdirektør")
    doc.add_paragraph("Kontakt: seniorrådgiver Tobias Lien, "
                      "tobias.lien@kd.dep.no, tlf. 22 24 76 03")
    path = os.path.join(out, "KD_rapport_kompetansepolitisk_rad_2051.docx")
    return save(doc, path, "Rapportering 2051", "Tobias Lien")


# ------------------------------------------------------------ Sametinget
def sametinget(out):
    doc = new_doc("Arial", 10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Sámediggi – Sametinget").bold = True
    doc.add_heading("Raporta Gelbbolašvuođapolitihkalaš ráddái / "
                    "Rapport til Kompetansepolitisk råd 2051", level=1)
    doc.add_paragraph(
        "Sametinget viser til brev fra sekretariatet av 1. desember 2051. "
        "Under følger Sametingets tiltak som bidrar til delmålene i "
        "strategien. Vi har ikke klassifisert tiltakene etter type.")
    cols = ["Ulbmil / Delmål", "Doaibmabijut / Tiltak",
            "Čilgehus / Beskrivelse", "Ovddasvástádus / Ansvarlig",
            "Ovttasbargi / Samarbeidspartnere"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True, size=9)
        shade(c, "D9E2F3")
    for r in SAMETINGET:
        cells = t.add_row().cells
        for c, v in zip(cells, [DM_NB[r.delmal], r.tiltak, r.beskrivelse,
                                r.ansvarlig, r.partnere]):
            cell_text(c, v, size=9)
    last = t.add_row().cells
    m = last[0].merge(last[-1])
    cell_text(m, "Øvrige delmål: Sametinget har ingen egne tiltak å "
              "rapportere for 2051.", italic=True, size=9)
    widths(t, [2.8, 3.4, 4.8, 2.6, 3.0])
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål kan rettes til rådgiver Máret Anne Sara, "
                      "Opplærings- og kompetanseavdelingen, "
                      "samediggi@samediggi.no.")
    path = os.path.join(out, "Sametinget_tiltak_2051.docx")
    return save(doc, path, "Rapport 2051", "Sametinget")


# ------------------------------------------------------------ Vestland
def vestland(out):
    doc = new_doc("Calibri", 10)
    doc.add_heading("Vestland fylkeskommune – rapportering av tiltak for 2051",
                    level=1)
    doc.add_paragraph(
        "Vestland fylkeskommune følgjer opp Nasjonal kompetansepolitisk "
        "strategi gjennom Regional plan for kompetanse og arbeidskraft. "
        "Tabellane under viser tiltak i 2051 fordelt på dei tre "
        "hovudinnsatsområda. Delmåla er oppgjevne med nummer.")
    cols = ["Delmål", "Tiltak", "Type tiltak", "Skildring", "Ansvarleg",
            "Samarbeidspartnarar"]
    none_rows = {"2": "2,6", "3": "3,5"}
    for area in ("1", "2", "3"):
        t = doc.add_table(rows=2, cols=len(cols))
        t.style = "Table Grid"
        head = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        cell_text(head, f"Hovudinnsatsområde {area}: {AREA_NN[area]}",
                  bold=True)
        shade(head, "C5E0B3")
        for c, h in zip(t.rows[1].cells, cols):
            cell_text(c, h, bold=True, size=9)
        for r in [x for x in VESTLAND if x.delmal[0] == area]:
            cells = t.add_row().cells
            vals = [r.delmal.replace(".", ","), r.tiltak, r.tw,
                    r.beskrivelse, r.ansvarlig, r.partnere]
            for c, v in zip(cells, vals):
                cell_text(c, v, size=9)
        if area in none_rows:
            cells = t.add_row().cells
            cell_text(cells[0], none_rows[area], size=9)
            cell_text(cells[1], "Ingen tiltak i 2051", italic=True, size=9)
        widths(t, [1.3, 3.3, 1.9, 4.7, 2.4, 3.0])
        doc.add_paragraph()
    doc.add_paragraph(
        "Samla sett har fylkeskommunen i 2051 prioritert partnarskap og "
        "kunnskapsgrunnlag, og desentraliserte tilbod for vaksne i "
        "distrikta. Fleire tiltak vert førte vidare i 2052.")
    doc.add_paragraph("Kontaktperson: Solveig Brekke, seksjon for "
                      "kompetanse og arbeidsliv, tlf. 55 63 90 00")
    path = os.path.join(out, "Vestland_fk_rapport_2051.docx")
    return save(doc, path, "Rapportering 2051", "Solveig Brekke")


# ------------------------------------------------------------ not a report
def innkalling(out):
    doc = new_doc("Calibri", 11)
    doc.add_heading("Innkalling til møte i Kompetansepolitisk råd", level=1)
    doc.add_paragraph("Tid: Torsdag 12. mars 2052 kl. 10.00–14.00\n"
                      "Sted: Kunnskapsdepartementet, Kongens gate 18, Oslo, "
                      "og Teams")
    doc.add_paragraph(
        "Medlemmene inviteres til rådets første møte i 2052. "
        "Sakspapirer sendes ut senest en uke før møtet. Forfall meldes "
        "til sekretariatet.")
    doc.add_heading("Saksliste", level=2)
    items = [
        ("1/52", "Godkjenning av innkalling og saksliste", "Leder",
         "Vedtak"),
        ("2/52", "Rapportering av tiltak for 2051 – status og "
         "oppsummering", "Sekretariatet", "Orientering"),
        ("3/52", "Orientering fra Kompetansebehovsutvalget om ny "
         "hovedrapport", "Leder av KBU", "Orientering"),
        ("4/52", "Bransjeprogrammene – veien videre etter 2052",
         "Kunnskapsdepartementet", "Diskusjon"),
        ("5/52", "Karriereveiledning for voksne i arbeid – innspill fra "
         "medlemmene", "Alle", "Diskusjon"),
        ("6/52", "Eventuelt", "", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Sak", "Tema", "Ansvarlig",
                                      "Behandling"]):
        cell_text(c, h, bold=True)
    for it in items:
        for c, v in zip(t.add_row().cells, it):
            cell_text(c, v)
    widths(t, [1.6, 8.4, 3.6, 2.8])
    doc.add_paragraph()
    doc.add_paragraph("Vel møtt!\nSekretariatet for Kompetansepolitisk råd")
    path = os.path.join(out, "Innkalling_radsmote_12mars2052.docx")
    return save(doc, path, "Innkalling", "Sekretariatet")


def build(out):
    return [regjeringen(out), sametinget(out), vestland(out), innkalling(out)]
