"""Small PDFs LibreOffice exported from Word reports (built by tests/parsers/libreoffice_pdfs.py), each named
after the layout that once lost or changed a tiltak: the register shows what the Word report says."""

from __future__ import annotations


from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.inbox import document_of
from pipeline.match import match_rows
from tests.parsers.libreoffice_pdfs import CASES, FOLDER


def _register(name: str, matchers) -> list[tuple]:
    path = FOLDER / name
    result = extract_document(document_of(path, path.name, 2**30), matchers, ParseOptions(), 2**30)
    assert result.outcome == "parsed", result.warnings
    return [(t.delmal.value, t.text, t.ansvarlig, t.samarbeidspartnere) for t in match_rows(list(result.rows), matchers)]


def test_every_case_the_builder_makes_is_committed():
    assert [case.name for case in CASES if not (FOLDER / case.name).is_file()] == []


def test_a_hyphen_of_the_text_at_a_line_end_is_kept_and_one_of_the_layout_is_not(matchers):
    # LibreOffice draws a compound's hyphen in the word and a soft hyphen on its own; both end a line here.
    assert _register("pdf-hyphen-at-line-end-in-compound.pdf", matchers) == [
        ("2.4", "Seminar om kompetanse i klyngesamarbeid", ("LO",), ("NHO", "Eyde-klyngen")),
        ("1.4", "Plass i enheten for økonomisk-administrative fag", ("LO",), ("UHR",)),
        ("2.2", "Kartlegging av kompetanseutviklingsbehov i industrien", ("LO",), ("Fafo",)),
        ("2.1", "Kartlegging av behov for etter- og videreutdanning", ("LO",), ("Fafo",)),
    ]


def test_a_delmal_heading_over_three_lines_places_the_bullet_under_it(matchers):
    assert _register("pdf-delmal-heading-over-three-lines.pdf", matchers) == [
        ("1.2", "Kompetanseforum Vestland for partane i arbeidslivet og utdanningsinstitusjonane.",
         ("Vestland fylkeskommune",), ("NAV",)),
    ]


def test_a_bullet_whose_second_line_is_back_at_the_margin_keeps_the_line_and_its_labels(matchers):
    # A "-" and a tab typed before the text: no hanging indent, the wrapped line starts under the dash.
    assert _register("pdf-bullet-second-line-not-indented.pdf", matchers) == [
        ("2.2", "Undersøkelse blant medlemmene om behovet for etter- og videreutdanning etter koronapandemien",
         ("Akademikerne",), ("Ideas2evidence",)),
    ]
