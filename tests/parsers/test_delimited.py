"""A reporting system's CSV export read as the one table it is, whatever its separator and encoding."""

from __future__ import annotations

import pytest

from parsers.delimited import parse_csv
from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import REJECTED, extract_document
from tiltak_core.errors import DamagedFile
from tiltak_core.records import Document

HEADER = "RapportID;Aar;Tiltaksnavn;Delmaal;Kategori;Ansvarlig;Beskrivelse;Status"
ROWS = ["INN-1;2067;Yrkes-NM 2067;2.3;Arrangement;Avdeling for videregående opplæring;Deltakelse med 27 elever.;Gjennomført",
        "INN-2;2067;Karrieremesse Innlandet 2068;1.3;Arrangement;NAV Innlandet;Messe for voksne.;Planlagt 2068",
        "INN-3;2067;Fagbrev for voksne i Innlandet;3.1;Kurs/utdanning;NAV Innlandet;Modulstrukturert fagopplæring.;Oppstart 2066",
        "INN-4;2067;Kompetanseløft for frivillige lag;3.6;Prosjekt;;Kurs i styrearbeid.;Avsluttet 2066"]


def test_a_semicolon_export_with_a_byte_order_mark_is_one_table(tmp_path):
    path = tmp_path / "innlandet_eksport_2067.csv"
    path.write_bytes(("\r\n".join([HEADER, *ROWS, ""])).encode("utf-8-sig"))
    assert detect(path) == "csv"
    content = parse_csv(path, path.name, ParseOptions())
    (table,) = content.tables
    assert table.rows[0][:3] == ("RapportID", "Aar", "Tiltaksnavn") and table.rows[1][2] == "Yrkes-NM 2067"
    assert content.title == "innlandet eksport 2067"


def test_an_excel_export_in_windows_1252_with_commas_and_quotes_is_read(tmp_path):
    path = tmp_path / "nho.csv"
    path.write_bytes('Tiltak,Delmål,Ansvarlig\r\n"Kurs i norsk, for ansatte",3.4,"NHO Service\r\nog Handel"\r\nFagbrev på jobb,'
                     '2.3,NHO\r\n'.encode("cp1252"))
    (table,) = parse_csv(path, path.name, ParseOptions()).tables
    # A quoted cell keeps its line break, as a description written in two paragraphs does.
    assert table.rows == (("Tiltak", "Delmål", "Ansvarlig"), ("Kurs i norsk, for ansatte", "3.4", "NHO Service\r\nog Handel"),
                          ("Fagbrev på jobb", "2.3", "NHO"))


def test_a_csv_no_separator_splits_is_damaged_and_says_what_to_ask_for(tmp_path):
    path = tmp_path / "notat.csv"
    path.write_text("Vi har ingen tiltak å melde i år\nMed vennlig hilsen\n", encoding="utf-8")
    with pytest.raises(DamagedFile) as caught:
        parse_csv(path, path.name, ParseOptions())
    assert "ingen skilletegn" in caught.value.problem and "Excel (XLSX)" in caught.value.fix


