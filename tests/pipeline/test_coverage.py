"""The last check over a read document: what gives a delmål as a tiltak does but was read into no row is listed."""

from __future__ import annotations

import json

import docx
from typer.testing import CliRunner

from parsers.content import Paragraph
from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv
from pipeline.coverage import UNREAD, UNREAD_ACCOUNT, unread_mentions
from pipeline.draft_row import DraftRow
from tiltak_core.records import Provenance


def _row(**fields: str) -> DraftRow:
    return DraftRow(Provenance("r.docx", line=1), dict(fields), {}, 0.8, [])


def test_a_paragraph_giving_its_delmal_whose_words_no_row_holds_is_listed():
    blocks = [Paragraph(None, 3, "Digitalt verksted for lærebedrifter (2.4): Tre verksteder med 70 deltakere.", "text"),
              Paragraph(None, 4, "dm 1.1 · råd/utvalg · Samarbeid: NHO, KS", "text")]
    unread = unread_mentions("r.docx", blocks, [], [])
    assert [(s.locator, s.reason) for s in unread] == [("l3", UNREAD), ("l4", UNREAD)]
    assert unread[0].text.startswith("Digitalt verksted for lærebedrifter")


def test_a_paragraph_read_into_a_row_or_prose_about_the_report_is_not_listed():
    blocks = [Paragraph(None, 3, "Digitalt verksted for lærebedrifter (2.4): Tre verksteder med 70 deltakere.", "text"),
              Paragraph(None, 4, "dm 2.4 · kurs · Ansvar: Fellesforbundet · Samarbeid: Norsk Industri", "text"),
              # A code inside a sentence about the report, and a code with no words of a tiltak beside it.
              Paragraph(None, 5, "Arbeidet har gitt mange tiltak under delmål 1.2, der oppgaver flyttes.", "text"),
              Paragraph(None, 6, "Delmål 2.4", "heading")]
    rows = [_row(tiltak="Digitalt verksted for lærebedrifter", beskrivelse="Tre verksteder med 70 deltakere.",
                 ansvarlig="Fellesforbundet", samarbeidspartnere="Norsk Industri", type="kurs")]
    assert unread_mentions("r.docx", blocks, rows, []) == []


def test_a_report_with_tiltak_in_a_shape_no_rule_reads_is_not_read_in_full(tmp_path):
    # «Title (2.2) – what was done.» as plain paragraphs under a heading that names no delmål: no reader rule
    # takes them, so the file must not pass for read.
    inbox = tmp_path / "2026"
    inbox.mkdir()
    d = docx.Document()
    d.add_heading("Rapport fra Unio 2026", level=1)
    d.add_heading("Delmål 2.1 Digital kompetanse", level=2)
    d.add_paragraph("Kurs i digitale verktøy for tillitsvalgte", style="List Bullet")
    d.add_heading("Årets arbeid", level=2)
    d.add_paragraph("Unio har i år arbeidet bredt med kompetanse, og vi trekker fram dette.")
    d.add_paragraph("Veiledningspakke for tillitsvalgte (2.2) – utgitt i mars og brukt i alle forbund.")
    d.add_paragraph("Samling om etter- og videreutdanning (3.1) – to dager på Gardermoen med 90 deltakere.")
    d.save(inbox / "unio_2026.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                                      "--no-cache", "--jobs", "1"])
    assert result.exit_code == 1
    doc = json.loads((out / "run.json").read_text(encoding="utf-8"))["documents"][0]
    assert doc["outcome"] == "parsed_rows_skipped" and doc["utfall"] == "lest, 2 rader ikke lest"
    assert [(s["kilde"], s["reason"]) for s in doc["skipped_rows"]] == [
        ("unio_2026.docx#l6", UNREAD), ("unio_2026.docx#l7", UNREAD)]
    assert [r["tiltak"] for r in read_csv(out / "extracted.csv")] == ["Kurs i digitale verktøy for tillitsvalgte"]


def test_an_account_closed_by_a_bare_code_whose_heading_and_text_no_row_holds_is_listed():
    # «Delmål 1.1» alone has no words of its own to look for: the heading and text it closes must be read.
    blocks = [Paragraph(None, 5, "LO i Kompetansebehovsutvalget", "heading", 3),
              Paragraph(None, 6, "LO har hatt ett medlem i utvalget gjennom hele året.", "text"),
              Paragraph(None, 7, "Delmål 1.1", "text"),
              Paragraph(None, 8, "Tillitsvalgtkurs om kompetanseplaner", "heading", 3),
              Paragraph(None, 9, "Kurset gir tillitsvalgte verktøy til å kreve kompetanseplaner.", "text"),
              Paragraph(None, 10, "Delmål 2.2", "text")]
    rows = [_row(tiltak="Tillitsvalgtkurs om kompetanseplaner",
                 beskrivelse="Kurset gir tillitsvalgte verktøy til å kreve kompetanseplaner.", delmal="Delmål 2.2")]
    unread = unread_mentions("r.docx", blocks, rows, [])
    assert [(s.locator, s.reason) for s in unread] == [("l5", UNREAD_ACCOUNT)]
    assert unread[0].text.startswith("LO i Kompetansebehovsutvalget")


def test_a_bare_code_that_heads_a_list_or_follows_a_table_closes_no_account():
    blocks = [Paragraph(None, 1, "Læring i arbeidslivet", "heading", 1),
              Paragraph(None, 2, "Her omtaler vi årets arbeid for læring i arbeidslivet.", "text"),
              Paragraph(None, 3, "Delmål 2.1", "text"),
              Paragraph(None, 4, "Bransjeprogram for industrien", "bullet"),
              Paragraph(None, 5, "Avslutning", "heading", 1)]
    assert unread_mentions("r.docx", blocks, [_row(tiltak="Bransjeprogram for industrien", delmal="Delmål 2.1")], []) == []
