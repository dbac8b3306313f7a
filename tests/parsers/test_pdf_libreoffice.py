"""Members make their PDFs from Word: each sample Word report exported to PDF by LibreOffice yields the
tiltak the Word file itself yields, as the register shows them (delmål, text, type, ansvarlig, partners)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.inbox import document_of
from pipeline.match import match_rows
from tests.parsers.conftest import SAMPLE_DOCX

# What the PDF reader gets wrong today in these exports; each is a bug to fix, and the test fails (strict)
# the day its document reads right, so the mark goes with the fix.
KNOWN_BUGS = {
    # The columns lost are not in the PDF at all: LibreOffice cuts the nested table at the page edge after
    # three columns (it is wider than the fixed column of the layout table holding it). The sidebar beside
    # it is read across the page, its lines taken for list items under no delmål (warned as rows not read).
    "spekter_2020.docx": "a table beside a sidebar: the partners and the ansvarlig of every row are lost",
}
# Where the export is not the same document: LibreOffice prints tracked changes as marked-up text.
NOT_THE_SAME = {"ks_2020.docx": "tracked changes, which the PDF shows as text"}


def _register_view(path: Path, matchers) -> tuple[str, list[tuple]]:
    """The document's outcome and its tiltak as the register shows them."""
    result = extract_document(document_of(path, path.name, 2**30), matchers, ParseOptions(), 2**30)
    return result.outcome, [(t.delmal.value, t.text, t.type.value, t.ansvarlig, t.samarbeidspartnere)
                            for t in match_rows(list(result.rows), matchers)]


@pytest.mark.parametrize("docx", [
    pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_BUGS[p.name], strict=True)) if p.name in KNOWN_BUGS else p
    for p in SAMPLE_DOCX if p.name not in NOT_THE_SAME], ids=lambda p: p.name)
def test_the_pdf_libreoffice_makes_of_a_word_report_gives_its_tiltak(docx, exported_pdfs, matchers):
    outcome, word = _register_view(docx, matchers)
    assert word or outcome == "rejected"  # a report's tiltak, or a document that is no report (a plan)
    assert _register_view(exported_pdfs[docx.name], matchers) == (outcome, word)
