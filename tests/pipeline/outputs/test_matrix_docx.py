"""matrix.docx read back with python-docx, and rendered with LibreOffice as the secretariat would print it."""

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from pipeline.history_files import read_matrix_csv
from pipeline.outputs.freeze import freeze_office_file
from pipeline.outputs.matrix_docx import HEADERS, NO_TILTAK, TITLE, write_matrix_docx

SEED_MATRIX = Path(__file__).resolve().parents[3] / "samples" / "generator" / "data" / "vedlegg2_matrix_2018.csv"


@pytest.fixture
def matrix(tmp_path, register, catalogue):
    path = tmp_path / "matrix.docx"
    write_matrix_docx(path, register, catalogue, 2018)
    return path


def test_one_table_per_omrade_under_its_heading(matrix, catalogue):
    document = docx.Document(str(matrix))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:] == [f"Hovedinnsatsområde {o.id}: {o.name}" for o in catalogue.omrader]
    assert len(document.tables) == 3
    for table in document.tables:
        assert tuple(c.text for c in table.rows[0].cells) == HEADERS
        # The header row repeats on every page.
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_delmal_and_antall_cells_merged_over_the_delmals_rows(matrix):
    table = docx.Document(str(matrix)).tables[0]  # område 1: 1.1 (1), 1.2 (2), 1.3 (0), 1.4 (1)
    rows = table.rows[1:]
    assert len(rows) == 5
    texts = [[c.text for c in r.cells] for r in rows]
    assert texts[1][0].startswith("1.2 Styrke regionalt folkevalgt nivås")
    assert texts[2][0] == texts[1][0]  # python-docx reads the merged cell on both rows
    assert [t[5] for t in texts] == ["1", "2", "2", "0", "1"]
    assert [t[1] for t in texts] == ["Kompetansebehovsutvalget", "Regional kompetanseallianse",
                                     "Overføring av oppgaver til fylkeskommunene", NO_TILTAK,
                                     "Samarbeid med UiO om kunnskapsøkonomien"]
    tcs = [r._tr.tc_lst for r in rows]
    assert [_vmerge_tc(t[0]) for t in tcs] == [None, "restart", "continue", None, None]
    assert [_vmerge_tc(t[5]) for t in tcs] == [None, "restart", "continue", None, None]
    assert texts[1][3] == "Møre og Romsdal fylkeskommune" and texts[1][4] == "NHO, Høgskolen i Molde"


def _vmerge_tc(tc) -> str | None:
    merge = tc.tcPr.find(qn("w:vMerge")) if tc.tcPr is not None else None
    return None if merge is None else (merge.get(qn("w:val")) or "continue")


def test_total_at_the_end(matrix):
    paragraphs = [p.text for p in docx.Document(str(matrix)).paragraphs if p.text]
    assert paragraphs[-1] == "Totalt antall tiltak 10"


def test_tiltak_without_delmal_are_shown_apart_and_counted(tmp_path, register, catalogue, entry):
    path = tmp_path / "matrix.docx"
    write_matrix_docx(path, register + [entry("Uplassert", "", "FoU", ("KS",))], catalogue)
    document = docx.Document(str(path))
    assert len(document.tables) == 4
    assert document.tables[3].rows[1].cells[1].text == "Uplassert"
    assert [p.text for p in document.paragraphs if p.text][-1] == "Totalt antall tiltak 11"


def test_an_empty_register_still_makes_a_matrix(tmp_path, catalogue):
    path = tmp_path / "matrix.docx"
    write_matrix_docx(path, [], catalogue)
    document = docx.Document(str(path))
    assert len(document.tables[0].rows) == 1 + 4  # every delmål of område 1, each with no tiltak
    assert [p.text for p in document.paragraphs if p.text][-1] == "Totalt antall tiltak 0"


def test_word_marks_the_text_bokmal_everywhere(matrix):
    document = docx.Document(str(matrix))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "nb-NO"
    # No style and no run says otherwise (python-docx's template said en-US).
    assert {e.get(qn("w:val")) for e in document.styles.element.iter(qn("w:lang"))} == {"nb-NO"}
    assert {e.get(qn("w:val")) for e in document.element.iter(qn("w:lang"))} <= {"nb-NO"}
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)


def test_libreoffice_shows_a4_landscape_bokmal_headings_and_the_author(matrix, to_pdf, read_pdf):
    freeze_office_file(matrix, 2018, "Sekretariatet for Kompetansepolitisk råd")
    pdf = read_pdf(to_pdf(matrix))
    assert 1 <= len(pdf.sizes) <= 4
    assert set(pdf.sizes) == {(842, 595)}  # A4 landscape, in points
    assert pdf.language == "nb-NO"
    # The headings a reader jumps between (Word's navigation pane; the PDF's bookmarks).
    assert [level for level, _ in pdf.outline] == [1, 2, 2, 2]
    assert pdf.outline[0][1] == TITLE and pdf.outline[1][1].startswith("Hovedinnsatsområde 1: ")
    assert pdf.author == "Sekretariatet for Kompetansepolitisk råd"


@pytest.mark.skipif(not SEED_MATRIX.is_file(), reason="the seed's matrix CSV is not in samples/generator/data")
def test_the_seed_sized_matrix_renders_to_a_plausible_number_of_pages(tmp_path, catalogue, render):
    # 129 tiltak filled 19 portrait pages in the secretariat's own PDF; landscape needs fewer.
    path = tmp_path / "seed_matrix.docx"
    write_matrix_docx(path, read_matrix_csv(SEED_MATRIX, 2018), catalogue, 2018)
    pages = render(path)
    assert 6 <= len(pages) <= 25
