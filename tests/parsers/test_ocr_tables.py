"""A scanned table with faint rules and a header whose cells run together, rebuilt from Tesseract's word
boxes (samples/2020/innlandet_fk_2020.pdf, made by the sample generator's scan writer)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from parsers.content import TableBlock
from parsers.ocr_tables import page_from_boxes, tsv_words
from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions
from pipeline.extract import CONVERTED, extract_document
from pipeline.match import match_rows
from pipeline.settings import Thresholds
from tiltak_core.records import Document

SCAN = Path(__file__).resolve().parents[2] / "samples" / "2020" / "innlandet_fk_2020.pdf"


@pytest.fixture(scope="module")
def scanned(tesseract_nor, matchers):
    document = Document(path=SCAN, source_file=SCAN.name, format="pdf", sha256="x", size=SCAN.stat().st_size)
    return extract_document(document, matchers, ParseOptions(), 10**8)


def _truth() -> list[dict]:
    with open(SCAN.parent / "truth.csv", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["source_file"] == SCAN.name]


def test_the_scan_has_no_grid_a_table_finder_could_see(tesseract_nor):
    content = parse_pdf(SCAN, SCAN.name, ParseOptions())
    (table,) = content.tables
    assert not table.ruled  # rebuilt from the boxes, not found by camelot
    assert table.rows[0] == ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere")


def test_every_row_of_the_scanned_table_is_read(scanned):
    truth = _truth()
    assert scanned.outcome == CONVERTED and scanned.skipped == ()
    got = [r.raw.get("tiltak") for r in scanned.rows]
    assert len(got) == len(truth)
    assert all(fuzz.ratio(g, t["tiltak"]) >= 90 for g, t in zip(got, truth)), got


def test_a_delmal_code_whose_comma_faded_is_recovered_and_sent_to_review(scanned, matchers):
    tiltak = match_rows(list(scanned.rows), matchers)
    assert [t.delmal.value for t in tiltak] == [t["delmal"] for t in _truth()]
    faded = next(t for t in tiltak if t.row.raw.get("delmal") == "13")
    assert "skilletegnet mangler" in faded.delmal.evidence and faded.delmal.confidence < Thresholds().delmal
    # OCR'd rows always go to the reviewers.
    assert all(t.row.raw.confidence < Thresholds().parse for t in tiltak)


def test_tsv_words_are_in_points_with_the_size_of_their_line():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "5\t1\t1\t1\t1\t1\t200\t400\t100\t20\t96\talle\n"
           "5\t1\t1\t1\t1\t2\t320\t400\t120\t26\t95\tProsjekt\n"
           "5\t1\t1\t1\t2\t1\t200\t440\t80\t22\t95\tkommuner\n"
           "4\t1\t1\t1\t2\t0\t200\t440\t80\t22\t-1\t\n")
    words = tsv_words(tsv, 200)
    assert [w.text for w in words] == ["alle", "Prosjekt", "kommuner"]
    assert words[0].x0 == pytest.approx(72.0) and words[0].top == pytest.approx(144.0)
    assert len({w.size for w in words}) == 1  # one body size, whatever each word's ink


def _tsv(rows: list[tuple[str, str, str, int, int]]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    return head + "".join(f"5\t1\t1\t1\t{line}\t{n}\t{300 * int(n)}\t{100 * int(line)}\t{w * len(text)}\t{h}\t90\t{text}\n"
                          for line, n, text, w, h in rows)


def test_a_speck_in_one_words_box_does_not_set_its_line_in_larger_type():
    # (line, word, text, width of a letter, height of the box)
    rows = [("1", "1", "Tiltak", 36, 60), ("1", "2", "i", 36, 60), ("1", "3", "2022", 36, 60),  # a title
            ("2", "1", "Nettbasert", 24, 40), ("2", "2", "opplæring", 24, 40), ("2", "3", "Voksne", 24, 62),  # a speck
            ("3", "1", "for", 24, 40), ("3", "2", "voksne", 24, 40), ("4", "1", "Kurs", 24, 40), ("5", "1", "Kommunene", 24, 40)]
    sizes = {w.text: w.size for w in tsv_words(_tsv(rows), 300)}
    assert sizes["Voksne"] == sizes["Nettbasert"] == sizes["Kurs"] < sizes["Tiltak"]


def test_a_line_of_ascenders_touching_a_cells_rule_is_body_type_not_a_title():
    # «velferd Utdanningsforbundet» (the second line of a row, all ascenders, its boxes grown by the rule under
    # the row) stands among lines whose middle words are x-height: its letters are as wide as theirs.
    rows = [("1", "1", "Unio", 38, 47), ("1", "2", "rapportering", 38, 59), ("1", "3", "2030", 38, 47),  # the title
            ("2", "1", "1,4", 22, 40), ("2", "2", "Deltakelse", 24, 35), ("2", "3", "i", 13, 33), ("2", "4", "og", 26, 34),
            ("3", "1", "velferd", 23, 53), ("3", "2", "Utdanningsforbundet", 26, 47),
            ("4", "1", "Kurs", 25, 35), ("4", "2", "i", 13, 33), ("4", "3", "digital", 20, 46), ("4", "4", "Unio", 26, 35),
            ("5", "1", "tillitsvalgte", 24, 46), ("6", "1", "Læring", 24, 43), ("6", "2", "i", 13, 33), ("6", "3", "arbeid", 24, 35),
            ("7", "1", "medlemmer", 24, 35)]
    sizes = {w.text: w.size for w in tsv_words(_tsv(rows), 300)}
    assert sizes["velferd"] == sizes["Utdanningsforbundet"] == sizes["Kurs"] < sizes["rapportering"]


def test_a_speck_on_a_cells_rule_neither_fills_a_cell_nor_holds_two_rows_together():
    # The end of a cell's rule read as «L» left of the delmål column, on the rule between two rows (y 165).
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    lines = [(100, ("Delmål", "Tiltak", "Type")), (126, ("2,2", "Læring i arbeid", "FoU")), (142, ("", "(Fafo)", "")),
             (160, ("L",)), (172, ("3,6", "Studieforbundskurs", "Kurs"))]
    boxes = []
    for top, cells in lines:
        for column, text in enumerate(cells):
            left = (60, 140, 400)[column] - (6 if text == "L" else 0)
            for n, word in enumerate(text.split()):
                boxes.append(f"5\t1\t1\t{top}\t{column}\t{n}\t{left}\t{top}\t{9 * len(word)}\t12\t90\t{word}\n")
                left += 9 * len(word) + 3
    blocks = page_from_boxes(tsv_words(head + "".join(boxes), 72), 1, (120.0, 165.0))
    (table,) = [b for b in blocks or () if isinstance(b, TableBlock)]
    assert table.rows == (("Delmål", "Tiltak", "Type"), ("2,2", "Læring i arbeid (Fafo)", "FoU"),
                          ("3,6", "Studieforbundskurs", "Kurs"))


def test_a_scan_whose_ruled_table_ran_its_header_cells_together_is_read_from_the_word_boxes(tesseract_nor):
    # Faint column rules: the table found by its rules put «Tiltak Type Ansvar Samarbeid» in one header cell.
    scan = SCAN.parents[1] / "holdout10" / "Unio_rapport_2030_skannet.pdf"
    (table,) = parse_pdf(scan, scan.name, ParseOptions()).tables
    assert table.rows[0] == ("Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid")
    assert [row[0] for row in table.rows[1:]] == ["1,1", "1,4", "2,1", "2,2", "3,6"]
    assert table.rows[2][1:] == ("Deltakelse i UHR-Helse og velferd", "Råd/utvalg", "Unio", "NSF, Utdanningsforbundet")


def test_an_l_among_capitals_is_the_capital_i_ocr_took_it_for():
    from parsers.content import Content, Paragraph, TableBlock
    from parsers.ocr import capitals_read, with_capitals_read

    # «KI-løftet» scanned comes out «Kl-løftet»: a lower-case «l» in a word of capitals.
    assert capitals_read("Kl-løftet, fase 2 og UHl") == "KI-løftet, fase 2 og UHI"
    # Words with other lower-case letters, or of «l» alone, are as OCR read them.
    assert capitals_read("Oslo, NAV, Lillehammer, l, ll og KI-løftet") == "Oslo, NAV, Lillehammer, l, ll og KI-løftet"
    content = Content(blocks=(Paragraph(1, 1, "Deltakelse i Kl-løftet."),
                              TableBlock(1, 1, (("Tiltak", None), ("Kl-løftet", "2.1")))), title="YS")
    read = with_capitals_read(content)
    assert read.blocks[0].text == "Deltakelse i KI-løftet." and read.blocks[1].rows[1] == ("KI-løftet", "2.1")


def test_a_scan_whose_type_column_ran_into_its_tiltak_column_gives_each_row_its_type(tesseract_nor, matchers):
    # holdout21's KS scan: the header stands apart and the type words were read into the tiltak cells,
    # one set among the tiltak's wrapped lines («Digitalt kompetanseløft i Prosjekt kommunesektoren»).
    scan = SCAN.parents[1] / "holdout21" / "KS_rapport_2041_skannet.pdf"
    document = Document(path=scan, source_file=scan.name, format="pdf", sha256="x", size=scan.stat().st_size)
    rows = extract_document(document, matchers, ParseOptions(), 10**8).rows
    got = [(r.raw.get("tiltak"), r.raw.get("type")) for r in rows]
    assert ("KS sitt medlem i SRY", "Råd/utvalg") in got
    assert ("Lærlingløftet i kommunene", "Informasjon") in got
    assert any(t.startswith("Digitalt kompetanseløft i kommunesektoren") and ty == "Prosjekt" for t, ty in got)
    assert all(r.raw.confidence < Thresholds().parse for r in rows)  # OCR rows stay marked for review


def test_a_scanned_letters_numbered_items_are_no_table_and_each_gives_its_delmal(tesseract_nor, matchers):
    # holdout46's VOFO letter: items «1.» – «4.» set with a hanging indent were taken for a table of two rows that cut
    # two items in half; «(jf. delmål 1 3)» had lost its stop, «(arrangement, jf. delmål 3.6)» refers the item to its
    # delmål, item 3 links it in words and item 4's title stands over its text. All four were lost.
    scan = SCAN.parents[1] / "holdout46" / "08_VOFO_brev_til_sekretariatet_2066_skannet.pdf"
    document = Document(path=scan, source_file=scan.name, format="pdf", sha256="x", size=scan.stat().st_size)
    result = extract_document(document, matchers, ParseOptions(), 10**8)
    got = [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in result.rows]
    assert got == [("Nasjonalt forum for karriereveiledning", "1.3"), ("Læringsuka 2066", "3.6"),
                   ("Søkerkurs for Kompetansepluss frivillighet", "3.2"), ("Norsk med venner", "3.4")]
    assert not result.skipped and all(r.raw.confidence < Thresholds().parse for r in result.rows)


def test_a_cells_rule_read_onto_a_words_end_is_no_part_of_the_word_and_leaves_the_gutter_open():
    # OCR reads a rule that touches a cell's text as a bar on the word («|Form», «VOFO|»).
    rows = [("1", "1", "|Form", 24, 40), ("1", "2", "VOFO|", 24, 40), ("1", "3", "Kurs", 24, 40)]
    words = tsv_words(_tsv(rows), 300)
    assert [w.text for w in words] == ["Form", "VOFO", "Kurs"]
    bar = 0.5 * 24 * 72 / 300  # half a letter's width, in points
    assert words[0].x0 == pytest.approx(300 * 72 / 300 + bar) and words[1].x1 == pytest.approx((600 + 5 * 24) * 72 / 300 - bar)


def test_a_faxs_table_whose_header_a_rule_struck_through_is_read_with_its_header_from_the_word_boxes(tesseract_nor, matchers):
    # holdout60's VOFO fax: the fax's line through the header row left the ruled table's header cells empty, so its
    # longest text («Hva ble gjort») was taken for the tiltak and the name column was lost; the word boxes hold the
    # header once the rules read onto «|Form» no longer close its gutter.
    scan = SCAN.parents[1] / "holdout60" / "Faks fra VOFO 15.01.2081.pdf"
    document = Document(path=scan, source_file=scan.name, format="pdf", sha256="x", size=scan.stat().st_size)
    rows = extract_document(document, matchers, ParseOptions(), 10**8).rows
    assert [(r.raw.get("tiltak"), r.raw.get("samarbeidspartnere")) for r in rows][1:] == [
        ("Norsk i praksis - studieforbundenes kurs", "LO, Virke"),
        ("Kursledersamling for Kompetansepluss frivillighet", "HK-dir"),
        ("Studieforbundenes læringsbarometer", "NIFU"), ('Kampanjen "Lær hele livet"', "studieforbundene")]
    assert all(r.raw.confidence < Thresholds().parse for r in rows)  # OCR rows stay marked for review
