"""Shapes held-out round 72 showed the reader at its first look."""

from __future__ import annotations

import struct
from pathlib import Path

import docx
import pytest

from parsers.ole_package import native_payload
from pipeline.batch import run
from pipeline.other_years import OTHER_STATUS, OTHER_YEAR
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted, rejection_beside_a_report

ROUND72 = Path(__file__).resolve().parents[2] / "samples" / "holdout72"


def _read(result, matchers):
    return [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in result.rows]


def test_a_column_of_project_numbers_is_no_column_of_titles(matchers):
    # KS (round 72, a printout of its project list): «Prosjektnr. | Satsing | Hva skjedde i 2092 | …». The numbers
    # («KS-P-2092-003») were taken for the short titles left of the account, and all seven names were lost quietly.
    result = extracted(ROUND72 / "KS – kompetansetiltak 2092 (utskrift).pdf", matchers)
    assert [r.raw.get("tiltak") for r in result.rows][:3] == [
        "KS' medlem i Samarbeidsrådet for yrkesopplæring", "RSA ved Nord universitet - kommunenes plass",
        "Fagbrev på deltid i kommunene"]
    assert dict(result.rows[0].raw.extra)["Prosjektnr."] == "KS-P-2092-003"


def test_a_column_of_case_numbers_beside_titles_in_a_word_table(tmp_path, matchers):
    path = word_table_report(tmp_path / "r.docx", "KS – tiltak 2092", [
        ("Prosjektnr.", "Satsing", "Hva skjedde i 2092", "Delmål"),
        ("KS-P-2092-003", "Fagbrev på deltid i kommunene", "Vi inngikk avtaler med 48 kommuner om fagbrev for ansatte.",
         "2.5"),
        ("KS-P-2092-007", "Praksisplasser i introduksjonsprogrammet", "Fjorten kommuner ga deltakerne praksis i egne "
         "virksomheter.", "3.4")])
    assert _read(extracted(path, matchers), matchers) == [
        ("Fagbrev på deltid i kommunene", "2.5"), ("Praksisplasser i introduksjonsprogrammet", "3.4")]


def _merged_union_table(path: Path) -> Path:
    report = docx.Document()
    report.add_heading("YS – rapportering for 2092", 1)
    report.add_paragraph("Forbundet som har ansvaret står til venstre.")
    table = report.add_table(rows=3, cols=2)
    cells = [("Parat", "Faglig råd for service og samferdsel\nParat har plassen i rådet og møtte på alle møtene i år.\n"
                       "I strategien: flere velger yrkesfag og får læreplass; Arbeidsform: rådsplass"),
             ("Delta", "DigiTV for tillitsvalgte\nDelta holdt kurset for 460 tillitsvalgte i kommunene i år.\n"
                       "I strategien: digital kompetanse i hele arbeidsstyrken; Arbeidsform: kurs; Med: Unio"),
             ("", "Karriereveiledning i omstilling\nDelta ga 380 medlemmer i omstilling veiledning i år.\n"
                  "I strategien: karriereveiledning for voksne i jobb; Arbeidsform: veiledning")]
    for row, (who, what) in zip(table.rows, cells):
        row.cells[0].text, row.cells[1].text = who, what
    table.cell(1, 0).merge(table.cell(2, 0))  # «Delta» over its two tiltak
    table.cell(1, 0).text = "Delta"
    report.save(path)
    return path


def test_a_table_without_header_whose_cells_give_their_particulars_beside_a_merged_union(tmp_path, matchers):
    # YS (round 72): no header row; the union in the left column, merged down over its tiltak; each tiltak's cell
    # its name, account and a line «I strategien: …; Arbeidsform: …». Read as no table: all six rows lost.
    result = extracted(_merged_union_table(tmp_path / "ys.docx"), matchers)
    assert _read(result, matchers) == [
        ("Faglig råd for service og samferdsel", "2.3"), ("DigiTV for tillitsvalgte", "2.1"),
        ("Karriereveiledning i omstilling", "1.3")]
    assert [r.raw.get("ansvarlig") for r in result.rows] == ["Parat", "Delta", "Delta"]
    assert result.rows[1].raw.get("samarbeidspartnere") == "Unio"


def test_the_round_s_table_of_unions_is_read_whole(matchers):
    result = extracted(ROUND72 / "YS – tiltak 2092.docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == [
        "Faglig råd for service og samferdsel", "DigiTV for tillitsvalgte i kommunene",
        "Karriereveiledning for medlemmer i omstilling", "Fagskoleuka 2092 - YS på stand", "YS Arbeidslivsbarometer 2092",
        "Bransjesertifisering i skadeforsikring"]
    # «videreutdanning som bransjene etterspør»: 2.4 in the member's words
    assert matchers.delmal.match(result.rows[-1].raw.get("delmal")).value == "2.4"
    # «Konferansen holdes hvert annet år og ble sist arrangert i 2091»: set aside, and said
    assert [s.locator for s in result.skipped] == ["t1-r6"]


