"""A shape held-out round 45 showed the reader after its first look: a form whose name field asks for two things
(«Navn på tiltak / rådsplass:») and whose delmål is a box ticked among the strategy's codes, line by line."""

from __future__ import annotations

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows


def test_a_forms_double_name_label_and_its_ticked_delmal_box_make_the_tiltak(matchers, tmp_path):
    # YS's RTF form: every «Hva ble gjort i 2066:» line was read as a tiltak, and the file said nothing.
    d = docx.Document()
    d.add_heading("Rapporteringsskjema – Kompetansepolitisk råd 2066", level=1)
    for n, (name, done, boxes) in enumerate([("KBU (YS' plass)", "YS oppnevnte ny representant fra Delta.", ("☒", "☐")),
                                             ("Bransjeprogrammet i handel", "Parat deltar sammen med Virke.", ("☐", "☒"))], 1):
        d.add_heading(f"Tiltak {n}", level=3)
        d.add_paragraph(f"Navn på tiltak / rådsplass: {name}")
        d.add_paragraph(f"Hva ble gjort i 2066: {done}")
        d.add_paragraph("Ansvarlig: YS-sekretariatet")
        d.add_paragraph("Delmål:")
        d.add_paragraph(f"Område 1:   {boxes[0]} 1.1   ☐ 1.2   ☐ 1.3   ☐ 1.4")
        d.add_paragraph(f"Område 2:   ☐ 2.1   ☐ 2.2   ☐ 2.3   {boxes[1]} 2.4   ☐ 2.5   ☐ 2.6")
        d.add_paragraph("Type: ☐ FoU   ☒ Prosjekt   ☐ Informasjon")
    path = tmp_path / "ys_skjema_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("ansvarlig")) for r in read.rows] == [
        ("KBU (YS' plass)", "1.1", "YS-sekretariatet"), ("Bransjeprogrammet i handel", "2.4", "YS-sekretariatet")]
    assert not read.warnings
