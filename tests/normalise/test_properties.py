"""Property tests: the normalisers and the row stage take any text a report can hold without failing.

Report text is untrusted and odd: control characters, right-to-left marks, emoji, ligatures, other
scripts' digits, brackets, formula starts, very long cells. Whatever comes in, a matcher answers with
a catalogue value (or "") and a confidence on the 0-1 scale, and never raises; the row stage turns
any grid of cells into rows that each have a tiltak text and a provenance.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalise.columns import HeaderMap
from normalise.councils import CouncilMatcher
from normalise.delmal import INFERRED_CAP as DELMAL_INFERRED_CAP
from normalise.text import clean
from normalise.tiltakstype import INFERRED_CAP as TYPE_INFERRED_CAP
from parsers.content import Content, Paragraph, TableBlock
from tiltak_core.records import FIELDS, Match, RawRow
from pipeline.rows import content_to_rows

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces a hostile or merely odd report holds; joined at random with arbitrary text between them.
FRAGMENTS = (
    # what the matchers look for, so the interesting branches are reached
    "Delmål 2.1", "delmål nr. 3,4", "D1.2", "2.1", "12.1", "2.1.2019", "Hovedinnsatsområde 2", "innsatsområde",
    "Type tiltak:", "Samarbeidspartnere:", "Ansvarlig:", "Tiltak", "Delmål", "Type", "Sum", "Totalt antall tiltak 12",
    "Kurs", "FoU", "Råd/utvalg/nettverk", "Informasjon", "Prosjekt", "Arrangement", "seminar", "konferanse",
    "LO", "NHO", "KS", "Virke", "virke", "Spekter", "Spekters", "Unio", "YS", "VOFO", "Regjeringen", "Akademikerne",
    "Møre og Romsdal fylkeskommune", "LO/Fagforbundet", "KD", "NAV og kommunene", " og ", " samt ", " & ", "m.fl.",
    "KBU", "kbu", "RSA", "SRY", "Kompetansebehovsutvalget", "deltar i", "er medlem av", "Rapport fra ", "frå ",
    # separators and brackets
    ",", ";", "/", ".", ":", "(", ")", "[", "]", "{", "}", "|", "\\", "\"", "'", "«", "»", "*", "_", "#", "`", "~",
    # formula starts and markup
    "=", "+", "-", "@", "=HYPERLINK(\"http://evil\",\"klikk\")", "@SUM(A1)", "+47 123", "-1+1", "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>", "<b>", "&amp;", "[lenke](javascript:alert(1))", "![x](http://evil/x.png)",
    # whitespace and control characters
    "\t", "\r", "\n", "\r\n", "\x00", "\x01", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029",
    "\u00a0", "\u200b", "\ufeff", "\u00ad",
    # bidi, other scripts, emoji, compatibility forms NFKC changes
    "\u202e", "\u202d", "\u200f", "مرحبا", "שלום", "٢٫١", "𝟐.𝟏", "²", "½", "ﬁ", "ß", "İ", "ǅ", "Ⅻ", "\u0301",
    "😀", "👩\u200d👩\u200d👧", "🇳🇴", "\U0010fffd", "\ufffd", "＝", "＋", "－", "＠",
)

fragment = st.sampled_from(FRAGMENTS)
odd_text = st.lists(st.one_of(fragment, st.text(max_size=12)), max_size=12).map("".join)
long_text = st.builds(lambda piece, n: piece * n, st.one_of(fragment, st.text(min_size=1, max_size=8)),
                      st.integers(min_value=200, max_value=3000))
report_text = st.one_of(odd_text, odd_text, odd_text, st.text(), long_text)


def _in_unit(x: float) -> bool:
    return 0.0 <= x <= 1.0


def _valid_match(m: Match, allowed: set[str]) -> None:
    assert isinstance(m, Match)
    assert m.value in allowed or m.value == "", m
    assert m.runner_up in allowed or m.runner_up == "", m
    assert _in_unit(m.confidence) and _in_unit(m.runner_up_score), m
    assert isinstance(m.evidence, str)


# ---------------------------------------------------------------------------------------------- delmål
@PROPERTY
@given(text=report_text)
def test_delmal_match_gives_a_catalogue_code_or_nothing(matchers, text):
    codes = {d.code for d in matchers.catalogue.delmal}
    _valid_match(matchers.delmal.match(text), codes)


@PROPERTY
@given(text=report_text)
def test_delmal_infer_is_never_confident(matchers, text):
    codes = {d.code for d in matchers.catalogue.delmal}
    m = matchers.delmal.infer(text)
    _valid_match(m, codes)
    assert m.inferred and m.confidence <= DELMAL_INFERRED_CAP


@PROPERTY
@given(text=report_text, heading=st.booleans())
def test_names_delmal_and_omrade_answer_yes_or_no(matchers, text, heading):
    assert matchers.delmal.names_delmal(text, heading=heading) in (True, False)
    assert matchers.delmal.names_omrade(text) in (True, False)
    assert set(matchers.delmal.codes_in(text)) <= {d.code for d in matchers.catalogue.delmal}


# ------------------------------------------------------------------------------------------------ type
@PROPERTY
@given(raw=st.one_of(report_text, st.just("")), tiltak=report_text)
def test_type_match_gives_a_catalogue_type_or_nothing(matchers, raw, tiltak):
    names = {t.name for t in matchers.catalogue.types}
    m = matchers.types.match(raw, tiltak)
    _valid_match(m, names)
    if m.inferred:
        assert m.confidence <= TYPE_INFERRED_CAP


# ------------------------------------------------------------------------------------------ organisations
@PROPERTY
@given(text=report_text)
def test_normalise_gives_catalogue_names_or_the_text_as_written(matchers, text):
    known = {o.name for o in matchers.catalogue.organisations}
    names = matchers.orgs.normalise(text)
    assert isinstance(names, tuple)
    assert len(names) == len(set(names))
    written = clean(text.replace("\n", ", "))
    for name in names:
        assert name and name == name.strip()
        # Unknown names are kept as written: a piece of the (cleaned) cell, never invented text.
        assert name in known or name in written, (name, written)


@PROPERTY
@given(title=report_text, front=report_text, source_file=st.one_of(report_text, st.sampled_from(
    ["lo_2018.pdf", "more_og_romsdal_fk_2018.docx", "rapport.pdf", "../../etc/passwd", "a/b/c.docx", ""])))
def test_find_member_names_a_council_member_or_nobody(matchers, title, front, source_file):
    members = {m.name for m in matchers.catalogue.members}
    guess = matchers.orgs.find_member(title, front, source_file)
    assert guess.name in members or guess.name == ""
    assert _in_unit(guess.confidence)
    assert (guess.confidence == 0.0) == (guess.name == "")


@PROPERTY
@given(text=report_text)
def test_members_named_are_council_members(matchers, text):
    assert matchers.orgs.members_named(text) <= {m.name for m in matchers.catalogue.members}


# ------------------------------------------------------------------------------------------------ columns
cells = st.lists(st.one_of(report_text, st.sampled_from(["Tiltak", "Delmål", "Type tiltak", "Ansvarlig",
                                                         "Samarbeidspartnere", "Ansvarleg", "Status", ""])), max_size=8)


@PROPERTY
@given(row=cells)
def test_header_maps_only_real_columns_to_known_fields(matchers, row):
    header = matchers.columns.header(tuple(row))
    if header is None:
        return
    assert isinstance(header, HeaderMap)
    columns = [i for i, _ in header.fields]
    assert len(columns) == len(set(columns)) and all(0 <= i < len(row) for i in columns)
    assert {f for _, f in header.fields} <= set(FIELDS) and header.column("tiltak") is not None
    assert all(0 <= i < len(row) and i not in columns for i, _ in header.extras)
    assert _in_unit(header.score)


@PROPERTY
@given(text=report_text)
def test_split_labels_gives_a_head_and_known_fields(matchers, text):
    head, labelled = matchers.columns.split_labels(text)
    assert isinstance(head, str)
    assert set(labelled) <= set(FIELDS)
    assert all(isinstance(v, str) and v for v in labelled.values())


@PROPERTY
@given(row=cells)
def test_is_sum_row_answers_yes_or_no(matchers, row):
    assert matchers.columns.is_sum_row(row) in (True, False)


# ------------------------------------------------------------------------------------------------ councils
@PROPERTY
@given(tiltak=report_text, type_name=st.one_of(st.just(""), st.just("Råd/utvalg/nettverk"), st.just("FoU"), report_text))
def test_participation_names_a_catalogue_council_or_none(matchers, tiltak, type_name):
    councils = {c.id for c in matchers.catalogue.councils}
    cid, evidence = CouncilMatcher(matchers.catalogue).participation(tiltak, type_name)
    assert cid in councils or cid == ""
    assert isinstance(evidence, str)


# --------------------------------------------------------------------------------------------- row stage
cell = st.one_of(st.none(), st.just(""), report_text, st.sampled_from(
    ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Delmål 2.1", "2.1", "Sum", "Kurs"]))
grid = st.lists(st.lists(cell, max_size=7), min_size=0, max_size=8)  # ragged widths; None is COVERED (merged)


@st.composite
def contents(draw) -> Content:
    """A document of random tables and paragraphs, as a Word (page None) or PDF (pages) parser would give."""
    pdf = draw(st.booleans())
    blocks = []
    for n in range(draw(st.integers(min_value=0, max_value=6))):
        page = draw(st.integers(min_value=1, max_value=3)) if pdf else None
        if draw(st.booleans()):
            rows = draw(grid)
            blocks.append(TableBlock(page=page, index=n + 1, rows=tuple(tuple(r) for r in rows),
                                     confidence=draw(st.floats(min_value=0, max_value=1)),
                                     ruled=draw(st.booleans()), top_of_page=draw(st.booleans()),
                                     bottom_of_page=draw(st.booleans())))
        else:
            blocks.append(Paragraph(page=page, line=n + 1, text=draw(report_text),
                                    kind=draw(st.sampled_from(["heading", "bullet", "numbered", "text"])),
                                    level=draw(st.integers(min_value=0, max_value=3))))
    return Content(blocks=tuple(blocks), pages=3 if pdf else None, title=draw(st.one_of(st.just(""), report_text)))


@PROPERTY
@given(content=contents())
def test_any_table_or_prose_gives_rows_with_text_and_provenance(matchers, content):
    read = content_to_rows(content, "rapport.docx", matchers)
    rows, warnings = read.rows, read.warnings
    assert all(isinstance(w, str) and w for w in warnings)
    for row in rows:
        assert isinstance(row, RawRow)
        assert row.get("tiltak").strip(), row
        assert [f for f, _ in row.fields] == list(FIELDS)
        prov = row.provenance
        assert prov.source_file == "rapport.docx" and prov.locator and prov.kilde.startswith("rapport.docx#")
        assert all(n is None or n >= 1 for n in (prov.page, prov.table, prov.row, prov.line, prov.column))
        # A table's tiltak stands in a row of it, or in a column of a form laid out sideways.
        assert (prov.table is None) == (prov.row is None and prov.column is None)
        # A table cell or a prose line; a cell that holds several tiltak numbers them by line (pipeline.cell_lines).
        assert prov.table is not None or prov.line is not None
        if prov.table is not None:
            block = next(b for b in content.tables if b.index == prov.table and b.page == prov.page)
            assert prov.row is None or prov.row <= len(block.rows)
            assert prov.column is None or prov.column <= max(len(r) for r in block.rows)
        assert _in_unit(row.confidence)


# ------------------------------------------------------------------------------------------------- text
@settings(max_examples=200, deadline=None)
@given(text=report_text)
def test_clean_gives_one_writable_line_and_is_stable(text):
    once = clean(text)
    assert clean(once) == once
    assert once == once.strip() and "  " not in once
    # Nothing a Word or Excel file cannot hold (openpyxl and lxml refuse these), nor a line break.
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\n\r\t]", once), repr(once)


def test_clean_shows_unreadable_characters_instead_of_dropping_them():
    # A PDF font without a Unicode map yields "\x00" for a glyph: the loss stays visible.
    assert clean("M\x00re og Romsdal\x01") == "M\ufffdre og Romsdal\ufffd"


def test_control_characters_cannot_forge_the_splitters_placeholders(matchers):
    """OrgMatcher.split protects multi-word names behind "\\x00<n>\\x00" while it splits a cell; a cell
    holding such a placeholder itself must not have an organisation's name put in its place."""
    joined = matchers.orgs._joined
    n = joined.index("møre og romsdal fylkeskommune")
    text = f"Møre og Romsdal fylkeskommune; prosjektgruppen X\x00{n}\x00Y ved skolen"
    names = matchers.orgs.normalise(text)
    assert names[0] == "Møre og Romsdal fylkeskommune" and len(names) == 2
    assert "romsdal" not in names[1].casefold(), names  # the second name is the cell's, not an alias put in


def test_a_name_split_at_samt_or_ampersand_is_joined_back_as_written(matchers):
    # Found by the property above: the rejoin wrote " og " whatever the cell said.
    assert matchers.orgs.normalise("Kompetanseforum Troms & Finnmark") == ("Kompetanseforum Troms & Finnmark",)
    assert matchers.orgs.normalise("Kompetanseforum Troms samt Finnmark") == ("Kompetanseforum Troms samt Finnmark",)
    assert matchers.orgs.normalise("NAV og kommunene") == ("NAV", "kommunene")