def test_input_to_the_council_s_work_programme_is_no_report(tmp_path):
    letter = docx.Document()
    letter.add_heading("YS – Yrkesorganisasjonenes Sentralforbund", 1)
    letter.add_paragraph("Til: Kompetansepolitisk råd v/sekretariatet")
    letter.add_heading("Innspill fra YS til arbeidsprogrammet for Kompetansepolitisk råd", 1)
    table = letter.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Tema", "Begrunnelse", "Forslag til oppfølging i rådet")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Fagskoleuka", "Mange besøkende i 2092, men avhengig av frivillig innsats.",
                                                "Rådet bør drøfte om Fagskoleuka kan bli en fast, felles satsing.")):
        cell.text = text
    error = rejection_beside_a_report(letter, "YS – innspill.docx", tmp_path, 2092)
    assert "begynner med «innspill»" in error


def test_paragraphs_closing_with_their_goal_in_labelled_brackets_under_the_unit_responsible(matchers):
    # VOFO (round 72): «**Title.** Account. (Strategien: karriereveiledning for alle – forumsarbeid)» under headings
    # naming who ran it («VOFO Nord», «Studieforbundet natur og miljø»). Nothing was read.
    result = extracted(ROUND72 / "VOFO – rapport til Kompetansepolitisk råd 2092.pdf", matchers)
    assert _read(result, matchers) == [
        ("VOFO i Nasjonalt forum for karriereveiledning", "1.3"), ("Norsk på arbeidsplassen (NPA)", "3.4"),
        ("Kartlegging av frivillige læringsarenaer i Nordland", "3.6"),
        ("Studiesirkler om digital sikkerhet for seniorer", "2.1"), ("Lese- og skrivekurs for voksne i bygdelag", "3.6"),
        ("NPA for sesongarbeidere i landbruket", "3.4")]
    assert [r.raw.get("type") for r in result.rows][:3] == ["forumsarbeid", "opplæring", "kartlegging"]
    assert [r.raw.get("ansvarlig") for r in result.rows] == [
        "VOFO sentralt", "VOFO sentralt", "VOFO Nord", "", "Studieforbundet kultur og tradisjon",
        "Studieforbundet natur og miljø"]
    # «Samlingen ble holdt i desember i fjor»: last year's, set aside and said
    assert len(result.skipped) == 1


def test_a_report_inserted_in_a_letter_as_an_icon_is_read(matchers):
    # UHR (round 72): a cover letter whose report is a PDF inserted as an OLE «Package» object; nothing was read.
    result = extracted(ROUND72 / "UHR – følgebrev rapportering 2092.docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows][:2] == [
        "Samarbeidsutvalget i UHR-Helse og velferd", "Kartlegging av RSA-ordningen"]
    assert any("PDF-filen «UHR – rapport til KPR 2092.pdf», som er innebygd i filen" in w for w in result.warnings)


def _native(label: bytes, data: bytes, announced: int | None = None) -> bytes:
    body = (struct.pack("<H", 2) + label + b"\0" + b"C:\\x\\" + label + b"\0" + struct.pack("<I", 0x00030000)
            + struct.pack("<I", 5) + b"C:\\t\0" + struct.pack("<I", len(data) if announced is None else announced) + data)
    return struct.pack("<I", len(body)) + body


def test_an_ole_package_gives_the_file_it_holds_and_refuses_one_laid_out_otherwise():
    payload = native_payload(_native("Rapport – 2092.pdf".encode("cp1252"), b"%PDF-1.4 ..."))
    assert (payload.name, payload.data) == ("Rapport – 2092.pdf", b"%PDF-1.4 ...")
    with pytest.raises(ValueError):
        native_payload(_native(b"r.pdf", b"%PDF", announced=1000))  # a stream shorter than it says
    with pytest.raises(ValueError):
        native_payload(b"\x04\x00\x00\x00\x02\x00r.pdf")  # cut off after the label


def test_a_reviewer_s_strike_out_takes_a_row_out_and_a_note_asks_about_its_row(matchers):
    # Spekter (round 72): the PDF commented in a reader; the struck row and the corrected code still read as printed.
    result = extracted(ROUND72 / "Spekter – rapport KPR 2092 (kommentert).pdf", matchers)
    names = [r.raw.get("tiltak") for r in result.rows]
    assert "Simuleringskurs for legespesialister" not in names
    assert any("Simuleringskurs for legespesialister" in s.text for s in result.skipped)
    noted = next(r for r in result.rows if r.raw.get("tiltak").startswith("Kompetanseplan"))
    assert "«Skal være 2.4 – rettet etter avtale med HR-direktørnettverket. IS»" in noted.raw.doubt
    told = next(w for w in result.warnings if "kommentarer fra en leser" in w)
    assert told.startswith("Spekter – rapport KPR 2092 (kommentert).pdf: PDF-en har 4 kommentarer")


