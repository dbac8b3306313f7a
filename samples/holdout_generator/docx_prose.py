"""The held-out round's Word reports that are not one plain table.

- direct_bullets: headings that name each delmål in other words, bullets that are bullets only by the
  paragraph's own w:numPr (Normal style), the type in brackets after the text (LO).
- table_and_text_box: a table, and a fact box (a text box, DrawingML with its VML fallback) whose
  lines are tiltak too (Unio).
- blocks_pdf: per tiltak a bold title line, labelled lines (Delmål, Kategori, Ansvar, Partnere) and a
  description paragraph, exported to PDF through LibreOffice (Akademikerne).
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from . import office
from . import ooxml as ox
from .model import Item, Report

# How LO's headings name the delmål (words of its own, no code).
LO_HEADINGS = {
    "1.1": "Et utvalg som samler og analyserer kunnskap om hvilken kompetanse Norge trenger",
    "1.4": "Tettere samarbeid mellom dem som tilbyr utdanning og arbeidslivet",
    "2.1": "Digitale ferdigheter i hele arbeidsstyrken",
    "2.2": "Mer kunnskap om læring i arbeidslivet og hva den er verdt",
    "2.4": "Bedriftenes kompetansebehov koblet til tilbudet av etter- og videreutdanning",
    "3.4": "Bedre norskopplæring og kvalifisering for innvandrere",
}
# How Akademikerne's blocks name the delmål after its code.
AK_DELMAL = {"1.1": "Kompetansebehovsutvalget", "1.4": "Samarbeid utdanning–arbeidsliv",
             "2.1": "Digital kompetanse", "2.2": "Kunnskap om læring i arbeidslivet",
             "2.6": "Godkjenning av utenlandsk utdanning", "3.4": "Kvalifisering av innvandrere"}


def direct_bullets(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, size=11)
    doc.add_paragraph(report.title, style="Title")
    doc.add_paragraph("Landsorganisasjonen i Norge, 27. januar 2022").runs[0].italic = True
    doc.add_paragraph(
        "LO arbeider for at alle arbeidstakere skal ha rett og mulighet til å lære gjennom hele livet. Under "
        "følger LOs bidrag til oppfølgingen av kompetansestrategien i 2021, sortert etter strategiens mål. "
        "Type tiltak står i parentes.")
    num_id = ox.add_bullet_definition(doc)
    order = list(LO_HEADINGS)
    items = sorted(report.items, key=lambda it: order.index(it.delmal))
    current = None
    for it in items:
        if it.delmal != current:
            current = it.delmal
            doc.add_paragraph(LO_HEADINGS[it.delmal], style="Heading 2")
        ox.direct_bullet(doc, f"{it.tiltak} ({it.shown_type}).", num_id)
    doc.add_paragraph()
    doc.add_paragraph("LO har i tillegg svart på en rekke høringer om utdanning og kompetanse. Disse er ikke "
                      "listet her.")
    ox.save(doc, path)
    return [it.without("ansvarlig", "partnere") for it in items]


def table_and_text_box(report: Report, path: Path) -> list[Item]:
    extra = report.extra
    doc = ox.new_doc(report, size=10.5)
    doc.add_paragraph(report.title, style="Title")
    doc.add_paragraph("Unio – hovedorganisasjon for universitetsutdannede, februar 2022").runs[0].italic = True
    box_items: list[Item] = extra["box"]
    ox.add_text_box(doc, "Unio i råd og utvalg (delmål 1.4)", [it.tiltak for it in box_items],
                    width_cm=7.0, height_cm=6.2, shape_id=3)
    doc.add_paragraph(
        "Unio organiserer over 390 000 medlemmer i offentlig og privat sektor, blant dem lærere, sykepleiere, "
        "politi og forskere. Kompetanse er et hovedtema i Unios politikk. Faktaboksen viser hvor Unio er "
        "representert; tabellen viser Unios egne tiltak i 2021.")
    doc.add_paragraph("For Unios medlemmer handler kompetanse særlig om tid og finansiering: mange tar "
                      "videreutdanning på kveldstid og betaler selv. Dette har vi tatt opp i rådet.")
    doc.add_paragraph("Unio legger vekt på at kompetanseutvikling skal skje i arbeidstiden, og at "
                      "arbeidsgiverne tar ansvar for å planlegge den sammen med de tillitsvalgte.")
    doc.add_paragraph()
    table_items: list[Item] = list(report.items)
    tbl = doc.add_table(rows=1 + len(table_items), cols=5)
    tbl.style = "Table Grid"
    for r, values in enumerate([["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]]
                               + [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.partnere]
                                  for it in table_items]):
        for c, value in enumerate(values):
            ox.write_cell(tbl.cell(r, c), value, bold=r == 0, size=9.5, fill="E2EFDA" if r == 0 else "")
    ox.fix_widths(tbl, [1.5, 7.0, 2.4, 2.6, 3.1])
    ox.save(doc, path)
    return table_items + [it.without("ansvarlig", "partnere") for it in box_items]


def blocks_pdf(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, font="Liberation Sans", size=10.5)
    doc.add_paragraph(report.title, style="Title")
    doc.add_paragraph("Akademikerne, 2. februar 2022").runs[0].italic = True
    doc.add_paragraph(
        "Akademikerne er hovedorganisasjonen for arbeidstakere med lang utdanning fra universitet eller "
        "høyskole. Nedenfor beskrives hvert tiltak med delmål, kategori, ansvar og partnere.")
    for it in report.items:
        title = doc.add_paragraph()
        title.paragraph_format.space_before = Pt(12)
        title.paragraph_format.keep_with_next = True
        run = title.add_run(it.tiltak)
        run.bold, run.font.size = True, Pt(11.5)
        for label, value in (("Delmål", f"{it.delmal} {AK_DELMAL[it.delmal]}"), ("Kategori", it.shown_type),
                             ("Ansvar", it.ansvarlig), ("Partnere", it.partnere or "–")):
            line = doc.add_paragraph()
            line.paragraph_format.space_after = Pt(0)
            line.paragraph_format.keep_with_next = True
            line.add_run(f"{label}: ").italic = True
            line.add_run(value)
        desc = doc.add_paragraph(it.beskrivelse)
        desc.paragraph_format.space_before = Pt(4)
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål om rapporten kan rettes til Akademikernes sekretariat.")
    office.export_pdf(doc, path)
    return list(report.items)
