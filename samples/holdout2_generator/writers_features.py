"""Word reports whose tables lean on Word's own features.

- tracked_changes: a row inserted and a row deleted with tracking on, a tiltak reworded with tracked
  insertions and deletions, a reviewer's comment on one row (Spekter). Read as accepted, the deleted
  row is no tiltak.
- footnotes_links: footnote references inside two tiltak cells and a column of web links (UHR).
- lines_in_one_cell: one row per delmål; its tiltak, their types and their owners are lines in one
  cell each, in the same order (VOFO).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from . import wordml as wm
from .model import Item, Report

HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]


# ------------------------------------------------------------------ Spekter
def write_tracked_changes(report: Report, path: Path) -> list[Item]:
    rows, deleted = report.extra["rows"], report.extra["deleted"]
    editor, when = "Kari Haugen", datetime(2023, 1, 30, 14, 5)
    doc = wm.new_document(report, size=10, margins=2.0)
    wm.title_block(doc, report, [
        "Arbeidsgiverforeningen Spekter – innspill til rådets oppsummering",
        "Spekter organiserer blant annet helseforetakene. Tiltakene under er gjennomført i 2022 av Spekter "
        "eller av medlemsvirksomhetene i samarbeid med Spekter."])
    tbl = wm.table(doc, 5, [1.8, 7.0, 2.8, 2.3, 3.1])
    wm.add_row(tbl, [[(h, "b")] for h in HEADER], size=9.5, shade="E7E6E6", header=True)
    rid = 100
    for n, (code, it, how) in enumerate(rows):
        first_cell = "" if "edit" in how else it.tiltak
        row = wm.add_row(tbl, [code, first_cell, it.shown_type, it.ansvarlig, it.partnere], size=9.5)
        if "edit" in how:
            rid = wm.tracked_text(row.cells[1].paragraphs[0], how["edit"], editor, when, rid)
        if how.get("ins_row"):
            rid = wm.track_row(row, "ins", editor, when, rid)
        if "comment" in how:
            anchor = row.cells[1].paragraphs[0].runs
            note = doc.add_comment(anchor, text=how["comment"], author=editor, initials="KH")
            note._comment_elm.date = when
        if n == report.extra["deleted_after"]:
            code_d, text, typ, owner, partners = deleted
            gone = wm.add_row(tbl, [code_d, text, typ, owner, partners], size=9.5)
            rid = wm.track_row(gone, "del", editor, when, rid)
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Oslo, 31. januar 2023", size=10)
    wm.save(doc, path)
    return [it.without("beskrivelse") for _, it, _ in rows]


# ------------------------------------------------------------------ UHR
def write_footnotes_links(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    doc = wm.new_document(report, size=10, margins=1.7)
    wm.title_block(doc, report, [
        "Universitets- og høgskolerådet, 2. februar 2023",
        "UHR er medlem av Kompetansepolitisk råd fra 2020. Her er UHRs tiltak i 2022. Lenkene viser til mer "
        "informasjon på uhr.no."])
    notes = [how["note"] for _, _, how in rows if "note" in how]
    ids = iter(wm.footnotes(doc, notes))
    tbl = wm.table(doc, 6, [1.5, 6.3, 2.3, 2.6, 2.7, 2.2])
    wm.add_row(tbl, [[(h, "b")] for h in ["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere",
                                          "Les mer"]], size=9.5, shade="DEEAF6")
    for code, it, how in rows:
        row = wm.add_row(tbl, [code, it.tiltak, it.shown_type, it.ansvarlig, it.partnere, ""], size=9.5)
        if "note" in how:
            wm.footnote_ref(row.cells[1].paragraphs[0], next(ids))
        if "link" in how:
            wm.hyperlink(row.cells[5].paragraphs[0], how["link"], f"https://www.{how['link']}")
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Med vennlig hilsen\nUniversitets- og høgskolerådet", size=10)
    wm.save(doc, path)
    return [it.without("beskrivelse") for _, it, _ in rows]


# ------------------------------------------------------------------ VOFO
def write_lines_in_one_cell(report: Report, path: Path) -> list[Item]:
    rows, names = report.extra["rows"], report.extra["delmal_names"]
    doc = wm.new_document(report, size=10.5, margins=2.0)
    wm.title_block(doc, report, [
        "Voksenopplæringsforbundet (VOFO), 25. januar 2023",
        "VOFO er paraplyorganisasjonen for de 13 godkjente studieforbundene. Tabellen har én rad per delmål. "
        "Tiltakene står på hver sin linje, og typen og den ansvarlige står på linjen ved siden av."])
    tbl = wm.table(doc, 4, [2.8, 8.3, 2.5, 3.4])
    wm.add_row(tbl, [[(h, "b")] for h in ["Delmål", "Tiltak", "Type", "Ansvarlig"]], size=10, shade="FFF2CC")
    for code in dict.fromkeys(c for c, _ in rows):
        mine = [it for c, it in rows if c == code]
        wm.add_row(tbl, [names[code], [it.tiltak for it in mine], [it.shown_type for it in mine],
                         [it.ansvarlig for it in mine]], size=10)
    wm.paragraph(doc, "", after=2)
    wm.paragraph(doc, "Studieforbundene hadde i 2022 nesten 450 000 deltakere. Tallene for 2022 blir publisert av "
                      "VOFO i mai 2023.", size=10)
    wm.save(doc, path)
    return [it.without("partnere", "beskrivelse") for _, it in rows]
