"""UHR: a Word table printed to PDF by LibreOffice whose first column «Enhet i UHR» is vertically merged over the
rows of one unit, so the responsible is given once per group. Goal as «1.4 Utdanning og arbeidsliv»; UHR's kind
words. A seminar postponed to next spring. The trap is UHR's evaluation of its own strategic units."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "UHR – tiltak i kompetansestrategien 2087.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx), one ruled table with a vertically merged "
          "first column; dates and /ID fixed")
SHAPE = ("ordinary table with the responsible merged: header Enhet i UHR / Tiltak / Omtale / Strategiens mål / Type "
         "arbeid / Samarbeid; the Enhet cell spans the rows of its unit (three rows for UHR-sekretariatet); goals as "
         "code with UHR's short words («1.4 Utdanning og arbeidsliv»); UHR's kind words (Rådsarbeid, Studietilbud, "
         "Evaluering, Opplæring, Veileder, Seminar); a seminar postponed to next spring")
NOT_TRUTH = ("the title, intro and header, the Strategiens mål and Type arbeid cells, the row 'Seminar om "
             "skikkethetsvurdering' (postponed to next spring), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# unit, [(name, omtale, mal, type word, partners, seed, dm, type)]
GROUPS = [
    ("UHR-Lærerutdanning", [
        ("Strategisk arbeid i UHR-Lærerutdanning",
         "Enheten samler dekanene for lærerutdanningene. I 2087 arbeidet den med felles retningslinjer for praksis i "
         "skolen og med rekruttering til yrkesfaglærerutdanningene.",
         "1.4 Utdanning og arbeidsliv", "Rådsarbeid", [], "M03", "1.4", RAD)]),
    ("UHR-MNT", [
        ("Erfaringsbasert master i teknologiledelse",
         "Et nytt deltidsstudium på 90 studiepoeng for ingeniører i jobb, gitt av fire universiteter sammen. 120 "
         "studenter begynte høsten 2087.",
         "2.4 Etter- og videreutdanning", "Studietilbud", ["Tekna", "NHO"], None, "2.4", KURS)]),
    ("UHR-sekretariatet", [
        ("Evaluering av de fagstrategiske enhetene",
         "UHR har evaluert hvordan enhetene arbeider med arbeidslivsrelevans. Evalueringen er UHRs egen og er ikke en "
         "del av enhetenes arbeid. Rapporten kom i oktober.",
         "1.4 Utdanning og arbeidsliv", "Evaluering", ["NIFU"], None, "1.4", FOU),
        ("Kompetanseheving for karrieresentrene ved universitetene",
         "Tre samlinger for veiledere ved universitetenes og høgskolenes karrieresentre om veiledning av voksne "
         "studenter.",
         "1.3 Karriereveiledning", "Opplæring", ["HK-dir"], None, "1.3", KURS),
        ("Veileder for godkjenning av utenlandske doktorgrader",
         "En felles veileder for institusjonene om hvordan utenlandske doktorgrader vurderes. Veilederen ble "
         "publisert i mai.",
         "2.6 Godkjenning av utdanning", "Veileder", ["HK-dir"], None, "2.6", INFO)]),
    ("UHR-Helse og velferd", [
        ("Seminar om skikkethetsvurdering",
         "Seminaret er utsatt til våren neste år.",
         "1.4 Utdanning og arbeidsliv", "Seminar", [], "", "", None)]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Universitets- og høgskolerådet – tiltak i 2087", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Oversikten viser UHRs tiltak som følger opp Nasjonal kompetansepolitisk strategi, ordnet etter "
                    "enheten som har ansvaret.")
    head = ["Enhet i UHR", "Tiltak", "Omtale", "Strategiens mål", "Type arbeid", "Samarbeid"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFDA")
    set_col_widths(t, [3.4, 4.6, 9.6, 3.6, 2.6, 2.4])
    rows = []
    for unit, items in GROUPS:
        first = None
        for name, omtale, mal, kind, partners, seed, dm, ty in items:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                add_runs(first.paragraphs[0], [(unit, "b")])
            else:
                first = first.merge(cells[0])
            add_runs(cells[1].paragraphs[0], [(name, "")])
            for c, v in zip(cells[2:5], [omtale, mal, kind]):
                c.paragraphs[0].add_run(v)
            cells[5].paragraphs[0].add_run(", ".join(partners))
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, unit, ", ".join(partners), omtale))
    d.add_paragraph()
    d.add_paragraph("Oslo, 16. januar 2088 – Knut Aril Hovde, seniorrådgiver i UHR")
    docx_to_pdf(d, out / FILENAME, author="Knut Aril Hovde")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
