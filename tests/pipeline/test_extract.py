"""A reader failing in a way nobody foresaw: the user reads Norwegian, the log keeps the library's words."""

from __future__ import annotations

from pathlib import Path

import docx

import parsers.docx
from parsers.registry import ParseOptions
from pipeline.extract import REJECTED, extract_document
from tiltak_core.records import Document


def test_an_unknown_failure_names_the_reader_and_the_log_and_keeps_the_detail_there(tmp_path, matchers, monkeypatch):
    path = tmp_path / "lo_2018.docx"
    docx.Document().save(path)

    def broken(*args):
        raise RecursionError("maximum recursion depth exceeded while calling a Python object")

    monkeypatch.setattr(parsers.docx, "_blocks", broken)
    document = Document(path, "lo_2018.docx", "docx", "x", path.stat().st_size)
    result = extract_document(document, matchers, ParseOptions(), 10**8)
    assert result.outcome == REJECTED and result.rejection.kind == "internal_error"
    assert result.rejection.problem.startswith("filen kunne ikke leses (intern feil i Word-leseren); detaljene står i ")
    assert "recursion" not in result.error
    log = Path(result.rejection.problem.split("detaljene står i ", 1)[1])
    assert log.is_file() and log.stat().st_mode & 0o077 == 0
    assert "RecursionError: maximum recursion depth" in log.read_text(encoding="utf-8") and "lo_2018.docx" in log.read_text()


def _statement(path: Path, title: str) -> Document:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph("KS Nordland viser til høringsbrevet om regional kompetansestrategi.")
    d.add_heading("Delmål 2.1 Digital kompetanse i kommunal sektor", level=2)
    d.add_paragraph("strategien bør ha et eget tiltak for digital kompetanse i helse og omsorg", style="List Bullet")
    d.add_paragraph("fylkeskommunen bør samarbeide med kommunene om felles kurs", style="List Bullet")
    d.save(path)
    return Document(path, path.name, "docx", "x", path.stat().st_size)


def test_a_hearing_statement_is_no_report_and_its_proposals_are_no_tiltak(tmp_path, matchers):
    statement = _statement(tmp_path / "uttalelse.docx", "Høringsuttalelse – regional kompetansestrategi for Nordland")
    result = extract_document(statement, matchers, ParseOptions(), 10**8)
    assert result.outcome == REJECTED and result.rejection.kind == "not_a_report" and not result.rows
    assert "«Høringsuttalelse - regional kompetansestrategi for Nordland» begynner med «høringsuttalelse»" in \
        result.rejection.problem
    # The same pages under a report's title are read: the title decides, not the words in it.
    report = _statement(tmp_path / "ks.docx", "KS – rapport om tiltak i 2022")
    assert len(extract_document(report, matchers, ParseOptions(), 10**8).rows) == 2


def _minutes(path: Path, case: str, heading: bool = True) -> Document:
    d = docx.Document()
    d.add_paragraph("Møteprotokoll", style="Title")
    d.add_paragraph("Vestland fylkeskommune, Hovudutval for opplæring og kompetanse, møte 27.01.2067")
    d.add_heading(case, level=2) if heading else d.add_paragraph(case)
    d.add_paragraph("Fylkesdirektøren har sett opp desse tiltaka for 2066:")
    d.add_paragraph("a) Havbruksskulen gav etterutdanning for tilsette i havbruksnæringa. (delmål 2.4)")
    d.add_paragraph("b) Læringsveka 2066 vart skipa til saman med VOFO og studieforbunda. (delmål 3.6)")
    d.add_paragraph("Framlegget vart samrøystes vedteke.")
    d.save(path)
    return Document(path, path.name, "docx", "x", path.stat().st_size)


def test_minutes_whose_case_is_the_report_to_the_council_are_read_and_other_minutes_are_not(tmp_path, matchers):
    report = _minutes(tmp_path / "protokoll.docx", "Sak 4/67 Rapportering til Kompetansepolitisk råd for 2066")
    # A sentence naming the council and reporting is no case's heading: it may stand in any hearing statement.
    statement = _minutes(tmp_path / "uttale.docx", "Vi viser til rapporteringa til Kompetansepolitisk råd.", heading=False)
    assert extract_document(statement, matchers, ParseOptions(), 10**8).rejection.kind == "not_a_report"
    read = extract_document(report, matchers, ParseOptions(), 10**8)
    assert read.outcome != REJECTED and {r.member for r in read.rows} == {"Vestland fylkeskommune"}
    assert [(r.raw.get("delmal"), r.raw.get("tiltak").split()[0]) for r in read.rows] == [
        ("delmål 2.4", "Havbruksskulen"), ("delmål 3.6", "Læringsveka")]
    # A case on something else is a meeting's record: what it lists was decided, not reported.
    other = _minutes(tmp_path / "protokoll2.docx", "Sak 4/67 Regional plan for kompetanse")
    assert extract_document(other, matchers, ParseOptions(), 10**8).rejection.kind == "not_a_report"


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    return t


