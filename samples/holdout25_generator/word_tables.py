"""Word reports built around tables: the ministry, Unio (draft and final), VOFO, UHR and Vestland (to PDF)."""
from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from . import content_a as A
from . import content_b as B
from .model import Report, Row
from .util import add_par, cell_text, new_document, save_docx, shade, soffice, when, widths

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def landscape(doc) -> None:
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))


def grid(doc, headers: list[str], rows: list[list[str]], cm: list[float], fill: str = "D9E2F3"):
    """A bordered table with a shaded header row and fixed column widths (cm)."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, head in enumerate(headers):
        cell_text(table.rows[0].cells[i], head, bold=True, size=9.5)
        shade(table.rows[0].cells[i], fill)
    for values in rows:
        cells = table.add_row().cells
        for i, value in enumerate(values):
            cell_text(cells[i], value, size=9.5)
    widths(table, cm)
    return table


def regjeringen(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-26 15:04")
    doc = new_document("Kunnskapsdepartementet", "Regjeringens rapportering 2045", saved)
    landscape(doc)
    add_par(doc, "Kunnskapsdepartementet", size=10, italic=True)
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i 2045", level=1)
    add_par(doc, "Departementene rapporterer her tiltak som følger opp delmålene i strategien. Tabellene er "
                 "ordnet etter hovedinnsatsområde. Rapporten er samordnet av KD med innspill fra ASD, KDD og IMDi.")
    headers = ["Delmål", "Tiltak", "Kategori", "Ansvarlig", "Samarbeid med", "Kort om tiltaket"]
    cols = [1.9, 5.6, 2.8, 2.4, 4.4, 8.7]
    for area in "123":
        rows = [row for row in A.REGJERINGEN if row.delmal[0] == area]
        doc.add_heading(AREAS[area], level=2)
        grid(doc, headers, [[x.delmal, x.tiltak, x.type, x.ansvarlig, x.partnere, x.beskrivelse] for x in rows],
             cols)
        add_par(doc, "")
    add_par(doc, "Oslo, 26. februar 2046", align="right", size=10)
    save_docx(doc, out / "KD_rapportering_KPR_2045.docx", saved)
    return Report("KD_rapportering_KPR_2045.docx", "Regjeringen",
                  "Word, one table per hovedinnsatsområde, headers Delmål/Tiltak/Kategori/Ansvarlig/Samarbeid med/"
                  "Kort om tiltaket", A.REGJERINGEN)


def _unio_doc(rows: tuple[Row, ...], saved, status: str, title_note: str):
    doc = new_document("Unio sekretariatet", f"Unio rapportering 2045 ({status})", saved)
    landscape(doc)
    doc.add_heading("Unios rapportering til Kompetansepolitisk råd – 2045", level=1)
    add_par(doc, title_note, italic=True)
    add_par(doc, "Unio – Hovedorganisasjonen for universitets- og høyskoleutdannede. Tiltakene står i rekkefølge "
                 "etter delmål. Hvert tiltak har en tittellinje og en linje med detaljer.")
    headers = ["Delmål", "Hva er gjort i 2045", "Type", "Ansvarlig", "Samarbeid med"]
    cm = [1.8, 11.6, 3.0, 3.4, 5.0]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for i, head in enumerate(headers):
        cell_text(table.rows[0].cells[i], head, bold=True, size=9.5, colour="FFFFFF")
        shade(table.rows[0].cells[i], "8B1E3F")
    for n, row in enumerate(rows, start=1):
        title = table.add_row().cells
        merged = title[0].merge(title[4])
        cell_text(merged, f"Tiltak {n}: {row.tiltak}", bold=True, size=10)
        shade(merged, "F2DCE3")
        cells = table.add_row().cells
        for i, value in enumerate([row.delmal, row.beskrivelse, row.type, row.ansvarlig, row.partnere]):
            cell_text(cells[i], value, size=9.5)
    table.autofit = False
    for i, width in enumerate(cm):
        table.columns[i].width = Cm(width)
    for trow in table.rows:
        if trow.cells[0]._tc is not trow.cells[4]._tc:
            for i, width in enumerate(cm):
                trow.cells[i].width = Cm(width)
    return doc


def unio(out: Path, tmp: Path) -> tuple[Report, Report]:
    d_saved = when("2046-01-30 11:12")
    draft = _unio_doc(A.UNIO_DRAFT, d_saved, "utkast",
                      "UTKAST 30.01.2046 – til behandling i Unios styre. Ikke send videre.")
    save_docx(draft, out / "Unio rapportering 2045 - utkast.docx", d_saved)
    f_saved = when("2046-02-20 09:41")
    final = _unio_doc(A.UNIO, f_saved, "endelig",
                      "Endelig versjon 20.02.2046, vedtatt i Unios styre. Erstatter utkastet av 30. januar.")
    save_docx(final, out / "Unio rapportering 2045 - endelig.docx", f_saved)
    return (
        Report("Unio rapportering 2045 - utkast.docx", "Unio",
               "Word, superseded draft of the next file (two rows per tiltak)", (), truth=False,
               note="superseded by «Unio rapportering 2045 - endelig.docx»"),
        Report("Unio rapportering 2045 - endelig.docx", "Unio",
               "Word table, two rows per tiltak: a merged shaded title row «Tiltak n: …», then the details",
               A.UNIO),
    )


def vofo(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-17 13:20")
    doc = new_document("VOFO", "VOFO rapport 2045", saved, font="Arial", size=10)
    landscape(doc)
    doc.add_heading("Voksenopplæringsforbundet (VOFO) – tiltak 2045", level=1)
    add_par(doc, "Rapport til Kompetansepolitisk råd. Ett tiltak per kolonne.")
    labels = ["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Hva er gjort i 2045"]
    rows = B.VOFO
    table = doc.add_table(rows=len(labels), cols=len(rows) + 1)
    table.style = "Table Grid"
    for i, label in enumerate(labels):
        cell_text(table.rows[i].cells[0], label, bold=True, size=9)
        shade(table.rows[i].cells[0], "E2EFD9")
    for j, row in enumerate(rows, start=1):
        values = [str(j), row.tiltak, row.delmal, row.type, row.ansvarlig, row.partnere, row.beskrivelse]
        for i, value in enumerate(values):
            cell_text(table.rows[i].cells[j], value, bold=(i == 1), size=9)
    widths(table, [3.6] + [4.5] * len(rows))
    add_par(doc, "")
    add_par(doc, "Kontakt: VOFO, Oslo. Rapporten er godkjent av generalsekretæren 17. februar 2046.", size=9)
    save_docx(doc, out / "VOFO_rapport_2045.docx", saved)
    return Report("VOFO_rapport_2045.docx", "VOFO",
                  "Word table on its side: one column per tiltak, one row per field (Tiltak, Delmål, Type …)",
                  B.VOFO)


def uhr(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-12 10:05")
    doc = new_document("Universitets- og høgskolerådet", "UHR oppfølging 2045", saved)
    doc.add_heading("UHRs oppfølging av Nasjonal kompetansepolitisk strategi i 2045", level=1)
    add_par(doc, "Universitets- og høgskolerådet (UHR) rapporterer på vegne av medlemsinstitusjonene. "
                 "Tabellen følger strategiens innsatsområder; flere tiltak kan stå i samme celle.")
    groups = {
        "a": ("Gode valg for den enkelte og samfunnet", "Utdanningenes relevans og samarbeid med arbeidslivet"),
        "b": ("Læring i arbeidslivet", "Kunnskap om læring i arbeidslivet"),
        "c": ("Læring i arbeidslivet", "Etter- og videreutdanning tilpasset arbeidslivets behov"),
    }
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for i, head in enumerate(["Område", "Delmål", "Tiltak i UH-sektoren"]):
        cell_text(table.rows[0].cells[i], head, bold=True, size=10)
        shade(table.rows[0].cells[i], "DDDDDD")
    area_cells = {}
    for key, (area, words) in groups.items():
        cells = table.add_row().cells
        cell_text(cells[1], words, size=10)
        bullet_cell = cells[2]
        first = True
        for row in (x for x in B.UHR if x.extra["group"] == key):
            para = bullet_cell.paragraphs[0] if first else bullet_cell.add_paragraph()
            first = False
            para.style = doc.styles["List Bullet"]
            lead = para.add_run(row.tiltak)
            lead.bold = True
            para.add_run(f": {row.beskrivelse} Samarbeid: {row.partnere}.")
            for run in para.runs:
                run.font.size = Pt(10)
        if area in area_cells:
            area_cells[area] = area_cells[area].merge(cells[0])
        else:
            cell_text(cells[0], area, size=10)
            area_cells[area] = cells[0]
    widths(table, [3.3, 3.8, 8.8])
    add_par(doc, "")
    add_par(doc, "Oslo, 12. februar 2046 – UHR, avdeling for utdanning og arbeidsliv", size=9)
    save_docx(doc, out / "UHR_oppfolging_strategien_2045.docx", saved)
    return Report("UHR_oppfolging_strategien_2045.docx", "UHR",
                  "Word table with delmål in words and the area merged down; several tiltak bulleted in one cell, "
                  "no types", B.UHR)


def vestland(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-24 08:50")
    doc = new_document("Vestland fylkeskommune", "Rapportering til Kompetansepolitisk råd 2045", saved)
    landscape(doc)
    add_par(doc, "VESTLAND FYLKESKOMMUNE · Opplæring og kompetanse", size=9)
    doc.add_heading("Rapportering til Kompetansepolitisk råd for 2045", level=1)
    add_par(doc, "Saksnummer 2046/1187. Fylkeskommunen rapporterer tiltak som følgjer opp Nasjonal "
                 "kompetansepolitisk strategi. Tiltaka er ordna etter delmåla i strategien.")
    headers = ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Kort omtale"]
    grid(doc, headers, [[x.extra["words"], x.tiltak, x.type, x.ansvarlig, x.partnere, x.beskrivelse]
                        for x in B.VESTLAND], [4.0, 5.0, 2.9, 3.2, 4.8, 6.2], fill="FCE4D6")
    add_par(doc, "")
    add_par(doc, "Bergen, 24. februar 2046. Kontakt: seksjon for kompetanse og karriere.", size=9)
    src = save_docx(doc, tmp / "vestland.docx", saved)
    name = "Vestland fylkeskommune - rapportering 2045.pdf"
    soffice(src, "pdf", name, out, saved)
    return Report(name, "Vestland fylkeskommune",
                  "Nynorsk Word table exported to PDF by LibreOffice; delmål in words, one row with only the area",
                  B.VESTLAND)
