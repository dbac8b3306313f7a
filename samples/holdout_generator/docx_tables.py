"""The held-out round's table-shaped Word reports (python-docx; three are exported through LibreOffice).

- two_row_header: a group header "Tiltak" spanning "Navn" and "Beskrivelse", landscape (Regjeringen).
- form_in_content_control: a reporting form whose table sits in a w:sdt, type cells in their own
  cell-level controls; the tiltak column is headed "Beskrivelse av tiltaket" (KS).
- nested_tables: a layout table, one cell per hovedinnsatsområde, each holding its own table (Spekter).
- paraphrase_nynorsk: Nynorsk, tiltak column "Kva vi har gjort", delmål named only in words (Vestland).
- group_rows: full-width delmål rows between the body rows (VOFO, draft and final).
- innsats_pdf: tiltak column "Innsats i 2021", exported to PDF (NHO).
- merged_area_pdf: område cells merged down the rows, Tiltak and Beskrivelse side by side, to PDF (Agder).
- odt_roundtrip: tiltak column "Aktivitet", written by LibreOffice from an ODT (UHR).

Each writer returns the items as printed, fields it does not print blanked.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from . import office
from . import ooxml as ox
from .model import Item, Report

HEAD_FILL = "DCE6F0"
OMRADE = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
          "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def _title(doc: DocumentObject, title: str, lines: list[str]) -> None:
    doc.add_paragraph(title, style="Title")
    for line in lines:
        doc.add_paragraph(line).runs[0].italic = True


def _sign(doc: DocumentObject, *lines: str) -> None:
    doc.add_paragraph()
    for line in lines:
        doc.add_paragraph(line)


def _table(doc_or_cell, header: list[str], rows: list[list[str]], widths: list[float], size: float = 9):
    """A grid table with one shaded bold header row."""
    tbl = doc_or_cell.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    for r, values in enumerate([header] + rows):
        for c, value in enumerate(values):
            ox.write_cell(tbl.cell(r, c), value, bold=r == 0, size=size, fill=HEAD_FILL if r == 0 else "")
    ox.repeat_header(tbl.rows[0])
    ox.fix_widths(tbl, widths)
    return tbl


def _landscape(doc: DocumentObject) -> None:
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


# ------------------------------------------------------------------ Regjeringen
def two_row_header(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, size=10)
    _landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Kunnskapsdepartementet – Kompetansepolitisk råd"
    _title(doc, report.title, ["Rapportering for 2021 fra departementene, samlet av Kunnskapsdepartementet. "
                               "Dato: 3. februar 2022."])
    doc.add_paragraph(
        "Tabellen gir en oversikt over regjeringens tiltak i 2021 som følger opp Nasjonal kompetansepolitisk "
        "strategi. Hvert tiltak har et kort navn og en beskrivelse av hva som er gjort i året. Tiltak som er "
        "rapportert tidligere år og videreføres uten endringer, er ikke tatt med.")
    widths = [1.9, 5.2, 8.7, 2.4, 2.6, 4.4]
    tbl = doc.add_table(rows=2 + len(report.items), cols=6)
    tbl.style = "Table Grid"
    top, sub = tbl.rows[0].cells, tbl.rows[1].cells
    for c, word in ((0, "Delmål"), (3, "Type"), (4, "Ansvar"), (5, "Partnere")):
        merged = top[c].merge(sub[c])
        ox.write_cell(merged, word, bold=True, size=9.5, fill=HEAD_FILL)
    group = top[1].merge(top[2])
    ox.write_cell(group, "Tiltak", bold=True, size=9.5, fill=HEAD_FILL)
    ox.write_cell(tbl.cell(1, 1), "Navn", bold=True, size=9.5, fill=HEAD_FILL)
    ox.write_cell(tbl.cell(1, 2), "Beskrivelse", bold=True, size=9.5, fill=HEAD_FILL)
    for r, it in enumerate(report.items, start=2):
        for c, value in enumerate([it.delmal, it.tiltak, it.beskrivelse, it.shown_type, it.ansvarlig,
                                   it.partnere]):
            ox.write_cell(tbl.cell(r, c), value, size=9.5)
    ox.repeat_header(tbl.rows[0])
    ox.repeat_header(tbl.rows[1])
    ox.fix_widths(tbl, widths)
    _sign(doc, "Departementene vil rapportere om oppfølgingen av stortingsmeldingen Lære hele livet i "
                      "egen sak til rådet.")
    ox.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ KS
def form_in_content_control(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, font="Liberation Serif", size=11)
    doc.add_paragraph("Skjema for rapportering av tiltak – Kompetansepolitisk råd", style="Title")
    sdt_id = 7001
    for label, value in (("Organisasjon", "KS"), ("Rapporteringsår", "2021"),
                         ("Kontaktperson", "Seniorrådgiver i avdeling for arbeidsliv")):
        par = doc.add_paragraph()
        par.add_run(f"{label}: ").bold = True
        par.add_run(value)
        ox.wrap_in_content_control(par._p, label, label.lower(), sdt_id)
        sdt_id += 1
    doc.add_paragraph("Fyll inn ett tiltak per rad. Bruk delmålsnummeret fra strategien og velg type fra listen.")
    rows = [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.partnere] for it in report.items]
    tbl = _table(doc, ["Delmål (nr.)", "Beskrivelse av tiltaket", "Type tiltak", "Ansvarlig",
                       "Samarbeidspartnere"], rows, [1.8, 6.6, 2.6, 2.0, 3.6], size=10)
    # Forms put choice fields in cell-level controls: the type cell of every body row is one.
    for row in tbl.rows[1:]:
        sdt_id += 1
        ox.wrap_in_content_control(row._tr.tc_lst[2], "Type tiltak", "type", sdt_id)
    ox.wrap_in_content_control(tbl._tbl, "Tiltakstabell", "tiltak", 7000)
    _sign(doc, "Skjemaet sendes sekretariatet innen 15. februar.")
    ox.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ Spekter
def nested_tables(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, size=10)
    _title(doc, report.title, ["Arbeidsgiverforeningen Spekter, januar 2022"])
    doc.add_paragraph("Spekter organiserer virksomheter i helseforetak, kultur, samferdsel og annen offentlig "
                      "eid virksomhet. Her er Spekters tiltak i 2021, ordnet etter strategiens tre "
                      "hovedinnsatsområder.")
    areas = sorted({it.delmal.split(".")[0] for it in report.items})
    outer = doc.add_table(rows=len(areas), cols=1)
    outer.style = "Table Grid"
    for r, area in enumerate(areas):
        cell = outer.cell(r, 0)
        ox.write_cell(cell, f"Hovedinnsatsområde {area}: {OMRADE[area]}", bold=True, size=10.5, fill="EEF3E2")
        rows = [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.partnere]
                for it in report.items if it.delmal.startswith(area + ".")]
        _table(cell, ["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid"], rows, [1.4, 6.2, 2.3, 3.0, 3.0],
               size=9)
    ox.fix_widths(outer, [16.4])
    _sign(doc, "Med hilsen", "Arbeidsgiverforeningen Spekter")
    ox.save(doc, path)
    ordered = [it for area in areas for it in report.items if it.delmal.startswith(area + ".")]
    return ordered


# ------------------------------------------------------------------ Vestland (Nynorsk)
def paraphrase_nynorsk(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, size=10.5)
    _title(doc, report.title, ["Vestland fylkeskommune, Seksjon for kompetanse og næring. 28. januar 2022."])
    doc.add_paragraph(
        "Vestland fylkeskommune har i 2021 arbeidd vidare med den regionale kompetansepolitikken. Tabellen "
        "viser kva vi har gjort innanfor dei områda i strategien der fylkeskommunen har ei rolle. Nummera på "
        "delmåla er ikkje tekne med, sidan fleire av tiltaka femner om meir enn eitt delmål.")
    rows = [[area, it.tiltak, it.shown_type, it.ansvarlig, it.partnere] for area, it in report.extra["rows"]]
    _table(doc, ["Innsatsområde i strategien", "Kva vi har gjort", "Kategori", "Ansvarleg", "Partnarar"], rows,
           [3.4, 5.2, 2.6, 2.6, 2.8], size=9.5)
    _sign(doc, "Fylkeskommunen vil i 2022 leggje fram ein ny handlingsplan for kompetansepolitikken.")
    _sign(doc, "Med helsing", "Vestland fylkeskommune")
    ox.save(doc, path)
    return [it for _, it in report.extra["rows"]]


# ------------------------------------------------------------------ VOFO (draft and final)
def group_rows(report: Report, path: Path) -> list[Item]:
    extra = report.extra
    doc = ox.new_doc(report, size=10.5)
    if extra.get("draft"):
        doc.sections[0].header.paragraphs[0].text = "UTKAST – ikke til distribusjon"
    _title(doc, report.title, [extra["dateline"]])
    doc.add_paragraph(extra["intro"])
    items = sorted(report.items, key=lambda it: tuple(int(p) for p in it.delmal.split(".")))
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for c, word in enumerate(["Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere"]):
        ox.write_cell(tbl.cell(0, c), word, bold=True, size=10, fill="FBE5D6")
    current = None
    for it in items:
        if it.delmal != current:
            current = it.delmal
            cells = tbl.add_row().cells
            band = cells[0].merge(cells[3])
            ox.write_cell(band, f"Delmål {it.delmal} {extra['delmal_names'][it.delmal]}", bold=True, size=10,
                          fill="F2F2F2")
        cells = tbl.add_row().cells
        for c, value in enumerate([it.tiltak, it.shown_type, it.ansvarlig, it.partnere]):
            ox.write_cell(cells[c], value, size=10)
    ox.repeat_header(tbl.rows[0])
    ox.fix_widths(tbl, [7.4, 2.4, 2.6, 4.2])
    _sign(doc, "Vennlig hilsen", "Voksenopplæringsforbundet (VOFO)")
    ox.save(doc, path)
    return items


# ------------------------------------------------------------------ exported through LibreOffice
def innsats_pdf(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, size=10)
    doc.sections[0].footer.paragraphs[0].text = "NHO – Næringslivets Hovedorganisasjon"
    _title(doc, report.title, ["Oslo, 31. januar 2022"])
    doc.add_paragraph(
        "NHO og landsforeningene har også i 2021 lagt stor vekt på kompetanse. Pandemien har gjort behovet for "
        "omstilling tydeligere, og mange bedrifter har brukt permitteringsperioder til opplæring. Oversikten "
        "under viser det viktigste av det NHO-fellesskapet har gjort.")
    rows = [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.partnere] for it in report.items]
    _table(doc, ["Strategiens delmål", "Innsats i 2021", "Form", "Hovedansvar", "Sammen med"], rows,
           [2.0, 6.2, 2.3, 2.5, 3.6], size=9.5)
    _sign(doc, "NHO vil gjerne bidra til at rådets arbeid i 2022 får enda tydeligere vekt på "
                      "fagarbeidere og på bedriftenes egen opplæring.")
    office.export_pdf(doc, path)
    return list(report.items)


def merged_area_pdf(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, size=9.5)
    _landscape(doc)
    _title(doc, report.title, ["Agder fylkeskommune – Handlingsprogram kompetanse 2021, rapport til "
                               "Kompetansepolitisk råd"])
    doc.add_paragraph("Agder fylkeskommune rapporterer her tiltakene i handlingsprogrammet som svarer på "
                      "delmålene i den nasjonale strategien.")
    header = ["Innsatsområde", "Delmål", "Tiltak", "Beskrivelse", "Type", "Ansvar", "Partnere"]
    rows = [["", it.delmal, it.tiltak, it.beskrivelse, it.shown_type, it.ansvarlig, it.partnere]
            for it in report.items]
    tbl = _table(doc, header, rows, [3.0, 1.5, 4.4, 7.0, 2.2, 3.4, 3.6], size=9)
    start = 1
    while start <= len(report.items):
        area = report.items[start - 1].delmal.split(".")[0]
        end = start
        while end < len(report.items) and report.items[end].delmal.split(".")[0] == area:
            end += 1
        merged = tbl.cell(start, 0).merge(tbl.cell(end, 0))
        ox.write_cell(merged, f"{area}. {OMRADE[area]}", size=9)
        start = end + 1
    office.export_pdf(doc, path)
    return list(report.items)


def odt_roundtrip(report: Report, path: Path) -> list[Item]:
    doc = ox.new_doc(report, font="Liberation Serif", size=11)
    _title(doc, report.title, ["Universitets- og høgskolerådet (UHR), februar 2022"])
    doc.add_paragraph(
        "UHR ble medlem av Kompetansepolitisk råd i 2020 og rapporterer for andre gang. UHR er "
        "samarbeidsorganet for de akkrediterte universitetene og høyskolene i Norge. Aktivitetene under er "
        "knyttet til delmålene i strategien der sektoren har et ansvar.")
    rows = [[link, it.tiltak, it.shown_type, it.ansvarlig, it.partnere] for link, it in report.extra["rows"]]
    _table(doc, ["Kobling til strategien", "Aktivitet", "Type aktivitet", "Ansvarlig enhet", "Partnere"], rows,
           [3.6, 6.0, 2.2, 2.0, 2.8], size=10)
    _sign(doc, "Med vennlig hilsen", "Universitets- og høgskolerådet")
    office.export_via_odt(doc, path, report.modified.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return [it for _, it in report.extra["rows"]]
