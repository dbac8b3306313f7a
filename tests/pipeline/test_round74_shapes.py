"""Shapes held-out round 74 showed the reader at its first look."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from parsers.detect import detect
from parsers.ocr import cell_read  # registers the HEIC opener that saves the test's photo
from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.conftest import require
from tests.pipeline.reading import coded_rows as _codes, extracted, word_table as _word_table

ROUND74 = Path(__file__).resolve().parents[2] / "samples" / "holdout74"


def test_a_heading_of_code_kind_and_title_between_bars_is_a_tiltak(tmp_path, matchers):
    # Sametinget (round 74): «1.4 | Rådsplass | …» headings were read as delmål sections, so the description under
    # each became the tiltak and the signature a row.
    report = docx.Document()
    report.add_heading("Sametingets tiltak 2094", 1)
    for heading, account, line in [
            ("1.4 | Rådsplass | Sametingets medlem i RSA ved Nord universitet",
             "Sametinget har én plass i rådet for samarbeid med arbeidslivet.",
             "Ovddasvástádus / Ansvar: Opplæringsavdelingen"),
            ("2.3 | Prosjekt | Rekrutteringsprosjekt for samiske lærebedrifter",
             "Prosjekt som hjelper bedrifter med å bli godkjente lærebedrifter.",
             "Ovddasvástádus / Ansvar: Næringsavdelingen · Ovttasbargu / Samarbeid: Finnmark fylkeskommune")]:
        report.add_heading(heading, 2)
        report.add_paragraph(account)
        report.add_paragraph(line)
    report.add_paragraph("Kárášjohka / Karasjok, 15.01.2095\nBiret Márjá Eira, rådgiver")
    report.save(tmp_path / "sametinget.docx")
    rows = extracted(tmp_path / "sametinget.docx", matchers).rows
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in rows] == [
        ("Sametingets medlem i RSA ved Nord universitet", "1.4", "Rådsplass", "Opplæringsavdelingen"),
        ("Rekrutteringsprosjekt for samiske lærebedrifter", "2.3", "Prosjekt", "Næringsavdelingen")]
    assert rows[1].raw.get("samarbeidspartnere") == "Finnmark fylkeskommune"
    assert rows[0].raw.get("beskrivelse") == "Sametinget har én plass i rådet for samarbeid med arbeidslivet."


def test_the_round_s_sami_report_is_read_by_its_headings(matchers):
    result = extracted(ROUND74 / "Sametinget – tiltak 2094.docx", matchers)
    assert _codes(result, matchers)[:3] == [
        ("Sametingets medlem i RSA ved Nord universitet", "1.4"), ("Samisk fagbrevfeiring i Karasjok", "2.3"),
        ("Rekrutteringsprosjekt for samiske lærebedrifter", "2.3")]
    assert not any("Karasjok, 15.01" in (r.raw.get("tiltak") or "") for r in result.rows)


def _photo_of_table(path: Path, kind: str) -> Path:
    """A ruled table rendered as a picture and saved as AVIF or HEIC, as a newer phone saves a photo."""
    grid = [("Tiltak", "DM", "Type", "YS-forbund", "Samarbeid"),
            ("Kompetansenettverk for tillitsvalgte", "2.2", "Nettverk", "YS Stat", "Parat"),
            ("Fra assistent til fagarbeider", "2.5", "Opplæring", "Delta", "Fylkeskommunene")]
    table = Table(grid)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 11)]))
    SimpleDocTemplate(str(path.with_suffix(".pdf")), pagesize=A4).build([table])
    page = pdfium.PdfDocument(str(path.with_suffix(".pdf")))[0]
    page.render(scale=200 / 72).to_pil().convert("RGB").save(path, kind, quality=90)
    return path


@pytest.mark.parametrize("kind", ["AVIF", "HEIF"])
def test_a_photo_saved_as_avif_or_heic_is_read_with_ocr(tmp_path, kind):
    # YS (round 74): an AVIF photo was «ukjente binærdata» and rejected; its «|» rules stuck to the cells' words.
    # An iPhone's HEIC photo is the same case.
    require(shutil.which("tesseract") is not None, "tesseract is not installed")
    inbox = tmp_path / "inn"
    inbox.mkdir()
    path = _photo_of_table(inbox / f"YS tiltak 2094.{'avif' if kind == 'AVIF' else 'heic'}", kind)
    path.with_suffix(".pdf").unlink()
    assert detect(path) == "image"
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2094, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["ansvarlig"]) for r in rows] == [("Kompetansenettverk for tillitsvalgte", "YS Stat"),
                                                             ("Fra assistent til fagarbeider", "Delta")]


def test_a_rule_read_as_a_bar_at_a_cell_s_edge_is_no_part_of_its_text():
    assert cell_read("|Delta") == "Delta"
    assert cell_read("Utvalg |\n| YS Stat") == "Utvalg\nYS Stat"
    assert cell_read("A|B") == "A|B"


def test_the_delmal_s_running_number_is_read_where_the_report_says_it_numbers_them_so(tmp_path, matchers):
    # Regjeringen (round 74): «7» for 2.3 and «13» for 3.3 under «Strategimål», explained by a key line.
    rows = [("Tiltak", "Strategimål", "Dep."), ("Fagbrevdagen", "7", "KD"), ("Kompetansekonto", "13", "AID"),
            ("Kompetansebehovsutvalget", "1", "KD")]
    key = "Strategimål: Delmålene er nummerert fortløpende fra 1 til 16 i den rekkefølgen de står i strategien."
    said = extracted(_word_table(tmp_path / "keyed.docx", rows, before=key), matchers)
    assert _codes(said, matchers) == [("Fagbrevdagen", "2.3"), ("Kompetansekonto", "3.3"),
                                      ("Kompetansebehovsutvalget", "1.1")]
    assert any("løpenummer" in w for w in said.warnings)
    # Without the line, «7» names no delmål and «13» stays a code whose point may be lost: nothing is read as sure.
    unsaid = extracted(_word_table(tmp_path / "plain.docx", rows), matchers)
    assert _codes(unsaid, matchers)[0] == ("Fagbrevdagen", "")


def test_letters_a_key_line_gives_the_omrade_and_the_digit_the_delmal(tmp_path, matchers):
    # Unio (round 74): «GV4», «LA2» and a key line under the table.
    rows = [("Tiltak", "Mål", "Form"), ("Praksisveilederkurs", "GV4", "Kurs"), ("Veileder om kompetanseplaner", "LA2", "Veileder")]
    key = "Mål: GV = Gode valg for den enkelte og for samfunnet, LA = Læring i arbeidslivet, ST = Svak tilknytning til arbeidslivet."
    result = extracted(_word_table(tmp_path / "unio.docx", rows, after=key), matchers)
    assert _codes(result, matchers) == [("Praksisveilederkurs", "1.4"), ("Veileder om kompetanseplaner", "2.2")]
    plain = extracted(_word_table(tmp_path / "plain.docx", rows), matchers)
    assert [code for _, code in _codes(plain, matchers)] == ["", ""]


def test_codes_excel_made_into_dates_are_read_back_as_codes(tmp_path, matchers):
    # NHO (round 74): «2.4» typed in a Norwegian Excel became 2 April 2095.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Innsats", "Strategimål", "Form"])
    sheet.append(["Grønn kurspakke", datetime.datetime(2095, 4, 2), "Kurs"])
    sheet.append(["Rekrutteringsundersøkelsen", datetime.datetime(2095, 2, 2), "Undersøkelse"])
    sheet.append(["Bransjeprosjekt", "2.3", "Prosjekt"])
    for row in sheet.iter_rows(min_row=2, max_row=3, min_col=2, max_col=2):
        row[0].number_format = "dd.mmm"
    book.save(tmp_path / "nho.xlsx")
    result = extracted(tmp_path / "nho.xlsx", matchers)
    assert _codes(result, matchers) == [("Grønn kurspakke", "2.4"), ("Rekrutteringsundersøkelsen", "2.2"),
                                        ("Bransjeprosjekt", "2.3")]


def test_a_delmal_named_by_its_place_under_its_omrade(matchers):
    # LO and Virke (round 74): the område's name, then the delmål's place as an ordinal or its words.
    match = matchers.delmal.match
    assert match("Læring i arbeidslivet, fjerde delmål").value == "2.4"
    assert match("Gode valg for den enkelte og for samfunnet, første delmål").value == "1.1"
    assert match("Læring i arbeidslivet › Yrkesfag").value == "2.3"
    assert match("Gode valg › Utdanning og arbeidsliv").value == "1.4"
    assert match("Svak tilknytning › Norsk og kvalifisering").value == "3.4"
    assert match("Læring i arbeidslivet › Yrkesfag").confidence < 0.8  # words, not a code: asked


def test_headers_naming_the_member_s_own_part_and_one_column_of_actors_tagged_by_role(tmp_path, matchers):
    rows = [("Tiltak", "Delmål", "YS-forbund", "Med på laget"), ("Fagbrevdagen", "2.3", "Delta", "Parat\nFylkeskommunene")]
    row = extracted(_word_table(tmp_path / "ys.docx", rows), matchers).rows[0]
    assert (row.raw.get("ansvarlig"), row.raw.get("samarbeidspartnere")) == ("Delta", "Parat, Fylkeskommunene")
    rows = [("Tiltak", "Delmål", "Aktører"), ("Nettportal for realkompetanse", "2.5", "UHR (ansv.), HK-dir (partner), Virke (partner)")]
    row = extracted(_word_table(tmp_path / "uhr.docx", rows), matchers).rows[0]
    assert (row.raw.get("ansvarlig"), row.raw.get("samarbeidspartnere")) == ("UHR", "HK-dir, Virke")
    rows = [("Tiltak", "Delmål", "Lead", "Partnere"), ("Survey om videreutdanning", "2.2", "Tekna", "Fafo; NTNU + OsloMet")]
    row = extracted(_word_table(tmp_path / "ak.docx", rows), matchers).rows[0]
    assert (row.raw.get("ansvarlig"), row.raw.get("samarbeidspartnere")) == ("Tekna", "Fafo, NTNU, OsloMet")


def test_an_introduction_of_two_sentences_over_a_labelled_key_line_is_no_tiltak(tmp_path):
    # Regjeringen (round 74): the intro over «Strategimål: …» was read as a block's title and its labelled line.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    rows = [("Tiltak", "Strategimål", "Kategori"), ("Realkompetanseportalen", "9", "Nettjeneste")]
    _word_table(inbox / "Regjeringen 2094.docx", rows,
                before="Tabellen viser tiltak i 2094 der departementene har hovedansvaret. Kolonnen «Med» viser partnerne.\n"
                       "Strategimål: Delmålene er nummerert fortløpende fra 1 til 16.")
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2094, cache=False))
    register = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["delmal"], r["type"]) for r in register] == [("Realkompetanseportalen", "2.5", "Informasjon")]


def test_the_summary_sheet_numbers_writes_of_its_export_is_no_table_of_unread_rows(tmp_path, matchers):
    # Kompetanseforbundet (round 74): Numbers' «Eksportsammendrag» sheet was «lest, 1 rad ikke lest».
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Eksportsammendrag"
    summary.append(["Dette dokumentet ble eksportert fra Numbers. Hver tabell ble konvertert til et Excel-regneark."])
    summary.append([])
    summary.append(["Numbers-arknavn", "Numbers-tabellnavn", "Excel-regnearknavn"])
    summary.append(["Ark 1", "Tiltak 2094", "Ark 1 - Tiltak 2094"])
    sheet = book.create_sheet("Ark 1 - Tiltak 2094")
    sheet.append(["Navn", "Delmål", "Hva slags", "Hvem"])
    sheet.append(["Observatørplass i Nasjonalt fagskoleråd", "2.3", "Observatørplass", "Kompetanseforbundet"])
    sheet.append(["Podkasten «Voksne som lærer»", "3.6", "Podkast", "Kompetanseforbundet"])
    book.save(tmp_path / "Kompetanseforbundet 2094.xlsx")
    result = extracted(tmp_path / "Kompetanseforbundet 2094.xlsx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Observatørplass i Nasjonalt fagskoleråd",
                                                         "Podkasten \"Voksne som lærer\""]
    assert result.skipped == () and any("oversikt over eksporten" in w for w in result.warnings)
