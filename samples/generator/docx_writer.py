"""The DOCX-shaped reports (python-docx). One function per member shape; each returns the items
as written (fields the report does not print are blanked) so truth.csv matches the document.

The shapes copy what members did in Word: merged delmål cells, section rows spanning the table,
prose with headings and bullet or numbered lists, a cover page, a sum row, Nynorsk headers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import docx_common as dc
from .model import Item, Report, Stamp, labelled
from .seed import DELMAL, OMRADE, omrade_of

SEED_HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
NYNORSK_HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar"]




def _seed_row(it: Item, delmal: str) -> list[str]:
    return [delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere]



# ------------------------------------------------------------------ 2. LO: merged delmål cells
def write_lo(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"LO – Kompetansepolitisk råd 2018\t\t{stamp.ref}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph("LO har i 2018 fulgt opp strategien gjennom arbeid i råd og utvalg, egne utredninger og "
                      "samarbeid med arbeidsgiversiden. Tabellen viser tiltakene ordnet etter delmål. "
                      + stamp.sentence())
    size = 9
    rows = [_seed_row(it, "") for it in report.items]
    tbl = dc.table(doc, SEED_HEADER, rows, [4.2, 5.0, 2.5, 2.2, 3.1], size=size)
    first = 1
    for code, group in dc.groups(report.items):
        # The delmål cell holds code and text once, merged down over its rows (w:vMerge).
        dc.merge_down(tbl, 0, first, first + len(group) - 1, f"{code} {DELMAL[code]}", size)
        first += len(group)
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ 4. Unio: headings + bullets
def write_unio(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Unio – rapportering {stamp.date_short}")
    dc.title(doc, report.title, report.subtitle, dc.meta_line(stamp))
    doc.add_heading("Innledning", level=2)
    doc.add_paragraph("Unio organiserer arbeidstakere med universitets- og høyskoleutdanning, og er opptatt av "
                      "at alle skal ha mulighet til etter- og videreutdanning gjennom hele yrkeslivet. Under "
                      "følger Unios tiltak for 2018 sortert etter delmål. " + stamp.sentence())
    written = []
    for code, group in dc.groups(report.items):
        doc.add_heading(f"Delmål {code} {dc.short(DELMAL[code])}", level=2)
        for it in group:
            doc.add_paragraph(labelled(it), style="List Bullet")
            written.append(replace(it, ansvarlig=""))
    dc.save(doc, path)
    return written


# ------------------------------------------------------------------ 6. YS: cover without the name, sum row
def write_ys(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    # Neither the title, the header nor the first page names the member: only the file name does.
    doc = dc.new_document(report, stamp, f"Kompetansepolitisk råd – rapportering 2018 – {stamp.ref}")
    dc.title(doc, report.title, report.subtitle, dc.meta_line(stamp))
    doc.add_paragraph("Vedlagt følger oversikt over tiltak som er gjennomført i 2018 for å følge opp Nasjonal "
                      "kompetansepolitisk strategi. Oversikten er satt opp etter malen fra sekretariatet. "
                      + stamp.sentence())
    doc.add_paragraph("Kontaktperson for rapporteringen er fagsjef for utdanningspolitikk.")
    dc.page_break(doc)
    doc.add_heading("Oversikt over tiltak", level=2)
    rows = [[it.tiltak, it.shown_type, f"Delmål {it.delmal}", it.samarbeidspartnere, it.ansvarlig]
            for it in report.items]
    rows += [["", "", "", "", ""], ["Sum tiltak", str(len(report.items)), "", "", ""]]
    tbl = dc.table(doc, ["Tiltak", "Type", "Delmål", "Samarbeid med", "Ansvarlig"], rows,
                   [5.7, 2.8, 2.3, 3.4, 2.8], size=9.5, fill="E2EFD9")
    for cell in tbl.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ 8. Akademikerne: lead-in + numbered
def write_akademikerne(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Akademikerne\t\t{stamp.date_short}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph("Akademikerne er hovedorganisasjonen for arbeidstakere med høyere utdanning på "
                      "masternivå. "
                      "Vi har i 2018 prioritert kunnskapsgrunnlaget om etter- og videreutdanning for høyt "
                      "utdannede. " + stamp.sentence())
    written = []
    for code, group in dc.groups(report.items):
        # The lead-in names the delmål by code; the items below inherit it.
        doc.add_paragraph(f"Under delmål {code} har Akademikerne gjennomført følgende tiltak:")
        for it in group:
            doc.add_paragraph(labelled(it), style="List Number")
            written.append(replace(it, ansvarlig=""))
    dc.save(doc, path)
    return written


# ------------------------------------------------------------------ 9. Spekter: section rows + merged delmål
def write_spekter(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Spekter – rapportering 2018 – ref. {stamp.ref}")
    dc.title(doc, report.title, report.subtitle, dc.meta_line(stamp))
    doc.add_paragraph("Spekter organiserer virksomheter med statlig eierskap, blant annet helseforetakene. "
                      "Tabellen viser Spekters tiltak i 2018, gruppert etter hovedinnsatsområde og delmål. "
                      + stamp.sentence())
    size = 9
    layout: list[tuple[str, object]] = []  # ("section", område) or ("item", Item), in table order
    for code, group in dc.groups(report.items):
        if not any(kind == "section" and val == omrade_of(code) for kind, val in layout):
            layout.append(("section", omrade_of(code)))
        layout += [("item", it) for it in group]
    rows = [["", "", "", "", "", ""] if kind == "section" else
            ["", it.tiltak, it.ansvarlig, it.samarbeidspartnere, it.shown_type, it.kommentar]
            for kind, it in layout]
    header = ["Delmål", "Tiltak", "Ansvarlig", "Samarbeidspartnere", "Type tiltak", "Kommentar"]
    tbl = dc.table(doc, header, rows, [1.6, 4.9, 2.3, 3.4, 2.4, 2.4], size=size, fill="FCE4D6")
    r = 1
    while r <= len(layout):
        kind, val = layout[r - 1]
        if kind == "section":
            dc.span_row(tbl, r, f"Hovedinnsatsområde {val}: {OMRADE[val]}", size)
            r += 1
            continue
        code = val.delmal
        last = r
        while last < len(layout) and layout[last][0] == "item" and layout[last][1].delmal == code:
            last += 1
        dc.merge_down(tbl, 0, r, last, code, size)
        r = last + 1
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ 11/13/15/17. county tables
def _county(report: Report, stamp: Stamp, path: Path, header: list[str], intro: str,
            extra_col: str = "") -> list[Item]:
    nynorsk = header is NYNORSK_HEADER
    doc = dc.new_document(report, stamp, f"{report.member} – {stamp.ref}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph(intro + " " + stamp.sentence(nynorsk=nynorsk))
    rows = [_seed_row(it, it.delmal) for it in report.items]
    widths = [1.5, 6.0, 2.8, 2.8, 3.9]
    if extra_col:
        header = header + [extra_col]
        rows = [row + [it.status] for row, it in zip(rows, report.items)]
        widths = [1.4, 5.4, 2.4, 2.4, 3.4, 2.0]
    dc.table(doc, header, rows, widths, size=10)
    doc.add_paragraph()
    doc.add_paragraph("Med helsing" if nynorsk else "Med vennlig hilsen")
    doc.add_paragraph(report.member)
    dc.save(doc, path)
    return list(report.items)


def write_more_og_romsdal(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    return _county(report, stamp, path, NYNORSK_HEADER,
                   "Møre og Romsdal fylkeskommune rapporterer under tiltak som fylkeskommunen har sett i gang "
                   "eller planlagt i 2018, i tråd med Nasjonal kompetansepolitisk strategi.")


def write_vestfold(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    return _county(report, stamp, path, SEED_HEADER,
                   "Vestfold fylkeskommune rapporterer ett tiltak for 2018, som del av den nasjonale "
                   "satsingen Yrkesfagløftet.", extra_col="Status")


def write_telemark(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    return _county(report, stamp, path, SEED_HEADER,
                   "Telemark fylkeskommune har i 2018 arbeidet med å styrke karriereveiledningen i fylket "
                   "gjennom partnerskap med arbeidslivet og offentlige aktører.")


def write_trondelag(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    return _county(report, stamp, path, SEED_HEADER,
                   "Trøndelag fylkeskommune rapporterer på samarbeidet om digital kompetanse i kommunane, "
                   "som vert gjennomført saman med KS og Fylkesmannen.")


WRITERS = {
    "lo": write_lo,
    "unio": write_unio,
    "ys": write_ys,
    "akademikerne": write_akademikerne,
    "spekter": write_spekter,
    "more_og_romsdal": write_more_og_romsdal,
    "vestfold": write_vestfold,
    "telemark": write_telemark,
    "trondelag": write_trondelag,
}