def test_a_hidden_section_of_a_writer_document_is_not_read(soffice, matchers):
    # Kompetanseforbundet (round 72): last year's table in a section that neither shows nor prints; LibreOffice's DOCX
    # export wrote it out as text, and its two rows were read as this year's.
    result = extracted(ROUND72 / "Kompetanseforbundet – rapportering 2092.odt", matchers)
    names = [r.raw.get("tiltak") for r in result.rows]
    assert len(names) == 5 and "Webinar om livslang læring" not in names
    assert any("1 skjult del som verken vises eller skrives ut («Tiltak i 2091 – skjult" in w for w in result.warnings)


def test_a_sheet_named_as_last_year_s_holds_no_tiltak_of_this_year(matchers):
    # Virke (round 72): a second sheet «Avsluttet i fjor» in the same layout; its rows were read as the year's.
    result = extracted(ROUND72 / "Virke_KPR_rapportering_2092.xlsx", matchers)
    assert "Lederprogram for små butikker" not in [r.raw.get("tiltak") for r in result.rows]
    assert [s.reason for s in result.skipped] == [f"{OTHER_YEAR} («Avsluttet i fjor»)"] * 2


def test_the_round_s_files_that_were_lost_are_read_in_a_run(tmp_path):
    inbox = tmp_path / "inn"
    inbox.mkdir()
    for name in ("UHR – følgebrev rapportering 2092.docx", "VOFO – rapport til Kompetansepolitisk råd 2092.pdf"):
        (inbox / name).write_bytes((ROUND72 / name).read_bytes())
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2092, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert {r["source_file"] for r in rows} == {"UHR – følgebrev rapportering 2092.docx",
                                                 "VOFO – rapport til Kompetansepolitisk råd 2092.pdf"}
    assert len(rows) == 12 and result.exit_code == 1  # VOFO's last-year row is set aside and said


def test_text_a_word_document_hides_is_not_read(tmp_path, matchers):
    # The Word counterpart of a Writer section that neither shows nor prints: last year's rows set as hidden text.
    report = docx.Document()
    report.add_heading("LO – tiltak 2092", 1)
    table = report.add_table(rows=3, cols=2)
    for row, (name, code) in zip(table.rows, [("Tiltak", "Delmål"), ("Kurs for tillitsvalgte", "2.1"),
                                              ("Webinar om livslang læring (2091)", "3.6")]):
        for cell, text in zip(row.cells, (name, code)):
            cell.paragraphs[0].add_run(text).font.hidden = name.endswith("(2091)")
    hidden = report.add_paragraph()
    hidden.add_run("Nettverk for tillitsvalgte i 2091 (delmål 1.4)").font.hidden = True
    report.save(tmp_path / "lo.docx")
    result = extracted(tmp_path / "lo.docx", matchers)
    assert _read(result, matchers) == [("Kurs for tillitsvalgte", "2.1")]


def test_a_remark_that_puts_a_row_off_to_next_year_with_its_reason_sets_it_aside(matchers):
    # NHO (round 72): «Utsatt til våren 2093 pga. for få påmeldte» in the Merknad column; the reason made the status too
    # long to be read as one, and next year's event was counted. «Videreført fra i fjor» is this year's.
    result = extracted(ROUND72 / "NHO kompetansetiltak 2092.xlsx", matchers)
    names = [r.raw.get("tiltak") for r in result.rows]
    assert "Bransjedag for bygg og anlegg på Gardermoen" not in names and len(names) == 6
    assert [s.text for s in result.skipped if s.reason.startswith(OTHER_STATUS)] == [
        "Bransjedag for bygg og anlegg på Gardermoen"]
    # «Landsforening / region» over the federation that ran each row: its ansvarlig
    assert result.rows[0].raw.get("ansvarlig") == "NHO Arbeidsliv"


def test_a_cell_of_stacked_facts_read_as_the_delmal_gives_the_type_and_who_too(matchers):
    # Fagskolerådet (round 72): «Hva | Nærmere om | Fakta», the Fakta cell «Delmål: 1.4 / Type: Nettverk / Ansvar: … /
    # Sammen med: …». The column was read for its delmål and the rest of its facts lost: types guessed, some wrong.
    result = extracted(ROUND72 / "Fagskolerådet – kompetansetiltak 2092.pdf", matchers)
    assert [(r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows][:2] == [
        ("Råd", "Fagskolerådet"), ("Arrangement", "Fagskolerådet")]
    assert result.rows[1].raw.get("samarbeidspartnere") == "Virke, YS og NHO"


def test_a_report_a_member_titles_as_its_input_is_still_read(tmp_path, matchers):
    # «Innspill KPR 2042», «Innspill til rådsmøtet – oppfølging av strategien»: members call their reports so too; only
    # input to the work programme is another kind of document.
    for title in ("Innspill KPR 2092", "Innspill til rådsmøtet – oppfølging av strategien"):
        path = word_table_report(tmp_path / "r.docx", title, [("Tiltak", "Delmål"), ("Kurs for tillitsvalgte", "2.1")])
        assert _read(extracted(path, matchers), matchers) == [("Kurs for tillitsvalgte", "2.1")], title
