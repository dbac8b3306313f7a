"""A letter typed down one column of a sheet, line by line, its tiltak numbered in it."""

from __future__ import annotations

import openpyxl

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

LETTER = ["Kompetanseforbundet", "Til sekretariatet for Kompetansepolitisk råd", "",
          "Rapport om tiltak i 2070", "",
          "Kompetanseforbundet melder med dette inn sine tiltak for året. Vi har", "skrevet dem i rekkefølge under.", "",
          "1. Nettverk for opplæringsledere i industrien",
          "Nettverket har samlet 40 opplæringsledere fire ganger og delt", "erfaringer med kompetanseplaner.",
          "Delmål 2.4 · Nettverk · Ansvar: Fagavdelingen · Samarbeid: Norsk Industri", "",
          "2. Veileder for realkompetansevurdering i bedrift",
          "En digital veileder for bedrifter som vil dokumentere det de ansatte", "kan, prøvd i seks bedrifter.",
          "Delmål 2.5 · Informasjon · Ansvar: Fagavdelingen", "",
          "Vi ser fram til arbeidet i rådet i året som kommer.", "", "Med vennlig hilsen", "Kari Nordmann"]


def test_a_letter_typed_down_one_column_of_a_sheet_is_read_as_a_letter(matchers, tmp_path):
    # Round 47's Sametinget typed its report in a spreadsheet, one visual line to a row: passed over as loose text.
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in LETTER:
        ws.append([line or None])
    path = tmp_path / "Kompetanseforbundet_rapport_2070.xlsx"
    wb.save(path)
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Nettverk for opplæringsledere i industrien", "Delmål 2.4", "Nettverk", "Fagavdelingen"),
        ("Veileder for realkompetansevurdering i bedrift", "Delmål 2.5", "Informasjon", "Fagavdelingen")]
    # A line the writer broke by hand goes on the line above.
    assert result.rows[0].raw.get("beskrivelse") == ("Nettverket har samlet 40 opplæringsledere fire ganger og delt "
                                                     "erfaringer med kompetanseplaner.")
    assert result.rows[0].raw.get("samarbeidspartnere") == "Norsk Industri"
