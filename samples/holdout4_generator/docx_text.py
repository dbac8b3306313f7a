"""Word layouts without tables: lists under headings, prose, labelled blocks, and meeting minutes."""

from __future__ import annotations

from docx import Document

from .docx_base import add_signature, new_document
from .model import DELMAL_NB, DELMAL_NN, Report, rows_by_delmal


def bullets_under_headings(report: Report, path: str) -> None:
    """A heading per delmål (code and words), a bullet per tiltak, the type in brackets."""
    doc = new_document(report)
    for code, group in rows_by_delmal(report.rows):
        doc.add_heading(report.meta["heading"].format(code=code, text=DELMAL_NB[code]), level=2)
        for row in group:
            text = f"{row.tiltak} ({row.label})" if row.label else row.tiltak
            doc.add_paragraph(text, style="List Bullet")
    add_signature(doc, report)
    doc.save(path)


def prose(report: Report, path: str) -> None:
    """Headings in words with the code in brackets; a paragraph per tiltak with a bold title."""
    doc = new_document(report)
    for code, group in rows_by_delmal(report.rows):
        doc.add_heading(report.meta["heading"].format(code=code, text=DELMAL_NB[code]), level=2)
        for row in group:
            para = doc.add_paragraph()
            para.add_run(row.tiltak + ".").bold = True
            para.add_run(" " + row.desc)
    add_signature(doc, report)
    doc.save(path)


def numbered_under_headings(report: Report, path: str) -> None:
    """Delmål named only in words; tiltak numbered by hand, running through the document."""
    doc = new_document(report)
    number = 0
    for code, group in rows_by_delmal(report.rows):
        doc.add_heading(report.meta["heading"].format(code=code, text=DELMAL_NB[code]), level=2)
        for row in group:
            number += 1
            doc.add_paragraph(f"{number}) {row.tiltak}")
    doc.add_paragraph()
    doc.add_paragraph("Unio, Oslo, februar 2025")
    doc.save(path)


def blocks(report: Report, path: str) -> None:
    """One block of labelled lines per tiltak; lines the member had nothing for are left out."""
    doc = new_document(report)
    for number, row in enumerate(report.rows, start=1):
        doc.add_heading(f"Tiltak nr. {number}", level=3)
        lines = [
            ("Tiltak", row.tiltak),
            ("Delmål", f"{row.delmal} – {DELMAL_NB[row.delmal]}"),
            ("Type", row.label),
            ("Ansvarlig", row.ans),
            ("Samarbeidspartnere", row.par),
            ("Beskrivelse", row.desc),
        ]
        for label, value in lines:
            if value:
                para = doc.add_paragraph()
                para.add_run(f"{label}: ").bold = True
                para.add_run(value)
    doc.add_paragraph()
    doc.add_paragraph("YS, Brugata 19, Oslo")
    doc.save(path)


def titled_bullets_nn(report: Report, path: str) -> None:
    """Nynorsk: headings with code and words, bullets 'Title (type): explanation'."""
    doc = new_document(report)
    doc.add_paragraph("Rådet rapporterer slik for 2024:")
    for code, group in rows_by_delmal(report.rows):
        doc.add_heading(report.meta["heading"].format(code=code, text=DELMAL_NN[code]), level=2)
        for row in group:
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(row.tiltak).bold = True
            if row.label:
                para.add_run(f" ({row.label})")
            para.add_run(": " + row.desc)
    add_signature(doc, report)
    doc.save(path)


def numbered_inline(report: Report, path: str) -> None:
    """Word's own numbered list; type (when given) and delmål in brackets after each tiltak."""
    doc = new_document(report)
    for row in report.rows:
        inside = f"{row.label}, delmål {row.delmal}" if row.label else f"delmål {row.delmal}"
        doc.add_paragraph(f"{row.tiltak} ({inside})", style="List Number")
    doc.add_paragraph()
    doc.add_paragraph("Vennlig hilsen VOFO")
    doc.save(path)


def minutes(report: Report, path: str) -> None:
    """Minutes of a regional forum: numbered agenda items, no tiltak reported to the council."""
    doc: Document = new_document(report)
    for line in (
        "Tid: 12. mars 2024 kl. 10.00–14.00",
        "Sted: Fylkeshuset, Trondheim",
        "Til stede: Trøndelag fylkeskommune (leder), NAV Trøndelag, NTNU, LO Trøndelag, "
        "NHO Trøndelag, Statsforvalteren",
        "Referent: rådgiver i seksjon for kompetanse",
    ):
        doc.add_paragraph(line)
    agenda = [
        ("Sak 1.1 Godkjenning av innkalling og dagsorden", ["Vedtak: Godkjent uten merknader."]),
        ("Sak 1.2 Referat fra møtet 14. desember 2023", ["Vedtak: Referatet godkjennes."]),
        ("Sak 2.1 Orientering om Kompetansebehovsutvalgets siste rapport",
         ["NTNU orienterte om hovedfunnene og hva de betyr for Trøndelag.",
          "Forumet ønsker en egen drøfting av helsefagene på neste møte."]),
        ("Sak 2.2 Rullering av regional kompetanseplan",
         ["Arbeidsgruppen legger fram utkast i juni.",
          "Innspill sendes sekretariatet innen 15. april."]),
        ("Sak 2.3 Karriereveiledning for voksne – erfaringer fra NAV",
         ["Orientering tatt til etterretning."]),
        ("Sak 3.1 Eventuelt", ["Ingen saker."]),
    ]
    for title, notes in agenda:
        doc.add_heading(title, level=2)
        for note in notes:
            doc.add_paragraph(note, style="List Bullet")
    doc.add_paragraph("Neste møte: 4. juni 2024.")
    doc.save(path)