def _extracted(d, path, matchers):
    d.save(path)
    return extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)


def test_a_municipal_plan_with_a_table_of_courses_and_no_member_nor_delmal_is_no_report(tmp_path, matchers):
    d = docx.Document()
    d.add_paragraph("Strategisk kompetanseplan for Nes kommune 2041–2044 (utdrag)", style="Title")
    d.add_heading("2.1 Digital kompetanse", level=2)
    d.add_paragraph("Alle ansatte skal ha opplæring i kommunens nye sak- og arkivsystem.")
    d.add_heading("3 Tiltak i planperioden", level=1)
    t = _table(d, [["Opplæring", "Målgruppe", "Ansvar"], ["Kurs i nytt fagsystem", "Alle ansatte", "IT-avdelingen"],
                   ["Veiledning av lærlinger", "Instruktører", "Opplæringskontoret"]])
    path = tmp_path / "kompetanseplan_2041.docx"
    result = _extracted(d, path, matchers)
    assert result.outcome == REJECTED and not result.rows
    assert result.rejection.problem.endswith("og ingen av tiltakene i det oppgir et delmål i strategien")
    # The same table with a delmål column is a report, though the member must still be named.
    t.add_column(docx.shared.Cm(2)).cells[0].text = "Delmål"
    t.cell(1, 3).text, t.cell(2, 3).text = "2.1", "2.3"
    d.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.outcome != REJECTED and len(result.rows) == 2


def test_a_plans_table_under_its_own_numbered_chapter_is_no_report_though_the_number_looks_like_a_delmal(
        tmp_path, matchers):
    # Round 32's first look (Gjøvik): «2.3 Videreutdanning og lederutvikling» over a table «Tiltak | Ansvar | Frist».
    # Its three rows took «2.3» from the chapter's number and went into the register under no member.
    def plan(chapter):
        d = docx.Document()
        d.add_paragraph("Kompetanseplan for Gjøvik kommune 2053–2056", style="Title")
        d.add_heading("1 Innledning", level=1)
        d.add_heading(chapter, level=2)
        d.add_paragraph("Det avsettes 3,2 millioner kroner årlig til stipend for videreutdanning.")
        _table(d, [["Tiltak", "Ansvar", "Frist"], ["Grunnkurs i informasjonssikkerhet", "HR", "Des. 2054"],
                   ["Stipendordning for videreutdanning", "HR", "Årlig"]])
        return _extracted(d, tmp_path / "kompetanseplan_gjovik.docx", matchers)
    result = plan("2.3 Videreutdanning og lederutvikling")
    assert result.outcome == REJECTED and not result.rows
    assert "tiltakene står bare under nummererte avsnittsoverskrifter" in result.rejection.problem
    # Under a chapter worded as the strategy's delmål, the rows name their goal: read, with the member still asked for.
    result = plan("2.3 Karrieremuligheter i yrkesfaglige utdanninger")
    assert result.outcome != REJECTED and len(result.rows) == 2


def test_the_secretariats_blank_template_is_no_report_and_says_it_holds_no_tiltak(tmp_path, matchers):
    # Round 33's first look: the template members fill in, with its example row and the delmål listed under it, gave
    # two tiltak; now it gives none, and the rejection says so rather than that its tiltak name no delmål.
    d = docx.Document()
    d.add_paragraph("Mal for rapportering av tiltak for 2054", style="Title")
    d.add_paragraph("Fra: Sekretariatet for Kompetansepolitisk råd. Frist for innsending: 20. januar 2055.")
    _table(d, [["Tiltak", "Delmål", "Type", "Ansvarlig"], ["Eksempel: Kurs i digital kompetanse", "2.1", "Kurs", "X"],
               ["", "", "", ""]])
    d.add_heading("Delmål i strategien", level=2)
    for line in ("3.5 NAVs opplæringstilbud for arbeidssøkere", "3.6 Læring i frivillig sektor"):
        d.add_paragraph(line, style="List Bullet")
    result = _extracted(d, tmp_path / "mal_rapportering_2054.docx", matchers)
    assert result.outcome == REJECTED and not result.rows
    assert "det står ingen tiltak i det" in result.rejection.problem
