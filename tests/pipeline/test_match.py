"""Matching a read row to its delmål where the report says only its område, or names a council by initials."""

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.match import match_rows
from pipeline.rows import content_to_rows
from tiltak_core.records import ExtractedRow


def test_a_table_giving_only_the_omrade_has_each_delmal_guessed_within_it_and_never_sure(tmp_path, matchers):
    # «Område | Tiltak | Ansvar»: no delmål column. The område column was dropped and the delmål guessed among all
    # delmål, «1.1» for a row of område 1's RSA and «3.6» for rows of område 2.
    d = docx.Document()
    d.add_paragraph("Spekters tiltak 2044")
    body = [("Område 1", "Spekter oppnevner representanter til RSA ved de helsefaglige utdanningene"),
            ("Område 2", "Frokostmøte i Arendal om hvem som betaler for læring hele livet"),
            ("Område 3", "Arbeidstrening med opplæring i sykehusenes servicefunksjoner")]
    t = d.add_table(rows=1 + len(body), cols=3)
    for c, text in enumerate(("Område", "Tiltak", "Ansvar")):
        t.cell(0, c).text = text
    for r, (omrade, tiltak) in enumerate(body, 1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = omrade, tiltak, "Spekter"
    path = tmp_path / "omrade_kolonne.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    rows = [ExtractedRow(r, "Spekter", 1.0) for r in read.rows]
    matched = match_rows(rows, matchers)
    assert [r.get("delmal") for r in read.rows] == ["Område 1", "Område 2", "Område 3"]
    assert [t.delmal.value[:1] for t in matched] == ["1", "2", "3"]
    assert all(t.delmal.inferred and t.delmal.confidence < 0.5 for t in matched)
    # RSA, named by its initials only, is guessed by the council's own name: samarbeid med arbeidslivet, 1.4.
    assert matched[0].delmal.value == "1.4"
