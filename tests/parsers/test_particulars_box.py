"""A box of particulars under each measure («Delmål 2.4   Form: prosjekt   Ansvar: KS»), its parts spaced apart like a
table's columns: labelled lines, not a borderless table. Read as a table (held-out round 51's Unio booklet), no
column held the tiltak and every measure of the page was lost."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.content import Paragraph
from parsers.pdf_borderless import labelled_lines
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.match import match_rows
from tiltak_core.records import Document

CAPTION = "FAKTA"
MEASURES = [("KOMPHELSE, kompetanseløft i helse", "Kartlegging av kompetansebehovet i helse og omsorg sammen med KS.",
             ("Delmål 2.4", "Form: prosjekt", "Ansvar: KS"), "Med: Spekter, Unio"),
            ("Unio-konferansen om livslang læring", "Konferanse i Oslo om etter- og videreutdanning, 250 deltakere.",
             ("Delmål 2.2", "Form: konferanse", "Ansvar: Unio"), "Med: medlemsforbundene")]


def _booklet(path: Path) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, y, "Unio – kompetanse i offentlig sektor 2071")
    y -= 40
    for title, text, particulars, partners in MEASURES:
        page.setFont("Helvetica-Bold", 12)
        page.drawString(72, y, title)
        page.setFont("Helvetica", 10)
        page.drawString(72, y - 16, text)
        page.setFont("Helvetica", 9)
        page.drawString(80, y - 38, CAPTION)
        for x, part in zip((80, 200, 330), particulars):
            page.drawString(x, y - 50, part)
        page.drawString(80, y - 62, partners)
        y -= 110
    page.save()
    return path


def test_lines_of_labels_are_no_table_but_a_table_is_one():
    assert labelled_lines([("Delmål 2.4", "Form: prosjekt", "Ansvar: KS"), ("Med: Spekter",)])
    assert labelled_lines([("FAKTA", None, None, None), ("Delmål", "2.4", "Form:", "prosjekt"), ("Ansvar:", "KS", None, None)])
    assert not labelled_lines([("Tiltak", "Delmål", "Type"), ("Kurs i digital kompetanse", "2.1", "Kurs"),
                               ("Nettverk for veiledere", "1.3", "Nettverk")])
    # One body cell opening with a word and a colon does not make a table a box of labels.
    assert not labelled_lines([("Tiltak", "Delmål", "Beskrivelse"), ("Lærlingløftet", "2.3", "Mål: 100 nye læreplasser"),
                               ("Yrkesfagdagen", "1.4", "Konferanse for rådgivere"), ("Bransjeprogram", "2.4", "Kurs")])


def test_a_box_of_particulars_spaced_like_columns_gives_each_measure_its_fields(matchers, tmp_path):
    path = _booklet(tmp_path / "Unio_kompetanse_2071.pdf")
    result = extract_document(Document(path, path.name, "pdf", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    got = [(t.row.raw.get("tiltak"), t.delmal.value, t.type.value, t.row.raw.get("ansvarlig")) for t in
           match_rows(list(result.rows), matchers)]
    assert got == [("KOMPHELSE, kompetanseløft i helse", "2.4", "Prosjekt", "KS"),
                   ("Unio-konferansen om livslang læring", "2.2", "Arrangement", "Unio")]
    assert not result.skipped


def test_the_box_is_read_as_lines(tmp_path):
    from parsers.pdf import parse_pdf

    content = parse_pdf(_booklet(tmp_path / "b.pdf"), "b.pdf", ParseOptions())
    assert not content.tables
    assert any(isinstance(b, Paragraph) and "Ansvar: KS" in b.text for b in content.blocks)


def test_a_boxs_caption_and_a_stray_mark_before_a_label_are_no_part_of_the_labels(matchers):
    # Round 51's Unio booklet, read with OCR: «FAKTA Delmål 1.4 Form: rådsarbeid» (the box's caption ran into its first
    # line) and «Delmål 2.4 Form: videreutdanning 'Ansvar: Unio» (a speck of the box's edge read as a quote).
    split = matchers.columns.split_labels
    assert split("FAKTA Delmål 1.4 Form: rådsarbeid") == ("Delmål 1.4", {"type": "rådsarbeid"})
    assert split("Delmål 2.4 Form: videreutdanning 'Ansvar: Unio") == (
        "Delmål 2.4", {"type": "videreutdanning", "ansvarlig": "Unio"})
    # A title in quotes keeps its quotes, and a caption is only a caption at the start of the line.
    assert split("Tiltak: 'Lære hele livet'")[1] == {"tiltak": "'Lære hele livet'"}
    assert split("Nye fakta om lærlinger. Type: rapport")[0] == "Nye fakta om lærlinger."
