"""The Word shapes of the 2020 round (python-docx, raw WordprocessingML where it has no API).

Each writer returns the items as written (fields it does not print blanked) so truth.csv matches.
The two-column report and Fagskolerådet's table are Word files exported to PDF through LibreOffice.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from . import docx_common as dc
from . import docx_xml as dx
from .docx_writer_2019 import NYNORSK, nynorsk_labelled
from .model import Item, Report, Stamp, labelled
from .office_export import export_pdf
from .seed import DELMAL

HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
NYNORSK_2020 = {**NYNORSK, "3.4": "Målrette og effektivisere norskopplæringa, introduksjonsprogrammet og andre "
                                   "kvalifiseringstiltak for innvandrarar"}


def _rows(items, delmal=lambda it: it.delmal) -> list[list[str]]:
    return [[delmal(it), it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere] for it in items]


def _signature(doc, *lines: str) -> None:
    doc.add_paragraph()
    for line in lines:
        doc.add_paragraph(line)


# ------------------------------------------------------------------ plain tables under other headers
def _table_report(report: Report, stamp: Stamp, path: Path, running: str, intro: str, header: list[str],
                  widths: list[float], fill: str = "D9E2F3", closing: tuple[str, ...] = ()):
    """Title, an intro paragraph and one table of the report's items, as most members write; the document."""
    doc = dc.new_document(report, stamp, running)
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph(f"{intro} {stamp.sentence()}")
    dc.table(doc, header, _rows(report.items), widths, size=9.5, fill=fill)
    if closing:
        _signature(doc, *closing)
    return doc


