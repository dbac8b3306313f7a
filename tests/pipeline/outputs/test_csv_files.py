"""The CSVs other tools read: stable English columns, UTF-8 with a BOM so Excel shows æøå."""

from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.outputs.csv_files import REGISTER_COLUMNS, read_csv, write_register
from pipeline.outputs.safe import spreadsheet_safe, spreadsheet_unsafe

BOM = b"\xef\xbb\xbf"


def test_register_csv_is_utf8_with_bom_and_english_columns(tmp_path, entry):
    path = tmp_path / "register.csv"
    write_register(path, [entry("Kompetansepolitisk råd for Møre og Romsdal", "1.1", "Råd/utvalg/nettverk",
                                ("Møre og Romsdal fylkeskommune",), ("NHO",), ("LO",))])
    data = path.read_bytes()
    # Excel takes a CSV without this mark for the local 8-bit code page: "Råd" would show as "RÃ¥d".
    assert data.startswith(BOM) and not data[len(BOM):].startswith(BOM)
    header = data[len(BOM):].decode("utf-8").splitlines()[0]
    assert header == ",".join(REGISTER_COLUMNS)
    assert "confidence" in REGISTER_COLUMNS and "needs_review" in REGISTER_COLUMNS
    (row,) = read_csv(path)
    assert list(row) == list(REGISTER_COLUMNS)  # the BOM is not part of the first column's name
    assert (row["tiltak"], row["type"], row["delmal"]) == ("Kompetansepolitisk råd for Møre og Romsdal",
                                                         "Råd/utvalg/nettverk", "1.1")


def test_a_csv_saved_without_bom_still_reads(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text("tiltak_id,tiltak\nT1,Kurs i norsk\n", encoding="utf-8")
    assert read_csv(path) == [{"tiltak_id": "T1", "tiltak": "Kurs i norsk"}]


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")) | st.sampled_from("=+-@'\t\r ")))
@example("'=")  # an apostrophe before a formula's start, which reading back took for the mark (found by hypothesis)
def test_what_is_made_safe_for_spreadsheets_reads_back_as_written(text):
    safe = spreadsheet_safe(text)
    assert spreadsheet_unsafe(safe) == text
    assert not safe.lstrip(" ").startswith(("=", "+", "-", "@"))