def test_a_rows_status_placing_it_in_another_year_sets_it_aside(tmp_path, matchers):
    path = tmp_path / "Innlandet_fylkeskommune_eksport_2067.csv"
    path.write_bytes(("\n".join([HEADER, *ROWS])).encode("utf-8"))
    result = extract_document(Document(path, path.name, "csv", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.outcome != REJECTED
    # «Oppstart 2066» is this year's measure, begun before; «Planlagt 2068» and «Avsluttet 2066» are not.
    assert [r.raw.get("tiltak") for r in result.rows] == ["Yrkes-NM 2067", "Fagbrev for voksne i Innlandet"]
    assert [(s.locator, s.reason.split(" («")[0]) for s in result.skipped] == [
        ("t1-r3", "radens status sier at den gjelder et annet år enn rapportens"),
        ("t1-r5", "radens status sier at den gjelder et annet år enn rapportens")]


def test_a_csv_that_names_no_member_is_no_report_however_its_rows_look(tmp_path, matchers):
    # A register or a compilation (a column of members) left in the inbox: read, it would count every row again.
    path = tmp_path / "register.csv"
    path.write_text("member,tiltak,delmal,type\nLO,Fagbrev på jobb,2.3,Kurs\nNHO,Kompetanseuka 2067,2.2,Arrangement\n",
                    encoding="utf-8")
    result = extract_document(Document(path, path.name, "csv", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.outcome == REJECTED and result.rejection.kind == "not_a_report" and not result.rows
    assert "CSV-fil" in result.rejection.problem and "Innlandet_fylkeskommune_eksport_2067.csv" in result.rejection.fix


def test_a_csv_whose_every_row_names_one_member_responsible_is_that_members_and_asks(tmp_path, matchers):
    # Round 81: VOFO's Airtable export «Tiltak 2091-Til KPR.csv» named VOFO only as each row's responsible
    # («VOFO sentralt», «VOFO Nordland»): it was refused as a register of anyone's rows.
    path = tmp_path / "Tiltak 2067-Til KPR.csv"
    path.write_text("Tiltak,Delmål,Ansvarlig\nVOFOs plass i NFK,1.3,VOFO sentralt\nKarrieredøgnet 2067,1.3,VOFO Nordland\n"
                    "Kurs for kursledere,3.6,VOFO sentralt\n", encoding="utf-8")
    result = extract_document(Document(path, path.name, "csv", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["VOFOs plass i NFK", "Karrieredøgnet 2067", "Kurs for kursledere"]
    assert (result.member, result.member_confidence) == ("VOFO", 0.6) and "som ansvarlig" in result.member_evidence
    # rows naming several members responsible are a compilation still
    path.write_text("Tiltak,Delmål,Ansvarlig\nA,1.3,VOFO\nB,1.3,LO\nC,3.6,VOFO\n", encoding="utf-8")
    result = extract_document(Document(path, path.name, "csv", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.outcome == REJECTED and result.rejection.kind == "not_a_report"


LONG = ["tiltak_id;felt;verdi", "VOFO-00;organisasjon;Voksenopplæringsforbundet", "VOFO-00;eksportert;29.01.2069 14:02",
        "VOFO-00;antall_tiltak;3",
        "VOFO-01;navn;Læringsfestivalen 2068", "VOFO-01;delmaal;3.6", "VOFO-01;kategori;Arrangement", "VOFO-01;status;Gjennomført",
        "VOFO-01;beskrivelse;Festival med 40 studieforbund.",
        "VOFO-02;navn;Språkkafé i studieforbund", "VOFO-02;delmaal;3.4", "VOFO-02;kategori;Kurs", "VOFO-02;status;Pågår",
        "VOFO-02;beskrivelse;Norsktrening for innvandrere.",
        "VOFO-03;navn;Digital dugnad for seniorer", "VOFO-03;delmaal;2.1", "VOFO-03;status;Planlagt 2069"]


def test_a_long_export_of_one_line_per_field_in_windows_1252_is_one_row_per_tiltak(tmp_path, matchers):
    # Held-out round 47: VOFO's export wrote «id;field;value» lines in Windows-1252. Its «ø» bytes made it «unknown
    # binary data»; read as it stands, each line would have been a tiltak named by its id.
    path = tmp_path / "VOFO_eksport_tiltak_2068.csv"
    path.write_bytes("\r\n".join(LONG).encode("cp1252"))
    assert detect(path) == "csv"
    (table,) = parse_csv(path, path.name, ParseOptions()).tables
    assert table.rows[0] == ("tiltak_id", "navn", "delmaal", "kategori", "status", "beskrivelse")  # the export's own record left out
    assert table.rows[3] == ("VOFO-03", "Digital dugnad for seniorer", "2.1", "", "Planlagt 2069", "")
    result = extract_document(Document(path, path.name, "csv", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    # The names are the tiltak, not the ids numbering them; the planned one is set aside by its status.
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Læringsfestivalen 2068", "3.6"), ("Språkkafé i studieforbund", "3.4")]


# A sheet Excel saved as «Unicode-tekst»: a title row, tabs between cells, quoted cells with line breaks and doubled
# quotes, CRLF; the rows' delmål in words.
UNICODE_TEXT = "\r\n".join([
    "LOs tiltak 2071 – rapportering til Kompetansepolitisk råd\t\t\t\t",
    "\t\t\t\t",
    "Tiltak\tKort om\tDelmål\tType\tAnsvarlig",
    'Yrkesfagdagen 2071\t"Nasjonal dag for yrkesfag.\r\nArrangementer på 60 skoler."\t2.3\tArrangement\tLO',
    'LOs kompetansekonferanse\t"Tittel i 2071: ""Hva er etter- og videreutdanning verdt?"""\t2.2\tKonferanse\tLO',
    "DIGITILL\tDigitalt grunnkurs for tillitsvalgte.\t2.1\tNettkurs\tAOF Norge",
    ""])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])  # with a byte order mark, as Excel writes it, and without
def test_a_sheet_saved_as_unicode_text_is_read_as_its_table_with_its_quoted_line_breaks(tmp_path, matchers, codec):
    # Read as plain text it gave no tiltak: one paragraph per line, the cells run together.
    path = tmp_path / "LO_tiltak_2071_unicode.txt"
    path.write_bytes(UNICODE_TEXT.encode(codec))
    assert detect(path) == "csv"
    result = extract_document(Document(path, path.name, "csv", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Yrkesfagdagen 2071", "2.3", "Arrangement", "LO"), ("LOs kompetansekonferanse", "2.2", "Konferanse", "LO"),
        ("DIGITILL", "2.1", "Nettkurs", "AOF Norge")]
    assert result.rows[1].raw.get("beskrivelse") == 'Tittel i 2071: "Hva er etter- og videreutdanning verdt?"'
    # A text that only aligns its labels' values with tabs stays a text.
    path.write_bytes("Kurs i netthandel\r\nDelmål:\t2.1\r\nType:\tKurs\r\nAnsvarlig:\tVirke HUB\r\n".encode(codec))
    assert detect(path) == "text"
