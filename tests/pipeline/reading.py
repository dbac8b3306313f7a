"""How the shape tests read a document: one file through extract_document, or blocks through the row reader."""

from __future__ import annotations

from pathlib import Path

from parsers.content import Block, Content
from parsers.registry import ParseOptions
from pipeline.batch import run
from pipeline.extract import extract_document
from pipeline.outputs.csv_files import read_csv
from pipeline.rows import content_to_rows
from pipeline.settings import Settings
from tests.conftest import word_table_report
from tiltak_core.records import Document


def extracted(path: Path, matchers):
    return extract_document(Document(path, path.name, path.suffix.lstrip("."), "x", path.stat().st_size), matchers,
                            ParseOptions(), 10**8)


def read_blocks(blocks: list[Block], matchers, source: str = "r.docx"):
    return content_to_rows(Content(blocks=tuple(blocks)), source, matchers)


def rejection_beside_a_report(document, name: str, tmp_path: Path, year: int) -> str:
    """The error of a Word document that is no report, run beside LO's one-row report: the report alone is read, the
    document is rejected and the run exits 1."""
    inbox = tmp_path / "inn"
    inbox.mkdir()
    document.save(inbox / name)
    word_table_report(inbox / f"LO {year}.docx", f"LO – tiltak {year}", [("Tiltak", "Delmål"), ("Kurs for tillitsvalgte", "2.4")])
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=year, cache=False))
    assert [r["tiltak"] for r in read_csv(tmp_path / "ut" / "extracted.csv")] == ["Kurs for tillitsvalgte"]
    rejected = {d.document.source_file: d.error for d in result.documents if d.error}
    assert list(rejected) == [name] and result.exit_code == 1
    return rejected[name]


def titled_deck(slides):
    """A deck of «Title and content» slides, each its title over its box's lines."""
    from pptx import Presentation

    deck = Presentation()
    for title, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = lines[0]
        for line in lines[1:]:
            body.add_paragraph().text = line
    return deck


def coded_rows(result, matchers) -> list[tuple[str, str]]:
    """Each extracted row's tiltak and the delmål its cell names."""
    return [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in result.rows]


def word_table(path: Path, rows: list[tuple[str, ...]], before: str = "", after: str = "", title: str = "Tiltak") -> Path:
    """A Word report of a heading, a paragraph `before`, one table of `rows` (its first row the header) and a
    paragraph `after`, saved at `path`."""
    import docx

    report = docx.Document()
    report.add_heading(title, 1)
    if before:
        report.add_paragraph(before)
    table = report.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    if after:
        report.add_paragraph(after)
    report.save(path)
    return path
