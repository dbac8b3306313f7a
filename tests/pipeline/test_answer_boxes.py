"""A form's receipt written as lines whose type question is answered by a grid of tick boxes."""

from __future__ import annotations

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.match import match_rows
from pipeline.rows import content_to_rows
from tiltak_core.records import ExtractedRow


def _form(path, forms):
    d = docx.Document()
    for name, code, boxes, who in forms:
        for label, answer in (("1. Navn på tiltaket", name), ("2. Delmål i strategien (nummer og/eller navn)", code)):
            d.add_paragraph(label)
            d.add_paragraph(answer)
        d.add_paragraph("3. Type tiltak (sett ett kryss)")
        grid = d.add_table(rows=2, cols=3)
        for n, box in enumerate(boxes):
            grid.cell(n // 3, n % 3).text = box
        d.add_paragraph("4. Ansvarlig")
        d.add_paragraph(who)
        d.add_page_break()
    d.save(path)
    return path


def test_the_ticked_box_under_a_forms_type_question_is_the_tiltaks_given_type(matchers, tmp_path):
    # holdout32's Virke form: «☐ Forskning/utvikling … ☒ Prosjekt …» in a table under «3. Type tiltak». The grid was
    # read as a table of no tiltak and every type guessed from the words.
    options = ("Forskning/utvikling", "Kurs eller utdanning", "Råd, utvalg, nettverk", "Prosjekt", "Informasjonstiltak",
               "Arrangement/konferanse")
    path = _form(tmp_path / "skjema.docx", [
        ("DigiLøft Handel", "2.1 Digital kompetanse", [("☒ " if o == "Prosjekt" else "☐ ") + o for o in options], "Virke"),
        ("Frivillig læring-dagen", "3.6", [("☒ " if o.startswith("Arrangement") else "☐ ") + o for o in options], "VOFO")])
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    rows = match_rows([ExtractedRow(r, "Virke", 1.0) for r in read.rows], matchers)
    assert [(t.text, t.delmal.value, t.type.value, t.type.inferred, t.ansvarlig) for t in rows] == [
        ("DigiLøft Handel", "2.1", "Prosjekt", False, ("Virke",)),
        ("Frivillig læring-dagen", "3.6", "Arrangement", False, ("VOFO",))]
    assert read.skipped == () and read.warnings == ()
