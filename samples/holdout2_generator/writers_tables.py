"""Table-shaped Word reports; three leave as PDF or ODT, made by LibreOffice as members make them.

- table_over_pages: bold name and a description in one tiltak cell, a long table that runs over a
  page break with no repeated header, exported to PDF (Regjeringen).
- own_columns: landscape, columns in the member's own order and words, delmål last (KS).
- merged_delmal_odt: Nynorsk, the delmål cell merged down over its rows, saved as ODT (Møre og Romsdal).
- cross_columns: one column per delmål under a group header, a cross marks the delmål (Akademikerne,
  first version and its replacement).
- coded_types: one-letter type codes explained in a legend under the table, exported to PDF (LO).
- landscape_middle: a landscape section holding the table between portrait text, type words outside
  the six types (Vestfold og Telemark).

Each writer returns the items as printed, fields it does not print blanked.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

from . import wordml as wm
from .model import Item, Report
from .package import convert, pin_odf

HEAD = "D9E2F3"


# ------------------------------------------------------------------ Regjeringen
def write_table_over_pages(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    doc = wm.new_document(report, size=10, margins=2.0)
    wm.title_block(doc, report, [
        "Kunnskapsdepartementet, på vegne av regjeringen – 3. februar 2023",
        "Tabellen viser regjeringens tiltak i 2022 som følger opp Nasjonal kompetansepolitisk strategi. "
        "Hvert tiltak har et navn og en kort omtale av hva som er gjort i året. Flere departementer og "
        "direktorater har bidratt. Direktoratet for høyere utdanning og kompetanse (HK-dir) ble opprettet "
        "1. juli 2022 og har overtatt oppgavene til Kompetanse Norge."])
    tbl = wm.table(doc, 5, [1.7, 7.2, 2.5, 2.2, 3.4])
    wm.add_row(tbl, [[("Delmål", "b")], [("Tiltak", "b")], [("Type", "b")], [("Ansvarlig", "b")],
                     [("Samarbeidspartnere", "b")]], size=9.5, shade=HEAD)
    for code, it in rows:
        wm.add_row(tbl, [code, [[(it.tiltak, "b")], it.beskrivelse], it.shown_type, it.ansvarlig, it.partnere],
                   size=9.5)
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Departementene vil rapportere på nytt for 2023. Spørsmål kan rettes til "
                      "Kunnskapsdepartementet, avdeling for kompetansepolitikk.", size=10)
    wm.export_pdf(doc, report, path)
    return [it for _, it in rows]


# ------------------------------------------------------------------ KS
KS_HEADER = ["Virkemiddel", "Vårt bidrag i 2022", "Drives av", "Hvem var med", "Knyttet til delmål"]


def write_own_columns(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    doc = wm.new_document(report, size=10, margins=2.0, landscape=True)
    wm.title_block(doc, report, [
        "KS – kommunesektorens organisasjon. Rapporten er behandlet i KS' kompetanseutvalg 26. januar 2023.",
        "KS arbeider for at kommunene skal ha den kompetansen innbyggerne trenger. Her er det KS har bidratt "
        "med i 2022. Kolonnen til høyre viser hvilket delmål i strategien bidraget hører til."])
    tbl = wm.table(doc, 5, [3.2, 11.4, 3.4, 4.2, 3.3])
    wm.add_row(tbl, [[(h, "b")] for h in KS_HEADER], size=9.5, shade="E2EFDA")
    for code, it in rows:
        wm.add_row(tbl, [it.shown_type, it.tiltak, it.ansvarlig, it.partnere, code], size=9.5)
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Kontaktperson i KS: seniorrådgiver i avdeling for arbeidsgiverpolitikk.", size=9)
    wm.save(doc, path)
    return [it.without("beskrivelse") for _, it in rows]


# ------------------------------------------------------------------ Møre og Romsdal
MR_HEADER = ["Delmål", "Tiltak", "Kva slag tiltak", "Ansvarleg", "Saman med"]


def write_merged_delmal_odt(report: Report, path: Path) -> list[Item]:
    rows, names = report.extra["rows"], report.extra["delmal_names"]
    doc = wm.new_document(report, size=10, margins=1.7, lang="nn-NO")
    wm.title_block(doc, report, [
        "Møre og Romsdal fylkeskommune, 30. januar 2023",
        "Fylkeskommunen rapporterer her om tiltak i 2022 som fylgjer opp den nasjonale kompetansepolitiske "
        "strategien. Tiltaka er ordna etter delmål, og kvart delmål står éin gong for alle tiltaka som høyrer "
        "til det."])
    tbl = wm.table(doc, 5, [3.1, 6.6, 2.6, 2.7, 2.6])
    wm.add_row(tbl, [[(h, "b")] for h in MR_HEADER], size=9.5, shade="FCE4D6")
    first_of: dict[str, list[int]] = {}
    for n, (code, it) in enumerate(rows, start=1):
        wm.add_row(tbl, ["", it.tiltak, it.shown_type, it.ansvarlig, it.partnere], size=9.5)
        first_of.setdefault(code, []).append(n)
    for code, at in first_of.items():
        if len(at) > 1:
            wm.merge_down(tbl, 0, at[0], at[-1], names[code], size=9.5)
        else:
            wm.fill(tbl.cell(at[0], 0), names[code], size=9.5)
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Med helsing\nKompetanse og næring, Møre og Romsdal fylkeskommune", size=10)
    odt = convert(wm.docx_bytes(doc), ".docx", "odt", stem=path.stem)
    pin_odf(odt, path, report.created, report.modified)
    return [it.without("beskrivelse") for _, it in rows]


# ------------------------------------------------------------------ Akademikerne
def write_cross_columns(report: Report, path: Path) -> list[Item]:
    rows, codes = report.extra["rows"], report.extra["codes"]
    doc = wm.new_document(report, size=10, margins=2.0)
    wm.title_block(doc, report, report.extra["lead"])
    tbl = wm.table(doc, 2 + len(codes), [7.4, 2.6] + [1.2] * len(codes))
    wm.add_row(tbl, [[("Tiltak", "b")], [("Type", "b")]] + [[("Delmål (sett kryss)", "b")]] + [""] * (len(codes) - 1),
               size=9.5, shade=HEAD)
    wm.add_row(tbl, ["", ""] + [[(c, "b")] for c in codes], size=9.5, shade=HEAD)
    group = tbl.cell(0, 2).merge(tbl.cell(0, 1 + len(codes)))
    for extra in group.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for col, label in ((0, "Tiltak"), (1, "Type")):
        wm.merge_down(tbl, col, 0, 1, [(label, "b")], size=9.5)
    for code, it in rows:
        row = wm.add_row(tbl, [it.tiltak, it.shown_type] + ["X" if c == code else "" for c in codes], size=9.5)
        for cell in row.cells[2:]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Akademikerne, sekretariatet", size=9.5)
    wm.save(doc, path)
    return [it.without("ansvarlig", "partnere", "beskrivelse") for _, it in rows]


# ------------------------------------------------------------------ LO
def write_coded_types(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    doc = wm.new_document(report, size=10, margins=2.0)
    wm.title_block(doc, report, [
        "Landsorganisasjonen i Norge, 1. februar 2023",
        "LO og forbundene har også i 2022 arbeidet for at alle skal få mulighet til å lære hele livet. "
        "Tabellen viser LOs tiltak, med typen oppgitt som en kode."])
    tbl = wm.table(doc, 5, [1.8, 7.3, 1.4, 2.9, 3.6])
    wm.add_row(tbl, [[("Delmål", "b")], [("Tiltak", "b")], [("Type*", "b")], [("Ansvarlig", "b")],
                     [("Samarbeidspartnere", "b")]], size=9.5, shade="F2F2F2", header=True)
    for code, it in rows:
        row = wm.add_row(tbl, [code, it.tiltak, it.shown_type, it.ansvarlig, it.partnere], size=9.5)
        row.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    wm.paragraph(doc, [("* Type: ", "i"), ("F = forskning/utredning, K = kurs/utdanning, R = råd/utvalg/nettverk, "
                                          "P = prosjekt, I = informasjon, A = arrangement", "i")], size=8.5)
    wm.paragraph(doc, "Med vennlig hilsen\nLO, avdeling for samfunnspolitikk", size=10)
    wm.export_pdf(doc, report, path)
    return [it.without("beskrivelse") for _, it in rows]


# ------------------------------------------------------------------ Vestfold og Telemark
VT_HEADER = ["Delmål", "Tiltak", "Tiltakstype", "Ansvarlig", "Partnere"]


def write_landscape_middle(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    doc = wm.new_document(report, size=10.5, margins=2.2)
    wm.title_block(doc, report, [
        "Vestfold og Telemark fylkeskommune, Skien, 27. januar 2023",
        "Fylkeskommunen har i 2022 arbeidet videre med den regionale kompetansepolitikken sammen med "
        "kommunene, partene i arbeidslivet, NAV og utdanningsinstitusjonene. Regional plan for "
        "kompetanse og verdiskaping ble rullert, og fylkestinget vedtok nye mål for voksnes læring.",
        "Oversikten over tiltak står på neste side. Tiltakstypene er oppgitt slik fylkeskommunen selv "
        "bruker dem i sin plan."])
    wm.new_section(doc, landscape=True, margins=1.8)
    wm.paragraph(doc, [("Tiltak 2022", "b")], size=12, after=6)
    tbl = wm.table(doc, 5, [2.2, 10.0, 3.9, 4.4, 5.6])
    wm.add_row(tbl, [[(h, "b")] for h in VT_HEADER], size=10, shade="DDEBF7", header=True)
    for code, it in rows:
        wm.add_row(tbl, [f"Delmål {code}", it.tiltak, it.shown_type, it.ansvarlig, it.partnere], size=10)
    wm.new_section(doc, landscape=False, margins=2.2)
    wm.paragraph(doc, [("Videre arbeid", "b")], size=12, after=4)
    wm.paragraph(doc, "I 2023 vil fylkeskommunen legge vekt på voksnes rett til videregående opplæring og på "
                      "samarbeidet med fagskolen om korte utdanninger for industrien i Grenland.")
    wm.save(doc, path)
    return [it.without("beskrivelse") for _, it in rows]
