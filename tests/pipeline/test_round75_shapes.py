"""Shapes held-out round 75 showed the reader at its first look."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings, Thresholds
from tests.pipeline.reading import coded_rows as _codes, extracted, word_table as _word_table

ROUND75 = Path(__file__).resolve().parents[2] / "samples" / "holdout75"


def test_a_bold_name_running_on_over_its_dash_is_the_whole_name(tmp_path, matchers):
    # Sametinget (round 75): «**Karriereveiledning på samisk – nettressurs** (delmål 1.3)» lost «– nettressurs» as
    # its type, so the row named another measure than the report.
    report = docx.Document()
    report.add_heading("Sametingets tiltak 2095", 1)
    item = report.add_paragraph(style="List Bullet")
    item.add_run("Karriereveiledning på samisk – nettressurs").bold = True
    item.add_run(" (delmål 1.3)\nNettside med filmer om yrker i samiske områder.\nVuohki / Form: Nettressurs")
    report.save(tmp_path / "sametinget.docx")
    result = extracted(tmp_path / "sametinget.docx", matchers)
    assert _codes(result, matchers) == [("Karriereveiledning på samisk - nettressurs", "1.3")]


def test_the_strategy_document_s_chapters_keyed_to_the_omrader_give_the_delmal(tmp_path, matchers):
    # Regjeringen (round 75): «kap. 5.4» under «Strategipunkt», chapter 5 being Læring i arbeidslivet.
    key = ("Om kolonnen Strategipunkt: Kapittel 4 er hovedinnsatsområdet Gode valg for den enkelte og for samfunnet, "
           "kapittel 5 er Læring i arbeidslivet, og kapittel 6 er Styrke kompetansen til voksne med svak tilknytning "
           "til arbeidslivet. Avsnittsnummeret er delmålets nummer.")
    rows = [("Tiltak", "Strategipunkt", "Art"), ("Nye studieplasser i helsefag", "kap. 5.4", "Tilskudd"),
            ("Forsøk med fagbrev for voksne", "kap. 6.1", "Forsøksordning")]
    result = extracted(_word_table(tmp_path / "kd.docx", rows, before=key), matchers)
    assert _codes(result, matchers) == [("Nye studieplasser i helsefag", "2.4"), ("Forsøk med fagbrev for voksne", "3.1")]


def test_a_letter_key_in_brackets_and_codes_written_without_their_point(tmp_path, matchers):
    # Virke (round 75): «(A = …, B = …, C = Voksne med svak tilknytning til arbeidslivet)»: the last pair before the
    # bracket was lost. Vestland: «13» where a line says the codes are written without their point.
    key = ("Bokstaven viser hovedinnsatsområdet (A = Gode valg for den enkelte og for samfunnet, B = Læring i "
           "arbeidslivet, C = Voksne med svak tilknytning til arbeidslivet), og tallet er delmålets nummer.")
    rows = [("Tiltak", "Mål (A–C)", "Ansvarlig"), ("Språkløypa i varehandelen", "C4", "Virke Handel"),
            ("Digidugnaden", "B1", "Virke Handel")]
    lettered = extracted(_word_table(tmp_path / "virke.docx", rows, before=key), matchers)
    assert _codes(lettered, matchers) == [("Språkløypa i varehandelen", "3.4"), ("Digidugnaden", "2.1")]
    line = "Delmålsnummeret er skrive utan punktum, slik saksarkivet lagrar det (13 = delmål 1.3)."
    rows = [("Tiltak", "Delmålsnr.", "Avdeling"), ("Karrierekompasset – Vestland", "13", "Karriere Vestland"),
            ("Partnarskap for kompetanse", "12", "Næring")]
    dotless = extracted(_word_table(tmp_path / "vestland.docx", rows, before=line), matchers)
    assert _codes(dotless, matchers) == [("Karrierekompasset - Vestland", "1.3"), ("Partnarskap for kompetanse", "1.2")]
    assert all(matchers.delmal.match(r.raw.get("delmal")).confidence >= Thresholds().delmal for r in dotless.rows)


def test_a_number_in_the_column_of_its_omrade_is_that_omrade_s_delmal(tmp_path, matchers):
    # VOFO (round 75): three narrow columns, one per område, the delmål's number in one of them.
    rows = [("Tiltak", "Gode valg", "Læring i arbeidslivet", "Svak tilknytning", "Studieforbund"),
            ("VOFO i Nasjonalt forum for karriereveiledning", "3", "", "", "VOFO sentralt"),
            ("Norsk på kveldstid – språkkafeer", "", "", "4", "Folkeuniversitetet")]
    result = extracted(_word_table(tmp_path / "vofo.docx", rows), matchers)
    assert _codes(result, matchers) == [("VOFO i Nasjonalt forum for karriereveiledning", "1.3"),
                                        ("Norsk på kveldstid - språkkafeer", "3.4")]


def test_shares_name_the_main_delmal_and_several_codes_without_them_are_asked(matchers):
    # UHR (round 75): «1.4 (40 %), 2.2 (60 %)»; LO: «1.4, 2.3» with the main one in bold, which a cell's text loses.
    assert matchers.delmal.match("1.4 (40 %), 2.2 (60 %)").value == "2.2"
    several = matchers.delmal.match("1.4, 2.3")
    assert several.value == "1.4" and several.confidence < Thresholds().delmal


def test_a_kind_before_the_name_and_a_type_letter_in_a_code_or_an_id(tmp_path, matchers):
    # LO (round 75): «Konferanse: LOs yrkesfagkonferanse 2095» with no type column; Fagskolerådet: «2.4-K» keyed by a
    # note; Virke: the kind as the letter of the row's id («K-01»).
    rows = [("Tiltak", "Treffer delmål", "LO-enhet"), ("Konferanse: LOs yrkesfagkonferanse 2095", "2.3", "Utdanning"),
            ("Kursrekke: Havvindskolen", "2.4", "Fellesforbundet")]
    row = extracted(_word_table(tmp_path / "lo.docx", rows), matchers).rows
    assert [(r.raw.get("tiltak"), r.raw.get("type")) for r in row] == [
        ("LOs yrkesfagkonferanse 2095", "Konferanse"), ("Havvindskolen", "Kursrekke")]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Fagskolerådet – tiltak 2095"])
    sheet.append(["Kode = delmål og tiltakstype, for eksempel 2.4-K. Bokstaven: F = FoU, K = kurs/utdanning, "
                  "R = råd/utvalg/nettverk, P = prosjekt, I = informasjon, A = arrangement"])
    sheet.append([])
    sheet.append(["Tiltak", "Beskrivelse", "Kode", "Ansvarlig fagskole/enhet"])
    sheet.append(["Havvindskolen – fagskoledelen", "Fagskolene ga moduler i havvind.", "2.4-K", "Fagskolen Vestland"])
    sheet.append(["Kartlegging av arbeidsrelevans", "NIFU spurte 3 000 studenter.", "2.2-F", "Sekretariatet"])
    book.save(tmp_path / "fagskoleradet.xlsx")
    coded = extracted(tmp_path / "fagskoleradet.xlsx", matchers).rows
    assert [(r.raw.get("delmal"), matchers.types.given(r.raw.get("type")).value) for r in coded] == [
        ("2.4", "Kurs/utdanning"), ("2.2", "FoU")]
    rows = [("ID", "Tiltak", "Mål", "Ansvarlig"), ("K-01", "Digidugnaden – kurs for små butikker", "2.1", "Virke Handel"),
            ("R-01", "Virke i SRY", "2.3", "Virke Utdanning")]
    key = "ID-bokstaven viser hva slags tiltak det er: R = råd og utvalg, K = kurs og opplæring, P = prosjekt."
    ids = extracted(_word_table(tmp_path / "virke.docx", rows, after=key), matchers).rows
    assert [matchers.types.given(r.raw.get("type")).value for r in ids] == ["Kurs/utdanning", "Råd/utvalg/nettverk"]


def test_last_year_s_sheet_and_a_reader_s_hint_under_the_table_are_no_tiltak(tmp_path):
    # YS (round 75): the sheet «2094 (fjorårets)» beside «2095» was read as this year's; Spekter: «Klikk på
    # strategimålet …» under the table became a row.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    book = openpyxl.Workbook()
    this = book.active
    this.title = "2095"
    this.append(["Aktivitet", "Delmål", "Aktivitetstype"])
    this.append(["Kurs i digital saksbehandling for tillitsvalgte", "2.1", "Kurs"])
    this.append([])
    this.append(["Klikk på delmålet for å lese det i strategien."])
    last = book.create_sheet("2094 (fjorårets)")
    last.append(["Aktivitet", "Delmål", "Aktivitetstype"])
    last.append(["Språkkurs i helse og omsorg", "3.4", "Kurs"])
    book.save(inbox / "YS aktiviteter 2095.xlsx")
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2095, cache=False))
    assert [r["tiltak"] for r in read_csv(tmp_path / "ut" / "extracted.csv")] == [
        "Kurs i digital saksbehandling for tillitsvalgte"]
    assert [s.text for d in result.documents for s in d.skipped] == ["Språkkurs i helse og omsorg"]


def test_numbered_headings_after_a_numbered_table_give_its_rows_their_accounts(matchers):
    # NHO (round 75): «7 NHO-prisen for kompetanse 2095.» over «Utdelingen er utsatt …» on the page after the table;
    # the account, and so its other year, was lost.
    result = extracted(ROUND75 / "NHO kompetansetiltak 2095 (NHO Analyse).pdf", matchers)
    accounts = {r.raw.get("tiltak"): r.raw.get("beskrivelse") for r in result.rows}
    assert accounts["NHO-prisen for kompetanse 2095"] == "Utdelingen er utsatt og holdes under NHOs årskonferanse i " \
                                                         "februar 2096."
    assert accounts["Havvindskolen"].startswith("Norsk Industri sendte 340 ansatte")
