"""Reporting forms read back by their provenance: rows, statuses and links exactly; a reshaped form falls back.

Forms are written by `tiltak skjema`'s writer from a small last year, filled in the way the sample
round's members fill them (samples.generator.forms_fill), and read with the real XLSX/DOCX parsers.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import docx
import openpyxl
import pytest

from parsers.form_spec import P_VERSION
from parsers.registry import ParseOptions, parser_for
from pipeline.forms.docx_form import write_docx_form
from pipeline.forms.plan import plan_forms
from pipeline.forms.xlsx_form import write_xlsx_form
from pipeline.history import HistoryRow

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `samples` is not an installed package
    sys.path.insert(0, str(ROOT))

from samples.generator.forms_fill import ENDED, plan_member  # noqa: E402
from samples.generator.forms_round import fill_form, form_rows  # noqa: E402

LAST_YEAR = [
    HistoryRow("T1", "1", "1.1", "Deltakelse i Kompetansebehovsutvalget", "Råd/utvalg/nettverk", ("Regjeringen",), (),
               ("Regjeringen", "LO", "NHO")),
    HistoryRow("T2", "2", "2.2", "Notat om tariffavtalenes betydning", "FoU", ("LO",), ("Fafo",), ("LO",)),
    HistoryRow("T3", "2", "2.5", "Konferanse om fagbrev for voksne", "Arrangement", ("LO",), ("NHO",), ("LO", "NHO")),
    # A text a spreadsheet would take for a formula: written and read back as text.
    HistoryRow("T4", "3", "3.6", "=Kurs i norsk for tillitsvalgte", "Kurs/utdanning", ("LO",), (), ("LO",)),
    HistoryRow("T5", "2", "2.1", "Tilskudd til fleksible videreutdanningstilbud", "Kurs/utdanning", ("Regjeringen",), (),
               ("Regjeringen",)),
]


@pytest.fixture(scope="module")
def forms(tmp_path_factory, catalogue) -> dict[str, Path]:
    """LO's 2019 form as sent, in both formats."""
    out = tmp_path_factory.mktemp("forms")
    form = next(f for f in plan_forms(2019, catalogue, LAST_YEAR, "1. februar 2020", "Kari") if f.member == "LO")
    paths = {"xlsx": out / "lo.xlsx", "docx": out / "lo.docx"}
    write_xlsx_form(paths["xlsx"], form, catalogue)
    write_docx_form(paths["docx"], form, catalogue)
    return paths


def _parse(path: Path):
    return parser_for(path.suffix.lstrip(".")).parse(path, path.name, ParseOptions())


def _read(rows) -> list[tuple[str, str, str]]:
    return [(r.get("tiltak"), r.status, r.forrige_tiltak_id) for r in rows]


@pytest.mark.parametrize("format", ["xlsx", "docx"])
def test_a_form_returned_unchanged_gives_last_years_rows_linked_and_asks_for_their_status(forms, format):
    content = _parse(forms[format])
    assert content.form is not None and (content.form.year, content.form.member) == (2019, "LO")
    assert _read(content.form.rows) == [(t.tiltak, "", t.tiltak_id) for t in LAST_YEAR[:4]]
    assert content.form.ended == ()
    assert [r.get("delmal") for r in content.form.rows][:2] == ["1.1 Kompetansebehovsutvalg (KBU)",
                                                                "2.2 Kunnskapsgrunnlaget om læring i arbeidslivet"]
    # The offered councils are not tiltak until confirmed; the missing statuses are announced.
    assert len(content.warnings) == 1 and "4 av fjorårets tiltak har ingen «Status 2019»" in content.warnings[0]


@pytest.mark.parametrize("format", ["xlsx", "docx"])
def test_a_filled_form_gives_every_row_its_status_and_link_and_ended_rows_apart(forms, format, tmp_path):
    plan = plan_member("LO", *form_rows(forms[format]))
    filled = tmp_path / f"utfylt.{format}"
    fill_form(forms[format], filled, plan)
    content = _parse(filled)
    want = plan.expected(filled.name)
    assert _read(content.form.rows) == [(e.tiltak, e.status, e.forrige_tiltak_id) for e in want if e.status != ENDED]
    assert _read(content.form.ended) == [(e.tiltak, ENDED, e.forrige_tiltak_id) for e in want if e.status == ENDED]
    assert {s for _, s, _ in _read(content.form.rows)} == {"videreført", "endret", "ny"}
    assert content.warnings == ()
    done = [dict(r.extra).get("Hva er gjort i 2019") for r in content.form.rows]
    assert "Endret i 2019." in done and "Deltar i møtene." in done


