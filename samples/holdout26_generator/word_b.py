"""Word documents that reach the inbox converted: LO's letter (PDF), KS (ODT), VOFO (DOC), Virke's form (RTF),
and the meeting minutes that are no member report (DOCX)."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from . import content_a as ca
from . import content_b as cb
from .common import cell_text, new_document, save_docx, shade, soffice_convert, widths


def build_lo(out: Path, tmp: Path) -> Path:
    doc = new_document("LO", "Rapportering til Kompetansepolitisk råd 2046", font="DejaVu Serif", size=10)
    p = doc.add_paragraph("LANDSORGANISASJONEN I NORGE")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(14)
    doc.add_paragraph("Youngs gate 11, 0181 Oslo · lo.no")
    doc.add_paragraph()
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    p = doc.add_paragraph("Vår ref.: 2047/0213-2     Deres ref.: 46/1877     Dato: 12. februar 2047")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    p = doc.add_paragraph("LOs rapportering om oppfølgingen av Nasjonal kompetansepolitisk strategi i 2046")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(12)
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet med invitasjon til å rapportere tiltak for 2046. LO har som i "
        "tidligere år lagt vekt på partssamarbeidet og på at fagarbeidere får tilgang til etter- og "
        "videreutdanning. Nedenfor følger en kort omtale av tiltakene, ordnet etter strategiens delmål.")
    heading = ""
    for n, row in enumerate(ca.LO, 1):
        if row.d != heading:
            heading = row.d
            h = doc.add_paragraph(heading)
            h.runs[0].bold = True
            h.runs[0].underline = True
        para = doc.add_paragraph(f"{n}. ")
        lead = para.add_run(row.tiltak)
        lead.bold = True
        para.add_run(" " + row.desc)
        meta = doc.add_paragraph(f"Ansvarlig: {row.ansv}. Samarbeid: {row.partn}.")
        meta.runs[0].italic = True
        meta.paragraph_format.left_indent = Pt(18)
    doc.add_paragraph()
    doc.add_paragraph(
        "LO ser fram til den videre dialogen i rådet og stiller gjerne opp for å utdype rapporteringen.")
    doc.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge")
    doc.add_paragraph("Trine Haugland\nleder for utdanningspolitisk avdeling")
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.").runs[0].italic = True
    src = save_docx(doc, tmp / "LO_brev_Kompetansepolitisk_rad_2046.docx")
    return soffice_convert(src, "pdf", out, "LO_brev_Kompetansepolitisk_rad_2046.pdf")


def build_ks(out: Path, tmp: Path) -> Path:
    doc = new_document("KS", "KS – oppfølging av Nasjonal kompetansepolitisk strategi 2046")
    doc.add_heading("KS – oppfølging av Nasjonal kompetansepolitisk strategi i 2046", level=1)
    doc.add_paragraph(
        "KS er kommunesektorens organisasjon. Kommunene og fylkeskommunene er store arbeidsgivere og viktige "
        "kompetanseaktører. Denne rapporten beskriver hva KS har gjort i 2046. Tiltakene er ordnet under de "
        "temaene i strategien de hører til.")
    doc.add_heading("Sammendrag", level=2)
    doc.add_paragraph(
        "Året har vært preget av arbeidet med lærlinger i kommunene og av den nye kartleggingen av etter- og "
        "videreutdanning i offentlig sektor, som KS har gjort sammen med Spekter og Unio.")
    for i, row in enumerate(ca.KS):
        doc.add_heading(row.d, level=2)
        doc.add_heading(row.tiltak, level=3)
        doc.add_paragraph(row.desc)
        if i % 2:
            doc.add_paragraph(f"{row.ansv} har ansvaret, i samarbeid med {row.partn}.")
        else:
            doc.add_paragraph(f"Ansvarlig: {row.ansv}. Samarbeidspartnere: {row.partn}.")
    doc.add_heading("Veien videre", level=2)
    doc.add_paragraph(
        "KS vil i 2047 prioritere rekruttering av lærebedrifter og kompetanse for digital omstilling i kommunene.")
    src = save_docx(doc, tmp / "KS_rapport_2046.docx")
    return soffice_convert(src, "odt", out, "KS_rapport_2046.odt")


def build_vofo(out: Path, tmp: Path) -> Path:
    doc = new_document("VOFO", "VOFO – tiltak 2046", landscape=True, font="Arial", size=10)
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", level=1)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd – tiltak gjennomført i 2046")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjonen for studieforbundene. Tiltakene er plassert under strategiens "
        "hovedinnsatsområder. Type tiltak står i hakeparentes etter tiltaket.")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, ["Område", "Tiltak", "Ansvarlig", "Samarbeid", "Kommentar"]):
        cell_text(cell, h, bold=True)
        shade(cell, "FFF2CC")
    for row in cb.VOFO:
        cells = table.add_row().cells
        cell_text(cells[0], row.d)
        cell_text(cells[1], f"{row.tiltak} [{row.t_shown}]")
        cell_text(cells[2], row.ansv)
        cell_text(cells[3], row.partn)
        cell_text(cells[4], row.desc)
    widths(table, [2.2, 7.5, 3.0, 5.0, 8.0])
    doc.add_paragraph()
    doc.add_paragraph("VOFO har ingen tiltak å rapportere under hovedinnsatsområde 1 for 2046.")
    src = save_docx(doc, tmp / "VOFO_rapport_2046.docx")
    return soffice_convert(src, 'doc:MS Word 97', out, "VOFO_rapport_2046.doc")


def build_virke(out: Path, tmp: Path) -> Path:
    doc = new_document("Virke", "Rapporteringsskjema Kompetansepolitisk råd 2046", font="DejaVu Sans", size=10)
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", level=1)
    doc.add_paragraph("Rapporteringsår: 2046")
    doc.add_paragraph("Rådsmedlem: Hovedorganisasjonen Virke")
    doc.add_paragraph("Kontaktperson: Ingrid Sæther, fagsjef kompetanse")
    doc.add_paragraph(
        "Fyll ut ett felt per tiltak. Kryss av for én type. Oppgi delmål med nummer og gjerne et stikkord.").runs[
        0].italic = True
    for i, row in enumerate(cb.VIRKE, 1):
        doc.add_heading(f"Tiltak {i}", level=2)
        boxes = "  ".join(("☒ " if t == row.t_shown else "☐ ") + t for t in cb.FORM_TYPES)
        for label, value in [("Navn på tiltaket", row.tiltak), ("Delmål (nummer og stikkord)", row.d),
                             ("Type tiltak (kryss av)", boxes), ("Ansvarlig", row.ansv),
                             ("Samarbeidspartnere", row.partn), ("Kort beskrivelse", row.desc)]:
            p = doc.add_paragraph()
            p.add_run(label + ": ").bold = True
            p.add_run(value)
    doc.add_heading("Andre kommentarer", level=2)
    doc.add_paragraph("Virke deltar gjerne i arbeidet med en enklere rapporteringsmal for 2047.")
    src = save_docx(doc, tmp / "Virke_rapporteringsskjema_2046.docx")
    return soffice_convert(src, "rtf", out, "Virke_rapporteringsskjema_2046.rtf")


MINUTES = [
    ("1. Godkjenning av innkalling og saksliste", "Innkalling og saksliste ble godkjent uten merknader."),
    ("2. Orientering fra Kompetansebehovsutvalget (KBU)",
     "Utvalgets leder orienterte om arbeidet med hovedrapporten om kompetansebehov i grønn omstilling, som "
     "legges fram i juni. Rådet tok orienteringen til etterretning."),
    ("3. Rapportering av tiltak for 2046 – mal og frister",
     "Sekretariatet la fram forslag til rapporteringsmal. Frist for rapportering er 15. februar 2047. "
     "Medlemmene kan bruke egen mal, men bes oppgi delmål, type tiltak, ansvarlig og samarbeidspartnere."),
    ("3.1 Innspill fra medlemmene", "Flere medlemmer ønsket en enklere mal. Sekretariatet følger opp."),
    ("4. Lærlingløftet i kommunesektoren – erfaringer så langt",
     "KS orienterte om programmet. Rådet drøftet hvordan erfaringene kan brukes i andre sektorer."),
    ("5. Program for grønn kompetanse i industrien",
     "Kunnskapsdepartementet orienterte om utlysningen for 2046. Ingen vedtak."),
    ("6. Eventuelt", "Neste møte holdes 8. oktober 2046."),
]


def build_minutes(out: Path) -> Path:
    doc = new_document("Sekretariatet for Kompetansepolitisk råd", "Referat fra møte i Kompetansepolitisk råd")
    doc.add_heading("Referat – møte i Kompetansepolitisk råd 11. juni 2046", level=1)
    doc.add_paragraph("Sted: Kunnskapsdepartementet, møterom 5.12. Tid: kl. 10.00–13.00.")
    doc.add_paragraph("Til stede: representanter for regjeringen, LO, NHO, Unio, KS, YS, Virke, Akademikerne, "
                      "Spekter, VOFO og fylkeskommunene. Referent: sekretariatet.")
    for title, body in MINUTES:
        doc.add_heading(title, level=3 if title[1] == "." and title[2].isdigit() else 2)
        doc.add_paragraph(body)
        if title.startswith(("3.", "6.")):
            p = doc.add_paragraph("Vedtak: ")
            p.runs[0].bold = True
            p.add_run("Saken tas til orientering." if title.startswith("6.") else "Malen vedtas med de endringene "
                      "som kom fram i møtet.")
    doc.add_paragraph("Referatet er godkjent av rådets leder.").runs[0].italic = True
    return save_docx(doc, out / "Referat_Kompetansepolitisk_rad_juni_2046.docx")
