"""The Word parser on documents built here with python-docx: merged cells, lists, headings, damage."""

import docx
import pytest

from parsers.content import COVERED, Paragraph, TableBlock
from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from tiltak_core.errors import DamagedFile


def _table_doc(path):
    """A seed-shaped table whose delmål cell is merged over three rows and a header spanning two columns."""
    d = docx.Document()
    d.add_paragraph("Rapportering 2018 – LO", style="Title")
    t = d.add_table(rows=5, cols=4)
    for c, text in enumerate(["Delmål", "Tiltak", "Type tiltak", "Ansvarlig"]):
        t.cell(0, c).text = text
    for r in range(1, 5):
        t.cell(r, 1).text = f"Tiltak nummer {r}"
        t.cell(r, 2).text = "FoU"
        t.cell(r, 3).text = "LO"
    merged = t.cell(1, 0).merge(t.cell(3, 0))
    merged.text = "2.2 Styrke kunnskapsgrunnlaget"
    t.cell(4, 0).text = "2.3"
    t.cell(4, 2).merge(t.cell(4, 3)).text = "Arrangement i regi av LO"
    d.save(path)
    return path


def test_vertically_merged_cell_is_covered_not_repeated(tmp_path):
    content = parse_docx(_table_doc(tmp_path / "lo.docx"), "lo.docx", ParseOptions())
    (table,) = content.tables
    assert isinstance(table, TableBlock) and table.index == 1 and table.page is None
    assert [row[0] for row in table.rows] == ["Delmål", "2.2 Styrke kunnskapsgrunnlaget", COVERED, COVERED, "2.3"]
    # The horizontal span stands once, in its first column.
    assert table.rows[4][2:] == ("Arrangement i regi av LO", "")
    assert content.title == "Rapportering 2018 – LO"


def test_lists_headings_and_text(tmp_path):
    d = docx.Document()
    d.add_heading("Delmål 3.6 Læring i frivillig sektor", level=2)
    d.add_paragraph("Vi har gjort dette:")
    d.add_paragraph("Første tiltak", style="List Bullet")
    d.add_paragraph("Andre tiltak", style="List Number")
    d.add_paragraph("• Tredje tiltak skrevet med eget punkttegn")
    d.add_paragraph("")
    path = tmp_path / "prosa.docx"
    d.save(path)
    paragraphs = parse_docx(path, "prosa.docx", ParseOptions()).paragraphs
    assert [(p.kind, p.text) for p in paragraphs] == [
        ("heading", "Delmål 3.6 Læring i frivillig sektor"),
        ("text", "Vi har gjort dette:"),
        ("bullet", "Første tiltak"),
        ("numbered", "Andre tiltak"),
        ("bullet", "Tredje tiltak skrevet med eget punkttegn"),
    ]
    assert all(isinstance(p, Paragraph) for p in paragraphs)
    assert [p.line for p in paragraphs] == [1, 2, 3, 4, 5]


def test_damaged_word_file_names_the_file(tmp_path):
    good = _table_doc(tmp_path / "ok.docx").read_bytes()
    bad = tmp_path / "ks_2018.docx"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(DamagedFile, match=r"ks_2018.docx: Word-filen er skadet"):
        parse_docx(bad, "ks_2018.docx", ParseOptions())
