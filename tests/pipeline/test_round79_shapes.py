"""Shapes held-out round 79 (and its year, 2099) showed the reader, each read as the member meant it."""

from __future__ import annotations

import openpyxl

from tests.pipeline.reading import extracted

SET_ASIDE = "beskrivelsen sier at tiltaket ble lagt ned før eller utsatt til et annet år enn rapportens"


def test_an_account_written_in_the_column_of_its_kind_gives_the_type_and_the_description(tmp_path, matchers):
    # Unio wrote each account under one of six kind columns, the others left empty: the column is the type, its text
    # the description. A conference moved to 2100 (a year the reader once took for a plain number) is set aside.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Unio – tiltak rapportert til Kompetansepolitisk råd 2099"])
    sheet.append(["Omtalen står i kolonnen for tiltaksformen; de andre er tomme"])
    sheet.append(["Tiltak", "Delmål", "Råd og nettverk", "Opplæring", "Utviklingsarbeid", "Fagdager og konferanser"])
    for row in [("Språkombud på sykehjem", "3.4", "", "", "NSF lærte opp 45 språkombud og fulgte dem opp.", ""),
                ("Veiledning av nyutdannede", "2.4", "", "Studium på 15 studiepoeng i klinisk veiledning.", "", ""),
                ("Unio-konferansen om profesjonsutdanningene", "1.4", "", "", "",
                 "Konferansen var satt til november, men er flyttet til mars 2100.")]:
        sheet.append(list(row))
    book.save(tmp_path / "unio.xlsx")
    result = extracted(tmp_path / "unio.xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Språkombud på sykehjem", "Utviklingsarbeid", "NSF lærte opp 45 språkombud og fulgte dem opp."),
        ("Veiledning av nyutdannede", "Opplæring", "Studium på 15 studiepoeng i klinisk veiledning.")]
    assert [(s.text, s.reason.split(" («")[0]) for s in result.skipped] == [
        ("Unio-konferansen om profesjonsutdanningene", SET_ASIDE)]


def test_a_kind_ticked_as_an_excel_checkbox_is_the_given_type(tmp_path, matchers):
    # Spekter's in-cell checkboxes are booleans, which the sheet reader writes «SANN»/«USANN».
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Spekter – tiltak rapportert til Kompetansepolitisk råd 2099"])
    sheet.append(["Tiltak", "Delmål", "Representasjon", "Opplæring", "Utviklingsprosjekt", "Ansvarlig"])
    sheet.append(["Språksporet i helseforetakene", "3.4", False, False, True, "Spekter helse"])
    sheet.append(["Kurs for ledere som skal inn i RSA-rådene", "1.4", False, True, False, "Spekter"])
    book.save(tmp_path / "spekter.xlsx")
    result = extracted(tmp_path / "spekter.xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type")) for r in result.rows] == [
        ("Språksporet i helseforetakene", "Utviklingsprosjekt"), ("Kurs for ledere som skal inn i RSA-rådene", "Opplæring")]
