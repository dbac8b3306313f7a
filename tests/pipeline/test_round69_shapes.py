"""Shapes held-out round 69 showed the reader at its first look."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import Workbook

from pipeline.not_tiltak import DELMAL_LIST
from pipeline.other_years import OTHER_STATUS
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted

DOCUMENTS = Path(__file__).resolve().parents[1] / "parsers" / "documents"


def _fields(rows, *names):
    return [tuple(r.raw.get(n) for n in names) for r in rows]


def test_sections_numbered_by_their_chapter_are_titles_and_their_numbers_no_delmal(matchers):
    # Regjeringen (round 69): «1 Kunnskapsdepartementet» over «1.2 Karrieresjekk 50+», each section closed by a grey
    # «Strategien: … · Virkemiddel: … · I samarbeid med: …». The numbers were taken for delmål codes, the sentence above
    # the grey line for the measure, and the file was «lest» with none of its measures and no word said.
    # The PDF is LibreOffice's export (tests/parsers/libreoffice_pdfs.py).
    result = extracted(DOCUMENTS / "pdf-sections-numbered-by-chapter-closed-by-a-line-of-facts.pdf", matchers)
    assert _fields(result.rows, "tiltak", "delmal", "type", "samarbeidspartnere") == [
        ("Nettbasert karriereverktøy for seniorer", "karriereveiledning for voksne", "Digitalt verktøy", "Nav"),
        ("Fagskoletilbud for erfarne fagarbeidere", "at kompetanse fra arbeidslivet blir dokumentert", "Studietilbud",
         ""),
        ("Norsk på arbeidsplassen", "bedre norskopplæring for innvandrere", "Tilskudd", "VOFO")]
    # The goal in words places each; the section's number (1.1, 1.2, 2.1) places none.
    assert [matchers.delmal.match(r.raw.get("delmal")).value for r in result.rows] == ["1.3", "2.5", "3.4"]
    assert result.rows[2].raw.get("beskrivelse") == "Tilskudd til 40 arbeidsplasser som gir norskopplæring i arbeidstiden."


def test_a_printed_sheets_name_rows_each_take_the_account_merged_across_under_it(matchers):
    # YS (round 69): Calc prints a ruled row of cells per measure and its account merged across the columns under it,
    # unruled; the ruled rows came out as tables of one row each, and five of six measures were not read.
    result = extracted(DOCUMENTS / "pdf-calc-name-rows-each-over-its-account-merged-across.pdf", matchers)
    assert _fields(result.rows, "tiltak", "type", "ansvarlig", "beskrivelse") == [
        ("Tillitsvalgtkurs om ny teknologi", "Kurs", "Negotia",
         "Tre kurs om hvordan tillitsvalgte kan være med når arbeidsplassen tar i bruk ny teknologi."),
        ("Undersøkelse om læring i butikkene", "Spørreundersøkelse", "Handel og Kontor",
         "1 200 ansatte i varehandelen svarte på hvor mye opplæring de får på jobben."),
        ("Karrierelinjen for medlemmer", "Rådgivning", "Delta",
         "Medlemmer kan ringe en karriererådgiver, og 700 gjorde det i år.")]
    assert not result.skipped


def test_a_web_page_whose_markup_wraps_its_paragraphs_reads_each_paragraph_whole(tmp_path, matchers):
    # VOFO (round 69): LibreOffice's HTML export breaks a paragraph's text over lines of the markup; each line was read
    # as a paragraph, so the grey line «Delmål 3.6 | …» became «Delmål» over «3.6 | …» and no measure was read.
    page = tmp_path / "VOFO – tiltak 2089.html"
    page.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"/><title>VOFO 2089</title>
<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head><body>
<h1>VOFO – tiltak i kompetansestrategien 2089</h1>
<h2>Leseverksted i frivillige lag</h2>
<p>Studieforbundene holdt
leseverksted for voksne i 30 lag.</p>
<p><font color="#6e6e6e"><font size="1">Delmål
3.6 | Kurs | Ansvar: VOFO | Med: Norges
idrettsforbund</font></font></p>
<h2>Studieforbundenes
deltakerstatistikk</h2>
<p>En rapport om hvem
som deltar i kursene.</p>
<p><font color="#6e6e6e"><font size="1">Delmål
3.6 | Statistikk | Ansvar: VOFO | Med: SSB</font></font></p>
<pre>Kontakt:
rådgiver i VOFO</pre>
</body></html>""", encoding="utf-8")
    result = extracted(page, matchers)
    assert _fields(result.rows, "tiltak", "delmal", "ansvarlig", "samarbeidspartnere", "beskrivelse") == [
        ("Leseverksted i frivillige lag", "Delmål 3.6", "VOFO", "Norges idrettsforbund",
         "Studieforbundene holdt leseverksted for voksne i 30 lag."),
        ("Studieforbundenes deltakerstatistikk", "Delmål 3.6", "VOFO", "SSB", "En rapport om hvem som deltar i kursene.")]


