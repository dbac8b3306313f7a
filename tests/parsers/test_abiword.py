"""An AbiWord document (AWML: «.abw», gzipped «.zabw») read as a Word document is: headings, list items, bold-led
paragraphs and tables in reading order. Read before as an XML export, its styles, history and page size came out as
records and its text as fields."""

from __future__ import annotations

import pytest

from parsers.content import COVERED, Paragraph, TableBlock
from parsers.detect import detect
from parsers.abiword import parse_abiword
from parsers.registry import ParseOptions, parser_for
from tests.interchange_files import abiword_bytes, abw_paragraph, abw_table
from tiltak_core.errors import DamagedFile, UnsafeContent

BOLD = "font-weight:bold"
BULLET = ' listid="1048" parentid="0" level="1" props="list-style:Bullet List; field-font:Symbol"'
TABLE = [["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Status"],
         ["Lese- og skrivekurs for voksne", "3.2", "Kurs/utdanning", "Studieforbundet folkeuniversitetet",
          "NAV, Kompetanse Norge", "Gjennomført"],
         ["Nettverk for kursledere", "3.6", "Råd/utvalg/nettverk", "VOFO", "Studieforbundene", "Pågår"]]


def _report(**kwargs) -> bytes:
    return abiword_bytes([
        abw_paragraph("VOFO – rapport om tiltak 2087", style="Heading 1"),
        abw_paragraph("Voksenopplæringsforbundet rapporterer her til Kompetansepolitisk råd."),
        abw_paragraph((BOLD, "Studieforbundenes kompetansedag."), " Vi samlet 140 deltakere i Oslo (delmål 3.6)."),
        abw_paragraph("Tiltak i tabellen under er fulgt opp av sekretariatet.", style="Heading 2"),
        abw_paragraph("Kurs i hele landet", style="Bullet List", attrs=BULLET),
        abw_table(TABLE),
        abw_paragraph("Spørsmål kan rettes til sekretariatet."),
    ], title="VOFO – tiltak 2087", **kwargs)


def test_an_abiword_document_reads_in_document_order_with_headings_lists_leads_and_its_table(tmp_path):
    path = tmp_path / "vofo_2087.abw"
    path.write_bytes(_report())
    assert detect(path) == "abiword"
    content = parser_for("abiword").parse(path, path.name, ParseOptions())
    assert [(type(b).__name__, getattr(b, "kind", "")) for b in content.blocks] == [
        ("Paragraph", "heading"), ("Paragraph", "text"), ("Paragraph", "text"), ("Paragraph", "heading"),
        ("Paragraph", "bullet"), ("TableBlock", ""), ("Paragraph", "text")]
    heading, intro, led, sub, item, table, after = content.blocks
    assert isinstance(heading, Paragraph) and (heading.text, heading.level) == ("VOFO – rapport om tiltak 2087", 1)
    assert isinstance(sub, Paragraph) and sub.level == 2
    assert isinstance(led, Paragraph) and led.lead == "Studieforbundenes kompetansedag."
    assert led.text == "Studieforbundenes kompetansedag. Vi samlet 140 deltakere i Oslo (delmål 3.6)."
    assert isinstance(item, Paragraph) and (item.text, item.level) == ("Kurs i hele landet", 0)
    assert isinstance(table, TableBlock) and table.rows == tuple(tuple(r) for r in TABLE)
    assert isinstance(after, Paragraph) and after.text == "Spørsmål kan rettes til sekretariatet."
    # The metadata's title; the running header a margin; styles, history, ignored words and the picture's data no text.
    assert content.title == "VOFO – tiltak 2087"
    assert content.margins == ("Rapport til Kompetansepolitisk råd",)
    every_text = " ".join(b.text if isinstance(b, Paragraph) else " ".join(c or "" for r in b.rows for c in r)
                          for b in content.blocks)
    assert "iVBOR" not in every_text and "Liberation" not in every_text and "A4" not in every_text


def test_a_cell_spanning_columns_or_rows_fills_as_a_merged_word_cell(tmp_path):
    path = tmp_path / "spenn.abw"
    rows = [["Tiltak", "Delmål og type", "", "Ansvar"], ["Kurs", "3.2", "Kurs/utdanning", "VOFO"],
            ["Nettverk", "3.6", "Råd/utvalg/nettverk", ""]]
    path.write_bytes(abiword_bytes([abw_table(rows, spans={(0, 1): (1, 2), (1, 3): (2, 1)})]))
    (table,) = parse_abiword(path, path.name, ParseOptions()).blocks
    assert isinstance(table, TableBlock)
    assert table.rows == (("Tiltak", "Delmål og type", "", "Ansvar"), ("Kurs", "3.2", "Kurs/utdanning", "VOFO"),
                          ("Nettverk", "3.6", "Råd/utvalg/nettverk", COVERED))


def test_a_gzipped_zabw_document_is_read_the_same(tmp_path):
    path = tmp_path / "vofo_2087.zabw"
    path.write_bytes(_report(compress=True))
    assert path.read_bytes()[:2] == b"\x1f\x8b" and detect(path) == "abiword"
    content = parse_abiword(path, path.name, ParseOptions())
    assert [b.rows for b in content.blocks if isinstance(b, TableBlock)] == [tuple(tuple(r) for r in TABLE)]


def test_a_cut_off_document_is_damaged_with_a_norwegian_message(tmp_path):
    path = tmp_path / "kutta.abw"
    data = _report()
    path.write_bytes(data[: data.index(b"<table")])
    assert detect(path) == "abiword"
    with pytest.raises(DamagedFile) as refused:
        parse_abiword(path, path.name, ParseOptions())
    assert refused.value.problem == "AbiWord-filen er skadet (den er ikke gyldig XML)"
    assert "lagre den som Word (DOCX) eller PDF" in refused.value.fix


def test_a_document_declaring_entities_is_refused(tmp_path):
    path = tmp_path / "lur.abw"
    data = _report().replace(b'"http://www.abisource.com/awml.dtd">',
                             b'"http://www.abisource.com/awml.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
    path.write_bytes(data.replace(b"Kurs i hele landet", b"&x;"))
    with pytest.raises(UnsafeContent):
        parse_abiword(path, path.name, ParseOptions())


def test_a_footnote_reads_in_brackets_where_its_mark_stands(tmp_path):
    # AbiWord keeps a footnote's paragraphs inside the paragraph, after the field that shows its mark.
    path = tmp_path / "fotnote.abw"
    note = ('<p style="Normal"><c props="lang:nb-NO">Nettverk for kursledere</c><field footnote-id="1" '
            'type="footnote_ref" props="text-position:superscript"/><foot footnote-id="1"><p style="Footnote Text">'
            '<field footnote-id="1" type="footnote_anchor" props="text-position:superscript"/><c props="lang:nb-NO"> '
            'Delmål 3.6. Ansvar: VOFO.</c></p></foot><c props="lang:nb-NO"> samlet 40 deltakere.</c></p>')
    path.write_bytes(abiword_bytes([note]))
    (paragraph,) = parse_abiword(path, path.name, ParseOptions()).blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "Nettverk for kursledere (Delmål 3.6; Ansvar: VOFO) samlet 40 deltakere."
