"""Hostile report content end to end: a report whose cells are formulas, markup and control characters.

Spreadsheets (CSV, XLSX) must never execute report text: a cell starting like a formula gets the
apostrophe OWASP advises and is otherwise unchanged, so its meaning is kept. The HTML page escapes it;
Word and Markdown hold it literally and never turn it into fields, links or markup.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from normalise.text import clean
from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv as _csv_cells
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
HEADERS = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "=Kommentar"]

# Tiltak texts (column 2); the cells written with a literal tab or CR go in as raw XML text.
HYPERLINK = '=HYPERLINK("http://evil","klikk")'
TILTAK = [
    HYPERLINK,
    "@SUM(A1) og andre regnearkfunksjoner for tillitsvalgte",
    "+47 123 45 678 er telefonen til kompetanselinjen",
    "-2+3 gir et nytt kurs i regning for voksne",
    "\t=1+2 kurs i tabulering",
    "\r=3+4 kurs i linjeskift",
    " =5+6 kurs som starter med mellomrom",
    "<script>alert('xss')</script> Kurs i nettsikkerhet for tillitsvalgte",
    '"><img src=x onerror=alert(1)> Seminar om digital kompetanse',
    "[klikk her](javascript:alert(1)) **fet** <b>tykk</b> # Nettverk for karriereveiledning",
    "=cmd|' /C calc'!A0 Prosjekt om yrkesfag",
]
OTHER_CELLS = {  # row -> (delmål, type, ansvarlig, samarbeidspartnere, kommentar)
    0: ("2.1", "Kurs", "LO", "NHO", "=1+1"),
    1: ("=2.2", "=FoU", "=LO", "+Fafo", "@note"),
    2: ("2.3", "Arrangement", "-LO", "@NHO, -KS", "-"),
    3: ("3.1", "Kurs", "LO", "NAV", ""),
}
DEFAULT = ("2.1", "Kurs", "LO", "NHO", "vanlig")


def _set_raw_text(cell, text: str) -> None:
    """The cell's text as one w:t holding the characters as they are (a tab stays a tab, CR stays CR)."""
    cell.text = "x"
    t = cell._tc.find(f".//{qn('w:t')}")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _hostile_report(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Rapport fra LO 2018", 0)
    d.add_paragraph("Tiltak for å følge opp Nasjonal kompetansepolitisk strategi.")
    table = d.add_table(rows=1 + len(TILTAK), cols=len(HEADERS))
    for c, name in enumerate(HEADERS):
        table.cell(0, c).text = name
    for r, text in enumerate(TILTAK, 1):
        delmal, type_, ansvarlig, partners, note = OTHER_CELLS.get(r - 1, DEFAULT)
        table.cell(r, 0).text = delmal
        _set_raw_text(table.cell(r, 1), text)
        for c, value in enumerate((type_, ansvarlig, partners, note), 2):
            table.cell(r, c).text = value
    d.save(path)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    inbox = base / "2018"
    inbox.mkdir()
    _hostile_report(inbox / "lo_2018.docx")
    shutil.copy(ROOT / "samples" / "2018" / "vestland_fk_2018.pdf", inbox)  # a well-behaved neighbour
    out = base / "out"
    result = run(Settings(inbox=inbox, out=out, year=2018, history=base / "h.sqlite", cache=False, jobs=1))
    return result, out



def _workbook_cells(path: Path):
    wb = load_workbook(path)  # formulas as formulas, not their cached values
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws.title, cell


def _neutralised(text: str) -> str:
    """What a spreadsheet cell must hold for report text: the cleaned text, with an apostrophe if it starts
    like a formula."""
    text = clean(text)
    return "'" + text if text.lstrip(" ").startswith(TRIGGERS) else text


def _starts_like_formula(value: str) -> bool:
    return value.lstrip(" ").startswith(TRIGGERS)


def test_the_hostile_report_is_read_in_full(hostile_run):
    result, _ = hostile_run
    assert result.exit_code == 0, [d.error for d in result.documents]
    lo = next(d for d in result.documents if d.document.source_file == "lo_2018.docx")
    assert lo.member == "LO"
    assert [r.raw.get("tiltak") for r in lo.rows] == [clean(t) for t in TILTAK]


@pytest.mark.parametrize("name", ["extracted.csv", "register.csv"])
def test_csv_cells_never_start_like_a_formula_and_keep_their_text(hostile_run, name):
    _, out = hostile_run
    rows = _csv_cells(out / name)
    for row in rows:
        for column, value in row.items():
            assert not _starts_like_formula(value), (name, column, value)
    tiltak = {row["tiltak"] for row in rows}
    for text in TILTAK:
        assert _neutralised(text) in tiltak, text
    assert "'" + HYPERLINK in tiltak


def test_extracted_csv_neutralises_every_column_report_text_reaches(hostile_run):
    _, out = hostile_run
    row = next(r for r in _csv_cells(out / "extracted.csv") if r["tiltak"] == _neutralised(TILTAK[1]))
    assert row["delmal_raw"] == "'=2.2" and row["delmal"] == "2.2"  # read as its code, written inert
    assert row["type_raw"] == "'=FoU"
    assert row["ansvarlig"] == "'=LO" and row["samarbeidspartnere"] == "'+Fafo"
    assert row["ekstra"] == "'=Kommentar: @note"


@pytest.mark.parametrize("name", ["register.xlsx", "review.xlsx"])
def test_workbook_cells_are_never_formulas_and_keep_their_text(hostile_run, name):
    _, out = hostile_run
    values = set()
    for sheet, cell in _workbook_cells(out / name):
        assert cell.data_type != "f", (sheet, cell.coordinate, cell.value)
        if isinstance(cell.value, str):
            assert not _starts_like_formula(cell.value), (sheet, cell.coordinate, cell.value)
            values.add(cell.value)
    for text in TILTAK:
        assert _neutralised(text) in values, text
    with zipfile.ZipFile(out / name) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [(tag, k) for k, _ in attrs if k.startswith("on")]


def test_review_html_escapes_report_text(hostile_run):
    _, out = hostile_run
    page = (out / "review.html").read_text(encoding="utf-8")
    tags = _Tags()
    tags.feed(page)
    assert tags.tags.count("script") == 1  # the page's own
    assert "img" not in tags.tags and "<b>tykk" not in page and "&lt;b&gt;tykk&lt;/b&gt;" in page
    assert not tags.handlers
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "=HYPERLINK(&#34;http://evil&#34;,&#34;klikk&#34;)" in page  # shown as written, no apostrophe
    assert 'href="javascript:' not in page and 'href="http://evil' not in page


def _docx_texts(path: Path) -> list[str]:
    d = docx.Document(str(path))
    texts = [p.text for p in d.paragraphs]
    texts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return texts


def _no_fields_or_links(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml")
        rels = z.read("word/_rels/document.xml.rels")
    for marker in (b"w:fldSimple", b"w:instrText", b"w:hyperlink", b"w:fldChar"):
        assert marker not in xml, marker
    assert b"evil" not in rels and b"javascript" not in rels


def test_matrix_docx_holds_the_text_literally(hostile_run):
    _, out = hostile_run
    texts = _docx_texts(out / "matrix.docx")
    for text in TILTAK:
        assert clean(text) in texts, text  # Word does not execute text: no apostrophe, nothing lost
    _no_fields_or_links(out / "matrix.docx")


def test_oppsummering_inserts_no_report_text_as_markup(hostile_run):
    _, out = hostile_run
    markdown = (out / "oppsummering.md").read_text(encoding="utf-8")
    for fragment in ("evil", "<script", "<img", "<b>", "javascript:", "HYPERLINK", "onerror", "calc", "](javascript"):
        assert fragment not in markdown, fragment
    assert "LO" in markdown  # the member who reported is named
    # The only links and images are the summary's own charts.
    assert set(re.findall(r"\]\(([^)]*)\)", markdown)) <= {"delmal.png", "samarbeid.png"}
    assert not re.search(r"<[a-zA-Z/!]", markdown)  # no raw HTML at all
    _no_fields_or_links(out / "oppsummering.docx")


def test_unreadable_glyphs_from_a_pdf_do_not_stop_the_run(tmp_path):
    """A PDF font without a Unicode map gives control characters for some glyphs; Excel and Word files
    cannot hold them. The run completes and shows each lost glyph as U+FFFD."""
    import reportlab
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("Vera", os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")))
    inbox = tmp_path / "2018"
    inbox.mkdir()
    rows = [["Delmål", "Tiltak", "Type tiltak", "Ansvarlig"],
            ["2.1", "Kurs for\x01 tillitsvalgte i\x02 bransjen", "Kurs", "LO"],
            ["2.2", "=Seminar\x03 om kompetanse", "Arrangement", "LO"]]
    table = Table(rows)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Vera", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(inbox / "lo_2018.pdf"), pagesize=A4).build(
        [Paragraph("Rapport fra LO 2018", getSampleStyleSheet()["Title"]), table])
    out = tmp_path / "out"

    result = run(Settings(inbox=inbox, out=out, year=2018, history=tmp_path / "h.sqlite", cache=False, jobs=1))

    assert result.exit_code == 0
    texts = [r["tiltak"] for r in _csv_cells(out / "extracted.csv")]
    assert len(texts) == 2 and all("\ufffd" in t for t in texts)
    assert texts[1].startswith("'=Seminar")
    assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", t) for t in texts)
    for name in ("register.xlsx", "review.xlsx"):
        assert any("\ufffd" in str(c.value) for _, c in _workbook_cells(out / name))
    assert any("\ufffd" in t for t in _docx_texts(out / "matrix.docx"))


def test_hostile_file_names_are_inert_in_every_spreadsheet(tmp_path):
    """A file name is not cleaned like report text: it reaches kilde and source_file as it is on disk."""
    inbox = tmp_path / "2018"
    inbox.mkdir()
    name = "=HYPERLINK(1)\x01telemark_fk_2018.docx"
    shutil.copy(ROOT / "samples" / "2018" / "telemark_fk_2018.docx", inbox / name)
    out = tmp_path / "out"

    result = run(Settings(inbox=inbox, out=out, year=2018, history=tmp_path / "h.sqlite", cache=False, jobs=1))

    assert result.exit_code == 0 and result.tiltak
    rows = _csv_cells(out / "extracted.csv")
    assert {r["source_file"] for r in rows} == {"'=HYPERLINK(1)\ufffdtelemark_fk_2018.docx"}
    assert all(r["kilde"].startswith("'=HYPERLINK(1)\ufffdtelemark_fk_2018.docx#") for r in rows)
    for workbook in ("register.xlsx", "review.xlsx"):
        for sheet, cell in _workbook_cells(out / workbook):
            assert cell.data_type != "f", (workbook, sheet, cell.coordinate)
            assert not (isinstance(cell.value, str) and _starts_like_formula(cell.value)), (workbook, cell.value)
