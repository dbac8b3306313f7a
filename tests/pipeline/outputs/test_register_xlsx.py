"""register.xlsx read back with openpyxl: the register, the matrix sheets, the summary, and no formulas."""

import openpyxl
import pytest

from pipeline.outputs.register_xlsx import write_register_xlsx
from pipeline.outputs.sheets import LINE_POINTS, wrapped_lines
from pipeline.summary import YearCounts, summarise


@pytest.fixture
def workbook(tmp_path, register, catalogue, matchers):
    previous = YearCounts(2017, {"1": 3, "2": 6, "3": 2}, {"1.2": 4}, complete=False)
    path = tmp_path / "register.xlsx"
    write_register_xlsx(path, register, summarise(register, catalogue, matchers.orgs, 2018, previous), catalogue)
    return openpyxl.load_workbook(path)


def _rows(ws):
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]


def test_sheets(workbook):
    assert workbook.sheetnames == ["Register", "Område 1", "Område 2", "Område 3", "Sammendrag"]


def test_register_sheet_has_norwegian_headers_filter_and_frozen_header(workbook, register):
    ws = workbook["Register"]
    header = [c.value for c in ws[1]]
    assert header[:9] == ["Tiltak-ID", "Område", "Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
                          "Beskrivelse", "Rapportert av"]
    assert {"Kilder", "Sikkerhet", "Bør kontrolleres"} <= set(header)
    assert header[-2:] == ["Forrige tiltak-ID", "Status"]
    assert ws.max_row == 1 + len(register)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:O{1 + len(register)}"
    assert ws.column_dimensions["D"].width >= 50  # the tiltak text is readable
    assert ws["D2"].alignment.wrap_text
    row = {h: c.value for h, c in zip(header, ws[2])}
    assert row["Tiltak"] == "Kompetansebehovsutvalget"
    assert row["Samarbeidspartnere"] == "KMD, ASD, LO, NHO"
    assert row["Sikkerhet"] == 1.0
    assert [r[header.index("Bør kontrolleres")] for r in ws.iter_rows(min_row=2, values_only=True)].count("ja") == 1


def test_omrade_sheets_merge_the_delmal_cells(workbook):
    ws = workbook["Område 1"]
    assert ws["A1"].value.startswith("Hovedinnsatsområde 1: ")
    assert [c.value for c in ws[2]] == ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
    assert ws["A4"].value.startswith("1.2 Styrke regionalt")
    assert [str(r) for r in ws.merged_cells.ranges] == ["A4:A5"]
    assert (ws["B4"].value, ws["B5"].value) == ("Regional kompetanseallianse", "Overføring av oppgaver til fylkeskommunene")
    assert ws["B6"].value == "Ingen tiltak rapportert"  # 1.3
    assert [str(r) for r in workbook["Område 3"].merged_cells.ranges] == ["A8:A9"]  # 3.6, after five empty delmål


def test_summary_sheet_numbers(workbook):
    rows = _rows(workbook["Sammendrag"])
    assert rows[0][0] == "Sammendrag 2018: 10 tiltak"
    table = {r[0]: r[1:5] for r in rows if r[0] in ("FoU", "Råd/utvalg/nettverk", "Sum")}
    assert table == {"FoU": (3, 0, 2, 1), "Råd/utvalg/nettverk": (3, 3, 0, 0), "Sum": (10, 4, 4, 2)}
    delmal = {r[0]: r[2:5] for r in rows if isinstance(r[0], str) and r[0][:1].isdigit() and "." in r[0]}
    assert delmal["1.2"] == (2, 4, -2)
    assert delmal["1.1"] == (1, "ukjent", None)
    figures = {r[0]: r[2] for r in rows if r[0] and r[0].startswith(("Tiltak med", "Andel", "Tiltak der"))}
    assert figures == {"Tiltak med minst én samarbeidspartner": 9, "Andel med samarbeidspartner": 0.9,
                       "Tiltak der flere rådsmedlemmer deltar": 5}
    pairs = rows[rows.index(("Rådsmedlem", "Rådsmedlem", "Felles tiltak", None, None)) + 1:]
    assert pairs[0][:3] == ("LO", "NHO", 3)


def test_report_text_never_becomes_a_formula(tmp_path, catalogue, matchers, entry):
    hostile = entry('=HYPERLINK("http://evil","klikk")', "2.2", "FoU", ("+4712345678",), ("@SUM(A1:A9)", "-1+1"),
                    ("LO",))
    path = tmp_path / "register.xlsx"
    write_register_xlsx(path, [hostile], summarise([hostile], catalogue, matchers.orgs, 2018), catalogue)
    wb = openpyxl.load_workbook(path)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    ws = wb["Register"]
    assert ws["D2"].value == "'=HYPERLINK(\"http://evil\",\"klikk\")"
    assert ws["F2"].value == "'+4712345678"
    assert ws["G2"].value.startswith("'@SUM")
    assert wb["Område 2"]["B4"].value.startswith("'=HYPERLINK")


LONG = " ".join(["Et langt tiltak om kompetanse i arbeidslivet"] * 10) + " SLUTTORD"


@pytest.fixture
def long_workbook(tmp_path, register, catalogue, matchers, entry):
    entries = register + [entry(LONG, "2.2", "FoU", ("LO",), ("NHO",), ("LO",))]
    path = tmp_path / "register.xlsx"
    write_register_xlsx(path, entries, summarise(entries, catalogue, matchers.orgs, 2018), catalogue)
    return path


def test_rows_are_as_tall_as_their_wrapped_text(long_workbook):
    wb = openpyxl.load_workbook(long_workbook)
    ws = wb["Register"]
    heights = {r: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)}
    assert all(h for h in heights.values())  # every row sized: LibreOffice does not size rows on opening
    long_row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value == LONG)
    one_line = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value == "Kompetansebehovsutvalget")
    assert heights[one_line] >= LINE_POINTS
    # 450 characters in a column 60 wide take six lines or more.
    assert heights[long_row] >= 6 * LINE_POINTS
    # A delmål's text merged over its tiltak's rows gets their room together.
    area = wb["Område 1"]
    (merged,) = area.merged_cells.ranges
    room = sum(area.row_dimensions[r].height for r in range(merged.min_row, merged.max_row + 1))
    assert room >= wrapped_lines(area.cell(merged.min_row, 1).value, area.column_dimensions["A"].width) * LINE_POINTS


def test_every_sheet_prints_on_a4_scaled_to_the_page_width(long_workbook):
    wb = openpyxl.load_workbook(long_workbook)
    for ws in wb:
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0) and ws.sheet_properties.pageSetUpPr.fitToPage
    assert wb["Register"].page_setup.orientation == "landscape" and wb["Register"].print_title_rows == "$1:$1"
    assert wb["Område 2"].print_title_rows == "$2:$2"


def test_libreoffice_prints_every_word_of_wrapped_text_on_a4(long_workbook, to_pdf, read_pdf):
    pdf = read_pdf(to_pdf(long_workbook))
    # Every sheet on A4: the register and the matrix sheets landscape, the summary portrait.
    assert pdf.sizes[0] == (842, 595) and pdf.sizes[-1] == (595, 842) and set(pdf.sizes) == {(842, 595), (595, 842)}
    # An unsized row stays one line tall in LibreOffice and cuts the rest of the text off.
    assert pdf.text.count("SLUTTORD") == 2  # the Register sheet and the Område 2 sheet