@pytest.mark.parametrize("format", ["xlsx", "docx"])
def test_a_form_saved_through_libreoffice_reads_the_same(forms, format, tmp_path, lo_convert, calc):
    plan = plan_member("LO", *form_rows(forms[format]))
    filled = tmp_path / f"utfylt.{format}"
    fill_form(forms[format], filled, plan)
    saved = lo_convert(filled, format)
    assert b"LibreOffice" in _app_properties(saved)
    assert _read(_parse(saved).form.rows) == _read(_parse(filled).form.rows)
    assert _read(_parse(saved).form.ended) == _read(_parse(filled).form.ended)


def _app_properties(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("docProps/app.xml")


def test_a_renamed_sheet_falls_back_to_the_ordinary_reader_with_a_warning(forms, tmp_path):
    wb = openpyxl.load_workbook(forms["xlsx"])
    wb["Tiltak 2019"].title = "Våre tiltak"
    wb.save(tmp_path / "omdopt.xlsx")
    content = _parse(tmp_path / "omdopt.xlsx")
    assert content.form is None and content.tables
    assert content.warnings[0].startswith("omdopt.xlsx: er et rapporteringsskjema, men arket «Tiltak 2019» finnes ikke")
    assert "rader merket «avsluttet»" in content.warnings[0]


def test_moved_columns_in_word_fall_back_to_the_ordinary_reader_with_a_warning(forms, tmp_path):
    document = docx.Document(str(forms["docx"]))
    header = document.tables[0].rows[0].cells
    for cell, text in ((header[1], "Type"), (header[3], "Delmål")):
        cell.paragraphs[0].runs[0].text = text
    document.save(str(tmp_path / "flyttet.docx"))
    content = _parse(tmp_path / "flyttet.docx")
    assert content.form is None and content.tables
    assert "kolonne 2 i overskriftsraden er «Type», ikke «Delmål»" in content.warnings[0]


def test_a_form_of_another_version_is_not_read_as_one(forms, tmp_path):
    wb = openpyxl.load_workbook(forms["xlsx"])
    next(p for p in wb.custom_doc_props if p.name == P_VERSION).value = "2"
    wb.save(tmp_path / "v2.xlsx")
    content = _parse(tmp_path / "v2.xlsx")
    assert content.form is None
    assert "skjemaet har versjon «2», men dette programmet leser versjon 1" in content.warnings[0]


def test_what_a_member_did_to_the_rows_is_announced_not_guessed(forms, tmp_path):
    wb = openpyxl.load_workbook(forms["xlsx"])
    ws = wb["Tiltak 2019"]  # header in row 3; T1 .. T4 in rows 4 .. 7
    ws.insert_rows(5)  # T2's row copied above itself: two rows with one link
    for column in "ACDEH":
        ws[f"{column}5"] = ws[f"{column}6"].value
    ws["D5"] = "Notat om tariffavtaler, del 2"
    ws["H4"] = "kanskje"  # T1: a status that is none of the choices
    ws["A7"] = "forrige:T9"  # T3's key changed to an id the form never held
    ws["D8"], ws["H8"] = None, "videreført"  # T4's text removed without ending it
    ws["C30"] = "2.1 Digital kompetanse i arbeidsstyrken"  # a row added below with a delmål and nothing else
    wb.save(tmp_path / "rotete.xlsx")
    content = _parse(tmp_path / "rotete.xlsx")
    assert _read(content.form.rows)[:4] == [
        ("Deltakelse i Kompetansebehovsutvalget", "", "T1"), ("Notat om tariffavtaler, del 2", "", "T2"),
        ("Notat om tariffavtalenes betydning", "", "T2"), ("Konferanse om fagbrev for voksne", "ny", "")]
    said = "\n".join(content.warnings)
    for fragment in ("rad 4: «Status 2019» er «kanskje»", "rad 6: er koblet til fjorårets tiltak T2, som rad 5 også er",
                     "rad 7: er merket som fjorårets tiltak «T9»", "rad 8: tiltaksteksten er tømt",
                     "1 av fjorårets tiltak står ikke lenger i skjemaet (raden er slettet): T3;",
                     "2 av fjorårets tiltak har ingen «Status 2019» (rad 5, 6)",
                     "rad 30: har «Delmål» fylt ut, men ingen tiltakstekst; ikke lest"):
        assert fragment in said


def test_a_copy_of_a_form_under_any_name_is_still_a_form(forms, tmp_path):
    copy = tmp_path / "nho_2019_rapport.xlsx"
    shutil.copyfile(forms["xlsx"], copy)
    assert _parse(copy).form.member == "LO"