def test_a_list_saying_what_the_codes_mean_is_no_measure_and_is_announced(tmp_path, matchers):
    # Unio (round 69): under the table, «Vedlegg: delmål …» and a list «1.4 Samarbeid mellom utdanning og arbeidsliv»,
    # «2.3 Yrkesfag», …: four lines became measures.
    def unio(lines: tuple[str, ...]) -> Path:
        report = docx.Document()
        report.add_heading("Unio – tiltak 2089", 1)
        table = report.add_table(rows=0, cols=3)
        for row in [("Tiltak", "Delmål (se vedlegg)", "Type"), ("Veilederkurs for praksislærere", "2.4", "Kurs"),
                    ("Karrieredag for fysioterapeuter", "1.3", "Arrangement")]:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        report.add_paragraph("Vedlegg: delmålene tiltakene viser til")
        for line in lines:
            report.add_paragraph(line, style="List Bullet")
        report.save(tmp_path / f"Unio 2089 {len(lines)}.docx")
        return tmp_path / f"Unio 2089 {len(lines)}.docx"

    result = extracted(unio(("1.3 Karriereveiledning", "1.4 Samarbeid mellom utdanning og arbeidsliv",
                             "2.2 Kunnskap om læring i arbeidslivet", "2.3 Yrkesfag", "2.4 Etter- og videreutdanning")),
                       matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Veilederkurs for praksislærere", "Karrieredag for fysioterapeuter"]
    assert [(s.text, s.reason) for s in result.skipped][1:4:2] == [
        ("1.4 Samarbeid mellom utdanning og arbeidsliv", DELMAL_LIST), ("2.3 Yrkesfag", DELMAL_LIST)]
    assert len(result.skipped) == 5
    # Two lines of codes and words may be tiltak titled by their codes: no such list.
    result = extracted(unio(("1.4 Samarbeid mellom utdanning og arbeidsliv", "2.3 Yrkesfag")), matchers)
    assert not any(s.reason == DELMAL_LIST for s in result.skipped)


def test_an_event_every_other_year_held_before_and_next_after_is_set_aside_and_a_later_launch_asked(tmp_path, matchers):
    # Sametinget, Fagskolerådet, Unio (round 69): «holdes annethvert år; sist i 2088 og neste gang i 2090» and «blir
    # lansert først i 2090» were kept as 2089's measures with nothing asked.
    path = word_table_report(tmp_path / "Fagskolerådet 2089.docx", "Fagskolerådet – tiltak 2089", [
        ("Tiltak", "Delmål", "Omtale"),
        ("Fagskolekonferansen", "2.4", "Holdes annethvert år; sist i 2088 og neste gang i 2090."),
        ("Samisk yrkesmesse", "2.3", "Messa holdes annethvert år; den ble holdt i 2088 og holdes neste gang i 2090."),
        ("Kampanjen Bli fagskolestudent", "2.3", "Kampanjen er klar, men blir lansert først i 2090."),
        ("Prosjekt om fagskolenes digitale tilbud", "2.1", "Prosjektet startet i 2088 og avsluttes i 2090.")])
    result = extracted(path, matchers)
    assert [s.text for s in result.skipped] == ["Fagskolekonferansen", "Samisk yrkesmesse"]
    assert all(OTHER_STATUS in s.reason for s in result.skipped)
    assert [(r.raw.get("tiltak"), "kontroller at tiltaket gjelder 2089" in r.raw.doubt) for r in result.rows] == [
        ("Kampanjen Bli fagskolestudent", True), ("Prosjekt om fagskolenes digitale tilbud", False)]


def test_who_filled_in_the_sheet_and_a_sentence_about_its_rows_are_notes_not_measures(tmp_path, matchers):
    # Virke, Fagskolerådet, NHO (round 69): «Fylt ut av Virke Kompetanse, januar 2090» and «Aktiviteter som er avsluttet,
    # står med for oversiktens skyld.» under the table were read as measures.
    book = Workbook()
    sheet = book.active
    for row in (["Virke – tiltak 2089"], [], ["Tiltak", "Delmål", "Type"], ["Frokostmøter om kompetanseplaner", "2.4",
                "Møteserie"], ["Nettverk for HR-ledere", "2.2", "Nettverk"], [],
                ["Aktiviteter som er avsluttet, står med for oversiktens skyld."], ["Fylt ut av Virke Kompetanse, januar 2090"]):
        sheet.append(row)
    book.save(tmp_path / "Virke 2089.xlsx")
    result = extracted(tmp_path / "Virke 2089.xlsx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Frokostmøter om kompetanseplaner", "Nettverk for HR-ledere"]


def test_members_own_words_for_a_goal_and_a_kind(matchers):
    # KS' heading «Digitalt kompetente kommuner» named no delmål (its item went unread); Regjeringen's «et felles
    # kunnskapsgrunnlag om hvilken kompetanse Norge trenger» was placed under 2.2; VOFO's «Lesegrupper» was guessed FoU.
    assert matchers.delmal.match("Digitalt kompetente kommuner").value == "2.1"
    assert matchers.delmal.match("et felles kunnskapsgrunnlag om hvilken kompetanse Norge trenger").value == "1.1"
    assert matchers.delmal.match("Styrke kunnskapsgrunnlaget om læring i arbeidslivet").value == "2.2"
    assert matchers.types.given("Lesegrupper").value == "Kurs/utdanning"
