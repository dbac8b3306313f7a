"""Matching a read row to its delmål where the report says only its område, or names a council by initials."""

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.match import match_rows
from pipeline.rows import content_to_rows
from pipeline.settings import Thresholds
from tiltak_core.records import ExtractedRow, Provenance, RawRow


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


def test_a_title_that_only_names_a_council_takes_part_in_it_when_its_account_says_the_member_sits_there(matchers):
    # Held-out round 36, Spekter's deck: «Helseforetakene i RSA-ene» over «Helseforetakene er representert i rådene for
    # samarbeid med arbeidslivet …» stayed apart from RSA's row, a seat the title does not name.
    from tiltak_core.records import Provenance, RawRow

    def row(tiltak, beskrivelse):
        fields = (("delmal", "1.4"), ("tiltak", tiltak), ("beskrivelse", beskrivelse))
        return ExtractedRow(RawRow(Provenance("spekter.pdf", page=3, line=1), fields), "Spekter", 1.0)

    seat, survey, regional = match_rows([
        row("Helseforetakene i RSA-ene", "Helseforetakene er representert i rådene for samarbeid med arbeidslivet ved "
            "OsloMet, UiT og NTNU."),
        row("Helseforetakene i RSA-ene", "Vi har kartlagt hvordan rådene for samarbeid med arbeidslivet er organisert."),
        # A title whose own words raise a doubt keeps it, whatever its account says (held-out round 15's Vestland).
        row("Regionalt RSA-forum Vestland", "Eit forum der leiarane av RSA ved institusjonane i fylket møter fylkeskommunen.")],
        matchers)
    assert (regional.council, regional.council_doubt) == ("", True)
    assert (seat.council, seat.council_doubt) == ("RSA", False) and seat.council_evidence.startswith("beskrivelsen: ")
    assert survey.council == "" and survey.council_named == "RSA"  # an account about the council says nothing of a seat


def test_a_loose_written_type_beside_a_seat_in_a_council_is_the_councils_type_surely(matchers):
    # «Partssamarbeid» says how a measure is run, never surely what kind; a seat in KBU says it.
    rows = [ExtractedRow(RawRow(Provenance("lo.docx", table=1, row=2), (("delmal", "1.1"), ("tiltak", text), ("type", "Partssamarbeid"))),
                         "LO", 1.0) for text in ("LO har fast plass i Kompetansebehovsutvalget.", "Digitalt kompetanseløft (DigiKomp)")]
    seat, project = match_rows(rows, matchers)
    assert seat.council == "KBU" and seat.type.value == "Råd/utvalg/nettverk" and seat.type.confidence >= Thresholds().type
    assert project.type.confidence < Thresholds().type


def test_a_description_citing_one_delmal_gives_the_delmal_a_row_does_not_state(matchers):
    # LO's minutes (round 59): «… læreplasser i offentlig sektor (jf. delmål 2.3).» in the case's account, no delmål
    # cell, and the delmål was guessed from the title, wrongly. Two delmål cited say neither surely.
    def row(beskrivelse):
        fields = (("tiltak", "Sak 12/79 LOs plass i Samarbeidsrådet for yrkesopplæring"), ("beskrivelse", beskrivelse))
        return ExtractedRow(RawRow(Provenance("lo.pdf", page=1, line=17), fields), "LO", 1.0)

    cited, both = match_rows([row("Rådet har arbeidet med dimensjonering av yrkesfagene (jf. delmål 2.3). Vedtak: …"),
                              row("Rådet har arbeidet med delmål 2.3 og delmål 1.1.")], matchers)
    assert (cited.delmal.value, cited.delmal.inferred) == ("2.3", False) and "viser til delmål 2.3" in cited.delmal.evidence
    assert "viser til" not in both.delmal.evidence
