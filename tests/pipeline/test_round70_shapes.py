"""Shapes held-out round 70 showed the reader at its first look."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import Workbook

from normalise.delmal import written_as_code
from normalise.syllable_acronyms import part_initial_pairs
from pipeline.item_delmal import own_delmal
from pipeline.other_years import OTHER_STATUS
from tests.conftest import word_table_report
from tests.normalise.test_dedup import _groups, _row
from tests.pipeline.reading import extracted

TICKED, UNTICKED = "☒", "☐"


def _fields(rows, *names):
    return [tuple(r.raw.get(n) for n in names) for r in rows]


def test_list_items_closed_by_a_bracket_with_their_own_code_are_tiltak_under_any_heading(tmp_path, matchers):
    # Unio (round 70): one Heading 2 per union and Word's numbered items under each, every item closing with
    # «[Strategipunkt 2.4 · Konferanse · Med: KS]». No heading names a delmål, and «Strategipunkt» was no word for a
    # code: 0 tiltak, «punkter står ikke under noen overskrift som nevner et delmål».
    report = docx.Document()
    report.add_heading("Unio – innrapportering av tiltak 2090", 1)
    report.add_heading("Unio-sekretariatet", 2)
    report.add_paragraph("Innspillsnotat til KBU – Unio sendte et eget notat med tall fra medlemsregistrene. "
                         "[Strategipunkt 1.1 · Notat]", style="List Number")
    report.add_heading("Sykepleierforbundet", 2)
    report.add_paragraph("Kommunekonferansen om videreutdanning – Sykepleierforbundet holdt en konferanse for ledere i "
                         "kommunene. [Strategipunkt 2.4 · Konferanse · Med: KS]", style="List Number")
    report.save(tmp_path / "Unio 2090.docx")
    result = extracted(tmp_path / "Unio 2090.docx", matchers)
    assert _fields(result.rows, "tiltak", "delmal", "type", "samarbeidspartnere", "beskrivelse") == [
        ("Innspillsnotat til KBU", "Strategipunkt 1.1", "Notat", "",
         "Unio sendte et eget notat med tall fra medlemsregistrene."),
        ("Kommunekonferansen om videreutdanning", "Strategipunkt 2.4", "Konferanse", "KS",
         "Sykepleierforbundet holdt en konferanse for ledere i kommunene.")]
    assert [matchers.delmal.match(r.raw.get("delmal")).value for r in result.rows] == ["1.1", "2.4"]
    # «Under hvert forbund står tiltakene forbundet har ansvaret for»: the heading over the items names who is
    # responsible, by the catalogue (the union) or by the ending of a unit's name («-sekretariatet»).
    assert [r.raw.get("ansvarlig") for r in result.rows] == ["Unio-sekretariatet", "Sykepleierforbundet"]
    found = own_delmal("X – y [Punkt 2.1 · Kurs]")
    assert found is not None and (found.delmal, found.type) == ("Punkt 2.1", "Kurs")


def test_a_delmal_written_as_its_hovedomrade_and_number_is_that_code(tmp_path, matchers):
    # LO (round 70): «Hovedområde 2, nr. 3» in the delmål column named the område and not the delmål: placed nowhere.
    path = word_table_report(tmp_path / "LO 2090.docx", "LO – kompetansetiltak i 2090", [
        ("Aktivitet", "Hører til i strategien", "Form"),
        ("Lærlingkampanje i byggfagene", "Hovedområde 2, nr. 3", "Rekrutteringsprosjekt"),
        ("Medlemsskolering om kompetanseplaner", "Hovedområde 2, nr. 4", "Medlemsskolering")])
    result = extracted(path, matchers)
    assert [matchers.delmal.match(r.raw.get("delmal")).value for r in result.rows] == ["2.3", "2.4"]
    assert written_as_code("Hovedområde 2, nr. 3") == "delmål 2.3"
    # «nr» without its full stop before a number and a word is no code: the text is left as it stands.
    assert written_as_code("område 2 nr 3 x") == "område 2 nr 3 x"


def test_descriptions_that_place_the_row_in_another_year_in_words_set_it_aside(tmp_path, matchers):
    # LO, Sametinget, YS, Unio (round 70): «forrige år … gjentas ikke», «under utvikling … neste år», «året før»,
    # «forrige periode» were read as 2090's measures.
    path = word_table_report(tmp_path / "LO 2090.docx", "LO – tiltak 2090", [
        ("Tiltak", "Delmål", "Omtale"),
        ("Tillitsvalgtmøte om lærlinger", "2.3", "Møtet ble holdt forrige år og gjentas ikke."),
        ("Kurs i digital kompetanse", "2.1", "Kurset er under utvikling. Første kull starter etter sommeren neste år."),
        ("Prosjekt om seniorer i arbeidslivet", "2.2", "Prosjektet ble avsluttet året før."),
        ("Nettverk for HR-tillitsvalgte", "2.4", "Gjennomført i forrige periode og ikke videreført i år."),
        ("Kurs for nye tillitsvalgte", "2.4", "Kurset ble holdt i mars. Neste kull starter neste år."),
        ("Lærlingprogrammet i LO-forbundene", "2.3", "Programmet videreføres neste år.")])
    result = extracted(path, matchers)
    assert [s.text for s in result.skipped] == ["Tillitsvalgtmøte om lærlinger", "Kurs i digital kompetanse",
                                                "Prosjekt om seniorer i arbeidslivet", "Nettverk for HR-tillitsvalgte"]
    assert all(OTHER_STATUS in s.reason for s in result.skipped)
    # Held this year and going on next year: this year's measures.
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kurs for nye tillitsvalgte", "Lærlingprogrammet i LO-forbundene"]


def test_a_new_phase_with_its_own_partners_is_a_row_of_its_own_and_a_note_on_a_column_no_row(tmp_path, matchers):
    # Fagskolerådet (round 70): «1b … – fase 2: ledermodul» under «… – fagskolemodulene» was joined to it as one measure
    # told twice, and «Kolonnen «Strategiens mål» er hentet …» under the table was read as a measure.
    book = Workbook()
    sheet = book.active
    for row in (["Fagskolerådet – tiltak i 2090"], [],
                ["Nr", "Tiltak", "Kort beskrivelse", "Strategiens mål", "Type", "Leder", "Partnere"],
                ["1", "Kompetanseløft i omsorg – fagskolemodulene", "Fire moduler for helsefagarbeidere i kommunene.",
                 "Etter- og videreutdanning", "Modulbasert opplæring", "Fagskolerådet", "KS, Unio"],
                ["1b", "Kompetanseløft i omsorg – fase 2: ledermodul", "En modul for ledere i omsorgstjenesten.",
                 "Etter- og videreutdanning", "Modulbasert opplæring", "Fagskolerådet", "Fagskolen Oslo"],
                ["2", "Fagskoledagen 2090", "En dag om fagskolen som karrierevei, for rådgivere i skolen.",
                 "Gode utdanningsvalg", "Fagdag/konferanse", "Fagskolerådet", "HK-dir"],
                [],
                ["Kolonnen «Strategiens mål» er hentet fra strategidokumentet og forkortet."]):
        sheet.append(row)
    book.save(tmp_path / "Fagskolerådet 2090.xlsx")
    result = extracted(tmp_path / "Fagskolerådet 2090.xlsx", matchers)
    # The reader writes a table's dashes plain.
    assert _fields(result.rows, "tiltak", "samarbeidspartnere") == [
        ("Kompetanseløft i omsorg - fagskolemodulene", "KS, Unio"),
        ("Kompetanseløft i omsorg - fase 2: ledermodul", "Fagskolen Oslo"),
        ("Fagskoledagen 2090", "HK-dir")]


def _ticks(*ticked: int) -> tuple[str, ...]:
    """The six tick cells, «☒» in the columns numbered (0: Kurs … 5: Kartlegging)."""
    return tuple(TICKED if k in ticked else UNTICKED for k in range(6))


TICK_HEADER = ("Tiltak", "Hva ble gjort", "Delmål", "Kurs", "Prosjekt", "Info", "Møteplass", "Råd/nettverk",
               "Kartlegging", "Ansvarlig", "Partnere")
TYPE_WORDS = TICK_HEADER[3:9]


def test_the_ticked_column_among_type_columns_is_the_rows_type(tmp_path, matchers):
    # VOFO (round 70): the type only as «☒» under one of six columns headed Kurs … Kartlegging (the rest «☐»); every
    # row came without a type, the six columns of ticks among its extra cells.
    path = word_table_report(tmp_path / "VOFO 2090.docx", "VOFO – rapportering 2090", [
        TICK_HEADER,
        ("Norsk på jobben i butikkene", "Norskkurs i arbeidstiden i 140 butikker.", "3.4",
         *_ticks(1), "VOFO", "Virke"),
        ("Voksenopplæringskonferansen", "To dager om læring i frivillig sektor.", "3.6", *_ticks(3), "VOFO", "–"),
        ("Frivillighetsundersøkelsen", "Spørreundersøkelse til lagene, lagt fram på et seminar.", "3.6",
         *_ticks(3, 5), "VOFO", "–")])
    result = extracted(path, matchers)
    assert _fields(result.rows, "tiltak", "type") == [
        ("Norsk på jobben i butikkene", "Prosjekt"), ("Voksenopplæringskonferansen", "Møteplass"),
        ("Frivillighetsundersøkelsen", "Møteplass")]
    # The ticks gave the type: they are no cells of the row's own.
    assert not any(name in dict(r.raw.extra) for r in result.rows for name in ("Kurs", "Prosjekt", "Info", "Møteplass",
                                                                                "Kartlegging"))
    # Two ticks: the first is taken, and a reviewer is asked.
    assert ["flere typer er krysset av" in r.raw.doubt for r in result.rows] == [False, False, True]


def test_a_tick_under_a_column_headed_by_two_type_words_gives_the_rows_type(tmp_path, matchers):
    # VOFO (round 70): the sixth tick column, «Råd/nettverk», is VOFO's word for a seat; its tick is the type too.
    path = word_table_report(tmp_path / "VOFO 2090.docx", "VOFO – rapportering 2090", [
        TICK_HEADER,
        ("VOFO i Nasjonalt forum for karriereveiledning", "Fire møter i forumet.", "1.3", *_ticks(4), "VOFO", "–"),
        ("Voksenopplæringskonferansen", "To dager om læring i frivillig sektor.", "3.6", *_ticks(3), "VOFO", "–")])
    result = extracted(path, matchers)
    assert _fields(result.rows, "type") == [("Råd/nettverk",), ("Møteplass",)]
    assert not any(name in dict(r.raw.extra) for r in result.rows for name in TYPE_WORDS)


def _nho(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Tiltak 2090"
    for row in (["NHO – tiltaksoversikt KPR 2090"], [],
                ["Initiativ", "Status og resultat", "Delmål nr.", "Kode", "NHO-ledd", "Med oss"],
                ["Lærlingløftet 2090 – arbeidsgitersiden", "120 nye lærekontrakter i industrien.", "2.3", "P",
                 "Norsk Industri", "Fellesforbundet"],
                ["Bransjeprogram for reiseliv", "Fire moduler med 300 deltakere.", "2.4", "K", "NHO Reiseliv",
                 "HK-dir"],
                ["Kompetansefrokost i regionene", "Seks frokostmøter om kompetanseplaner.", "2.4", "M",
                 "NHO Vestland", ""]):
        sheet.append(row)
    key = book.create_sheet("Forklaring")
    for row in (["Kode", "Betyr"], ["P", "Prosjekt eller pilot"], ["K", "Kurs og kompetanseprogram"],
                ["M", "Møteplass (konferanse, seminar)"], ["I", "Informasjon og veiledning"],
                ["R", "Rådsarbeid og representasjon"], ["A", "Analyse og statistikk"]):
        key.append(row)
    book.save(tmp_path / "NHO 2090.xlsx")
    return tmp_path / "NHO 2090.xlsx"


def test_a_letter_code_explained_on_another_sheet_is_the_words_it_stands_for(tmp_path, matchers):
    # NHO (round 70): «Kode» P/K/M explained only on the sheet «Forklaring» («P» | «Prosjekt eller pilot»); the key's
    # words are a type's name with the report's own words after «eller», and were not read as a key, so the rows kept
    # a bare «P». «NHO-ledd» and «Med oss» were no columns the reader knew.
    result = extracted(_nho(tmp_path), matchers)
    first = result.rows[0].raw
    assert (first.get("tiltak"), first.get("type"), first.get("ansvarlig"), first.get("samarbeidspartnere")) == (
        "Lærlingløftet 2090 - arbeidsgitersiden", "Prosjekt eller pilot", "Norsk Industri", "Fellesforbundet")
    assert matchers.types.given(first.get("type")).value == "Prosjekt"
    assert _fields(result.rows[1:2], "type", "ansvarlig", "samarbeidspartnere") == [
        ("Kurs og kompetanseprogram", "NHO Reiseliv", "HK-dir")]


def test_a_code_whose_words_hold_a_comma_is_given_all_its_words(tmp_path, matchers):
    # NHO (round 70): «M» | «Møteplass (konferanse, seminar)»; the row coded M is shown its key's words whole.
    result = extracted(_nho(tmp_path), matchers)
    assert result.rows[2].raw.get("type") == "Møteplass (konferanse, seminar)"


def _akademikerne(tmp_path: Path, name: str, numbers: tuple[str, ...], accounts: list[str]) -> Path:
    report = docx.Document()
    report.add_heading("Akademikerne – tiltak 2090", 1)
    table = report.add_table(rows=0, cols=6)
    for row in [("Nr.", "Tiltak", "Forening", "Strategimål", "Form", "Partnere"),
                (numbers[0], "Mentorprogram for unge leger", "Legeforeningen", "2.4", "Mentorprogram", "Spekter"),
                (numbers[1], "Lederkurs for tannleger", "Tannlegeforeningen", "2.4", "Kurs", "–"),
                (numbers[2], "Karriereprogram for jurister", "Juristforbundet", "1.3", "Kurs", "–")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    report.add_heading("Omtale av tiltakene", 2)
    for account in accounts:
        report.add_paragraph(account)
    report.save(tmp_path / name)
    return tmp_path / name


ACCOUNTS = ["(1) Tjue unge leger fikk hver sin mentor i ett år.", "(2) Tre kursdager for nye klinikkeiere.",
            "(3) Programmet ble lagt ned i fjor."]


def test_numbered_paragraphs_under_a_table_of_numbered_rows_are_the_rows_descriptions(tmp_path, matchers):
    # Akademikerne (round 70): a table Nr. | Tiltak | … with no description column, and under «Omtale av tiltakene» a
    # paragraph «(n) …» per row: the rows had no description, and the row closed in an earlier year was kept.
    result = extracted(_akademikerne(tmp_path, "Akademikerne 2090.docx", ("1", "2", "3"), ACCOUNTS), matchers)
    assert _fields(result.rows, "tiltak", "beskrivelse") == [
        ("Mentorprogram for unge leger", "Tjue unge leger fikk hver sin mentor i ett år."),
        ("Lederkurs for tannleger", "Tre kursdager for nye klinikkeiere.")]
    assert [s.text for s in result.skipped] == ["Karriereprogram for jurister"]
    assert OTHER_STATUS in result.skipped[0].reason


@pytest.mark.parametrize(("numbers", "accounts"), [(("1", "3", "4"), ACCOUNTS), (("1", "2", "3"), ACCOUNTS[:2])],
                         ids=["numbers-not-1-to-n", "fewer-paragraphs-than-rows"])
def test_numbered_paragraphs_that_do_not_answer_the_rows_one_to_one_describe_none(tmp_path, matchers, numbers, accounts):
    # Which paragraph is which row's is only sure when the rows run 1..N and there is a paragraph for each.
    result = extracted(_akademikerne(tmp_path, "Akademikerne 2090.docx", numbers, accounts), matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Mentorprogram for unge leger", "Lederkurs for tannleger",
                                                          "Karriereprogram for jurister"]
    assert not any(r.raw.get("beskrivelse") for r in result.rows)


def test_an_acronym_with_its_programmes_number_is_offered_for_the_name_and_number_spelt_out():
    # KS and VOFO (round 70): «DH60» and «Digital hverdag 60+» are one programme, and stood apart unasked.
    texts = {1: "KS har fått 35 kommuner til å låne ut bibliotekene til DH60.",
             2: "VOFO har fått 2 300 pensjonister gjennom Digital hverdag 60+, med kurs."}
    assert part_initial_pairs(texts, frozenset()) == [(1, 2, "dh60", "digital hverdag 60")]
    # The number is part of the name: «DH61» is another one.
    assert part_initial_pairs({**texts, 1: texts[1].replace("DH60", "DH61")}, frozenset()) == []


def test_a_faglig_rad_named_by_its_acronym_is_a_seat_in_sry(matchers):
    # Unio (round 70): «medlemmer i FRHO» (Faglig råd for helse- og oppvekstfag) named no council.
    decided = matchers.councils.decide("Fagforbundet har tre medlemmer i FRHO, og ett av dem er nestleder.", "", "Unio")
    assert decided.council == "SRY"


def test_a_ministry_named_by_its_letters_is_an_organisation_and_no_acronym_of_a_measure(matchers):
    # Set 69: «AID» (Arbeids- og inkluderingsdepartementet) was not in the catalogue, so its letters were taken for an
    # acronym of a neighbouring row's «arbeidsinnvandring …» and the two rows offered as one measure.
    assert matchers.orgs.lookup("AID")[0] is not None
    rows = [_row("aid.pdf", "AID", "AID har finansiert sveisesertifikater for 80 langtidsledige gjennom NAV.", "3.3", ""),
            _row("lo.docx", "LO", "LO har holdt kurs om arbeidsinnvandring og digitalisering for tillitsvalgte.", "3.3",
                 "")]
    groups, clusters = _groups(matchers, rows)
    assert groups == [["AID"], ["LO"]]
    assert not any("«AID»" in m.evidence for m in clusters.near_misses)


def test_set_69s_wordings_of_a_course_for_the_councils_people_and_of_a_long_subject(matchers):
    # Set 69: a course for those appointed to the faglige råd was read as a seat in SRY, surely; «e-læringskurs» is a
    # course as «nettkurs» is.
    course = matchers.councils.decide("NHO har laget et e-læringskurs for bedriftsledere som er oppnevnt til faglige råd.",
                                      "", "NHO")
    assert course.council == "" and "e-læringskurs" in course.evidence
    # A subject of four words before its verb: what was held is the measure's kind.
    assert matchers.types.match("", "Studieforbundet natur og miljø har holdt 120 kurs i hagestell.").value == "Kurs/utdanning"
