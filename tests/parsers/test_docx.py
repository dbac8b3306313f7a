"""The Word parser on documents built here with python-docx: merged cells, lists, headings, damage."""

import csv
from pathlib import Path

import docx
import pytest

import parsers  # noqa: F401  (fills the registry)
from parsers.content import COVERED, Paragraph, TableBlock
from parsers.docx import parse_docx
from parsers.registry import ParseOptions, parser_for
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


# ---------------------------------------------------------------------------------------------
# Word as members write it: direct numbering, typed bullets, content controls, nested tables, text
# boxes, tracked changes (built with the sample generator's WordprocessingML helpers).

from samples.generator import docx_xml as dx  # noqa: E402


def _blocks(path):
    return parse_docx(path, path.name, ParseOptions()).blocks


def test_bullets_by_direct_numbering_and_typed_bullets_are_list_items(tmp_path):
    d = docx.Document()
    dx.outline_numbering(d)  # LibreOffice numbers every heading it saves without showing a number
    d.add_heading("Delmål 2.1 Digital kompetanse", level=2)
    num = dx.bullet_numbering(d)
    dx.numbered_paragraph(d, "Kurs i programmering", num)
    dx.numbered_paragraph(d, "Underpunkt til kurset", num, level=1)
    for mark in ("➢", "-", "•", "\uf0b7", "o"):
        d.add_paragraph(f"{mark}\tTiltak skrevet med {mark!r}")
    path = tmp_path / "punkter.docx"
    d.save(path)
    got = [(p.kind, p.level, p.text) for p in _blocks(path)]
    assert got[:3] == [("heading", 2, "Delmål 2.1 Digital kompetanse"), ("bullet", 0, "Kurs i programmering"),
                       ("bullet", 1, "Underpunkt til kurset")]
    assert [(k, t) for k, _, t in got[3:]] == [("bullet", f"Tiltak skrevet med {m!r}")
                                               for m in ("➢", "-", "•", "\uf0b7", "o")]


def test_content_controls_at_every_level_are_read_for_what_they_hold(tmp_path):
    d = docx.Document()
    member = d.add_paragraph("Organisasjon: KS")
    dx.wrap_runs(member, "org", "Organisasjon")
    t = d.add_table(rows=2, cols=2)
    for c, (head, value) in enumerate([("Delmål", "1.2"), ("Tiltak", "Regionale nettverk")]):
        t.cell(0, c).text, t.cell(1, c).text = head, value
    for tc in list(t.rows[1]._tr):
        if tc.tag.endswith("}tc"):
            dx.wrap_cell(tc, "felt", "Felt")
    dx.wrap_block(t._tbl, "tabell", "Tiltak")
    path = tmp_path / "skjema.docx"
    d.save(path)
    member_par, table = _blocks(path)
    assert member_par.text == "Organisasjon: KS"
    assert table.rows == (("Delmål", "Tiltak"), ("1.2", "Regionale nettverk"))


def test_a_content_control_still_showing_its_prompt_holds_nothing(tmp_path):
    # Held-out round 36: a form's unfilled row, «Klikk eller trykk her for å skrive inn tekst.» in every cell, was a tiltak.
    from docx.oxml.ns import qn

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for r, (delmal, tiltak) in enumerate([("Delmål", "Tiltak"), ("1.2", "Regionale nettverk"),
                                          ("1.3", "Klikk eller trykk her for å skrive inn tekst.")]):
        t.cell(r, 0).text, t.cell(r, 1).text = delmal, tiltak
    for row in t.rows[1:]:
        for tc in list(row._tr):
            if tc.tag.endswith("}tc"):
                dx.wrap_cell(tc, "felt", "Felt")
    prompt = next(sdt for sdt in t.rows[2]._tr.iter(qn("w:sdt")) if "Klikk" in "".join(sdt.itertext()))  # still showing
    prompt.find(qn("w:sdtPr")).append(dx._el("w:showingPlcHdr"))
    path = tmp_path / "skjema.docx"
    d.save(path)
    (table,) = _blocks(path)
    assert table.rows[1:] == (("1.2", "Regionale nettverk"), ("1.3", ""))  # the grid as it stands, the prompt empty


def test_a_table_nested_in_a_layout_table_and_a_text_box_are_each_read_once_in_place(tmp_path):
    d = docx.Document()
    layout = d.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Spekter"
    right = layout.cell(0, 1)
    right.text = "Tiltakene står under."
    inner = right.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Delmål", "Tiltak"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "2.3", "Lærlingdag"
    right.add_paragraph("")
    anchor = d.add_paragraph("Se boksen:")
    dx.text_box(anchor, [("Delmål 3.3 Opplæring i arbeidsmarkedspolitikken", True), ("• Arbeidstrening", False)])
    d.add_paragraph("Slutt.")
    path = tmp_path / "lag.docx"
    d.save(path)
    blocks = _blocks(path)
    assert [getattr(b, "text", None) or b.rows for b in blocks] == [
        "Spekter", "Tiltakene står under.", (("Delmål", "Tiltak"), ("2.3", "Lærlingdag")), "Se boksen:",
        "Delmål 3.3 Opplæring i arbeidsmarkedspolitikken", "Arbeidstrening", "Slutt."]
    assert [b.kind for b in blocks if isinstance(b, Paragraph)][3:5] == ["heading", "bullet"]


def test_tracked_changes_read_as_accepted(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=4, cols=2)
    for r, (a, b) in enumerate([("Delmål", "Tiltak"), ("1.2", "Nettverk for "), ("3.1", "Slettet tiltak"),
                                ("3.5", "Nytt tiltak")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    dx.track_words(t.cell(1, 1).paragraphs[0], "fylkeskommunene", "kommunene", 1)
    dx.track_row(t.rows[2], inserted=False, n=2)
    dx.track_row(t.rows[3], inserted=True, n=3)
    path = tmp_path / "spor.docx"
    d.save(path)
    (table,) = _blocks(path)
    assert table.rows == (("Delmål", "Tiltak"), ("1.2", "Nettverk for kommunene"), ("3.5", "Nytt tiltak"))


def test_the_2020_word_reports_yield_every_tiltak(matchers):
    from pipeline.rows import content_to_rows

    root = Path(__file__).resolve().parents[2] / "samples" / "2020"
    truth: dict[str, list[str]] = {}
    with open(root / "truth.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            truth.setdefault(row["source_file"], []).append(row["tiltak"])
    for name in ("akademikerne_2020.docx", "ks_2020.docx", "spekter_2020.docx", "ys_2020.docx"):
        read = content_to_rows(parse_docx(root / name, name, ParseOptions()), name, matchers)
        assert sorted(r.get("tiltak") for r in read.rows) == sorted(truth[name]), name
        assert read.skipped == (), name


def test_a_report_through_doc_and_odt_reads_as_the_word_file(lo_convert, matchers, tmp_path):
    from pipeline.rows import content_to_rows

    source = Path(__file__).resolve().parents[2] / "samples" / "2020" / "akademikerne_2020.docx"
    expected = content_to_rows(parse_docx(source, source.name, ParseOptions()), source.name, matchers).rows
    assert len(expected) == 5
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    for fmt in ("doc", "odt"):  # LibreOffice gives the headings outline numbering, as for .rtf
        converted = parser_for(fmt).parse(lo_convert(copy, fmt), f"akademikerne_2020.{fmt}", ParseOptions())
        read = content_to_rows(converted, f"akademikerne_2020.{fmt}", matchers)
        assert [(r.get("delmal")[:12], r.get("tiltak")) for r in read.rows] == \
            [(r.get("delmal")[:12], r.get("tiltak")) for r in expected], fmt
