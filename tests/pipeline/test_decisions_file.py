"""Decisions read as forgiving as people are: a delmål a spreadsheet made a date or a number, any case, stray
spaces; and every cell still wrong named at once, with what to write instead."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from pipeline.decisions_file import read_decisions
from pipeline.outputs.review_xlsx import write_review_xlsx
from tiltak_core.errors import DecisionsError


@pytest.fixture
def review(tmp_path, register, catalogue):
    path = tmp_path / "review.xlsx"
    write_review_xlsx(path, register, catalogue, None)
    return path


def _fill(review, target, cells: dict[tuple[str, int, str], object]):
    """Write values into (sheet, data row, column header) as a reviewer's spreadsheet would store them."""
    wb = load_workbook(review)
    for (sheet, row, column), value in cells.items():
        ws = wb[sheet]
        header = {c.value: c.column for c in ws[1]}
        ws.cell(row=row + 1, column=header[column], value=value)
    wb.save(target)
    return target


def test_what_a_spreadsheet_made_of_a_delmal_is_read_back_as_the_delmal(review, tmp_path, catalogue):
    given = {
        1: (datetime(2018, 6, 3), "3.6"),  # "3.6" typed in Norwegian Excel: 3 June
        2: (date(2019, 1, 2), "2.1"),
        3: ("03.06.2018", "3.6"),  # the date written back as text
        4: ("2018-06-03 00:00:00", "3.6"),
        5: (1.1, "1.1"),  # a number
        6: (" 2,3 ", "2.3"),  # a decimal comma, stray spaces
    }
    cells = {("Tiltak", n, "Delmål (rettet)"): value for n, (value, _) in given.items()}
    cells |= {("Tiltak", 1, "Type (rettet)"): "fou", ("Tiltak", 2, "Type (rettet)"): " KURS / utdanning ",
              ("Tiltak", 1, "Kontrollert"): "JA", ("Tiltak", 2, "Kontrollert"): True,
              ("Tiltak", 3, "Kontrollert"): " Nei ", ("Kilderader", 1, "Skill ut"): "Ja"}
    decisions = read_decisions(_fill(review, tmp_path / "b.xlsx", cells), catalogue)

    assert [d.delmal for d in decisions.entries] == [expected for _, expected in given.values()]
    assert [d.type for d in decisions.entries][:2] == ["FoU", "Kurs/utdanning"]
    assert [d.reviewed for d in decisions.entries][:3] == [True, True, False]
    assert [d.split for d in decisions.rows] == [True]


def test_every_bad_cell_is_named_at_once_with_what_to_write(review, tmp_path, catalogue):
    path = _fill(review, tmp_path / "beslutninger.xlsx", {
        ("Tiltak", 1, "Delmål (rettet)"): "4.7",
        ("Tiltak", 2, "Type (rettet)"): "Seminar",
        ("Tiltak", 3, "Kontrollert"): "kanskje",
        ("Tiltak", 4, "Slå sammen med"): "tiltak 12",
        ("Tiltak", 5, "Delmål (rettet)"): datetime(2018, 12, 24),  # 24.12: no delmål
    })
    with pytest.raises(DecisionsError) as caught:
        read_decisions(path, catalogue)
    message = str(caught.value)
    assert message.startswith(str(path)) and "5 celle(r) må rettes" in message
    wb = load_workbook(path)
    header = {c.value: c.column_letter for c in wb["Tiltak"][1]}
    for row, column, wrong, instead in (
        (2, "Delmål (rettet)", "«4.7» er ikke et delmål", "skriv et av 1.1, 1.2"),
        (3, "Type (rettet)", "«Seminar» er ikke en type tiltak", "«Informasjon» eller «Arrangement»"),
        (4, "Kontrollert", "«kanskje» skal være «ja» eller «nei»", "skriv «ja»"),
        (5, "Slå sammen med", "«tiltak 12» er ikke en tiltak-ID", "for eksempel T1A2B3C4D"),
        (6, "Delmål (rettet)", "«2018-12-24 00:00:00» er ikke et delmål", "skriv et av"),
    ):
        line = next(x for x in message.splitlines() if f"celle Tiltak!{header[column]}{row} " in x)
        assert f"«{column}»" in line and wrong in line and instead in line, line


def test_a_link_to_last_year_is_read_whatever_its_case_and_a_text_that_is_no_id_is_named(review, tmp_path, catalogue):
    from pipeline.decisions import FORRIGE, NO_LINK

    target = _fill(review, tmp_path / "b.xlsx", {("Tiltak", 1, FORRIGE): " t1a2b3c4d ", ("Tiltak", 2, FORRIGE): "Ny",
                                                 ("Tiltak", 3, FORRIGE): "2018-12"})
    decisions = read_decisions(target, catalogue)
    assert [d.forrige for d in decisions.entries] == ["T1A2B3C4D", NO_LINK, "2018-12"]
    wrong = _fill(review, tmp_path / "c.xlsx", {("Tiltak", 1, FORRIGE): "videreført fra i fjor"})
    with pytest.raises(DecisionsError) as error:
        read_decisions(wrong, catalogue)
    assert "«videreført fra i fjor» er ikke en tiltak-ID" in str(error.value) and f"«{NO_LINK}»" in str(error.value)
