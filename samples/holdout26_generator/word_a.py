"""Word reports kept as .docx: the ministry, YS (draft and revised), Spekter, Vestland fylkeskommune."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from . import content_a as ca
from . import content_b as cb
from .common import cell_text, new_document, repeat_header, save_docx, shade, widths

AREAS_NB = {
    "1": "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2 – Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Hovudinnsatsområde 1 – Gode val for den enkelte og for samfunnet",
    "2": "Hovudinnsatsområde 2 – Læring i arbeidslivet",
    "3": "Hovudinnsatsområde 3 – Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}


def _area_row(table, text: str, fill: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    cell_text(merged, text, bold=True)
    shade(merged, fill)


def build_regjeringen(out: Path) -> Path:
    doc = new_document("Kunnskapsdepartementet", "Rapportering til Kompetansepolitisk råd 2046", landscape=True)
    doc.add_heading("Rapportering til Kompetansepolitisk råd for 2046", level=1)
    p = doc.add_paragraph("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Kunnskapsdepartementet har samordnet rapporteringen fra departementene. Tabellen viser de viktigste "
        "tiltakene i 2046, ordnet etter strategiens hovedinnsatsområder og delmål. Tiltak som videreføres fra "
        "tidligere år, er tatt med når det har skjedd noe nytt i 2046.")
    doc.add_paragraph("Saksbehandler: Kompetansepolitisk avdeling, seksjon for voksnes læring. Dato: 3. februar 2047.")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    heads = ["Delmål", "Tiltak og beskrivelse", "Kategori", "Hvem har ansvaret", "Hvem samarbeider vi med"]
    for cell, h in zip(table.rows[0].cells, heads):
        cell_text(cell, h, bold=True)
        shade(cell, "1F3864")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(table.rows[0])
    area = ""
    for row in ca.REGJERINGEN:
        if row.delmal[0] != area:
            area = row.delmal[0]
            _area_row(table, AREAS_NB[area], "D9E2F3")
        cells = table.add_row().cells
        cell_text(cells[0], row.delmal)
        cell_text(cells[1], row.tiltak, bold=True)
        cells[1].add_paragraph(row.desc)
        cell_text(cells[2], row.t_shown)
        cell_text(cells[3], row.ansv)
        cell_text(cells[4], row.partn)
    widths(table, [2.0, 11.3, 3.0, 3.2, 6.2])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson i departementet kan svare på spørsmål om enkelttiltak.")
    return save_docx(doc, out / "Regjeringen_KD_rapportering_2046.docx")


def _ys(out: Path, rows, name: str, status: str, dated: str, draft: bool) -> Path:
    doc = new_document("YS", "YS – tiltak 2046", size=10)
    if draft:
        p = doc.add_paragraph("UTKAST – ikke til distribusjon")
        p.runs[0].bold = True
        p.runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_heading("Yrkesorganisasjonenes Sentralforbund (YS)", level=1)
    doc.add_paragraph(f"Rapportering til Kompetansepolitisk råd – tiltak i 2046. {status}, {dated}.")
    doc.add_paragraph(
        "YS følger opp strategien gjennom forbundene og gjennom partssamarbeidet. Nedenfor er tiltakene YS har "
        "hatt ansvar for eller deltatt i.")
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    heads = ["Nr", "Tiltak", "Kort beskrivelse", "Delmål", "Kategori", "Eier", "Med hvem"]
    for cell, h in zip(table.rows[0].cells, heads):
        cell_text(cell, h, bold=True, size=9)
        shade(cell, "FCE4D6")
    for i, row in enumerate(rows, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [f"{i}.", row.tiltak, row.desc, row.delmal, row.t_shown, row.ansv, row.partn]):
            cell_text(cell, text, size=9)
    widths(table, [0.8, 4.0, 5.0, 1.3, 1.8, 1.3, 3.0])
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: YS' sekretariat for utdanningspolitikk.")
    return save_docx(doc, out / name)


def build_ys(out: Path) -> list[Path]:
    draft = _ys(out, ca.YS_DRAFT, "YS_rapportering_2046_utkast.docx", "Utkast versjon 0.3", "20. januar 2047", True)
    final = _ys(out, ca.YS, "YS_rapportering_2046_revidert.docx", "Revidert versjon", "10. februar 2047", False)
    return [draft, final]


def build_spekter(out: Path) -> Path:
    doc = new_document("Spekter", "Spekters rapport til Kompetansepolitisk råd 2046")
    doc.add_heading("Spekter – rapport om kompetansetiltak 2046", level=1)
    doc.add_paragraph(
        "Spekter organiserer virksomheter i helse, kultur, samferdsel og annen offentlig eid virksomhet. Under følger "
        "tiltakene vi har arbeidet med i 2046 for å følge opp Nasjonal kompetansepolitisk strategi, ett tiltak per "
        "skjema.")
    labels = ["Tiltak", "Strategiens delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    for i, row in enumerate(cb.SPEKTER, 1):
        h = doc.add_paragraph(f"Tiltak {i}")
        h.runs[0].bold = True
        h.runs[0].font.size = Pt(12)
        table = doc.add_table(rows=6, cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(zip(labels, [row.tiltak, row.d, row.t_shown, row.ansv, row.partn,
                                                        row.desc])):
            cell_text(table.rows[r].cells[0], label, bold=True)
            shade(table.rows[r].cells[0], "E2EFDA")
            cell_text(table.rows[r].cells[1], value)
        widths(table, [4.2, 12.8])
        doc.add_paragraph()
    doc.add_paragraph("Spørsmål om rapporten kan rettes til Spekters avdeling for kompetanse og arbeidsliv.")
    return save_docx(doc, out / "Spekter_rapport_2046.docx")


def build_vestland(out: Path) -> Path:
    doc = new_document("Vestland fylkeskommune", "Rapportering til Kompetansepolitisk råd 2046", landscape=True,
                       size=10)
    doc.add_heading("Vestland fylkeskommune – rapportering av tiltak 2046", level=1)
    doc.add_paragraph(
        "Fylkeskommunen rapporterer her tiltak som følgjer opp Nasjonal kompetansepolitisk strategi. Tiltaka er "
        "sorterte etter hovudinnsatsområde og delmål. Fleire av tiltaka er forankra i regional plan for "
        "kompetanse og arbeidskraft.")
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    heads = ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring"]
    for cell, h in zip(table.rows[0].cells, heads):
        cell_text(cell, h, bold=True)
        shade(cell, "DDEBF7")
    repeat_header(table.rows[0])
    area = ""
    for row in cb.VESTLAND:
        if row.delmal[0] != area:
            area = row.delmal[0]
            _area_row(table, AREAS_NN[area], "F2F2F2")
        cells = table.add_row().cells
        for cell, text in zip(cells, [row.delmal, row.tiltak, row.t_shown, row.ansv, row.partn, row.desc]):
            cell_text(cell, text)
    widths(table, [1.9, 6.0, 2.8, 3.4, 4.5, 7.1])
    p = doc.add_paragraph("Bergen, 7. februar 2047")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Avdeling for innovasjon og næringsutvikling / Opplæring og kompetanse")
    return save_docx(doc, out / "Vestland_fylkeskommune_rapport_2046.docx")
