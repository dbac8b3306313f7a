"""The Word reports that are not one table: LO's letter, Virke's form, Akademikerne's prose and the meeting agenda."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .content_a import LO_HEADINGS
from .content_b import AGENDA_ITEMS
from .docbase import new_document, save, set_text, shade, widths
from .model import Report

AREA_WORDS = {
    "1": "Gode valg for den enkelte og samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Voksne med svak tilknytning til arbeidslivet",
}


def lo_letter(report: Report, path: Path) -> Path:
    doc = new_document("LO Samfunnspolitisk avdeling", "Rapportering av LOs tiltak for 2044", dt.datetime(2045, 2, 14, 12))
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = head.add_run("LANDSORGANISASJONEN I NORGE")
    run.bold = True
    run.font.size = Pt(13)
    head.add_run("\nYoungs gate 11, 0181 Oslo")
    doc.add_paragraph("Kompetansepolitisk råd\nv/sekretariatet\nKunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    ref = doc.add_paragraph("Vår ref.: 45/0123-2 KBL\t\tDeres ref.: 24/4411\t\tDato: 14. februar 2045")
    ref.paragraph_format.space_after = Pt(12)
    title = doc.add_paragraph()
    title.add_run("Rapportering av LOs tiltak for 2044").bold = True
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet av 5. desember 2044 med invitasjon til å rapportere om oppfølgingen av "
        "Nasjonal kompetansepolitisk strategi. LO har ikke brukt rapporteringsmalen i år, men beskriver tiltakene "
        "under, ordnet etter de delene av strategien de hører til.")
    number = 0
    heading = ""
    for row in report.rows:
        if row.delmal_text != heading:
            heading = row.delmal_text
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.add_run(heading).bold = True
        number += 1
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run(f"{number}.\t")
        p.add_run(row.tiltak + ".").bold = True
        p.add_run(" " + row.beskrivelse)
    assert set(LO_HEADINGS.values()) >= {row.delmal_text for row in report.rows}
    doc.add_paragraph(
        "LO vil også i 2045 prioritere arbeidet i rådene og utvalgene der partene er representert. Ta gjerne kontakt "
        "dersom sekretariatet trenger utfyllende opplysninger.")
    doc.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\n\n\nKari Berg Lie\nrådgiver")
    return save(doc, path)


FORM_LABELS = ["Navn på tiltak", "Delmål (nr. og stikkord)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
               "Kort beskrivelse"]


def virke_form(report: Report, path: Path) -> Path:
    doc = new_document("Virke", "Rapporteringsskjema 2044", dt.datetime(2045, 2, 16, 8, 55))
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", level=1)
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (label, value) in enumerate([("Medlem", "Hovedorganisasjonen Virke"), ("Rapporteringsår", "2044"),
                                        ("Utfylt av", "Anders Moe, fagsjef kompetanse")]):
        set_text(meta.cell(i, 0), label, bold=True)
        set_text(meta.cell(i, 1), value)
    widths(meta, [4.0, 12.0])
    doc.add_paragraph(
        "Fyll ut én boks per tiltak. Kopier boksen hvis dere har flere tiltak. Typer: Råd/utvalg/nettverk, "
        "Kurs/utdanning, Prosjekt, FoU, Arrangement, Informasjon.")
    for n, row in enumerate(report.rows, start=1):
        doc.add_heading(f"Tiltak {n}", level=2)
        box = doc.add_table(rows=len(FORM_LABELS), cols=2)
        box.style = "Table Grid"
        values = [row.tiltak, row.delmal_text, row.type_text, row.ansvarlig, row.partnere, row.beskrivelse]
        for i, (label, value) in enumerate(zip(FORM_LABELS, values)):
            set_text(box.cell(i, 0), label, bold=True, size=9.5)
            shade(box.cell(i, 0), "EDEDED")
            set_text(box.cell(i, 1), value, size=9.5)
        widths(box, [4.5, 11.5])
    doc.add_heading("Andre kommentarer", level=2)
    doc.add_paragraph("Virke ønsker at neste års skjema også kan fylles ut digitalt.")
    return save(doc, path)


def akademikerne(report: Report, path: Path) -> Path:
    doc = new_document("Akademikerne", "Akademikernes rapportering 2044", dt.datetime(2045, 2, 13, 10, 20))
    doc.add_heading("Akademikernes rapportering til Kompetansepolitisk råd 2044", level=0)
    doc.add_paragraph(
        "Akademikerne organiserer over 240 000 medlemmer med høyere utdanning. Under følger tiltakene vi og "
        "våre medlemsforeninger har gjennomført i 2044 for å følge opp strategien. Type tiltak står i parentes.")
    area = ""
    for row in report.rows:
        if row.delmal[0] != area:
            area = row.delmal[0]
            doc.add_heading(AREA_WORDS[area], level=1)
        doc.add_heading(f"{row.tiltak} ({row.type_text})", level=2)
        doc.add_paragraph(f"{row.beskrivelse} Tiltaket følger opp delmålet om {row.delmal_text}.")
        doc.add_paragraph(f"Ansvarlig: {row.ansvarlig}. Samarbeidspartnere: {row.partnere}.")
    doc.add_heading("Videre arbeid", level=1)
    doc.add_paragraph(
        "Akademikerne vil i 2045 prioritere livslang læring for høyt utdannede og bedre ordninger for "
        "utdanningspermisjon.")
    return save(doc, path)


def agenda(path: Path) -> Path:
    doc = new_document("Sekretariatet for Kompetansepolitisk råd", "Innkalling 12. mars 2045",
                       dt.datetime(2045, 2, 26, 14, 0))
    doc.add_heading("Innkalling til møte i Kompetansepolitisk råd", level=1)
    doc.add_paragraph("Tid: 12. mars 2045 kl. 10.00–14.00\nSted: Kunnskapsdepartementet, Kirkegata 18, møterom 4\n"
                      "Møteleder: statssekretær i KD")
    doc.add_paragraph("Til: rådets medlemmer og varamedlemmer\nKopi: sekretariatet")
    doc.add_heading("Saksliste", level=1)
    for number, title, text in AGENDA_ITEMS:
        doc.add_heading(f"Sak {number}/45 {title}", level=2)
        if text:
            doc.add_paragraph(text)
    doc.add_paragraph()
    doc.add_paragraph("Meld forfall til sekretariatet innen 5. mars.")
    return save(doc, path)
