"""A board of cards kept in a spreadsheet: each cell a whole tiltak under a column saying where it stands."""

from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment

from parsers.content import TableBlock
from parsers.registry import ParseOptions
from pipeline.card_boards import board_head
from pipeline.extract import extract_document
from tiltak_core.records import Document

COLUMNS = {
    "Planlagt 2071": [["Seniorsamtaler i kommunene", "Delmål 1.3 – Pilot", "Oppstart våren 2071.", "Ansvar: Seksjon arbeidsliv"]],
    "I gang": [["Fagbrev for assistenter", "Delmål 2.5 – Kurs", "Tre kull med 60 deltakere i 2070.",
                "Ansvar: Opplæringsavdelingen", "Med: KS, Spekter"],
               ["Kompetanseforum Nordvest", "Delmål 1.2 – Nettverk", "Fire møter i forumet.", "Ansvar: Regionkontoret"]],
    "Ferdig i 2070": [["Karrieredagen 2070", "Delmål 1.3 – Arrangement", "1 200 elever besøkte dagen.",
                       "Ansvar: Karrieresenteret", "Med: NAV"]],
    "Avsluttet før 2070": [["Norsk i barnehagen", "Delmål 3.4 – Kurs", "Sluttrapport levert i 2069.", "Ansvar: Oppvekst"]],
}


def _board(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tavle 2070"
    ws.append(["Møre og Romsdal fylkeskommune – tiltakstavle 2070"])
    ws.append(list(COLUMNS))
    for r in range(max(len(cards) for cards in COLUMNS.values())):
        ws.append(["\n".join(cards[r]) if r < len(cards) else None for cards in COLUMNS.values()])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def test_each_card_on_a_board_is_a_tiltak_and_the_columns_of_other_years_are_set_aside(matchers, tmp_path):
    # NHO's «tiltakstavle» in round 47: 0 tiltak, every row «ingen kolonne som kan leses som tiltak».
    path = tmp_path / "More_og_Romsdal_fylkeskommune_tiltakstavle_2070.xlsx"
    _board(path)
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"))
            for r in result.rows] == [
        ("Fagbrev for assistenter", "Delmål 2.5", "Kurs", "Opplæringsavdelingen", "KS, Spekter"),
        ("Kompetanseforum Nordvest", "Delmål 1.2", "Nettverk", "Regionkontoret", ""),
        ("Karrieredagen 2070", "Delmål 1.3", "Arrangement", "Karrieresenteret", "NAV")]
    assert [r.raw.get("beskrivelse") for r in result.rows][0] == "Tre kull med 60 deltakere i 2070."
    # The cards under «Planlagt 2071» and «Avsluttet før 2070» are listed, each with the column that placed it.
    assert sorted((s.text, s.reason.split("(«")[1]) for s in result.skipped) == [
        ("Norsk i barnehagen", "Avsluttet før 2070»)"), ("Seniorsamtaler i kommunene", "Planlagt 2071»)")]


def test_a_table_whose_long_cells_cite_a_delmal_in_sentences_is_no_board(matchers):
    # A table of tiltak with a long description column, each description citing its delmål in a sentence.
    rows = (("Tiltak", "Beskrivelse"),
            ("Fagbrev for assistenter", "Tre kull i 2070.\nTiltaket følger opp delmål 2.5 i strategien om dokumentasjon.\nMer i 2071."),
            ("Karrieredagen", "1 200 elever.\nDagen er vårt bidrag til delmål 1.3 i strategien for karriereveiledning.\nGjentas."))
    assert board_head(TableBlock(None, 1, rows), matchers.delmal.codes_in) is None
    cards = (("I gang", "Ferdig"), ("Fagbrev for assistenter\nDelmål 2.5\nTre kull.", "Karrieredagen\nDelmål 1.3\n1 200 elever."))
    assert board_head(TableBlock(None, 1, cards), matchers.delmal.codes_in) == 1


def test_a_heading_naming_the_reports_year_as_the_bound_before_which_measures_ended_is_another_years(matchers):
    vocabulary = matchers.catalogue.vocabulary
    from pipeline.other_years import places_elsewhere

    assert [places_elsewhere(h, 2070, vocabulary) for h in ("Avsluttet før 2070", "Avslutta før 2070", "Ferdig i 2070")] == [
        True, True, False]
