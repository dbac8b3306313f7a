"""Reports whose tiltak stand in tables: the ministry, KS, UHR, Vestland, VOFO's scanned letter, Virke's sheet."""

from __future__ import annotations

import tempfile
from itertools import groupby
from pathlib import Path

from docx.shared import Pt

from . import measures as m
from . import word
from .convert import fix_zip, scan
from .model import Report
from .wording import AREA_NN, PARAPHRASE_NB, PARAPHRASE_NN, STRATEGY_NB, area_of

KD_TYPES = {"FoU": "Utgreiing", "Kurs/utdanning": "Opplæring", "Råd/utvalg/nettverk": "Råd/utval",
            "Prosjekt": "Forsøk/prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}
KS_TYPES = {"FoU": "Analyse", "Kurs/utdanning": "Opplæring", "Råd/utvalg/nettverk": "Råd/utvalg",
            "Prosjekt": "Prosjekt", "Informasjon": "Kampanje", "Arrangement": "Arrangement"}
UHR_TYPES = {"FoU": "Rapport", "Kurs/utdanning": "Kurs", "Råd/utvalg/nettverk": "Råd/nettverk",
             "Prosjekt": "Prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}
VESTLAND_TYPES = {"FoU": "Utgreiing", "Kurs/utdanning": "Opplæring", "Råd/utvalg/nettverk": "Utval/nettverk",
                  "Prosjekt": "Prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}
VIRKE_TYPES = {"FoU": "FoU", "Kurs/utdanning": "Kurs", "Råd/utvalg/nettverk": "Nettverk/råd",
               "Prosjekt": "Prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}


def build_kd(report: Report, out: Path) -> None:
    """Nynorsk, one table an area, the delmål cell merged down over its tiltak."""
    doc = word.opening("Kunnskapsdepartementet",
                       "Regjeringa si rapportering til Kompetansepolitisk råd for 2023",
                       "Kunnskapsdepartementet på vegner av regjeringa, 4. mars 2024",
                       "Departementa har i 2023 arbeidd vidare med kompetansereforma og med oppfølginga av "
                       "Kompetansebehovsutvalet sine tilrådingar. Tabellane under viser tiltaka ordna etter "
                       "hovudinnsatsområde og delmål i strategien.",
                       header="Kunnskapsdepartementet",
                       footer="Rapportering for 2023")
    for area, in_area in groupby(report.entries, key=lambda e: area_of(e.delmal)):
        entries = list(in_area)
        doc.add_heading(f"Hovudinnsatsområde {area}: {AREA_NN[area]}", level=2)
        rows = [["", e.tiltak, KD_TYPES[e.type], e.ansvarlig, e.partnere] for e in entries]
        grid = word.table(doc, ["Delmål", "Tiltak", "Kategori", "Ansvarleg", "Samarbeidspartnarar"], rows,
                          widths=(3.4, 5.6, 2.4, 2.0, 3.6))
        start = 1
        for code, group in groupby(entries, key=lambda e: e.delmal):
            size = len(list(group))
            grid.cell(start, 0).text = f"{code} {PARAPHRASE_NN[code]}"
            if size > 1:
                grid.cell(start, 0).merge(grid.cell(start + size - 1, 0))
            start += size
        doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: seniorrådgivar i Avdeling for kompetanse og høgare utdanning.")
    word.save(doc, out / report.file)


def build_ks(report: Report, out: Path) -> None:
    """A landscape table with running numbers, header and footer, exported to PDF."""
    doc = word.new_document("KS", "KS rapport 2023", font="Arial", size=10)
    section = doc.sections[0]
    word.landscape(section)
    word.header_footer(section, "KS – rapportering til Kompetansepolitisk råd 2023", "Kommunesektorens organisasjon")
    doc.add_heading("KS' tiltak i 2023 for å følge opp Nasjonal kompetansepolitisk strategi", level=1)
    doc.add_paragraph("Kommunesektoren har store rekrutteringsutfordringer, særlig i helse og omsorg. Tabellen viser "
                      "de tiltakene KS selv har hatt ansvar for eller deltatt i. Kolonnen «Eier» viser hvem som "
                      "har hovedansvaret.")
    rows = [[str(n), f"{e.delmal} – {PARAPHRASE_NB[e.delmal]}", e.tiltak, KS_TYPES[e.type], e.ansvarlig, e.partnere]
            for n, e in enumerate(report.entries, start=1)]
    word.table(doc, ["Nr.", "Strategiens delmål", "Tiltak", "Tiltakstype", "Eier", "Partnere"], rows, fill="FCE4D6",
               widths=(1.1, 4.5, 7.5, 3.0, 3.2, 5.3))
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 29. februar 2024")
    word.export(doc, report.file, out)


def build_uhr(report: Report, out: Path) -> None:
    """A table headed in UHR's own words, with notes under it, exported to PDF."""
    doc = word.opening("UHR",
                       "Rapport fra UHR til Kompetansepolitisk råd for 2023",
                       "UHR er med i rådet på vegne av universitetene og høyskolene. Mye av arbeidet skjer i "
                       "institusjonene selv; i tabellen har vi tatt med det som skjer i fellesskap.",
                       header="Universitets- og høgskolerådet",
                       footer="uhr.no",
                       page_numbers=False,
                       font="Georgia",
                       size=10.5)
    rows = [[f"Delmål {e.delmal}", e.tiltak, UHR_TYPES[e.type], e.ansvarlig, e.partnere] for e in report.entries]
    word.table(doc, ["Delmål", "Aktivitet", "Form", "Ledes av", "Involverte"], rows, fill="E2EFDA",
               widths=(1.9, 5.4, 2.4, 3.0, 3.3))
    doc.add_heading("Merknader", level=3)
    for note in ("1) UHR har åtte fagstrategiske enheter; sammensetningen står på uhr.no.",
                 "2) Rapporten om etter- og videreutdanning bygger på tall fra DBH.",
                 "3) Rammeverket for innpassing skal etter planen vedtas i styrene i 2024."):
        para = doc.add_paragraph(note)
        para.runs[0].font.size = Pt(9)
    word.export(doc, report.file, out)


def build_vestland(report: Report, out: Path) -> None:
    """Nynorsk, the delmål as a bare number in the second column; a type cell left empty."""
    doc = word.opening("Vestland fylkeskommune",
                       "Rapportering frå Vestland fylkeskommune – kompetansetiltak 2023",
                       "Vestland fylkeskommune rapporterer her tiltak som følgjer opp den nasjonale strategien og "
                       "Regional plan for kompetanse og arbeidskraft. Delmåla er viste med nummer.",
                       header="Vestland fylkeskommune – Opplæring og kompetanse")
    rows = [[e.tiltak, e.delmal, "" if e.measure is m.VL_VERFT else VESTLAND_TYPES[e.type], e.ansvarlig, e.partnere]
            for e in report.entries]
    word.table(doc, ["Tiltak", "Delmål nr.", "Kva slags tiltak", "Kven leier", "Med kven"], rows, fill="",
               widths=(6.0, 1.8, 2.8, 3.0, 3.4))
    doc.add_paragraph()
    doc.add_paragraph("Bergen, 8. mars 2024")
    word.save(doc, out / report.file)


def build_vofo(report: Report, out: Path) -> None:
    """A one-page letter with a table, printed and scanned back to an image PDF."""
    doc = word.new_document("VOFO", "VOFO rapport 2023", font="Times New Roman", size=12)
    doc.add_paragraph("Voksenopplæringsforbundet (VOFO)").runs[0].bold = True
    doc.add_paragraph("Til Kompetansepolitisk råd v/ sekretariatet i HK-dir")
    doc.add_heading("Rapport fra VOFO for 2023", level=1)
    doc.add_paragraph("Studieforbundene har hatt et godt år med flere deltakere enn før pandemien. Her er våre "
                      "viktigste tiltak.")
    rows = [[e.tiltak, e.delmal, VIRKE_TYPES[e.type], e.ansvarlig, e.partnere] for e in report.entries]
    word.table(doc, ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere"], rows, fill="",
               widths=(6.5, 1.6, 2.0, 3.0, 4.0))
    doc.add_paragraph()
    doc.add_paragraph("Med hilsen")
    doc.add_paragraph("generalsekretær, VOFO")
    with tempfile.TemporaryDirectory(prefix="h3vofo") as tmp:
        pdf = word.export(doc, "vofo_brev.pdf", Path(tmp))
        scan(pdf, out / report.file, dpi=200)


def build_virke(report: Report, out: Path) -> None:
    """A spreadsheet: a title over a merged row, the strategy's wording of the delmål, a sheet of notes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Rapport 2023"
    sheet["A1"] = "Hovedorganisasjonen Virke – tiltak 2023 i Nasjonal kompetansepolitisk strategi"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Sendt sekretariatet 1. mars 2024"
    header = ["Tiltak", "Kort beskrivelse", "Delmål i strategien", "Kategori", "Hovedansvar", "Partnere"]
    for col, text in enumerate(header, start=1):
        cell = sheet.cell(row=4, column=col, value=text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7030A0")
    for row, e in enumerate(report.entries, start=5):
        values = [e.tiltak, e.beskrivelse, STRATEGY_NB[e.delmal], VIRKE_TYPES[e.type], e.ansvarlig, e.partnere]
        for col, value in enumerate(values, start=1):
            sheet.cell(row=row, column=col, value=value).alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", (42, 55, 45, 14, 16, 28)):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A5"
    notes = book.create_sheet("Forklaring")
    notes["A1"] = "Kategoriene følger sekretariatets mal. «Hovedansvar» er den som leder tiltaket."
    notes["A2"] = "Kontakt: Virke, avdeling for kompetanse og arbeidsliv."
    book.properties.creator = "Virke"
    book.properties.created = word.SAVED
    book.properties.modified = word.SAVED
    path = out / report.file
    book.save(path)
    fix_zip(path)