def write_other_word(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = _table_report(report, stamp, path, f"LO – rapportering 2020\t\t{stamp.ref}",
                        "Koronapandemien preget LOs arbeid med kompetanse i 2020. Tabellen viser årets innsats, "
                        "ordnet etter delmål.", ["Delmål", "Årets innsats", "Type tiltak", "Ansvarlig",
                                                 "Samarbeidspartnere"], [1.8, 6.6, 2.8, 2.3, 3.5],
                        closing=("Med vennlig hilsen", "LO"))
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ two header rows, name and description
def write_two_row_header(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"YS – Kompetansepolitisk råd 2020\t\t{stamp.ref}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph("Tabellen gir navn og en kort beskrivelse av hvert tiltak YS har arbeidet med i 2020. "
                      + stamp.sentence())
    widths = [1.6, 3.6, 5.6, 2.2, 1.8, 2.4]
    tbl = doc.add_table(rows=2 + len(report.items), cols=6)
    tbl.style = doc.styles["Table Grid"]
    tbl.autofit = False
    for c, w in enumerate(widths):
        tbl.columns[c].width = Cm(w)
    for r, it in enumerate(report.items, start=2):
        for c, value in enumerate([it.delmal, it.tiltak, it.beskrivelse, it.shown_type, it.ansvarlig,
                                   it.samarbeidspartnere]):
            dc.set_text(tbl.cell(r, c), value, size=9)
    for c, label in ((0, "Delmål"), (3, "Type"), (4, "Ansvarlig"), (5, "Samarbeid")):
        dc.merge_down(tbl, c, 0, 1, "", 9)
        dc.set_text(tbl.cell(0, c), label, bold=True, size=9)
    group = tbl.cell(0, 1).merge(tbl.cell(0, 2))
    for extra in group.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    dc.set_text(group, "Tiltak", bold=True, size=9)
    dc.set_text(tbl.cell(1, 1), "Navn", bold=True, size=9)
    dc.set_text(tbl.cell(1, 2), "Beskrivelse", bold=True, size=9)
    for r in (0, 1):
        for cell in tbl.rows[r].cells:
            dc.shade(cell, "E2EFD9")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ bullets by direct numbering, typed bullets
def write_direct_numbering(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    typed = report.extra["typed"]
    doc = dc.new_document(report, stamp, f"Akademikerne – {stamp.date_short}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph("Akademikerne rapporterer her sine tiltak for 2020, ordnet etter delmål. " + stamp.sentence())
    num_id = dx.bullet_numbering(doc)
    dx.outline_numbering(doc)  # as a report that went through LibreOffice (.doc to .docx) carries it
    written = []
    for code, group in dc.groups(report.items):
        doc.add_heading(f"Delmål {code} {dc.short(DELMAL[code], 70)}", level=2)
        for it in group:
            if it.seed_row in typed:
                # Typed by hand: a bullet character and a tab in a plain paragraph.
                doc.add_paragraph(f"{'➢' if it.seed_row == min(typed) else '-'}\t{labelled(it)}")
            else:
                dx.numbered_paragraph(doc, labelled(it), num_id)
            written.append(replace(it, ansvarlig=""))
    _signature(doc, "Med vennlig hilsen", "Akademikerne")
    dc.save(doc, path)
    return written


# ------------------------------------------------------------------ content controls and tracked changes
DELETED_ROW = ("3.1", "Webinar om heltidskultur i kommunene", "Arrangement", "KS", "Kommunene")


def write_content_controls(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"KS – rapporteringsskjema 2020\t\t{stamp.ref}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    member = doc.add_paragraph("Rapporterende organisasjon: KS")
    dx.wrap_runs(member, "organisasjon", "Organisasjon")
    doc.add_paragraph("Fyll inn ett tiltak per rad. " + stamp.sentence())
    *kept, inserted = report.items
    rows = _rows(kept) + [list(DELETED_ROW)] + _rows([inserted])
    tbl = dc.table(doc, HEADER, rows, [1.8, 6.8, 2.6, 2.2, 3.6], size=9.5)
    # A reviewer's edits, left as tracked changes: one word replaced, one row deleted, one row added.
    target = next(k for k, it in enumerate(kept, start=1) if it.tiltak.endswith(" kommunene"))
    cell = tbl.cell(target, 1)
    dc.set_text(cell, kept[target - 1].tiltak[: -len("kommunene")], size=9.5)
    dx.track_words(cell.paragraphs[0], "fylkeskommunene", "kommunene", 10)
    dx.track_row(tbl.rows[len(kept) + 1], inserted=False, n=20)
    dx.track_row(tbl.rows[len(kept) + 2], inserted=True, n=30)
    # Every filled-in cell of the form is a content control; the table is one too.
    for row in tbl.rows[1:]:
        for c, tc in enumerate(list(row._tr.iterchildren(qn("w:tc")))):
            dx.wrap_cell(tc, f"felt{c}", HEADER[c])
    dx.wrap_block(tbl._tbl, "tiltakstabell", "Tiltak")
    _signature(doc, "Med hilsen", "KS")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ a nested table and a text box
def write_nested_textbox(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    boxed = report.extra["textbox"]
    doc = dc.new_document(report, stamp, f"Spekter – rapportering 2020 – {stamp.date_short}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    layout = doc.add_table(rows=1, cols=2)
    layout.autofit = False
    left, right = layout.cell(0, 0), layout.cell(0, 1)
    left.width, right.width = Cm(3.5), Cm(13.5)
    dc.set_text(left, "Spekter", bold=True, size=14)
    left.add_paragraph("Rapport 2020")
    dc.set_text(right, "Spekters tiltak i 2020 står i tabellen under. " + stamp.sentence(), size=10)
    in_table = [it for it in report.items if it.seed_row not in boxed]
    nested = right.add_table(rows=1 + len(in_table), cols=5)
    nested.style = doc.styles["Table Grid"]
    widths = [1.3, 4.6, 2.3, 2.0, 2.9]
    for c, w in enumerate(widths):
        nested.columns[c].width = Cm(w)
    for r, values in enumerate([HEADER] + _rows(in_table)):
        for c, value in enumerate(values):
            nested.cell(r, c).width = Cm(widths[c])
            dc.set_text(nested.cell(r, c), value, bold=(r == 0), size=8.5)
    right.add_paragraph("")  # Word needs a paragraph after a table at the end of a cell
    written = list(in_table)
    anchor = doc.add_paragraph()
    lines = []
    for code, group in dc.groups(tuple(it for it in report.items if it.seed_row in boxed)):
        lines.append((f"Delmål {code} {dc.short(DELMAL[code], 70)}", True))
        for it in group:
            lines.append((f"• {labelled(it)}", False))
            written.append(replace(it, ansvarlig=""))
    dx.text_box(anchor, lines)
    doc.add_paragraph("Spekter bidrar gjerne med mer informasjon om tiltakene.")
    dc.save(doc, path)
    return written


# ------------------------------------------------------------------ blocks; the member only in the signature
def write_blocks_docx(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, "")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph("Forbundet har i 2020 arbeidet med kompetanse for medlemmene i små og mellomstore "
                      "bedrifter. Hvert tiltak er beskrevet under. " + stamp.sentence())
    for it in report.items:
        title = doc.add_paragraph()
        title.add_run(it.tiltak).bold = True
        doc.add_paragraph(f"Delmål: {it.delmal} {dc.short(DELMAL[it.delmal], 60)}")
        doc.add_paragraph(f"Kategori: {it.shown_type}")
        doc.add_paragraph(f"Ansvar: {it.ansvarlig}")
        if it.samarbeidspartnere:
            doc.add_paragraph(f"Partnere: {it.samarbeidspartnere}")
        doc.add_paragraph(it.beskrivelse)
    _signature(doc, "Med vennlig hilsen", report.member, "Kari Nordmann, generalsekretær")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ headers only the content explains
def write_unknown_headers(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = _table_report(report, stamp, path, f"UHR – {stamp.ref}",
                        "UHR er nytt medlem av Kompetansepolitisk råd fra 2020. Oversikten viser hva UHR har "
                        "gjennomført, i hvilken form og med hvem.", ["Delmål", "Gjennomført i 2020", "Form", "Hvem",
                                                                    "Med hvem"], [1.6, 7.0, 2.4, 2.2, 3.8],
                        fill="DDEBF7")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ Nynorsk, delmål by text only (an observer)
def write_nynorsk_text_only(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Sametinget – {stamp.ref}")
    dc.title(doc, report.title, meta=f"Dato: {stamp.date_long}. Referanse: {stamp.ref}")
    doc.add_paragraph("Sametinget er observatør i Kompetansepolitisk råd. Her er tiltaka for 2020. "
                      + stamp.sentence(nynorsk=True))
    for code, group in dc.groups(report.items):
        doc.add_heading(NYNORSK_2020[code], level=2)
        for it in group:
            doc.add_paragraph(nynorsk_labelled(it), style="List Bullet")
    _signature(doc, "Med helsing", "Sametinget")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ a plain table (a department; a version)
def write_department_docx(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = _table_report(report, stamp, path, f"{report.author}\t\t{stamp.ref}",
                        f"{report.author} rapporterer her sine tiltak for 2020.", HEADER, [1.8, 6.8, 2.6, 2.2, 3.6])
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ LibreOffice exports
def _columns(section, count: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "567")


def write_two_columns(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Unio – rapportering 2020 – {stamp.date_short}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    _columns(doc.add_section(WD_SECTION.CONTINUOUS), 2)
    doc.add_paragraph("Unio organiserer arbeidstakere med universitets- og høyskoleutdanning. I et år preget av "
                      "pandemien har forbundene lagt om mye av arbeidet med kompetanse til digitale former. "
                      + stamp.sentence())
    doc.add_heading("Unios prioriteringer", level=3)
    doc.add_paragraph("Sykepleiere, lærere, politiet og de andre yrkesgruppene i Unio har stått i første linje "
                      "gjennom hele pandemien. Behovet for etter- og videreutdanning har ikke blitt mindre, men "
                      "mange har ikke fått tid eller mulighet til å delta. Unio mener at arbeidsgiverne må ta "
                      "et større ansvar for at de ansatte får utvikle kompetansen sin i arbeidstiden, og at "
                      "tilbudene må være fleksible nok til å kombineres med turnus og skift.")
    doc.add_paragraph("Forbundene har også sett at digitale kurs når flere medlemmer enn før, særlig i "
                      "distriktene. Den erfaringen vil Unio bygge videre på. Tiltakene under er ordnet etter "
                      "delmålene i strategien.")
    for code, group in dc.groups(report.items):
        doc.add_heading(f"Delmål {code} {dc.short(DELMAL[code], 45)}", level=3)
        for it in group:
            doc.add_paragraph(labelled(it), style="List Bullet")
    doc.add_paragraph("Unio vil i 2021 fortsette arbeidet for at alle medlemmer skal få etter- og videreutdanning "
                      "i arbeidstiden. Vi ser fram til et godt samarbeid i rådet, og til at strategien følges opp "
                      "med midler til de som står i førstelinjen.")
    _signature(doc, "Med vennlig hilsen", "Unio")
    _export(doc, stamp, path)
    return list(report.items)


def write_content_roles(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = _table_report(report, stamp, path, f"Fagskolerådet – {stamp.ref}",
                        "Fagskolerådet ble medlem av Kompetansepolitisk råd i 2020.",
                        ["Mål", "Hva", "Virkemiddel", "Hvem", "Sammen med"], [1.4, 7.2, 2.6, 2.6, 3.2], fill="",
                        closing=("Med vennlig hilsen", "Fagskolerådet"))
    _export(doc, stamp, path)
    return list(report.items)


def _export(doc, stamp: Stamp, path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="tiltak-gen-") as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        dc.save(doc, source)
        export_pdf(source, path, stamp)


# ------------------------------------------------------------------ not a member report: a municipal plan
def write_municipal_plan(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, "Nordby kommune")
    dc.title(doc, report.title, "Nordby kommune", f"Vedtatt i kommunestyret {stamp.date_long}")
    sections = [
        ("1 Innledning", None, []),
        ("1.1 Bakgrunn", "Samfunnsdelen viser hvordan kommunen vil utvikle seg de neste tolv årene.", []),
        ("1.2 Planprosessen", "Innbyggerne ble invitert til åpne møter i alle grendene.",
         ["Folkemøter i mars og april", "Digital spørreundersøkelse til alle husstander"]),
        ("2 Samfunnsmål", None, []),
        ("2.1 Kompetanse og arbeidsliv", "Kommunen skal være en god arbeidsgiver og et godt sted å bo.",
         ["Nordby kommune skal samarbeide med fylkeskommunen om lærlingplasser",
          "Kommunen skal tilby norskopplæring til alle nyankomne innbyggere",
          "Vi vil styrke samarbeidet med NAV om kvalifisering av unge ledige"]),
        ("2.2 Helse og levekår", "Folkehelse skal være et tema i all planlegging.",
         ["Flere turstier i nærmiljøet", "Gratis kulturskole for barn i lavinntektsfamilier"]),
        ("3.1 Arealstrategi", "Ny boligbygging skal skje nær sentrum og kollektivtilbud.",
         ["Fortetting rundt skolene", "Ingen nye hytteområder i strandsonen"]),
    ]
    for heading, text, bullets in sections:
        doc.add_heading(heading, level=1 if "." not in heading.split()[0] else 2)
        if text:
            doc.add_paragraph(text)
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet")
    dc.save(doc, path)
    return []


WRITERS = {
    "2020_other_word": write_other_word,
    "2020_two_row_header": write_two_row_header,
    "2020_direct_numbering": write_direct_numbering,
    "2020_content_controls": write_content_controls,
    "2020_nested_textbox": write_nested_textbox,
    "2020_blocks_docx": write_blocks_docx,
    "2020_unknown_headers": write_unknown_headers,
    "2020_nynorsk_text_only": write_nynorsk_text_only,
    "2020_department_docx": write_department_docx,
    "2020_version": write_department_docx,
    "2020_two_columns": write_two_columns,
    "2020_content_roles": write_content_roles,
    "2020_municipal_plan": write_municipal_plan,
}
